#include "ProgressOverview.h"

#include "core/ProjectDocument.h"
#include "core/records/Fields.h"
#include "ui/common/AccessibleNames.h"
#include "ui/common/ChartTable.h"
#include "ui/common/IndicatorChart.h"
#include "ui/common/StatusIcons.h"
#include "ui/common/TableChanges.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace rk {

namespace {
constexpr int kColumns = 2;
}

ProgressOverview::ProgressOverview(QWidget *parent)
    : QScrollArea(parent)
    , m_timer(new QTimer(this))
{
    setWidgetResizable(true);
    // The page is not a Tab stop itself: Tab goes to what is on it, and the page scrolls
    // to show it.
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Voortgang van alle indicatoren"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &ProgressOverview::rebuild);
}

void ProgressOverview::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        auto changed = [this](TableId table) {
            if (table == TableId::Goal || table == TableId::Indicator || table == TableId::Measurement)
                scheduleRebuild();
        };
        onTableChanges(m_document, this, changed);
    }
    scheduleRebuild();
}

void ProgressOverview::scheduleRebuild()
{
    m_dirty = true;
    if (isVisible())
        m_timer->start();
}

void ProgressOverview::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    if (m_dirty)
        rebuild();
}

void ProgressOverview::rebuild()
{
    m_timer->stop();
    m_dirty = false;
    m_charts.clear();
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    if (!m_document || m_document->records(TableId::Goal).isEmpty()) {
        auto *empty = new QLabel(tr("Er zijn nog geen doelen. Voeg doelen en indicatoren toe bij hoofdstuk 2, "
                                    "Plan van aanpak."),
                                 content);
        empty->setWordWrap(true);
        layout->addWidget(empty);
    } else {
        for (const Record &goal : m_document->records(TableId::Goal)) {
            auto *heading = new QLabel(field(goal, GoalField::Title).toString(), content);
            heading->setTextFormat(Qt::PlainText);
            heading->setWordWrap(true);
            QFont bold = heading->font();
            bold.setBold(true);
            bold.setPointSizeF(bold.pointSizeF() * 1.2);
            heading->setFont(bold);
            markAsHeading(heading);
            layout->addWidget(heading);
            const QList<const Record *> indicators = m_document->children(TableId::Indicator, goal.id);
            if (indicators.isEmpty()) {
                auto *none = new QLabel(tr("Dit doel heeft nog geen indicatoren."), content);
                layout->addWidget(none);
                continue;
            }
            // How the inhabitants are doing apart from what the approach itself achieves.
            for (IndicatorKind kind : {IndicatorKind::Population, IndicatorKind::Outcome}) {
                QList<const Record *> ofKind;
                for (const Record *indicator : indicators) {
                    if (choiceOf<IndicatorKind>(field(*indicator, IndicatorField::Kind))
                            .value_or(IndicatorKind::Outcome) == kind)
                        ofKind.append(indicator);
                }
                if (ofKind.isEmpty())
                    continue;
                auto *kindHeading = new QLabel(choiceLabel(ChoiceList::IndicatorKind, int(kind)), content);
                kindHeading->setTextFormat(Qt::PlainText);
                QFont kindFont = kindHeading->font();
                kindFont.setItalic(true);
                kindHeading->setFont(kindFont);
                markAsHeading(kindHeading);
                layout->addWidget(kindHeading);
                auto *grid = new QGridLayout;
                int index = 0;
                for (const Record *indicator : std::as_const(ofKind)) {
                    const IndicatorDefinition definition = indicatorDefinition(*indicator);
                    const QList<MeasurementPoint> series = measurementSeries(*m_document, indicator->id);
                    const IndicatorProgress progress = computeProgress(definition, series);
                    // A card is a group named by its indicator, and says its verdict.
                    auto *card = new QGroupBox(definition.name, content);
                    auto *cardLayout = new QVBoxLayout(card);
                    auto *verdictRow = new QHBoxLayout;
                    auto *icon = new QLabel(card);
                    icon->setPixmap(verdictIcon(progress.verdict).pixmap(16, 16));
                    QString verdictText = verdictName(progress.verdict);
                    if (progress.latest && progress.latestIsOld)
                        verdictText = tr("%1 (laatste meting %2 op %3, %4)")
                                          .arg(verdictText, formatPoint(definition, *progress.latest),
                                               QLocale().toString(progress.latest->date, QLocale::ShortFormat),
                                               olderThanCadenceText(definition));
                    else if (progress.latest)
                        verdictText =
                            tr("%1 (laatste meting: %2)").arg(verdictText, formatPoint(definition, *progress.latest));
                    auto *verdict = new QLabel(verdictText, card);
                    verdict->setTextFormat(Qt::PlainText);
                    verdict->setWordWrap(true);
                    card->setAccessibleDescription(verdict->text());
                    verdictRow->addWidget(icon);
                    verdictRow->addWidget(verdict, 1);
                    auto *chart = new IndicatorChartView(true, card);
                    chart->setIndicator(definition, series);
                    chart->setMinimumHeight(170);
                    chart->setAccessibleDescription(verdict->text());
                    m_charts.append(chart);
                    auto *table = new ChartTable(card);
                    table->setChart(chart->chart(), chart->accessibleName());
                    // No mnemonic: every card has one, and Tab reaches each.
                    auto *open = new QPushButton(tr("Details"), card);
                    open->setAccessibleName(tr("Details van %1").arg(definition.name));
                    open->setAccessibleDescription(verdict->text());
                    const QString id = indicator->id;
                    connect(open, &QPushButton::clicked, this, [this, id] { Q_EMIT indicatorRequested(id); });
                    cardLayout->addLayout(verdictRow);
                    cardLayout->addWidget(chart, 1);
                    cardLayout->addWidget(table);
                    cardLayout->addWidget(open);
                    grid->addWidget(card, index / kColumns, index % kColumns);
                    ++index;
                }
                for (int c = 0; c < kColumns; ++c)
                    grid->setColumnStretch(c, 1);
                layout->addLayout(grid);
            }
        }
    }
    layout->addStretch();
    delete takeWidget();
    setWidget(content);
}

} // namespace rk
