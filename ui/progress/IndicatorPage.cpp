#include "IndicatorPage.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "core/progress/Areas.h"
#include "ui/common/DateField.h"
#include "ui/common/ChartTable.h"
#include "ui/common/IndicatorChart.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/common/StatusIcons.h"
#include "ui/common/TableChanges.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
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
    , m_tabs(new QTabWidget(this))
    , m_measurements(new RecordTablePanel(TableId::Measurement, this))
    , m_comparisons(new RecordTablePanel(TableId::Comparison, this))
    , m_areas(new QTableWidget(this))
    , m_areasNote(new QLabel(this))
    , m_log(new QTableWidget(this))
    , m_addLog(new QPushButton(tr("Notitie toevoegen..."), this))
    , m_import(new QPushButton(tr("Metingen &inlezen uit CSV..."), this))
    , m_importStatLine(new QPushButton(tr("Cijfers uit &StatLine..."), this))
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
    connect(m_importStatLine, &QPushButton::clicked, this, &IndicatorPage::statLineImportRequested);
    m_importStatLine->setToolTip(tr("Cijfers van de gezondheidsmonitor inlezen, met hun marges en waarden om mee "
                                    "te vergelijken"));
    m_chart->setMinimumHeight(260);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch();
    top->addWidget(m_importStatLine);
    top->addWidget(m_import);
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_icon);
    verdictRow->addWidget(m_verdict, 1);

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_chartTable);
    // The wijken and buurten, ranked, each with the activities aimed there.
    m_areas->setColumnCount(5);
    m_areas->setHorizontalHeaderLabels(
        {tr("Gebied"), tr("Soort"), tr("Waarde (marge)"), tr("Ten opzichte van de gemeente"), tr("Activiteiten daar")});
    m_areas->setAccessibleName(tr("Wijken en buurten, hoogste waarde eerst"));
    m_areas->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_areas->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_areas->setSelectionMode(QAbstractItemView::SingleSelection);
    m_areas->setTabKeyNavigation(false);
    m_areas->verticalHeader()->setVisible(false);
    m_areas->horizontalHeader()->setStretchLastSection(true);
    connect(m_areas, &QTableWidget::activated, this, [this](const QModelIndex &index) { openAreaRow(index.row()); });
    m_areasNote->setWordWrap(true);
    m_areasNote->setTextFormat(Qt::PlainText);
    auto *areasBox = new QWidget(this);
    auto *areasLayout = new QVBoxLayout(areasBox);
    areasLayout->addWidget(m_areasNote);
    areasLayout->addWidget(m_areas, 1);

    // The story behind the figures: dated notes from the logbook about this indicator.
    m_log->setColumnCount(3);
    m_log->setHorizontalHeaderLabels({tr("Datum"), tr("Over activiteit"), tr("Wat we deden, wat er veranderde")});
    m_log->setAccessibleName(tr("Logboek van deze indicator"));
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setSelectionMode(QAbstractItemView::SingleSelection);
    m_log->setTabKeyNavigation(false);
    m_log->setWordWrap(true);
    m_log->verticalHeader()->setVisible(false);
    m_log->horizontalHeader()->setStretchLastSection(true);
    connect(m_log, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        const QString id = m_log->item(index.row(), 0)->data(Qt::UserRole).toString();
        Q_EMIT locationRequested({WorkbookLocation::Kind::Record, ChapterId::MonitorenEvalueren, {}, TableId::LogEntry,
                                  id, fieldIndex(LogEntryField::Text)});
    });
    connect(m_addLog, &QPushButton::clicked, this, &IndicatorPage::addLogEntry);
    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    m_log->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *logHint = new QLabel(tr("Nieuwste eerst. Enter op een notitie gaat naar het logboek van hoofdstuk 5, waar u "
                                  "notities wijzigt en verwijdert."),
                               this);
    logHint->setWordWrap(true);
    auto *logBar = new QHBoxLayout;
    logBar->addWidget(m_addLog);
    logBar->addWidget(logHint, 1);
    logLayout->addLayout(logBar);
    logLayout->addWidget(m_log, 1);

    m_tabs->addTab(m_measurements, tr("&Metingen"));
    m_tabs->addTab(m_comparisons, tr("&Vergelijking"));
    m_tabs->addTab(areasBox, tr("Wijken en b&uurten"));
    m_tabs->addTab(logBox, tr("&Logboek"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chartBox);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_goal);
    layout->addWidget(m_title);
    layout->addLayout(verdictRow);
    layout->addWidget(m_definition);
    layout->addWidget(splitter, 1);

    // Tab follows the page from the top: back, the imports, the chart's table, the tabs and
    // what they hold.
    QWidget::setTabOrder(back, m_importStatLine);
    QWidget::setTabOrder(m_importStatLine, m_import);
    QWidget::setTabOrder(m_import, m_chartTable->toggle());
    QWidget::setTabOrder(m_chartTable->toggle(), m_chartTable->table());
    QWidget::setTabOrder(m_chartTable->table(), m_tabs->tabBar());
    // Each panel keeps its own order (bar, then table), moved as a whole.
    QWidget *previous = m_tabs->tabBar();
    for (QWidget *page : {static_cast<QWidget *>(m_measurements), static_cast<QWidget *>(m_comparisons), areasBox,
                          logBox}) {
        QList<QWidget *> panel;
        for (QWidget *w = page->nextInFocusChain(); w != page; w = w->nextInFocusChain()) {
            if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !panel.contains(w))
                panel.append(w);
        }
        for (QWidget *w : std::as_const(panel)) {
            QWidget::setTabOrder(previous, w);
            previous = w;
        }
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
    m_comparisons->setDocument(document);
    m_indicatorId.clear();
    if (m_document) {
        auto changed = [this](TableId table) {
            if (table == TableId::Indicator || table == TableId::Measurement || table == TableId::Goal ||
                table == TableId::Comparison || table == TableId::LogEntry)
                m_timer->start();
        };
        onTableChanges(m_document, this, changed);
    }
}

