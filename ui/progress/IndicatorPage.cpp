#include "IndicatorPage.h"

#include "core/ProjectDocument.h"
#include "ui/common/ChartTable.h"
#include "ui/common/IndicatorChart.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/common/StatusIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace rk {

IndicatorPage::IndicatorPage(QWidget *parent)
    : QWidget(parent)
    , m_goal(new QLabel(this))
    , m_title(new QLabel(this))
    , m_icon(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_definition(new QLabel(this))
    , m_chart(new IndicatorChartView(false, this))
    , m_chartTable(new ChartTable(this))
    , m_measurements(new RecordTablePanel(TableId::Measurement, this))
    , m_import(new QPushButton(tr("Metingen &inlezen uit CSV..."), this))
    , m_timer(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_goal, m_title, m_verdict, m_definition}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Alt+G: Alt+T was taken by the measurements' add button on this page, and two
    // widgets with one mnemonic make Qt move the focus instead of pressing either. The
    // desktop's Back key (Alt+Left) works too.
    auto *back = new QPushButton(tr("Terug naar de voort&gang"), this);
    m_back = back;
    setBackTarget(tr("de voortgang"));
    connect(back, &QPushButton::clicked, this, &IndicatorPage::backRequested);
    auto *backKey = new QShortcut(QKeySequence::Back, this);
    connect(backKey, &QShortcut::activated, this, &IndicatorPage::backRequested);
    connect(m_import, &QPushButton::clicked, this, [this] { Q_EMIT importRequested(m_indicatorId); });
    m_chart->setMinimumHeight(260);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch();
    top->addWidget(m_import);
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_icon);
    verdictRow->addWidget(m_verdict, 1);

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_chartTable);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chartBox);
    splitter->addWidget(m_measurements);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_goal);
    layout->addWidget(m_title);
    layout->addLayout(verdictRow);
    layout->addWidget(m_definition);
    layout->addWidget(splitter, 1);

    // Tab follows the page from the top: back, import, the chart's table, the measurements.
    QWidget::setTabOrder(back, m_import);
    QWidget::setTabOrder(m_import, m_chartTable->toggle());
    QWidget::setTabOrder(m_chartTable->toggle(), m_chartTable->table());
    // The measurements panel keeps its own order (bar, then table), moved as a whole.
    QList<QWidget *> panel;
    for (QWidget *w = m_measurements->nextInFocusChain(); w != m_measurements; w = w->nextInFocusChain()) {
        if (m_measurements->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            panel.append(w);
    }
    QWidget *previous = m_chartTable->table();
    for (QWidget *w : std::as_const(panel)) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }

    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &IndicatorPage::refresh);
}

void IndicatorPage::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_measurements->setDocument(document);
    m_indicatorId.clear();
    if (m_document) {
        auto changed = [this](TableId table) {
            if (table == TableId::Indicator || table == TableId::Measurement || table == TableId::Goal)
                m_timer->start();
        };
        connect(m_document, &ProjectDocument::recordInserted, this, changed);
        connect(m_document, &ProjectDocument::recordRemoved, this, changed);
        connect(m_document, &ProjectDocument::recordChanged, this, changed);
        connect(m_document, &ProjectDocument::tableReset, this, changed);
    }
}

void IndicatorPage::showIndicator(const QString &indicatorId)
{
    m_indicatorId = indicatorId;
    m_measurements->setParentRecord(indicatorId);
    refresh();
}

