// ReportBuilder, part two: what the report says. The short council report's sections (the
// chapters at a glance, goals with their indicators, activities, the numbers, next steps)
// and the full workbook, chapter by chapter.

#include "ReportBuilder.h"

#include "core/ProjectDocument.h"
#include "core/guidance/Guidance.h"
#include "core/network/Network.h"
#include "core/progress/Areas.h"
#include "core/progress/Progress.h"
#include "core/records/Fields.h"
#include "core/text/SafeTextDocument.h"
#include "core/workbook/Dashboard.h"
#include "core/workbook/Rounds.h"
#include "core/workbook/WhatWorks.h"

#include <QDate>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace rk {

namespace {
constexpr int kMeasurementRows = 12;

const GuidanceLibrary &guidance()
{
    return GuidanceLibrary::forUiLanguage();
}

// A link in a report is followed by whoever opens the PDF or ODT, often without asking.
// Notes can come from someone else's file, so only web and mail addresses stay links:
// javascript:, file:, data: or a scheme of some local program would run or open things.
bool isAllowedLink(const QString &href)
{
    const QUrl url(href, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"));
}

// Turns every link between `from` and `to` whose scheme is not allowed into plain text:
// the words stay, the address, its title and the link colour go. Walks the fragments the
// Markdown parser made, so every kind of link (inline, autolink, bare www.) is covered,
// also in lists and tables.
// The headings of a chapter's notes sit under "Notities" (a second-level heading): "#" becomes
// the third level, "##" the fourth, in the size of a third-level heading or smaller. The first
// block of inserted Markdown takes the format of the block it lands in, so its level is read
// from the Markdown itself. `scale`: document units per point.
void notesHeadings(QTextDocument *doc, int start, int end, const QString &notes, qreal scale)
{
    QTextDocument markdown;
    markdown.setMarkdown(notes, kMarkdownFeatures);
    const int firstLevel = markdown.firstBlock().blockFormat().headingLevel();
    for (QTextBlock block = doc->findBlock(start); block.isValid() && block.position() <= end; block = block.next()) {
        int level = block.blockFormat().headingLevel();
        if (block.position() <= start && level == 0)
            level = firstLevel;
        if (level <= 0)
            continue;
        QTextCursor heading(block);
        QTextBlockFormat format = block.blockFormat();
        format.setHeadingLevel(std::min(6, 2 + level));
        format.setTopMargin(8 * scale);
        heading.setBlockFormat(format);
        heading.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat chars;
        chars.setFontPointSize(level == 1 ? 11 : 10);
        chars.setFontWeight(QFont::Bold);
        heading.mergeCharFormat(chars);
    }
}

void dropUnsafeLinks(QTextDocument *doc, int from, int to)
{
    struct Link
    {
        int start;
        int end;
        QTextCharFormat format;
    };
    QList<Link> unsafe; // changed after the walk: changing formats splits and merges fragments
    for (QTextBlock block = doc->findBlock(from); block.isValid() && block.position() < to; block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int start = std::max(from, fragment.position());
            const int end = std::min(to, fragment.position() + fragment.length());
            const QTextCharFormat format = fragment.charFormat();
            if (start < end && (format.isAnchor() || format.hasProperty(QTextFormat::AnchorHref)) &&
                !isAllowedLink(format.anchorHref()))
                unsafe.append({start, end, format});
        }
    }
    for (Link &link : unsafe) {
        // What made it a link goes; bold, italic and the like stay. The Markdown parser
        // colours links; underlining is cleared too, as Markdown itself has no underline.
        for (auto property :
             {QTextFormat::IsAnchor, QTextFormat::AnchorHref, QTextFormat::TextToolTip, QTextFormat::ForegroundBrush,
              QTextFormat::FontUnderline, QTextFormat::TextUnderlineStyle})
            link.format.clearProperty(property);
        QTextCursor cursor(doc);
        cursor.setPosition(link.start);
        cursor.setPosition(link.end, QTextCursor::KeepAnchor);
        cursor.setCharFormat(link.format);
    }
}
} // namespace

