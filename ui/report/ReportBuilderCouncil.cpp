// ReportBuilder, part three: the short report as a voortgangsrapportage, the progress report in
// the form a council receives it.

#include "ReportBuilder.h"

#include "core/ProjectDocument.h"
#include "core/progress/Progress.h"
#include "core/records/Fields.h"
#include "core/workbook/CouncilReport.h"
#include "ui/report/ReportStructure.h"

#include <QDate>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <cmath>

namespace rk {

namespace {
// One money format everywhere: whole euros without cents, cents only where there are.
QString money(double amount)
{
    return QLocale().toCurrencyString(amount, QStringLiteral("€"), amount == std::round(amount) ? 0 : 2);
}
} // namespace

void ReportBuilder::labelLine(QTextCursor &cursor, const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    QTextBlockFormat block;
    block.setBottomMargin(2 * m_scale);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(block);
    cursor.insertText(label + QStringLiteral(": "), bold);
    cursor.insertText(value.trimmed(), QTextCharFormat());
    cursor.insertBlock(block, QTextCharFormat());
}

void ReportBuilder::bullets(QTextCursor &cursor, const QStringList &items, bool italic)
{
    if (items.isEmpty())
        return;
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    list.setIndent(1);
    QTextCharFormat chars;
    chars.setFontItalic(italic);
    QTextBlockFormat block;
    block.setBottomMargin(3 * m_scale);
    cursor.setBlockFormat(block);
    QTextList *textList = cursor.createList(list);
    for (int i = 0; i < items.size(); ++i) {
        if (i > 0) {
            cursor.insertBlock(block, chars);
            textList->add(cursor.block());
        }
        cursor.insertText(items.at(i), chars);
    }
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    // The block after a list does not belong to it.
    textList->remove(cursor.block());
    cursor.setBlockFormat(QTextBlockFormat());
}

void ReportBuilder::councilFront(QTextCursor &cursor)
{
    const ProjectInfo &project = m_document.project();
    const Record *council = councilReportRecord(m_document, m_options.councilReportId, m_options.referenceDate);
    const auto value = [council](CouncilReportField f) {
        return council ? field(*council, f).toString().trimmed() : QString();
    };
    const QLocale locale;
    QString subject = value(CouncilReportField::Subject);
    if (subject.isEmpty())
        subject = tr("Voortgang van de aanpak: %1").arg(project.title);

    // The house style's logo, then the title of the document.
    if (insertLogo(cursor, 160, 48)) {
        QTextBlockFormat below;
        below.setBottomMargin(10 * m_scale);
        cursor.mergeBlockFormat(below);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(2 * m_scale);
    QTextCharFormat small;
    small.setFontPointSize(11);
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(tr("Voortgangsrapportage aan de gemeenteraad"), small);
    heading(cursor, subject, 1);

    // Who sends it, about what, when.
    // What the report itself says first, then the house style, then the usual sender.
    QString sender = value(CouncilReportField::Sender);
    if (sender.isEmpty())
        sender = project.style.sender;
    if (sender.isEmpty())
        sender = tr("College van burgemeester en wethouders, %1").arg(project.gemeente);
    labelLine(cursor, tr("Afzender"), sender);
    const QString department = value(CouncilReportField::Department);
    labelLine(cursor, tr("Afdeling"), department.isEmpty() ? project.style.department : department);
    labelLine(cursor, tr("Portefeuillehouder"), value(CouncilReportField::PortfolioHolder));
    const QDate date = council ? storedDate(field(*council, CouncilReportField::Date)) : QDate();
    labelLine(cursor, tr("Datum"), locale.toString(date.isValid() ? date : QDate::currentDate(), QLocale::LongFormat));
    labelLine(cursor, tr("Peildatum"), locale.toString(m_options.referenceDate, QLocale::LongFormat));
    labelLine(cursor, tr("Kenmerk"), value(CouncilReportField::Kenmerk));
    const auto status = council ? choiceOf<ReportStatus>(field(*council, CouncilReportField::Status)) : std::nullopt;
    labelLine(cursor, tr("Status"), choiceLabel(ChoiceList::ReportStatus, int(status.value_or(ReportStatus::Concept))));
    labelLine(cursor, tr("Periode van de aanpak"),
              tr("%1 tot en met %2").arg(project.startYear).arg(project.endYear()));

    // What it says, in three to five points.
    heading(cursor, tr("Kernboodschap"), 2);
    QStringList messages;
    for (const QString &line : value(CouncilReportField::KeyMessages).split(QLatin1Char('\n'))) {
        QString message = line.trimmed();
        while (message.startsWith(QLatin1Char('-')) || message.startsWith(QLatin1Char('*')))
            message = message.mid(1).trimmed();
        if (!message.isEmpty())
            messages.append(message);
    }
    if (messages.isEmpty()) {
        bullets(cursor, draftKeyMessages(m_document, m_options.referenceDate));
        paragraph(cursor, tr("(Concept, opgesteld uit de cijfers van het werkboek.)"), true);
    } else {
        bullets(cursor, messages);
    }

    // What is asked of the council.
    heading(cursor, tr("Gevraagd aan de raad"), 2);
    const CouncilAsk ask =
        council ? choiceOf<CouncilAsk>(field(*council, CouncilReportField::AskKind)).value_or(CouncilAsk::Kennisname)
                : CouncilAsk::Kennisname;
    const QString askText = value(CouncilReportField::Ask);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextBlockFormat block;
    block.setBottomMargin(4 * m_scale);
    cursor.setBlockFormat(block);
    cursor.insertText(choiceLabel(ChoiceList::CouncilAsk, int(ask)), bold);
    cursor.insertBlock(block, QTextCharFormat());
    if (!askText.isEmpty())
        paragraph(cursor, askText);
    else if (ask == CouncilAsk::Kennisname)
        paragraph(cursor, tr("De raad neemt kennis van de voortgang van de aanpak van eenzaamheid."));
    else if (ask == CouncilAsk::Bespreking)
        paragraph(cursor, tr("De raad bespreekt de voortgang van de aanpak van eenzaamheid."));
    // Page one is the front page; the results start on the next.
    QTextBlockFormat breakAfter;
    breakAfter.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
    cursor.mergeBlockFormat(breakAfter);
}

void ReportBuilder::resultsPerGoal(QTextCursor &cursor)
{
    const QList<Record> &goals = m_document.records(TableId::Goal);
    if (goals.isEmpty()) {
        paragraph(cursor, tr("Er zijn nog geen doelen vastgelegd."), true);
        return;
    }
    const QLocale locale;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    bold.setFontPointSize(10);
    QTextCharFormat body;
    body.setFontPointSize(9.5);
    QTextCharFormat source = body;
    source.setFontItalic(true);
    QTextBlockFormat block;
    block.setBottomMargin(3 * m_scale);
    paragraph(cursor,
              tr("In de grafieken: de doorgetrokken lijn met stippen zijn de metingen, met hun marge (95%) als "
                 "lichte band; het vierkant is de nulmeting, de ster de streefwaarde en de stippellijn het pad "
                 "daarheen."),
              true);
    for (const Record &goal : goals) {
        heading(cursor, field(goal, GoalField::Title).toString(), 2);
        const QList<const Record *> indicators = m_document.children(TableId::Indicator, goal.id);
        if (indicators.isEmpty()) {
            paragraph(cursor, tr("Bij dit doel zijn nog geen indicatoren vastgelegd."), true);
            continue;
        }
        bool noise = false;
        // Two indicators side by side: each with its verdict as title, the verdict in one
        // sentence, a small chart, and the source and date of the latest figure. Each pair is a
        // table of its own, kept on one page (with the goal's heading for the first pair).
        QTextTableFormat grid;
        grid.setBorder(0);
        grid.setCellPadding(4 * m_scale);
        grid.setCellSpacing(0);
        grid.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        grid.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 50), QTextLength(QTextLength::PercentageLength, 50)});
        grid.setProperty(ReportStructure::TableRoleProperty, ReportStructure::LayoutTable);
        for (int pair = 0; pair < indicators.size(); pair += 2) {
            int first = m_headingChainStart;
            if (pair > 0) {
                // A small block that can carry the page break before the pair.
                first = cursor.block().blockNumber();
                QTextBlockFormat anchor;
                anchor.setLineHeight(1, QTextBlockFormat::FixedHeight);
                if (m_breakBefore.contains(first))
                    anchor.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(anchor);
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
            }
            QTextTable *table = cursor.insertTable(1, 2, grid);
            for (int i = pair; i < std::min<int>(pair + 2, int(indicators.size())); ++i) {
                const Record *indicator = indicators.at(i);
                QTextCursor cell = table->cellAt(0, i - pair).firstCursorPosition();
                const IndicatorDefinition d = indicatorDefinition(*indicator);
                const QList<MeasurementPoint> series =
                    measurementSeries(m_document, indicator->id, m_options.referenceDate);
                const IndicatorProgress p = computeProgress(d, series, m_options.referenceDate);
                noise = noise || p.verdict == Verdict::NotMeasurablyChanged;
                // The indicator's name and verdict head its cell (a third-level heading).
                QTextBlockFormat title = block;
                title.setHeadingLevel(3);
                cell.setBlockFormat(title);
                cell.insertText(tr("%1: %2").arg(d.name, verdictName(p.verdict)), bold);
                if (!p.latest)
                    continue;
                cell.insertBlock(block, body);
                cell.insertText(verdictSentence(d, p), body);
                cell.insertBlock(QTextBlockFormat(), QTextCharFormat());
                chart(cell, indicator->id, 230, 140, true);
                cell.setBlockFormat(block);
                const QString where = d.source.trimmed();
                const QString date = locale.toString(p.latest->date, QLocale::ShortFormat);
                cell.insertText(where.isEmpty() ? tr("Laatste meting: %1.").arg(date)
                                                : tr("Bron: %1, %2.").arg(where, date),
                                source);
            }
            cursor.movePosition(QTextCursor::End);
            m_keepTogether.append({first, cursor.block().blockNumber() - 1});
        }
        // What the verdict that the margins decide means, under the goal where it occurs.
        if (noise)
            paragraph(cursor,
                      tr("Niet aantoonbaar veranderd: de marge (95%) van de laatste meting overlapt die van de "
                         "nulmeting. Het verschil kan dan toeval zijn; pas als de marges elkaar niet raken, is "
                         "een stijging of daling duidelijk."),
                      true);
    }
}