void IndicatorPage::showIndicator(const QString &indicatorId)
{
    m_indicatorId = indicatorId;
    m_measurements->setParentRecord(indicatorId);
    m_comparisons->setParentRecord(indicatorId);
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
        m_importStatLine->setEnabled(false);
        m_addLog->setEnabled(false);
        // Nothing of the indicator that is gone stays in view (an import undone, say).
        m_chart->setIndicator(IndicatorDefinition(), {});
        m_chartTable->setChart(m_chart->chart(), m_chart->accessibleName());
        m_areas->setRowCount(0);
        m_areasNote->clear();
        m_log->setRowCount(0);
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
        verdict += (verdict.endsWith(QLatin1Char('.')) ? QLatin1String(" ") : QLatin1String(". "))
                   + tr("Laatste meting: %1 op %2.")
                                             .arg(formatPoint(d, *progress.latest),
                                                  locale.toString(progress.latest->date, QLocale::ShortFormat));
        if (progress.latestIsOld)
            verdict += QLatin1Char(' ')
                       + tr("Die meting is %1: het oordeel zegt weinig over nu.").arg(olderThanCadenceText(d));
        if (progress.latest->hasInterval() && d.baseline && progress.verdict != Verdict::NoTarget) {
            // Whether the change lies outside the noise, in words (docs/verdicts.md).
            const MeasurementPoint base{d.baselineDate, *d.baseline, progress.baselineLower, progress.baselineUpper};
            const QString baseText = formatPoint(d, base);
            const MeasurementPoint latest = *progress.latest;
            const QString latestText = formatPoint(d, latest);
            if (progress.verdict == Verdict::NotMeasurablyChanged)
                verdict += QLatin1Char(' ')
                           + (base.hasInterval()
                                  ? tr("De marges van de laatste meting, %1, en van de nulmeting, %2, overlappen: het "
                                       "verschil kan toeval zijn.")
                                        .arg(latestText, baseText)
                                  : tr("De nulmeting, %1, ligt binnen de marge van de laatste meting: het verschil kan "
                                       "toeval zijn.")
                                        .arg(baseText));
            else
                verdict += QLatin1Char(' ')
                           + (base.hasInterval()
                                  ? tr("De marges van de laatste meting, %1, en van de nulmeting, %2, raken elkaar niet: "
                                       "het verschil is duidelijk.")
                                        .arg(latestText, baseText)
                                  : tr("De nulmeting, %1, ligt buiten de marge van de laatste meting: het verschil is "
                                       "duidelijk.")
                                        .arg(baseText));
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
    m_chart->setIndicator(d, series, referenceSeries(*m_document, indicator->id));
    m_chartTable->setChart(m_chart->chart(), m_chart->accessibleName());
    m_import->setEnabled(!m_document->isReadOnly());
    m_importStatLine->setEnabled(!m_document->isReadOnly());
    m_addLog->setEnabled(!m_document->isReadOnly());
    refreshAreas(d);
    refreshLog();
}

void IndicatorPage::refreshAreas(const IndicatorDefinition &d)
{
    const AreaTable table = rankAreas(*m_document, m_indicatorId);
    const QLocale locale;
    m_areas->setRowCount(0);
    if (!table.date.isValid()) {
        m_areasNote->setText(tr("Er zijn nog geen cijfers per wijk of buurt. Lees ze in uit StatLine, of voeg ze toe "
                                "onder Vergelijking (soort gebied: wijk of buurt)."));
        return;
    }
    m_areasNote->setText(
        table.municipal
            ? tr("Cijfers van %1; de gemeente als geheel: %2. Wijk- en buurtcijfers zijn schattingen: alleen waar de "
                 "marges elkaar niet raken is het verschil duidelijk.")
                  .arg(locale.toString(table.date, QLocale::ShortFormat), formatPoint(d, *table.municipal))
            : tr("Cijfers van %1. Wijk- en buurtcijfers zijn schattingen met een marge.")
                  .arg(locale.toString(table.date, QLocale::ShortFormat)));
    m_areas->setRowCount(int(table.areas.size()));
    for (int row = 0; row < table.areas.size(); ++row) {
        const AreaRanking &area = table.areas.at(row);
        QString difference;
        switch (area.difference) {
        case AreaRanking::Difference::Unknown:
            difference = tr("Niet te zeggen (geen marge)");
            break;
        case AreaRanking::Difference::NotClear:
            difference = tr("Niet duidelijk anders");
            break;
        case AreaRanking::Difference::Higher:
            difference = isWorse(area.difference, d.lowerIsBetter) ? tr("Duidelijk hoger (slechter)")
                                                                 : tr("Duidelijk hoger (beter)");
            break;
        case AreaRanking::Difference::Lower:
            difference = isWorse(area.difference, d.lowerIsBetter) ? tr("Duidelijk lager (slechter)")
                                                                 : tr("Duidelijk lager (beter)");
            break;
        }
        QStringList activities;
        for (const QString &id : area.activityIds)
            activities.append(m_document->recordTitle(TableId::Activity, id));
        const QStringList cells = {area.name, choiceLabel(ChoiceList::AreaKind, int(area.kind)),
                                   formatPoint(d, area.point), difference,
                                   activities.isEmpty() ? tr("Geen") : activities.join(QStringLiteral("; "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled); // read only
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 3 && isWorse(area.difference, d.lowerIsBetter)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            item->setData(Qt::UserRole, area.activityIds.value(0));
            m_areas->setItem(row, column, item);
        }
    }
    m_areas->resizeColumnsToContents();
}

void IndicatorPage::openAreaRow(int row)
{
    const QTableWidgetItem *item = m_areas->item(row, 0);
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    Q_EMIT locationRequested({WorkbookLocation::Kind::Record, ChapterId::PlanVanAanpak, {}, TableId::Activity,
                              item->data(Qt::UserRole).toString(), fieldIndex(ActivityField::TargetArea)});
}

void IndicatorPage::refreshLog()
{
    QList<const Record *> notes;
    for (const Record &entry : m_document->records(TableId::LogEntry)) {
        if (field(entry, LogEntryField::IndicatorId).toString() == m_indicatorId)
            notes.append(&entry);
    }
    std::stable_sort(notes.begin(), notes.end(), [](const Record *a, const Record *b) {
        return field(*a, LogEntryField::Date).toString() > field(*b, LogEntryField::Date).toString();
    });
    m_log->setRowCount(int(notes.size()));
    for (int row = 0; row < notes.size(); ++row) {
        const Record &entry = *notes.at(row);
        const QStringList cells = {displayField(entry, LogEntryField::Date),
                                   m_document->recordTitle(TableId::Activity,
                                                           field(entry, LogEntryField::ActivityId).toString()),
                                   field(entry, LogEntryField::Text).toString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled); // read only
            item->setData(Qt::UserRole, entry.id);
            m_log->setItem(row, column, item);
        }
    }
    m_tabs->setTabText(m_tabs->indexOf(m_log->parentWidget()),
                       notes.isEmpty() ? tr("&Logboek") : tr("&Logboek (%1)").arg(notes.size()));
    m_log->resizeColumnToContents(0);
    m_log->resizeColumnToContents(1);
    m_log->setColumnWidth(1, std::min(m_log->columnWidth(1), 240));
}

void IndicatorPage::addLogEntry()
{
    if (!m_document || m_document->isReadOnly())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Notitie in het logboek"));
    auto *date = new DateField(&dialog);
    date->setDate(QDate::currentDate());
    auto *activity = new QComboBox(&dialog);
    activity->addItem(tr("(geen)"), QString());
    for (const Record &row : m_document->records(TableId::Activity))
        activity->addItem(field(row, ActivityField::Title).toString(), row.id);
    auto *text = new QPlainTextEdit(&dialog);
    text->setTabChangesFocus(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Datum:"), date);
    form->addRow(tr("Over &activiteit:"), activity);
    form->addRow(tr("&Wat we deden, wat er veranderde:"), text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    text->setFocus();
    if (dialog.exec() != QDialog::Accepted || text->toPlainText().trimmed().isEmpty())
        return;
    Record entry = emptyRecord(TableId::LogEntry);
    setField(entry, LogEntryField::Date, date->date().isValid() ? date->date().toString(Qt::ISODate) : QString());
    setField(entry, LogEntryField::IndicatorId, m_indicatorId);
    setField(entry, LogEntryField::ActivityId, activity->currentData());
    setField(entry, LogEntryField::Text, text->toPlainText());
    edit::insertRecord(*m_document, TableId::LogEntry, int(m_document->records(TableId::LogEntry).size()), entry);
}

} // namespace rk