void ReportBuilder::chapterOverview(QTextCursor &cursor)
{
    const DashboardSummary summary = summarise(m_document, guidance());
    paragraph(cursor, tr("%1 van de %2 hoofdstukken zijn afgerond en %3 zijn bezig. %4 van de %5 vragen zijn "
                         "beantwoord en %6 van de %7 checklistpunten ingevuld.")
                          .arg(summary.chaptersDone)
                          .arg(kChapterCount)
                          .arg(summary.chaptersInProgress)
                          .arg(summary.questionsAnswered)
                          .arg(summary.questionCount)
                          .arg(summary.checklistAnswered)
                          .arg(summary.checklistCount));
    QList<QStringList> rows;
    for (const ChapterProgress &progress : summary.chapters) {
        if (!m_options.includes(progress.chapter))
            continue;
        rows.append(
            {QStringLiteral("%1. %2").arg(chapterInfo(progress.chapter).number).arg(chapterTitle(progress.chapter)),
             chapterStatusName(progress.status),
             tr("%1 van %2").arg(progress.questionsAnswered).arg(progress.questionCount),
             progress.checklistCount > 0 ? tr("%1 van %2").arg(progress.checklistAnswered).arg(progress.checklistCount)
                                         : QStringLiteral("-")});
    }
    table(cursor, {tr("Hoofdstuk"), tr("Status"), tr("Vragen"), tr("Checklist")}, rows, {46, 18, 18, 18});
}

void ReportBuilder::goalsSection(QTextCursor &cursor, bool withCharts)
{
    const QList<Record> &goals = m_document.records(TableId::Goal);
    if (goals.isEmpty()) {
        paragraph(cursor, tr("Er zijn nog geen doelen vastgelegd."), true);
        return;
    }
    const QLocale locale;
    for (const Record &goal : goals) {
        heading(cursor, field(goal, GoalField::Title).toString(), 2);
        if (!field(goal, GoalField::Description).toString().isEmpty())
            paragraph(cursor, field(goal, GoalField::Description).toString());
        const QList<const Record *> indicators = m_document.children(TableId::Indicator, goal.id);
        if (indicators.isEmpty()) {
            paragraph(cursor, tr("Bij dit doel zijn nog geen indicatoren vastgelegd."), true);
            continue;
        }
        // How the inhabitants are doing apart from what the approach itself achieves, each in a
        // table of its own (an indicator not marked counts as the approach's).
        QList<const Record *> ordered;
        bool noise = false;
        for (IndicatorKind kind : {IndicatorKind::Population, IndicatorKind::Outcome}) {
            QList<QStringList> rows;
            for (const Record *indicator : indicators) {
                if (choiceOf<IndicatorKind>(field(*indicator, IndicatorField::Kind)).value_or(IndicatorKind::Outcome) !=
                    kind)
                    continue;
                ordered.append(indicator);
                const IndicatorDefinition d = indicatorDefinition(*indicator);
                const IndicatorProgress p = computeProgress(
                    d, measurementSeries(m_document, indicator->id, m_options.referenceDate), m_options.referenceDate);
                noise = noise || p.verdict == Verdict::NotMeasurablyChanged;
                auto valueAt = [&](const std::optional<double> &value, const QDate &date) {
                    if (!value)
                        return QStringLiteral("-");
                    return date.isValid()
                               ? tr("%1 (%2)").arg(formatValue(d, *value), locale.toString(date, QLocale::ShortFormat))
                               : formatValue(d, *value);
                };
                const QString latest = p.latest
                                           ? tr("%1 (%2)").arg(formatPoint(d, *p.latest),
                                                               locale.toString(p.latest->date, QLocale::ShortFormat))
                                           : QStringLiteral("-");
                rows.append({d.name, valueAt(d.baseline, d.baselineDate), valueAt(d.target, d.targetDate), latest,
                             p.latestIsOld ? tr("%1 (meting %2)").arg(verdictName(p.verdict), olderThanCadenceText(d))
                                           : verdictName(p.verdict)});
            }
            if (rows.isEmpty())
                continue;
            paragraph(cursor, choiceLabel(ChoiceList::IndicatorKind, int(kind)) + QLatin1Char(':'), true);
            table(cursor, {tr("Indicator"), tr("Nulmeting"), tr("Streefwaarde"), tr("Laatste meting"), tr("Oordeel")},
                  rows, {26, 19, 19, 19, 17});
        }
        // What the verdict that the margins decide means, for a reader of the council report.
        if (noise)
            paragraph(cursor,
                      tr("Niet aantoonbaar veranderd: de marge (95%) van de laatste meting overlapt die van de "
                         "nulmeting. Het verschil kan dan toeval zijn; pas als de marges elkaar niet raken, is "
                         "een stijging of daling duidelijk."),
                      true);
        if (!withCharts) {
            for (const Record *indicator : std::as_const(ordered))
                comparisonLine(cursor, indicator->id, true);
            continue;
        }
        for (const Record *indicator : std::as_const(ordered)) {
            heading(cursor, field(*indicator, IndicatorField::Name).toString(), 3);
            chart(cursor, indicator->id);
            comparisonLine(cursor, indicator->id, false);
            measurementTable(cursor, indicator->id);
            areaTable(cursor, indicator->id);
            logNotes(cursor, indicator->id);
        }
    }
}

