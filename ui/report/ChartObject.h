#pragma once

#include "ui/common/IndicatorChart.h"

#include <QObject>
#include <QTextObjectInterface>

#include <memory>

class QGraphicsScene;

namespace rk {

class ProjectDocument;

// Draws an indicator's progress chart inside a report: a text object that renders the
// same Qt Charts chart as the screen, through its graphics scene, so PDF output stays
// vector. The object's format carries the indicator id and the size in points.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    enum
    {
        Type = QTextFormat::UserObject + 1
    };
    enum Property
    {
        IndicatorId = QTextFormat::UserProperty + 1,
        WidthPoints,
        // The report's reference date (ISO): measurements and reference values after it left out.
        Until,
        HeightPoints,
        // A small chart of the indicator alone (baseline, path, target, measurements), without
        // the reference lines of other areas.
        Compact
    };

    explicit ChartObject(const ProjectDocument *document, QObject *parent = nullptr);
    ~ChartObject() override;

    QSizeF intrinsicSize(QTextDocument *doc, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int position,
                    const QTextFormat &format) override;

private:
    const ProjectDocument *m_document;
    std::unique_ptr<QGraphicsScene> m_scene; // owns the chart
    IndicatorChartParts m_parts;
    std::unique_ptr<QGraphicsScene> m_compactScene; // the small charts of the council report
    IndicatorChartParts m_compactParts;
};

// The page number of a contents entry: a fixed-width object whose number is filled in
// after the layout, so the contents need no second layout pass.
class PageNumberObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    enum
    {
        Type = QTextFormat::UserObject + 2
    };
    enum Property
    {
        EntryIndex = QTextFormat::UserProperty + 10
    };

    explicit PageNumberObject(QObject *parent = nullptr);
    void setPages(const QList<int> &pages) { m_pages = pages; }

    QSizeF intrinsicSize(QTextDocument *doc, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int position,
                    const QTextFormat &format) override;

private:
    QList<int> m_pages;
};

} // namespace rk
