#include "ReportBuilder.h"

#include "ChartObject.h"
#include "IndicatorChart.h"
#include "ProjectDocument.h"
#include "TableObject.h"
#include "guidance/Guidance.h"
#include "network/Network.h"
#include "progress/Progress.h"
#include "text/SafeTextDocument.h"
#include "workbook/Dashboard.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QDate>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace rk {

namespace {
constexpr qint64 kMaxLogoBytes = 5 * 1024 * 1024;
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

ReportBuilder::ReportBuilder(const ProjectDocument &document, const ReportOptions &options, Charts charts)
    : m_document(document)
    , m_options(options)
    , m_charts(charts)
{
}

void ReportBuilder::build(QTextDocument *doc, const QList<int> &pageNumbers, const QSet<int> &breakBefore, qreal scale)
{
    m_breakBefore = breakBefore;
    m_keepTogether.clear();
    m_lastHeadingBlock = -1;
    m_scale = scale;
    m_headingBlocks.clear();
    m_headingTitles.clear();
    m_chartNumber = 0;
    if (m_tables)
        m_tables->restart();
    doc->clear();
    QFont base = doc->defaultFont();
    base.setPointSizeF(10);
    doc->setDefaultFont(base);
    doc->setDocumentMargin(0);
    QTextCursor cursor(doc);
    cover(cursor);
    contents(cursor, pageNumbers);
    if (!m_options.introduction.trimmed().isEmpty()) {
        heading(cursor, tr("Inleiding"), 1);
        paragraph(cursor, m_options.introduction.trimmed());
    }
    heading(cursor, tr("Stand van zaken per hoofdstuk"), 1);
    chapterOverview(cursor);
    heading(cursor, tr("Doelen en indicatoren"), 1);
    goalsSection(cursor, m_options.kind == ReportOptions::Kind::Full);
    if (m_options.kind == ReportOptions::Kind::Short) {
        heading(cursor, tr("Activiteiten"), 1);
        activitiesSection(cursor, true);
        heading(cursor, tr("Het netwerk en de aanpak in cijfers"), 1);
        numbersSection(cursor);
        heading(cursor, tr("Volgende stappen"), 1);
        nextSteps(cursor);
        return;
    }
    for (const ChapterInfo &info : chapterInfos()) {
        if (m_options.includes(info.id))
            chapterInFull(cursor, info.id);
    }
}

void ReportBuilder::cover(QTextCursor &cursor)
{
    const ProjectInfo &project = m_document.project();
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setTopMargin(8 * m_scale);
    cursor.setBlockFormat(centred);
    const QFileInfo logo(m_options.logoPath);
    if (!m_options.logoPath.isEmpty() && logo.isFile() && logo.size() <= kMaxLogoBytes) {
        QImageReader reader(m_options.logoPath);
        const QImage image = reader.read();
        if (!image.isNull()) {
            cursor.document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("logo")), image);
            QTextImageFormat format;
            format.setName(QStringLiteral("logo"));
            const qreal width = std::min<qreal>(180, 180.0 * image.width() / std::max(1, image.height()));
            format.setWidth(width * m_scale);
            format.setHeight(width * m_scale * image.height() / std::max(1, image.width()));
            cursor.insertImage(format);
            cursor.insertBlock(centred);
        }
    }
    QTextBlockFormat spacer = centred;
    spacer.setTopMargin(140 * m_scale);
    cursor.setBlockFormat(spacer);
    QTextCharFormat big;
    big.setFontPointSize(26);
    big.setFontWeight(QFont::Bold);
    cursor.insertText(project.gemeente, big);
    cursor.insertBlock(centred);
    QTextCharFormat medium;
    medium.setFontPointSize(18);
    cursor.insertText(project.title, medium);
    cursor.insertBlock(centred);
    QTextCharFormat normal;
    normal.setFontPointSize(12);
    cursor.insertText(m_options.kind == ReportOptions::Kind::Short ? tr("Stand van zaken voor de gemeenteraad")
                                                                   : tr("Volledig werkboek"),
                      normal);
    cursor.insertBlock(centred);
    cursor.insertText(tr("Periode %1 tot en met %2").arg(project.startYear).arg(project.endYear()), normal);
    cursor.insertBlock(centred);
    cursor.insertText(QLocale().toString(QDate::currentDate(), QLocale::LongFormat), normal);
    QTextBlockFormat breakAfter = centred;
    breakAfter.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
    cursor.mergeBlockFormat(breakAfter);
    cursor.insertBlock(QTextBlockFormat());
    cursor.setCharFormat(QTextCharFormat());
}