void ReportBuilder::numbersSection(QTextCursor &cursor)
{
    int trained = 0;
    for (const Record &row : m_document.records(TableId::Signaller))
        trained += field(row, SignallerField::Trained).toLongLong() != 0 ? 1 : 0;
    qint64 reports = 0;
    for (const Record &row : m_document.records(TableId::MeldpuntCount)) {
        // Counts of periods that began after the peildatum are not yet known on that day.
        const QDate start = storedDate(field(row, MeldpuntCountField::PeriodStart));
        if (!start.isValid() || start <= m_options.referenceDate)
            reports += field(row, MeldpuntCountField::Reports).toLongLong();
    }
    qint64 reach = 0;
    for (const Record &row : m_document.records(TableId::Offer))
        reach += field(row, OfferField::Reach).toLongLong();
    const network::Counts organisations = network::countOrganisations(m_document);
    const QList<QStringList> rows = {
        {tr("Organisaties in het netwerk"), QString::number(organisations.total)},
        {tr("Daarvan actief partner"),
         QString::number(organisations.byStage.value(int(CommitmentStage::ActivePartner)))},
        {tr("Bijdragen aan doelen"), QString::number(m_document.records(TableId::Contribution).size())},
        {tr("Groepen signaleerders"), QString::number(m_document.records(TableId::Signaller).size())},
        {tr("Daarvan getraind"), QString::number(trained)},
        {tr("Meldingen bij het meldpunt tot de peildatum"), QLocale().toString(reports)},
        {tr("Campagnes"), QString::number(m_document.records(TableId::Campaign).size())},
        {tr("Activiteiten in het lokale aanbod"), QString::number(m_document.records(TableId::Offer).size())},
        {tr("Bereik van het aanbod (personen)"), QLocale().toString(reach)},
    };
    table(cursor, {tr("Onderwerp"), tr("Aantal")}, rows, {75, 25});
}