// The back button names where it leads: the page the indicator was opened from.
void IndicatorPage::setBackTarget(const QString &place)
{
    // Alt+G as in "voortgang" for the progress overview; elsewhere the button has no letter of
    // its own, and the desktop's Back key (Alt+Left) and Tab reach it.
    m_back->setText(place == tr("de voortgang") ? tr("Terug naar de voort&gang") : tr("Terug naar %1").arg(place));
    m_back->setToolTip(tr("Terug naar %1 (%2)").arg(place, QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
}

QString IndicatorPage::backText() const
{
    return m_back->text();
}

QString IndicatorPage::verdictText() const
{
    return m_verdict->text();
}

void IndicatorPage::refresh()
{
    m_timer->stop();
    const Record *indicator = m_document ? m_document->record(TableId::Indicator, m_indicatorId) : nullptr;
    if (!indicator) {
        m_title->setText(tr("Deze indicator bestaat niet meer."));
        m_goal->clear();
        m_verdict->clear();
        m_definition->clear();
        m_icon->clear();
        m_import->setEnabled(false);
        return;
    }
    const IndicatorDefinition d = indicatorDefinition(*indicator);
    const QList<MeasurementPoint> series = measurementSeries(*m_document, indicator->id);
    const IndicatorProgress progress = computeProgress(d, series);
    m_goal->setText(tr("Doel: %1").arg(m_document->recordTitle(TableId::Goal, indicator->parentId)));
    m_title->setText(d.name);
    m_icon->setPixmap(verdictIcon(progress.verdict).pixmap(24, 24));
    const QLocale locale;
    QString verdict = verdictName(progress.verdict);
    if (!progress.problem.isEmpty())
        verdict += QStringLiteral(": ") + progress.problem;
    if (progress.latest) {
        verdict += QLatin1String(". ") + tr("Laatste meting: %1 op %2.")
                                             .arg(formatPoint(d, *progress.latest),
                                                  locale.toString(progress.latest->date, QLocale::ShortFormat));
        if (progress.latestIsOld)
            verdict += QLatin1Char(' ')
                       + tr("Die meting is %1: het oordeel zegt weinig over nu.").arg(olderThanCadenceText(d));
        if (progress.verdict == Verdict::NotMeasurablyChanged && d.baseline) {
            const MeasurementPoint base{d.baselineDate, *d.baseline, progress.baselineLower, progress.baselineUpper};
            verdict += QLatin1Char(' ')
                       + (base.hasInterval()
                              ? tr("De marge van de laatste meting overlapt die van de nulmeting (%1): het verschil kan "
                                   "toeval zijn.")
                              : tr("De nulmeting (%1) ligt binnen de marge van de laatste meting: het verschil kan "
                                   "toeval zijn."))
                             .arg(formatPoint(d, base));
        }
    }
    if (progress.expected) {
        verdict += QLatin1Char(' ') + tr("Volgens het pad was %1 verwacht.").arg(formatValue(d, *progress.expected));
        // How "Op koers" is decided, so that a value a little behind the path is understood
        // (not once the target is reached: then the rule is not what decided).
        if (d.baseline && d.target && (progress.verdict == Verdict::OnTrack || progress.verdict == Verdict::Behind)) {
            const double margin = kOnTrackMargin * std::abs(*d.target - *d.baseline);
            // A margin on a percentage is in percentage points, not a percentage of it.
            const QString slack = d.unit == UnitKind::Percentage
                                      ? tr("%1 procentpunt").arg(QLocale().toString(margin, 'f', 1))
                                      : formatValue(d, margin);
            const QString limit = formatValue(d, *progress.expected + (d.lowerIsBetter ? margin : -margin));
            verdict += QLatin1Char(' ')
                       + (d.lowerIsBetter ? tr("Op koers betekent hier: niet hoger dan %1 (het pad, met %2 speling).")
                                          : tr("Op koers betekent hier: niet lager dan %1 (het pad, met %2 speling)."))
                             .arg(limit, slack);
        }
    }
    m_verdict->setText(verdict);
    // The chart says the same to a screen reader as the text beside it.
    m_chart->setAccessibleDescription(verdict);
    QStringList definition;
    if (d.baseline && d.baselineDate.isValid())
        definition.append(tr("Nulmeting %1 op %2")
                              .arg(formatValue(d, *d.baseline), locale.toString(d.baselineDate, QLocale::ShortFormat)));
    if (d.target && d.targetDate.isValid())
        definition.append(tr("streefwaarde %1 op %2")
                              .arg(formatValue(d, *d.target), locale.toString(d.targetDate, QLocale::ShortFormat)));
    definition.append(d.lowerIsBetter ? tr("lager is beter") : tr("hoger is beter"));
    if (!d.source.isEmpty())
        definition.append(tr("bron: %1").arg(d.source));
    m_definition->setText(definition.join(QStringLiteral("; ")) + QLatin1Char('.'));
    m_chart->setIndicator(d, series);
    m_chartTable->setChart(m_chart->chart(), m_chart->accessibleName());
    m_import->setEnabled(!m_document->isReadOnly());
}

} // namespace rk