void ReportBuilder::contents(QTextCursor &cursor, const QList<int> &pageNumbers)
{
    QTextCharFormat title;
    title.setFontPointSize(16);
    title.setFontWeight(QFont::Bold);
    cursor.insertText(tr("Inhoud"), title);
    // The entries are known before the pages: list what build() will write.
    QStringList entries;
    if (!m_options.introduction.trimmed().isEmpty())
        entries.append(tr("Inleiding"));
    entries << tr("Stand van zaken per hoofdstuk") << tr("Doelen en indicatoren");
    if (m_options.kind == ReportOptions::Kind::Short) {
        entries << tr("Activiteiten") << tr("Het netwerk en de aanpak in cijfers") << tr("Volgende stappen");
    } else {
        for (const ChapterInfo &info : chapterInfos()) {
            if (m_options.includes(info.id))
                entries.append(QStringLiteral("%1. %2").arg(info.number).arg(chapterTitle(info.id)));
        }
    }
    cursor.insertBlock();
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12)});
    format.setCellPadding(2 * m_scale);
    QTextTable *toc = cursor.insertTable(int(entries.size()), 2, format);
    for (int i = 0; i < entries.size(); ++i) {
        toc->cellAt(i, 0).firstCursorPosition().insertText(entries.at(i));
        QTextCursor number = toc->cellAt(i, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        number.setBlockFormat(right);
        if (m_charts == Charts::Vector) {
            // Filled in after the layout (see PageNumberObject).
            QTextCharFormat object;
            object.setObjectType(PageNumberObject::Type);
            object.setProperty(PageNumberObject::EntryIndex, i);
            number.insertText(QString(QChar::ObjectReplacementCharacter), object);
        } else {
            number.insertText(i < pageNumbers.size() ? QString::number(pageNumbers.at(i)) : QString());
        }
    }
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat breakAfter;
    breakAfter.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(breakAfter);
}

void ReportBuilder::heading(QTextCursor &cursor, const QString &text, int level)
{
    QTextBlockFormat block;
    block.setTopMargin((level == 1 ? 16 : 10) * m_scale);
    block.setBottomMargin(4 * m_scale);
    block.setHeadingLevel(level);
    if (level == 1 && !m_headingBlocks.isEmpty())
        block.setPageBreakPolicy(m_options.kind == ReportOptions::Kind::Full ? QTextFormat::PageBreak_AlwaysBefore
                                                                             : QTextFormat::PageBreak_Auto);
    QTextCharFormat chars;
    chars.setFontPointSize(level == 1 ? 16 : (level == 2 ? 13 : 11));
    chars.setFontWeight(QFont::Bold);
    if (cursor.block().length() > 1 || cursor.block().blockNumber() == 0 || level > 1 || !m_headingBlocks.isEmpty())
        cursor.insertBlock(block, chars);
    else
        cursor.mergeBlockFormat(block); // keeps the page break that starts the first section
    if (m_breakBefore.contains(cursor.block().blockNumber())) {
        QTextBlockFormat breakFormat;
        breakFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.mergeBlockFormat(breakFormat);
    }
    cursor.insertText(text, chars);
    m_lastHeadingBlock = cursor.block().blockNumber();
    m_keepTogether.append({m_lastHeadingBlock, m_lastHeadingBlock + 2});
    if (level == 1) {
        m_headingBlocks.append(cursor.block().blockNumber());
        m_headingTitles.append(text);
    }
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

void ReportBuilder::paragraph(QTextCursor &cursor, const QString &text, bool italic)
{
    QTextBlockFormat block;
    block.setBottomMargin(4 * m_scale);
    QTextCharFormat chars;
    chars.setFontItalic(italic);
    // User text goes in as plain text, line by line; it never becomes HTML.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        cursor.setBlockFormat(block);
        cursor.insertText(line, chars);
        cursor.insertBlock(block, QTextCharFormat());
    }
}