void ReportBuilder::chapterInFull(QTextCursor &cursor, ChapterId chapter)
{
    const ChapterInfo &info = chapterInfo(chapter);
    const ChapterState &state = m_document.chapter(chapter);
    heading(cursor, QStringLiteral("%1. %2").arg(info.number).arg(chapterTitle(chapter)), 1);
    paragraph(
        cursor,
        tr("%1. Status: %2.").arg(chapterPartTitle(info.part), chapterStatusName(m_document.chapterStatus(info.id))),
        true);
    const ChapterGuidance &g = guidance().chapter(chapter);
    heading(cursor, tr("Vragen"), 2);
    QTextBlockFormat block;
    block.setBottomMargin(2 * m_scale);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (const GuidanceQuestion &question : g.questions) {
        cursor.setBlockFormat(block);
        cursor.insertText(question.text, bold);
        cursor.insertBlock(block, QTextCharFormat());
        const QString answer = m_document.answer(chapter, question.key).trimmed();
        paragraph(cursor, answer.isEmpty() ? tr("Nog niet beantwoord.") : answer, answer.isEmpty());
    }
    if (!g.checklists.isEmpty()) {
        for (const Checklist &checklist : g.checklists) {
            heading(cursor, checklist.title, 2);
            QList<QStringList> rows;
            for (const ChecklistItem &item : checklist.items) {
                const ChecklistEntry entry = m_document.checklistEntry(chapter, item.key);
                rows.append({item.text, checklistAnswerName(entry.answer), entry.comment});
            }
            table(cursor, {tr("Vraag"), tr("Antwoord"), tr("Toelichting")}, rows, {50, 16, 34});
        }
    }
    for (TableId id : tablesOfChapter(chapter)) {
        if (id == TableId::Goal)
            continue; // in "Doelen en indicatoren"
        heading(cursor, tableTitle(id), 2);
        if (id == TableId::CouncilReport)
            councilReportsInFull(cursor); // long texts: as lines, not as thirteen narrow columns
        else
            recordTable(cursor, int(id));
    }
    if (chapter == ChapterId::MonitorenEvalueren)
        roundsTable(cursor);
    if (chapter == ChapterId::OndersteunenActiveren)
        whatWorksTable(cursor);
    if (!state.notes.trimmed().isEmpty()) {
        heading(cursor, tr("Notities"), 2);
        // Markdown keeps its formatting; HTML in it stays text, and only safe links stay links.
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        const int start = cursor.position();
        cursor.insertMarkdown(state.notes, kMarkdownFeatures);
        dropUnsafeLinks(cursor.document(), start, cursor.position());
        notesHeadings(cursor.document(), start, cursor.position(), state.notes, m_scale);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }
}

void ReportBuilder::measurementTable(QTextCursor &cursor, const QString &indicatorId)
{
    // The chart shows every measurement; the table the most recent ones, so that a long
    // series (monthly counts over years) does not fill dozens of pages.
    // As of the report's reference date: later rows are left out (a row without a date stays).
    QList<const Record *> rows;
    for (const Record *row : m_document.children(TableId::Measurement, indicatorId)) {
        const QDate date = storedDate(field(*row, MeasurementField::Date));
        if (!date.isValid() || date <= m_options.referenceDate)
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Record *a, const Record *b) {
        return field(*a, MeasurementField::Date).toString() < field(*b, MeasurementField::Date).toString();
    });
    const int total = int(rows.size());
    if (total > kMeasurementRows) {
        paragraph(cursor,
                  tr("De laatste %1 van %2 metingen; de grafiek toont ze allemaal.").arg(kMeasurementRows).arg(total),
                  true);
        rows = rows.mid(total - kMeasurementRows);
    }
    const Record *indicator = m_document.record(TableId::Indicator, indicatorId);
    const IndicatorDefinition d = indicator ? indicatorDefinition(*indicator) : IndicatorDefinition();
    using M = MeasurementField;
    QList<QStringList> cells;
    for (const Record *row : std::as_const(rows)) {
        // The value with its interval in one cell, as it is read: "12,1% (10,9–13,3)".
        const std::optional<MeasurementPoint> point = measurementPoint(*row);
        cells.append({displayField(*row, M::Date), point ? formatPoint(d, *point) : displayField(*row, M::Value),
                      displayField(*row, M::Source), displayField(*row, M::Note)});
    }
    table(cursor,
          {fieldLabel(TableId::Measurement, fieldIndex(M::Date)), tr("Waarde (marge 95%)"),
           fieldLabel(TableId::Measurement, fieldIndex(M::Source)),
           fieldLabel(TableId::Measurement, fieldIndex(M::Note))},
          cells, {16, 24, 35, 25});
}

