#include "ChartObject.h"

#include "core/ProjectDocument.h"
#include "ui/common/IndicatorChart.h"
#include "ui/report/PageClip.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace rk {

ChartObject::ChartObject(const ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
}

ChartObject::~ChartObject() = default;

QSizeF ChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    const qreal scale = device ? device->logicalDpiX() / 72.0 : 1.0;
    return {format.doubleProperty(WidthPoints) * scale, format.doubleProperty(HeightPoints) * scale};
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const Record *indicator = m_document->record(TableId::Indicator, format.stringProperty(IndicatorId));
    if (!indicator || !startsInClip(painter, rect))
        return;
    // Lay the chart out at its size in points, then scale it into the rectangle.
    const QSizeF points(format.doubleProperty(WidthPoints), format.doubleProperty(HeightPoints));
    // One chart for the whole report (and one small one), shown with each indicator in turn:
    // building and laying out a new chart for each took a quarter of a large report's time.
    const bool compact = format.boolProperty(Compact);
    std::unique_ptr<QGraphicsScene> &scene = compact ? m_compactScene : m_scene;
    IndicatorChartParts &parts = compact ? m_compactParts : m_parts;
    if (!scene) {
        scene = std::make_unique<QGraphicsScene>();
        scene->setItemIndexMethod(QGraphicsScene::NoIndex); // drawn once each: an index costs more than it saves
        parts = createIndicatorChart(compact);
        parts.fromZero = true;
        scene->addItem(parts.chart);
    }
    const QDate until = QDate::fromString(format.stringProperty(Until), Qt::ISODate);
    showIndicator(parts, indicatorDefinition(*indicator), measurementSeries(*m_document, indicator->id, until),
                  compact ? QList<ReferenceSeries>() : referenceSeries(*m_document, indicator->id, false, until));
    const QRectF geometry(QPointF(0, 0), points * 1.33); // screen pixels at 96 dpi
    if (parts.chart->geometry() != geometry)
        parts.chart->setGeometry(geometry);
    // New ranges, titles and legend entries ask for a new layout through the event loop,
    // which does not run while a report is painted: the legend's own layout (its entries
    // change with each indicator's reference lines) and the chart's are laid out now.
    if (QGraphicsLayout *legend = parts.chart->legend()->layout())
        legend->activate();
    parts.chart->layout()->activate();
    if (QGraphicsLayout *legend = parts.chart->legend()->layout())
        legend->activate();
    scene->setSceneRect(geometry);
    scene->render(painter, rect, geometry, Qt::KeepAspectRatio);
}

PageNumberObject::PageNumberObject(QObject *parent)
    : QObject(parent)
{
}

QSizeF PageNumberObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const QFontMetricsF metrics(format.toCharFormat().font(), doc->documentLayout()->paintDevice());
    return {metrics.horizontalAdvance(QStringLiteral("00000")), metrics.height()};
}

void PageNumberObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                  const QTextFormat &format)
{
    const int index = format.intProperty(EntryIndex);
    if (index < 0 || index >= m_pages.size())
        return;
    painter->save();
    painter->setFont(format.toCharFormat().font());
    painter->setPen(Qt::black);
    painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, QString::number(m_pages.at(index)));
    painter->restore();
}

} // namespace rk
