// ReportBuilder, part one: the frame of a report (cover, table of contents) and its
// building blocks (headings, paragraphs, tables, charts).

#include "ReportBuilder.h"

#include "core/workbook/HistoryText.h"

#include "core/ProjectDocument.h"
#include "core/progress/Progress.h"
#include "core/workbook/CouncilReport.h"
#include "ui/common/IndicatorChart.h"
#include "ui/report/ChartObject.h"
#include "ui/report/OdtWriter.h"
#include "ui/report/ReportStructure.h"
#include "ui/report/TableObject.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
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
} // namespace

ReportBuilder::ReportBuilder(const ProjectDocument &document, const ReportOptions &options, Charts charts)
    : m_document(document)
    , m_options(options)
    , m_charts(charts)
    , m_look(reportLook(document))
{
}

void ReportBuilder::build(QTextDocument *doc, const QList<int> &pageNumbers, const QSet<int> &breakBefore, qreal scale)
{
    m_breakBefore = breakBefore;
    m_keepTogether.clear();
    m_lastHeadingBlock = -1;
    m_headingChainStart = -1;
    m_scale = scale;
    m_headingBlocks.clear();
    m_headingTitles.clear();
    m_chartNumber = 0;
    if (m_tables)
        m_tables->restart();
    doc->clear();
    // Unhinted, fractional advances: the PDF's text is drawn at these positions without hinting.
    doc->setUseDesignMetrics(true);
    QFont base = doc->defaultFont();
    base.setPointSizeF(10);
    base.setHintingPreference(QFont::PreferNoHinting);
    if (!m_look.font.isEmpty())
        base.setFamily(m_look.font);
    doc->setDefaultFont(base);
    doc->setDocumentMargin(0);
    QTextCursor cursor(doc);
    if (m_options.kind == ReportOptions::Kind::Short) {
        // A voortgangsrapportage in the form a council receives: who sends it, what it says and
        // asks on page one, then the results, the money, the next steps and what was learned.
        councilFront(cursor);
        if (!m_options.introduction.trimmed().isEmpty()) {
            heading(cursor, tr("Inleiding"), 1);
            paragraph(cursor, m_options.introduction.trimmed());
        }
        heading(cursor, tr("Resultaten per doel"), 1);
        resultsPerGoal(cursor);
        heading(cursor, tr("Geld"), 1);
        moneySection(cursor);
        heading(cursor, tr("Volgende stappen"), 1);
        nextStepsTable(cursor);
        lessonsSection(cursor);
        heading(cursor, tr("Het netwerk en de aanpak in cijfers"), 1);
        numbersSection(cursor);
        return;
    }
    cover(cursor);
    contents(cursor, pageNumbers);
    if (!m_options.introduction.trimmed().isEmpty()) {
        heading(cursor, tr("Inleiding"), 1);
        paragraph(cursor, m_options.introduction.trimmed());
    }
    heading(cursor, tr("Stand van zaken per hoofdstuk"), 1);
    chapterOverview(cursor);
    heading(cursor, tr("Doelen en indicatoren"), 1);
    goalsSection(cursor, true);
    for (const ChapterInfo &info : chapterInfos()) {
        if (m_options.includes(info.id))
            chapterInFull(cursor, info.id);
    }
    if (m_options.changesFrom.isValid())
        changeLog(cursor);
}

void ReportBuilder::changeLog(QTextCursor &cursor)
{
    heading(cursor, tr("Wijzigingen"), 1);
    const QDate to = m_options.referenceDate;
    paragraph(cursor, tr("Wat er in het werkboek is veranderd van %1 tot en met %2: per onderdeel de stand aan het "
                         "begin en aan het eind van die periode, het laatst veranderde eerst.")
                          .arg(QLocale().toString(m_options.changesFrom, QLocale::LongFormat),
                               QLocale().toString(to, QLocale::LongFormat)));
    HistoryFilter filter;
    // The history is kept in UTC; a day is taken as the UTC day.
    filter.from = m_options.changesFrom.toString(Qt::ISODate);
    filter.to = to.toString(Qt::ISODate);
    filter.limit = 2000;
    const bool withNames = m_options.includePersonalData;
    QList<QStringList> rows;
    for (const HistoryEntry &entry : netChanges(m_document.history(filter))) {
        // Contact persons' data only with personal data, as everywhere in a report.
        if (!withNames && isPersonalHistory(entry))
            continue;
        const QStringList line = describeHistory(m_document, entry);
        const auto cut = [](const QString &text) {
            const QString simple = text.simplified();
            return simple.size() > 200 ? simple.left(198) + QStringLiteral("…") : simple;
        };
        QStringList row{line.at(0).section(QLatin1Char(' '), 0, 0)};
        if (withNames)
            row.append(line.at(1));
        row << cut(line.at(2)) << line.at(3) << cut(line.at(4)) << cut(line.at(5));
        rows.append(row);
    }
    if (rows.isEmpty()) {
        paragraph(cursor, tr("Er zijn in deze periode geen wijzigingen vastgelegd."), true);
        return;
    }
    if (withNames)
        table(cursor, {tr("Datum"), tr("Wie"), tr("Waar"), tr("Wat"), tr("Was"), tr("Werd")}, rows,
              {13, 12, 25, 14, 18, 18});
    else
        table(cursor, {tr("Datum"), tr("Waar"), tr("Wat"), tr("Was"), tr("Werd")}, rows, {14, 30, 14, 21, 21});
}