QString ReportBuilder::comparisonText(const QString &indicatorId) const
{
    const Record *indicator = m_document.record(TableId::Indicator, indicatorId);
    const QList<ReferenceSeries> references = referenceSeries(m_document, indicatorId, false, m_options.referenceDate);
    if (!indicator || references.isEmpty())
        return {};
    const IndicatorDefinition d = indicatorDefinition(*indicator);
    // The year of the latest figure compared; each area with its figure of that date.
    QDate date;
    for (const ReferenceSeries &reference : references) {
        if (!reference.points.isEmpty() && (!date.isValid() || reference.points.constLast().date > date))
            date = reference.points.constLast().date;
    }
    QStringList parts;
    for (const MeasurementPoint &point : measurementSeries(m_document, indicatorId, m_options.referenceDate)) {
        if (point.date == date)
            parts = {tr("%1 %2").arg(m_document.project().gemeente, formatPoint(d, point))};
    }
    for (const ReferenceSeries &reference : references) {
        for (const MeasurementPoint &point : reference.points) {
            if (point.date == date)
                parts.append(tr("%1 %2").arg(reference.name, formatPoint(d, point)));
        }
    }
    if (parts.isEmpty())
        return {};
    return tr("Ter vergelijking (%1): %2.").arg(date.year()).arg(parts.join(QStringLiteral(", ")));
}

void ReportBuilder::comparisonLine(QTextCursor &cursor, const QString &indicatorId, bool withName)
{
    const QString line = comparisonText(indicatorId);
    const Record *indicator = m_document.record(TableId::Indicator, indicatorId);
    if (line.isEmpty() || !indicator)
        return;
    paragraph(cursor, withName ? tr("%1. %2").arg(indicatorDefinition(*indicator).name, line) : line);
}

void ReportBuilder::areaTable(QTextCursor &cursor, const QString &indicatorId)
{
    const Record *indicator = m_document.record(TableId::Indicator, indicatorId);
    const AreaTable areas = rankAreas(m_document, indicatorId, m_options.referenceDate);
    if (!indicator || areas.areas.isEmpty())
        return;
    const IndicatorDefinition d = indicatorDefinition(*indicator);
    paragraph(cursor, tr("Per wijk en buurt (%1), hoogste waarde eerst. Wijk- en buurtcijfers zijn schattingen; "
                         "alleen waar de marges die van de gemeente niet raken, is het verschil duidelijk.")
                          .arg(QLocale().toString(areas.date, QLocale::ShortFormat)));
    QList<QStringList> rows;
    for (const AreaRanking &area : areas.areas) {
        QString difference;
        switch (area.difference) {
        case AreaRanking::Difference::Unknown:
            difference = tr("niet te zeggen");
            break;
        case AreaRanking::Difference::NotClear:
            difference = tr("niet duidelijk anders");
            break;
        case AreaRanking::Difference::Higher:
            difference = isWorse(area.difference, d.lowerIsBetter) ? tr("duidelijk hoger (slechter)")
                                                                   : tr("duidelijk hoger (beter)");
            break;
        case AreaRanking::Difference::Lower:
            difference = isWorse(area.difference, d.lowerIsBetter) ? tr("duidelijk lager (slechter)")
                                                                   : tr("duidelijk lager (beter)");
            break;
        }
        QStringList activities;
        for (const QString &id : area.activityIds)
            activities.append(m_document.recordTitle(TableId::Activity, id));
        rows.append({area.name, choiceLabel(ChoiceList::AreaKind, int(area.kind)), formatPoint(d, area.point),
                     difference, activities.join(QStringLiteral("; "))});
    }
    table(
        cursor,
        {tr("Gebied"), tr("Soort"), tr("Waarde (marge)"), tr("Ten opzichte van de gemeente"), tr("Activiteiten daar")},
        rows, {19, 15, 21, 23, 22});
}