void ReportBuilder::table(QTextCursor &cursor, const QStringList &header, const QList<QStringList> &allRows,
                          const QList<int> &widths)
{
    if (allRows.isEmpty()) {
        paragraph(cursor, tr("Nog niets ingevuld."), true);
        return;
    }
    if (m_tables && m_charts == Charts::Vector) {
        drawnTable(cursor, header, allRows, widths);
        return;
    }
    // The ODT: one rich-text table, which the word processor lays out and pages itself.
    const QList<QStringList> &rows = allRows;
    QTextTableFormat format;
    format.setHeaderRowCount(1); // repeated at the top of every page the table runs over
    format.setCellPadding(3 * m_scale);
    format.setCellSpacing(0);
    format.setBorder(0.5 * m_scale);
    format.setBorderBrush(QColor(0x80, 0x80, 0x80));
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (widths.size() == header.size()) {
        QList<QTextLength> constraints;
        for (int w : widths)
            constraints.append(QTextLength(QTextLength::PercentageLength, w));
        format.setColumnWidthConstraints(constraints);
    }
    QTextTable *t = cursor.insertTable(int(rows.size()) + 1, int(header.size()), format);
    QTextCharFormat headerChars;
    headerChars.setFontWeight(QFont::Bold);
    headerChars.setFontPointSize(9);
    QTextCharFormat cellChars;
    cellChars.setFontPointSize(9);
    for (int c = 0; c < header.size(); ++c) {
        QTextTableCell cell = t->cellAt(0, c);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(QColor(0xe8, 0xe8, 0xe8));
        cell.setFormat(cellFormat);
        cell.firstCursorPosition().insertText(header.at(c), headerChars);
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < header.size(); ++c)
            t->cellAt(r + 1, c).firstCursorPosition().insertText(rows.at(r).value(c), cellChars);
    }
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat after;
    after.setTopMargin(4 * m_scale);
    cursor.insertBlock(after, QTextCharFormat());
}

void ReportBuilder::setDrawnTables(TableObject *tables, qreal pageHeight)
{
    m_tables = tables;
    m_pageHeight = pageHeight;
}

void ReportBuilder::drawnTable(QTextCursor &cursor, const QStringList &header, const QList<QStringList> &rows,
                               const QList<int> &widths)
{
    const int table = m_tables->addTable(header, rows, widths);
    qreal total = m_tables->headerHeight(table);
    for (int r = 0; r < rows.size(); ++r)
        total += m_tables->rowHeight(table, r);
    // Room for the line an object sits on, and for rounding.
    const qreal slack = m_pageHeight * 0.04;
    qreal capacity = total;
    if (total > m_pageHeight * 0.4) {
        // A long table starts on a new page, with the heading just before it, and then
        // fills whole pages: where every part falls is known without laying anything out.
        QTextBlockFormat breakFormat;
        breakFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        const bool headed = m_lastHeadingBlock >= 0 && m_lastHeadingBlock >= cursor.block().blockNumber() - 1;
        if (headed)
            QTextCursor(cursor.document()->findBlockByNumber(m_lastHeadingBlock)).mergeBlockFormat(breakFormat);
        else
            cursor.mergeBlockFormat(breakFormat);
        capacity = m_pageHeight - slack - (headed ? m_pageHeight * 0.1 : 0);
    }
    int row = 0;
    while (row < rows.size()) {
        const int first = row;
        qreal used = m_tables->headerHeight(table);
        while (row < rows.size() && (row == first || used + m_tables->rowHeight(table, row) <= capacity)) {
            used += m_tables->rowHeight(table, row);
            ++row;
        }
        if (first > 0)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        QTextCharFormat part;
        part.setObjectType(TableObject::Type);
        part.setProperty(TableObject::TableIndex, table);
        part.setProperty(TableObject::FirstRow, first);
        part.setProperty(TableObject::RowCount, row - first);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), part);
        capacity = m_pageHeight - slack;
    }
    QTextBlockFormat after;
    after.setTopMargin(4 * m_scale);
    cursor.insertBlock(after, QTextCharFormat());
}