void ReportBuilder::moneySection(QTextCursor &cursor)
{
    const QList<MoneyLine> lines = moneyByYear(m_document, m_options.referenceDate);
    if (lines.isEmpty()) {
        double budget = 0;
        for (const Record &activity : m_document.records(TableId::Activity))
            budget += field(activity, ActivityField::Budget).toDouble();
        paragraph(cursor, tr("De activiteiten hebben samen een budget van %1. Wat per jaar begroot, uitgegeven en "
                             "verplicht is, staat nog niet in het werkboek (hoofdstuk 2, tab Geld per jaar).")
                              .arg(money(budget)));
        return;
    }
    paragraph(cursor,
              tr("Per jaar en per financieringsbron: wat begroot is, wat is uitgegeven, wat al verplicht is "
                 "(toegezegd maar nog niet betaald) en wat nog vrij is, tot en met het jaar van de peildatum."));
    QList<QStringList> rows;
    int year = 0;
    MoneyLine total;
    int sources = 0;
    const auto closeYear = [&] {
        if (sources > 1)
            rows.append({QString::number(total.year), tr("Totaal"), money(total.budgeted), money(total.spent),
                         money(total.committed), money(total.left())});
    };
    for (const MoneyLine &line : lines) {
        if (line.year != year) {
            if (year != 0)
                closeYear();
            year = line.year;
            total = MoneyLine{line.year};
            sources = 0;
        }
        ++sources;
        total.budgeted += line.budgeted;
        total.spent += line.spent;
        total.committed += line.committed;
        rows.append({QString::number(line.year),
                     line.source >= 0 ? choiceLabel(ChoiceList::FundingSource, line.source) : tr("Niet opgegeven"),
                     money(line.budgeted), money(line.spent), money(line.committed), money(line.left())});
    }
    closeYear();
    table(cursor, {tr("Jaar"), tr("Bron"), tr("Begroot"), tr("Uitgegeven"), tr("Verplicht"), tr("Nog vrij")}, rows,
          {12, 28, 15, 15, 15, 15});
}