void ReportBuilder::logNotes(QTextCursor &cursor, const QString &indicatorId)
{
    QList<const Record *> notes;
    for (const Record &entry : m_document.records(TableId::LogEntry)) {
        const QDate date = storedDate(field(entry, LogEntryField::Date));
        if (field(entry, LogEntryField::IndicatorId).toString() == indicatorId &&
            (!date.isValid() || date <= m_options.referenceDate))
            notes.append(&entry);
    }
    if (notes.isEmpty())
        return;
    std::stable_sort(notes.begin(), notes.end(), [](const Record *a, const Record *b) {
        return field(*a, LogEntryField::Date).toString() < field(*b, LogEntryField::Date).toString();
    });
    QList<QStringList> rows;
    for (const Record *entry : std::as_const(notes))
        rows.append({displayField(*entry, LogEntryField::Date),
                     m_document.recordTitle(TableId::Activity, field(*entry, LogEntryField::ActivityId).toString()),
                     field(*entry, LogEntryField::Text).toString()});
    paragraph(cursor, tr("Wat we deden, wat er veranderde (uit het logboek):"));
    table(cursor, {tr("Datum"), tr("Activiteit"), tr("Notitie")}, rows, {14, 26, 60});
}

void ReportBuilder::roundsTable(QTextCursor &cursor)
{
    QList<ChecklistRound> rounds = checklistRounds(m_document);
    if (rounds.size() < 2)
        return; // one round has no trend; its answers are in the checklists above
    heading(cursor, tr("De checklist door de jaren"), 2);
    const QLocale locale;
    for (const ChecklistRound &round : std::as_const(rounds)) {
        const Record *record = m_document.record(TableId::ChecklistRound, round.id);
        const QString learned = record ? field(*record, ChecklistRoundField::Note).toString().trimmed() : QString();
        QString line =
            round.isOpen()
                ? tr("Ronde %1: open sinds %2.").arg(round.title, locale.toString(round.started, QLocale::LongFormat))
                : tr("Ronde %1: %2 tot %3.")
                      .arg(round.title, locale.toString(round.started, QLocale::LongFormat),
                           locale.toString(round.closed, QLocale::LongFormat));
        if (!learned.isEmpty())
            line += QLatin1Char(' ') + tr("Wat we leerden: %1").arg(learned);
        paragraph(cursor, line);
    }
    // The last five rounds fit beside the question; older ones stay in the file.
    const QList<ChecklistTrend> trends = checklistTrends(m_document, guidance());
    const int first = std::max(0, int(rounds.size()) - 5);
    QStringList header{tr("Vraag")};
    for (int r = first; r < rounds.size(); ++r)
        header.append(rounds.at(r).isOpen() ? tr("%1 (open)").arg(rounds.at(r).title) : rounds.at(r).title);
    header.append(tr("Verloop"));
    QList<QStringList> rows;
    int better = 0;
    int worse = 0;
    for (const ChecklistTrend &trend : trends) {
        better += trend.movement() > 0 ? 1 : 0;
        worse += trend.movement() < 0 ? 1 : 0;
        QStringList row{QStringLiteral("%1. %2").arg(chapterInfo(trend.chapter).number).arg(trend.text)};
        for (int r = first; r < rounds.size(); ++r) {
            const ChecklistAnswer answer = trend.answers.at(r);
            row.append(answer == ChecklistAnswer::Unanswered ? QStringLiteral("–") : checklistAnswerName(answer));
        }
        const int movement = trend.movement();
        row.append(movement > 0   ? tr("%1 (beter)").arg(trend.path())
                   : movement < 0 ? tr("%1 (minder)").arg(trend.path())
                                  : trend.path());
        rows.append(row);
    }
    paragraph(cursor, tr("Sinds de eerste ronde: %1 beter, %2 minder.").arg(better).arg(worse));
    const int roundColumns = int(rounds.size()) - first;
    QList<int> widths{42};
    for (int r = 0; r < roundColumns; ++r)
        widths.append(36 / roundColumns);
    widths.append(100 - 42 - roundColumns * (36 / roundColumns));
    table(cursor, header, rows, widths);
}