bool ReportBuilder::insertLogo(QTextCursor &cursor, qreal maxWidth, qreal maxHeight)
{
    const QImage &image = m_look.logo;
    if (image.isNull())
        return false;
    cursor.document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("logo")), image);
    QTextImageFormat format;
    format.setName(QStringLiteral("logo"));
    const qreal scale = std::min(maxWidth / image.width(), maxHeight / image.height());
    // Qt sizes a picture for a paint device as for a screen of 96 dpi made larger to the device's
    // resolution: on the PDF's and the printer's pages a point is 96/72 of its units. The ODT
    // takes points.
    const qreal unit = m_charts == Charts::Vector ? 96.0 / 72.0 : m_scale;
    format.setWidth(image.width() * scale * unit);
    format.setHeight(image.height() * scale * unit);
    // What a screen reader says for it (the PDF's figure, the ODT picture's title).
    format.setToolTip(tr("Logo van %1").arg(m_document.project().gemeente));
    cursor.insertImage(format);
    return true;
}

void ReportBuilder::cover(QTextCursor &cursor)
{
    const ProjectInfo &project = m_document.project();
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setTopMargin(8 * m_scale);
    cursor.setBlockFormat(centred);
    const bool logo = insertLogo(cursor, 180, 90);
    if (logo)
        cursor.insertBlock(centred);
    QTextBlockFormat spacer = centred;
    spacer.setTopMargin((logo ? 60 : 140) * m_scale); // the cover keeps to one page
    cursor.setBlockFormat(spacer);
    QTextCharFormat big;
    big.setFontPointSize(26);
    big.setFontWeight(QFont::Bold);
    big.setForeground(m_look.accent);
    cursor.insertText(project.gemeente, big);
    cursor.insertBlock(centred);
    QTextCharFormat medium;
    medium.setFontPointSize(18);
    cursor.insertText(project.title, medium);
    // Who the report is from, when the house style says so.
    for (const QString &line : {project.style.sender, project.style.department}) {
        if (!line.trimmed().isEmpty()) {
            cursor.insertBlock(centred);
            cursor.insertText(line.trimmed(), QTextCharFormat());
        }
    }
    cursor.insertBlock(centred);
    QTextCharFormat normal;
    normal.setFontPointSize(12);
    cursor.insertText(tr("Volledig werkboek"), normal); // the short report has a page one of its own
    cursor.insertBlock(centred);
    cursor.insertText(tr("Periode %1 tot en met %2").arg(project.startYear).arg(project.endYear()), normal);
    cursor.insertBlock(centred);
    cursor.insertText(QLocale().toString(QDate::currentDate(), QLocale::LongFormat), normal);
    cursor.insertBlock(centred);
    cursor.insertText(tr("Peildatum: %1").arg(QLocale().toString(m_options.referenceDate, QLocale::LongFormat)),
                      normal);
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
    title.setForeground(m_look.accent);
    if (m_charts == Charts::Images) {
        // The ODT gets a real contents field here, which the word processor numbers.
        QTextBlockFormat marker;
        marker.setProperty(OdtContentsMarker, true);
        cursor.setBlockFormat(marker);
        cursor.insertBlock(QTextBlockFormat());
        QTextBlockFormat breakAfter;
        breakAfter.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(breakAfter);
        return;
    }
    cursor.insertText(tr("Inhoud"), title);
    // The entries are known before the pages: list what build() will write.
    QStringList entries;
    if (!m_options.introduction.trimmed().isEmpty())
        entries.append(tr("Inleiding"));
    entries << tr("Stand van zaken per hoofdstuk") << tr("Doelen en indicatoren");
    // Only the full report has contents (the short one has its own page one).
    for (const ChapterInfo &info : chapterInfos()) {
        if (m_options.includes(info.id))
            entries.append(QStringLiteral("%1. %2").arg(info.number).arg(chapterTitle(info.id)));
    }
    if (m_options.changesFrom.isValid())
        entries.append(tr("Wijzigingen"));
    cursor.insertBlock();
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12)});
    format.setCellPadding(2 * m_scale);
    format.setProperty(ReportStructure::TableRoleProperty, ReportStructure::ContentsTable);
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
    chars.setForeground(m_look.accent);
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
    // A heading right under another (a chapter, its first section) stays with it: the run
    // starts at the first heading of the chain.
    const int number = cursor.block().blockNumber();
    if (m_lastHeadingBlock < 0 || number - m_lastHeadingBlock > 2)
        m_headingChainStart = number;
    m_lastHeadingBlock = number;
    m_keepTogether.append({m_headingChainStart, m_lastHeadingBlock + 2});
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
    // A table too wide for a portrait page is split by columns, each part with the first
    // column again, so that every column has room for its words at the normal size.
    constexpr int kMostColumns = 6;
    if (header.size() > kMostColumns && widths.isEmpty()) {
        for (int from = 1; from < header.size(); from += kMostColumns - 1) {
            const int to = std::min<int>(int(header.size()), from + kMostColumns - 1);
            QStringList partHeader{header.constFirst()};
            partHeader += header.mid(from, to - from);
            QList<QStringList> partRows;
            partRows.reserve(allRows.size());
            for (const QStringList &row : allRows) {
                QStringList part{row.value(0)};
                for (int c = from; c < to; ++c)
                    part.append(row.value(c));
                partRows.append(part);
            }
            if (from > 1) {
                // The line goes with its part, as a heading does.
                const int line = cursor.block().blockNumber();
                paragraph(cursor, tr("Vervolg van de tabel hierboven:"), true);
                if (m_breakBefore.contains(line)) {
                    QTextBlockFormat breakFormat;
                    breakFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    QTextCursor(cursor.document()->findBlockByNumber(line)).mergeBlockFormat(breakFormat);
                }
                m_lastHeadingBlock = line;
                m_keepTogether.append({line, line + 1});
            }
            table(cursor, partHeader, partRows);
        }
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
        cellFormat.setBackground(m_look.headerFill);
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

void ReportBuilder::chart(QTextCursor &cursor, const QString &indicatorId, qreal width, qreal height, bool compact)
{
    // The chart stays on one page with the heading just before it.
    const int first = m_lastHeadingBlock >= 0 && m_lastHeadingBlock >= cursor.block().blockNumber() - 1
                          ? m_lastHeadingBlock
                          : cursor.block().blockNumber();
    if (!compact) // a compact chart's caller keeps it with its heading and sentence
        m_keepTogether.append({first, cursor.block().blockNumber()});
    if (m_breakBefore.contains(cursor.block().blockNumber())) {
        QTextBlockFormat breakFormat;
        breakFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.mergeBlockFormat(breakFormat);
    }
    const Record *indicator = m_document.record(TableId::Indicator, indicatorId);
    if (!indicator)
        return;
    const QDate until = m_options.referenceDate;
    // What the chart shows, as its alternative text (the PDF's figure, the ODT's picture title
    // and description).
    const IndicatorDefinition d = indicatorDefinition(*indicator);
    const IndicatorProgress p = computeProgress(d, measurementSeries(m_document, indicatorId, until), until);
    // The verdict sentence says the latest figure, the baseline and the target; the full chart
    // also shows the comparison lines.
    QString alternativeText = tr("Grafiek van %1: %2").arg(d.name, verdictName(p.verdict)) + QLatin1Char('\n');
    if (p.latest) {
        alternativeText +=
            tr("De metingen door de tijd, met het pad van de nulmeting naar de streefwaarde.") + QLatin1Char(' ') +
            tr("Laatste meting: %1 op %2.")
                .arg(formatPoint(d, *p.latest), QLocale().toString(p.latest->date, QLocale::ShortFormat)) +
            QLatin1Char(' ') + verdictSentence(d, p);
    } else {
        alternativeText += tr("Nog geen metingen; de grafiek toont het pad van de nulmeting naar de streefwaarde.");
    }
    if (!compact && !comparisonText(indicatorId).isEmpty())
        alternativeText += QLatin1Char(' ') + comparisonText(indicatorId);
    if (m_charts == Charts::Vector) {
        QTextCharFormat format;
        format.setObjectType(ChartObject::Type);
        format.setProperty(ChartObject::IndicatorId, indicatorId);
        format.setProperty(ChartObject::WidthPoints, width);
        format.setProperty(ChartObject::HeightPoints, height);
        format.setProperty(ChartObject::Until, m_options.referenceDate.toString(Qt::ISODate));
        format.setProperty(ChartObject::Compact, compact);
        format.setToolTip(alternativeText);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    } else {
        // For ODT: a picture of the same chart.
        IndicatorChartParts parts = createIndicatorChart(compact);
        parts.fromZero = true;
        showIndicator(parts, d, measurementSeries(m_document, indicatorId, until),
                      compact ? QList<ReferenceSeries>() : referenceSeries(m_document, indicatorId, false, until));
        QGraphicsScene scene;
        scene.addItem(parts.chart);
        // Laid out at its size on paper (in screen pixels, as the PDF's chart), so that its labels
        // print at their own size; drawn at 180 dpi, enough for print at their size.
        parts.chart->setGeometry(QRectF(0, 0, width * 1.33, height * 1.33));
        QImage image(int(width * 2.5), int(height * 2.5), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(image.rect()), parts.chart->geometry());
        painter.end();
        const QString name = QStringLiteral("chart%1").arg(++m_chartNumber);
        // Kept as PNG, not as pixels: a report of hundreds of charts would otherwise hold
        // gigabytes until it is written.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG", 80); // zlib level 1: the default level took a third of a long report's time
        cursor.document()->addResource(QTextDocument::ImageResource, QUrl(name), png);
        QTextImageFormat format;
        format.setName(name);
        format.setWidth(width * m_scale);
        format.setHeight(height * m_scale);
        format.setToolTip(alternativeText);
        cursor.insertImage(format);
    }
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

} // namespace rk