void ReportBuilder::nextStepsTable(QTextCursor &cursor)
{
    const QList<NextStep> steps = nextSteps(m_document, m_options.referenceDate);
    if (steps.isEmpty()) {
        paragraph(cursor, tr("Er staan geen activiteiten meer gepland."), true);
        return;
    }
    constexpr int kShown = 10;
    const QLocale locale;
    QList<QStringList> rows;
    int overdue = 0;
    for (const NextStep &step : steps) {
        overdue += step.overdue ? 1 : 0;
        if (rows.size() >= kShown)
            continue;
        QString when = step.due.isValid() ? locale.toString(step.due, QLocale::ShortFormat) : tr("geen einddatum");
        if (step.overdue)
            when = tr("%1 (te laat)").arg(when);
        rows.append({step.what, step.who.isEmpty() ? tr("nog niet bekend") : step.who, when});
    }
    table(cursor, {tr("Wat"), tr("Wie"), tr("Klaar op")}, rows, {50, 28, 22});
    if (steps.size() > kShown)
        paragraph(cursor,
                  tr("Nog %1 activiteiten staan niet in deze tabel; alle activiteiten staan in het volledige werkboek.")
                      .arg(steps.size() - kShown),
                  true);
    if (overdue > 0)
        paragraph(
            cursor,
            tr("Activiteiten die op de peildatum klaar hadden moeten zijn en nog niet zijn afgerond: %1.").arg(overdue),
            true);
}