void ReportBuilder::whatWorksTable(QTextCursor &cursor)
{
    const WhatWorksCoverage coverage = whatWorksCoverage(m_document);
    heading(cursor, tr("Wat werkt"), 2);
    paragraph(cursor, tr("Hoeveel onderdelen van het aanbod en geplande of lopende activiteiten elk werkzaam element "
                         "hebben, per niveau van preventie (beschermen: mensen zonder risicofactoren; steunen: mensen "
                         "met risicofactoren; erger voorkomen: mensen die eenzaam zijn)."));
    QStringList header{tr("Werkzaam element")};
    const int levels = int(coverage.byLevel.size());
    for (int l = 0; l < levels; ++l)
        header.append(choiceLabel(ChoiceList::PreventionLevel, l).section(QLatin1Char(':'), 0, 0));
    header.append(tr("Totaal"));
    QList<QStringList> rows;
    for (int e = 0; e < coverage.byElement.size(); ++e) {
        QStringList row{choiceLabel(ChoiceList::EffectiveElement, e)};
        for (int l = 0; l < levels; ++l)
            row.append(QString::number(coverage.cells.at(e).at(l).size()));
        row.append(QString::number(coverage.byElement.at(e).size()));
        rows.append(row);
    }
    table(cursor, header, rows, {31, 19, 19, 19, 12});
    QStringList thin;
    for (int e : coverage.thinElements())
        thin.append(choiceLabel(ChoiceList::EffectiveElement, e));
    if (!thin.isEmpty())
        paragraph(cursor, tr("Dun of afwezig: %1.").arg(thin.join(QStringLiteral(", "))), true);
}

void ReportBuilder::recordTable(QTextCursor &cursor, int tableNumber, const QString &parentId)
{
    const auto id = static_cast<TableId>(tableNumber);
    const TableSpec &spec = tableSpec(id);
    QList<const Record *> records;
    if (spec.hasParent()) {
        records = m_document.children(id, parentId);
    } else {
        for (const Record &record : m_document.records(id))
            records.append(&record);
    }
    QList<QStringList> cells;
    for (const Record *record : std::as_const(records)) {
        QStringList row;
        for (int f = 0; f < int(spec.fields.size()); ++f) {
            const FieldSpec &field = spec.fields.at(std::size_t(f));
            row.append(field.type == FieldType::Reference
                           ? m_document.recordTitle(static_cast<TableId>(field.referenceTable),
                                                    record->values.value(f).toString())
                           : displayValue(field, record->values.value(f)));
        }
        cells.append(row);
    }
    // A column that is empty in every row says nothing on paper: it is left out, which
    // leaves the others room.
    QList<int> shown;
    bool personalLeftOut = false;
    for (int f = 0; f < int(spec.fields.size()); ++f) {
        // The tags of what works are counted in their own table ("Wat werkt"), not listed here.
        const ChoiceList list = spec.fields.at(std::size_t(f)).choices;
        if (list == ChoiceList::EffectiveElement || list == ChoiceList::PreventionLevel)
            continue;
        const bool used = std::any_of(cells.cbegin(), cells.cend(),
                                      [f](const QStringList &row) { return !row.at(f).trimmed().isEmpty(); });
        if (used && spec.fields.at(std::size_t(f)).personal && !m_options.includePersonalData) {
            personalLeftOut = true;
            continue;
        }
        if (used || f == 0)
            shown.append(f);
    }

    QStringList header;
    for (int f : std::as_const(shown))
        header.append(fieldLabel(id, f));
    QList<QStringList> rows;
    rows.reserve(cells.size());
    for (const QStringList &row : std::as_const(cells)) {
        QStringList kept;
        for (int f : std::as_const(shown))
            kept.append(row.at(f));
        rows.append(kept);
    }
    table(cursor, header, rows);
    // After the table, so that a long table still starts on the page of its heading.
    if (personalLeftOut)
        paragraph(cursor, tr("Contactpersonen en hun gegevens zijn weggelaten: dat zijn persoonsgegevens."), true);
}

} // namespace rk