void ReportBuilder::chart(QTextCursor &cursor, const QString &indicatorId)
{
    constexpr qreal width = 440;
    constexpr qreal height = 220;
    // The chart stays on one page with the heading just before it.
    const int first = m_lastHeadingBlock >= 0 && m_lastHeadingBlock >= cursor.block().blockNumber() - 1
                          ? m_lastHeadingBlock
                          : cursor.block().blockNumber();
    m_keepTogether.append({first, cursor.block().blockNumber()});
    if (m_breakBefore.contains(cursor.block().blockNumber())) {
        QTextBlockFormat breakFormat;
        breakFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.mergeBlockFormat(breakFormat);
    }
    if (m_charts == Charts::Vector) {
        QTextCharFormat format;
        format.setObjectType(ChartObject::Type);
        format.setProperty(ChartObject::IndicatorId, indicatorId);
        format.setProperty(ChartObject::WidthPoints, width);
        format.setProperty(ChartObject::HeightPoints, height);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    } else {
        // For ODT: a picture of the same chart.
        const Record *indicator = m_document.record(TableId::Indicator, indicatorId);
        if (!indicator)
            return;
        IndicatorChartParts parts =
            buildIndicatorChart(indicatorDefinition(*indicator), measurementSeries(m_document, indicatorId), false);
        QGraphicsScene scene;
        scene.addItem(parts.chart);
        parts.chart->setGeometry(QRectF(0, 0, width * 2, height * 2));
        QImage image(int(width * 2), int(height * 2), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(image.rect()), parts.chart->geometry());
        painter.end();
        const QString name = QStringLiteral("chart%1").arg(++m_chartNumber);
        cursor.document()->addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextImageFormat format;
        format.setName(name);
        format.setWidth(width * m_scale);
        format.setHeight(height * m_scale);
        cursor.insertImage(format);
    }
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

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
        heading(cursor, goal.values.value(0).toString(), 2);
        if (!goal.values.value(1).toString().isEmpty())
            paragraph(cursor, goal.values.value(1).toString());
        const QList<const Record *> indicators = m_document.children(TableId::Indicator, goal.id);
        if (indicators.isEmpty()) {
            paragraph(cursor, tr("Bij dit doel zijn nog geen indicatoren vastgelegd."), true);
            continue;
        }
        QList<QStringList> rows;
        for (const Record *indicator : indicators) {
            const IndicatorDefinition d = indicatorDefinition(*indicator);
            const IndicatorProgress p = computeProgress(d, measurementSeries(m_document, indicator->id));
            auto valueAt = [&](const std::optional<double> &value, const QDate &date) {
                if (!value)
                    return QStringLiteral("-");
                return date.isValid()
                           ? tr("%1 (%2)").arg(formatValue(d, *value), locale.toString(date, QLocale::ShortFormat))
                           : formatValue(d, *value);
            };
            rows.append({d.name, valueAt(d.baseline, d.baselineDate), valueAt(d.target, d.targetDate),
                         p.latest ? valueAt(p.latest->value, p.latest->date) : QStringLiteral("-"),
                         verdictName(p.verdict)});
        }
        table(cursor, {tr("Indicator"), tr("Nulmeting"), tr("Streefwaarde"), tr("Laatste meting"), tr("Oordeel")}, rows,
              {26, 19, 19, 19, 17});
        if (!withCharts)
            continue;
        for (const Record *indicator : indicators) {
            heading(cursor, indicator->values.value(0).toString(), 3);
            chart(cursor, indicator->id);
            measurementTable(cursor, indicator->id);
        }
    }
}

void ReportBuilder::activitiesSection(QTextCursor &cursor, bool onlyCurrent)
{
    const TableSpec &spec = tableSpec(TableId::Activity);
    QList<QStringList> rows;
    double budget = 0;
    for (const Record &activity : m_document.records(TableId::Activity)) {
        const qint64 status = activity.values.value(6).toLongLong();
        budget += activity.values.value(7).toDouble();
        if (onlyCurrent && activity.values.value(6).isValid() && status >= 2)
            continue;
        // The owner is an organisation: its name, not its key.
        const QString owner = m_document.recordTitle(TableId::Organisation, activity.values.value(3).toString());
        rows.append({activity.values.value(0).toString(), owner,
                     displayValue(spec.fields.at(4), activity.values.value(4)) + QStringLiteral(" - ") +
                         displayValue(spec.fields.at(5), activity.values.value(5)),
                     displayValue(spec.fields.at(6), activity.values.value(6)),
                     activity.values.value(7).isNull()
                         ? QString()
                         : QLocale().toCurrencyString(activity.values.value(7).toDouble(), QStringLiteral("€"), 0)});
    }
    paragraph(cursor, tr("Er zijn %1 activiteiten vastgelegd, met samen een budget van %2. Hieronder de activiteiten "
                         "die gepland of bezig zijn.")
                          .arg(m_document.records(TableId::Activity).size())
                          .arg(QLocale().toCurrencyString(budget, QStringLiteral("€"), 0)));
    table(cursor, {tr("Activiteit"), tr("Wie"), tr("Periode"), tr("Status"), tr("Budget")}, rows, {30, 20, 20, 12, 18});
}