void ReportBuilder::councilReportsInFull(QTextCursor &cursor)
{
    const QList<Record> &rows = m_document.records(TableId::CouncilReport);
    if (rows.isEmpty()) {
        paragraph(cursor, tr("Nog niets ingevuld."), true);
        return;
    }
    const TableSpec &spec = tableSpec(TableId::CouncilReport);
    for (const Record &row : rows) {
        heading(cursor,
                displayField(row, CouncilReportField::Subject).isEmpty()
                    ? tr("Zonder onderwerp")
                    : displayField(row, CouncilReportField::Subject),
                3);
        for (int f = 1; f < int(spec.fields.size()); ++f) {
            const QString value = displayValue(spec.fields.at(std::size_t(f)), row.values.value(f)).trimmed();
            if (value.isEmpty())
                continue;
            labelLine(cursor, fieldLabel(TableId::CouncilReport, f), value);
        }
    }
}

void ReportBuilder::lessonsSection(QTextCursor &cursor)
{
    // What the author wrote; else the logbook of the year before the peildatum (what we did,
    // what changed); else no section at all.
    const Record *council = councilReportRecord(m_document, m_options.councilReportId, m_options.referenceDate);
    const QString lessons = council ? field(*council, CouncilReportField::Lessons).toString().trimmed() : QString();
    QStringList items;
    const QDate from = m_options.referenceDate.addYears(-1);
    if (lessons.isEmpty()) {
        for (const Record &entry : m_document.records(TableId::LogEntry)) {
            const QDate date = storedDate(field(entry, LogEntryField::Date));
            const QString text = field(entry, LogEntryField::Text).toString().trimmed();
            if (date.isValid() && date > from && date <= m_options.referenceDate && !text.isEmpty() && items.size() < 5)
                items.append(text);
        }
        if (items.isEmpty())
            return;
    }
    heading(cursor, tr("Wat we leerden"), 1);
    if (!lessons.isEmpty())
        paragraph(cursor, lessons);
    else
        bullets(cursor, items);
}

} // namespace rk