void ReportBuilder::numbersSection(QTextCursor &cursor)
{
    int trained = 0;
    for (const Record &row : m_document.records(TableId::Signaller))
        trained += row.values.value(2).toLongLong() != 0 ? 1 : 0;
    qint64 reports = 0;
    for (const Record &row : m_document.records(TableId::MeldpuntCount))
        reports += row.values.value(1).toLongLong();
    qint64 reach = 0;
    for (const Record &row : m_document.records(TableId::Offer))
        reach += row.values.value(4).toLongLong();
    const network::Counts organisations = network::countOrganisations(m_document);
    const QList<QStringList> rows = {
        {tr("Organisaties in het netwerk"), QString::number(organisations.total)},
        {tr("Daarvan actief partner"), QString::number(organisations.byStage.value(3))},
        {tr("Bijdragen aan doelen"), QString::number(m_document.records(TableId::Contribution).size())},
        {tr("Groepen signaleerders"), QString::number(m_document.records(TableId::Signaller).size())},
        {tr("Daarvan getraind"), QString::number(trained)},
        {tr("Meldingen bij het meldpunt (totaal)"), QLocale().toString(reports)},
        {tr("Campagnes"), QString::number(m_document.records(TableId::Campaign).size())},
        {tr("Activiteiten in het lokale aanbod"), QString::number(m_document.records(TableId::Offer).size())},
        {tr("Bereik van het aanbod (personen)"), QLocale().toString(reach)},
    };
    table(cursor, {tr("Onderwerp"), tr("Aantal")}, rows, {75, 25});
}

void ReportBuilder::nextSteps(QTextCursor &cursor)
{
    const DashboardSummary summary = summarise(m_document, guidance());
    QList<QStringList> rows;
    for (const OpenItem &item : summary.openItems) {
        if (rows.size() >= 12)
            break;
        rows.append({chapterTitle(item.location.chapter), item.text});
    }
    if (rows.isEmpty())
        paragraph(cursor, tr("Alle vragen en checklistpunten zijn beantwoord."));
    else
        table(cursor, {tr("Hoofdstuk"), tr("Open punt")}, rows, {28, 72});
}

void ReportBuilder::chapterInFull(QTextCursor &cursor, ChapterId chapter)
{
    const ChapterInfo &info = chapterInfo(chapter);
    const ChapterState &state = m_document.chapter(chapter);
    heading(cursor, QStringLiteral("%1. %2").arg(info.number).arg(chapterTitle(chapter)), 1);
    paragraph(cursor, tr("%1. Status: %2.").arg(chapterPartTitle(info.part), chapterStatusName(state.status)), true);
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
        recordTable(cursor, int(id));
    }
    if (!state.notes.trimmed().isEmpty()) {
        heading(cursor, tr("Notities"), 2);
        // Markdown keeps its formatting; HTML in it stays text, and only safe links stay links.
        const int start = cursor.position();
        cursor.insertMarkdown(state.notes, kMarkdownFeatures);
        dropUnsafeLinks(cursor.document(), start, cursor.position());
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }
}

void ReportBuilder::measurementTable(QTextCursor &cursor, const QString &indicatorId)
{
    // The chart shows every measurement; the table the most recent ones, so that a long
    // series (monthly counts over years) does not fill dozens of pages.
    QList<const Record *> rows = m_document.children(TableId::Measurement, indicatorId);
    std::stable_sort(rows.begin(), rows.end(), [](const Record *a, const Record *b) {
        return a->values.value(0).toString() < b->values.value(0).toString();
    });
    const int total = int(rows.size());
    if (total > kMeasurementRows) {
        paragraph(cursor,
                  tr("De laatste %1 van %2 metingen; de grafiek toont ze allemaal.").arg(kMeasurementRows).arg(total),
                  true);
        rows = rows.mid(total - kMeasurementRows);
    }
    const TableSpec &spec = tableSpec(TableId::Measurement);
    QStringList header;
    for (int f = 0; f < int(spec.fields.size()); ++f)
        header.append(fieldLabel(TableId::Measurement, f));
    QList<QStringList> cells;
    for (const Record *row : std::as_const(rows)) {
        QStringList values;
        for (int f = 0; f < int(spec.fields.size()); ++f)
            values.append(displayValue(spec.fields.at(std::size_t(f)), row->values.value(f)));
        cells.append(values);
    }
    table(cursor, header, cells);
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
