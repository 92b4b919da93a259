#include "ReportRenderer.h"

#include <cmath>

#include "core/ProjectDocument.h"
#include "core/text/SafeTextDocument.h"
#include "ui/report/ChartObject.h"
#include "ui/report/Hyphenator.h"
#include "ui/report/OdtWriter.h"
#include "ui/report/PdfFinisher.h"
#include "ui/report/ReportBuilder.h"
#include "ui/report/ReportStructure.h"
#include "ui/report/TableObject.h"
#include "ui/report/TaggedPdfWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageReader>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrinter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextDocumentWriter>
#include <QTextList>
#include <QTextTable>

namespace rk {

namespace {
// A4 in points, with room for the running header and footer.
constexpr qreal kMarginLeft = 56;
constexpr qreal kMarginRight = 56;
constexpr qreal kMarginTop = 70;
constexpr qreal kMarginBottom = 64;
// The resolution of the PDF, and of the preview and print so that their pages are the PDF's.
constexpr int kResolution = 300;
constexpr int kPolishPageLimit = 150;

// The language of the report's text, as the PDF and the ODT name it.
QString reportLanguage()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en-GB") : QStringLiteral("nl-NL");
}

struct Layout
{
    std::unique_ptr<SafeTextDocument> doc;
    std::unique_ptr<ChartObject> charts;
    std::unique_ptr<PageNumberObject> pageNumbers;
    std::unique_ptr<TableObject> tables;
    QList<int> headings; // the blocks of the contents' headings
    QSizeF page;         // content area in device units
    qreal scale = 1;     // device units per point
};

int pageOf(QTextDocument *doc, int blockNumber, qreal pageHeight)
{
    const QTextBlock block = doc->findBlockByNumber(blockNumber);
    const QRectF rect = doc->documentLayout()->blockBoundingRect(block);
    return int(rect.top() / pageHeight) + 1;
}

// Builds and paginates, then builds again with the contents' page numbers until stable.
Layout layOut(const ProjectDocument &document, const ReportOptions &options, QPaintDevice *device)
{
    Layout layout;
    layout.scale = device->logicalDpiX() / 72.0;
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    layout.page = QSizeF((a4.width() - kMarginLeft - kMarginRight) * layout.scale,
                         (a4.height() - kMarginTop - kMarginBottom) * layout.scale);
    layout.charts = std::make_unique<ChartObject>(&document);
    layout.pageNumbers = std::make_unique<PageNumberObject>();
    layout.tables =
        std::make_unique<TableObject>(device, layout.page.width(), layout.scale, layout.page.height() * 0.8);
    layout.tables->setHyphenator(&Hyphenator::forLanguage(reportLanguage()));
    ReportBuilder builder(document, options, ReportBuilder::Charts::Vector);
    layout.tables->setLook(builder.look().headerFill, builder.look().font);
    builder.setDrawnTables(layout.tables.get(), layout.page.height());
    QList<int> pages;
    QSet<int> breakBefore;
    const qreal height = layout.page.height();
    QElapsedTimer timing;
    timing.start();
    const bool reportTiming = qEnvironmentVariableIsSet("RK_REPORT_TIMING");
    // The short report settles its breaks page by page (a break moves everything after it, so
    // a later run that spanned two pages may no longer); the long one all at once, for speed.
    const bool pageByPage = options.kind == ReportOptions::Kind::Short;
    for (int pass = 0; pass < (pageByPage ? 12 : 6); ++pass) {
        // Build into a document without a layout, then lay it out once: inserting into a
        // laid-out document would lay it out again after every insertion.
        layout.doc = std::make_unique<SafeTextDocument>();
        builder.build(layout.doc.get(), pages, breakBefore, layout.scale);
        if (reportTiming)
            qInfo("pass %d built: %lld ms", pass, timing.elapsed());
        layout.doc->documentLayout()->setPaintDevice(device);
        layout.doc->documentLayout()->registerHandler(ChartObject::Type, layout.charts.get());
        layout.doc->documentLayout()->registerHandler(PageNumberObject::Type, layout.pageNumbers.get());
        layout.doc->documentLayout()->registerHandler(TableObject::Type, layout.tables.get());
        layout.doc->setPageSize(layout.page);
        bool changed = false;
        int brokenPage = -1;
        // Keep a heading with what follows it, and a chart in one piece with its heading.
        // Very long reports skip this finishing (each pass lays out every page again).
        QAbstractTextDocumentLayout *docLayout = layout.doc->documentLayout();
        const bool polish = layout.doc->pageCount() <= kPolishPageLimit;
        for (const auto &[first, last] : polish ? builder.keepTogether() : QList<QPair<int, int>>()) {
            const QTextBlock firstBlock = layout.doc->findBlockByNumber(first);
            const QTextBlock lastBlock = layout.doc->findBlockByNumber(last);
            if (!firstBlock.isValid() || !lastBlock.isValid() || breakBefore.contains(first))
                continue;
            const qreal top = docLayout->blockBoundingRect(firstBlock).top();
            const qreal bottom = docLayout->blockBoundingRect(lastBlock).bottom();
            // A run that already starts a page needs no break (another would leave a page empty).
            const bool startsPage = top - std::floor(top / height) * height < 1;
            if (pageByPage && brokenPage >= 0 && int(top / height) > brokenPage)
                continue; // judged again in the next pass, after this page's break
            if (!startsPage && int(top / height) != int((bottom - 1) / height) && bottom - top < height) {
                breakBefore.insert(first);
                changed = true;
                if (brokenPage < 0)
                    brokenPage = int(top / height);
            }
        }
        if (reportTiming)
            qInfo("pass %d: %lld ms, %d pages", pass, timing.elapsed(), layout.doc->pageCount());
        QList<int> found;
        for (int block : builder.headingBlocks())
            found.append(pageOf(layout.doc.get(), block, height));
        pages = found;
        layout.pageNumbers->setPages(pages);
        // The contents' numbers are drawn, not laid out: only moved blocks need a new pass.
        if (!changed)
            break;
    }
    layout.headings = builder.headingBlocks();
    return layout;
}

// One element of the report's structure in a tagged PDF: its tag, cairo's attributes, and a
// key that tells whether two parts drawn one after the other belong to the same element.
struct Element
{
    QByteArray tag;
    QByteArray attributes;
    QString key;
    QString text; // a figure's alternative text, or where a link leads
};

// A web or mail link in a note: where it leads and the rectangles of its text (document
// coordinates), one per line it runs over.
struct UriLink
{
    QString uri;
    QString text;
    QList<QRectF> rects;
};

// A part of the document drawn under one path of elements (outermost first).
struct Unit
{
    QList<Element> path;
    QRectF rect; // document coordinates
    QList<UriLink> links;
};

constexpr qreal kWide = 1e6; // a block's own rectangle leaves out its list bullet

// The parts of the report in reading order, with the element each belongs to. Headings get
// a destination (for the contents' links) and a bookmark.
class StructurePlan
{
public:
    StructurePlan(QTextDocument *doc, TaggedPdfWriter *writer)
        : m_doc(doc)
        , m_layout(doc->documentLayout())
        , m_writer(writer)
    {
    }

    QList<Unit> units(const QList<int> &headingBlocks)
    {
        m_headingBlocks = headingBlocks;
        QTextFrame *root = m_doc->rootFrame();
        for (auto it = root->begin(); !it.atEnd(); ++it) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()))
                addTable(table);
            else if (it.currentFrame())
                addFrame(it.currentFrame(), {});
            else
                addBlock(it.currentBlock(), {}, wideRect(it.currentBlock()));
        }
        return std::move(m_units);
    }

private:
    // Where a block's lines are. (blockBoundingRect() starts at the block's position, while a
    // first line moved to the next page lies lower: the lines' own rectangle says where.)
    QRectF linesRect(const QTextBlock &block) const
    {
        const QRectF r = m_layout->blockBoundingRect(block);
        const QRectF lines = block.layout()->boundingRect();
        return QRectF(r.topLeft() + lines.topLeft(), lines.size());
    }

    QRectF wideRect(const QTextBlock &block) const
    {
        const QRectF r = linesRect(block);
        return QRectF(-kWide, r.top(), 2 * kWide, r.height());
    }

    void addFrame(QTextFrame *frame, const QList<Element> &prefix)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (!it.currentFrame())
                addBlock(it.currentBlock(), prefix, linesRect(it.currentBlock()));
        }
    }

    QRectF cellRect(const QTextTableCell &cell, qreal padding) const
    {
        QRectF r;
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            if (!it.currentFrame())
                r = r.united(linesRect(it.currentBlock()));
        }
        return r.adjusted(-padding, -padding, padding, padding);
    }

    void addTable(QTextTable *table)
    {
        const QTextTableFormat format = table->format();
        const int role = format.intProperty(ReportStructure::TableRoleProperty);
        const QString key = QStringLiteral("f%1").arg(quintptr(table));
        const qreal padding = format.cellPadding() + format.border();
        for (int r = 0; r < table->rows(); ++r) {
            if (role == ReportStructure::ContentsTable) {
                // An entry of the contents: its text and page number, one link to its heading.
                QRectF rect;
                for (int c = 0; c < table->columns(); ++c)
                    rect = rect.united(cellRect(table->cellAt(r, c), padding));
                const QString entry = table->cellAt(r, 0).firstCursorPosition().block().text();
                QList<Element> path{{"TOC", {}, key, {}}, {"TOCI", {}, QString::number(r), {}}};
                if (r < m_headingBlocks.size())
                    path.append({ReportStructure::LinkTag, "dest='b" + QByteArray::number(m_headingBlocks.at(r)) + "'",
                                 QString::number(r), ReportRenderer::tr("Naar %1").arg(entry)});
                m_units.append({path, rect, {}});
                continue;
            }
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue; // a merged cell, drawn from its first row and column
                const QString cellKey = QStringLiteral("%1,%2").arg(r).arg(c);
                if (role == ReportStructure::LayoutTable) {
                    // A layout grid: its cells' paragraphs and charts, one cell after the other.
                    const QList<Element> prefix{{"Div", {}, key + cellKey, {}}};
                    for (auto it = cell.begin(); !it.atEnd(); ++it) {
                        if (!it.currentFrame())
                            addBlock(it.currentBlock(), prefix, linesRect(it.currentBlock()));
                    }
                    continue;
                }
                // A data table: the cell's text is drawn in the cell's own element.
                const QList<Element> path{{"Table", {}, key, {}},
                                          {"TR", {}, QString::number(r), {}},
                                          {r < format.headerRowCount() ? "TH" : "TD", {}, cellKey, {}}};
                m_units.append({path, cellRect(cell, padding), {}});
            }
        }
    }

    void addBlock(const QTextBlock &block, QList<Element> path, const QRectF &rect)
    {
        const QString id = QString::number(block.blockNumber());
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.objectType() == ChartObject::Type || format.isImageFormat()) {
                // Every picture the builder puts in says what it shows (charts, the logo).
                path.append({"Figure", {}, id, format.toolTip()});
                m_units.append({path, rect, {}});
                return;
            }
            if (format.objectType() == TableObject::Type) {
                // The parts of one table on successive pages are one Table.
                path.append({"Table", {}, QStringLiteral("t%1").arg(format.intProperty(TableObject::TableIndex)), {}});
                m_units.append({path, rect, {}});
                return;
            }
        }
        if (block.text().trimmed().isEmpty())
            return; // nothing to read: a spacer, or the carrier of a page break
        const QList<UriLink> links = uriLinks(block);
        const int level = block.blockFormat().headingLevel();
        if (level > 0) {
            // Levels are not skipped (a note's own "#" heading under a section becomes the next level).
            const int tagLevel = std::min({level, m_lastLevel + 1, 6});
            m_lastLevel = tagLevel;
            const QByteArray dest = "b" + QByteArray::number(block.blockNumber());
            path.append({"H" + QByteArray::number(tagLevel), {}, id, {}});
            path.append({ReportStructure::DestinationTag, "name='" + dest + "'", id, {}});
            if (m_writer && path.size() == 2 && tagLevel <= 3) {
                while (!m_bookmarks.isEmpty() && m_bookmarks.constLast().first >= tagLevel)
                    m_bookmarks.removeLast();
                const int parent = m_bookmarks.isEmpty() ? 0 : m_bookmarks.constLast().second;
                m_bookmarks.append({tagLevel, m_writer->addBookmark(parent, block.text().simplified(), dest)});
            }
        } else if (QTextList *list = block.textList()) {
            path.append({"L", {}, QStringLiteral("l%1").arg(quintptr(list)), {}});
            path.append({"LI", {}, id, {}});
            path.append({"LBody", {}, id, {}});
        } else {
            path.append({"P", {}, id, {}});
        }
        m_units.append({path, rect, links});
    }

    // The links of a block (only web and mail addresses are left by the builder).
    QList<UriLink> uriLinks(const QTextBlock &block) const
    {
        QList<UriLink> links;
        const QTextLayout *lines = block.layout();
        const QPointF origin = m_layout->blockBoundingRect(block).topLeft();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor() || format.anchorHref().isEmpty())
                continue;
            UriLink link{format.anchorHref(), fragment.text(), {}};
            const int start = fragment.position() - block.position();
            const int end = start + fragment.length();
            for (int i = 0; i < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                const int from = std::max(start, line.textStart());
                const int to = std::min(end, line.textStart() + line.textLength());
                if (from >= to)
                    continue;
                const qreal left = line.cursorToX(from);
                const qreal right = line.cursorToX(to);
                link.rects.append(QRectF(origin + QPointF(left, line.y()), QSizeF(right - left, line.height())));
            }
            if (!link.rects.isEmpty())
                links.append(link);
        }
        return links;
    }

    QTextDocument *m_doc;
    QAbstractTextDocumentLayout *m_layout;
    TaggedPdfWriter *m_writer;
    QList<int> m_headingBlocks;
    QList<Unit> m_units;
    QList<QPair<int, int>> m_bookmarks; // (level, id) of the open bookmarks
    int m_lastLevel = 0;
};

// The elements open while a report is painted: a new part closes what it does not share
// with the one before and opens the rest. Figures' and links' texts are kept in the order
// they are opened, for the finishing pass.
class OpenElements
{
public:
    OpenElements(ReportStructure *structure, PdfFinish *finish)
        : m_structure(structure)
        , m_finish(finish)
    {
    }

    // Opens the document's own element, which stays open to the end.
    void start() { open({"Document", {}, {}, {}}); }

    void enter(const QList<Element> &path)
    {
        int shared = 0;
        while (shared + 1 < m_open.size() && shared < path.size() && m_open.at(shared + 1).tag == path.at(shared).tag &&
               m_open.at(shared + 1).key == path.at(shared).key)
            ++shared;
        leaveTo(shared + 1);
        for (int i = shared; i < path.size(); ++i)
            open(path.at(i));
    }

    // Before the running header of a new page: only elements made of other elements run on to
    // it (a table, a list). An element with its own text is closed: cairo files its content
    // under the page where the element ends, and a link would take the header into its area.
    void closeAtPageEnd()
    {
        static const QList<QByteArray> runOn{"Document", "Table", "L", "TOC", "Div"};
        for (int i = 0; i < m_open.size(); ++i) {
            if (!runOn.contains(m_open.at(i).tag)) {
                leaveTo(i);
                return;
            }
        }
    }

    void leaveTo(int depth)
    {
        while (m_open.size() > depth)
            m_structure->endElement(m_open.takeLast().tag);
    }

private:
    void open(const Element &e)
    {
        m_structure->beginElement(e.tag, e.attributes);
        if (e.tag == "Figure")
            m_finish->figureTexts.append(e.text);
        else if (e.tag == ReportStructure::LinkTag)
            m_finish->linkTexts.append(e.text);
        m_open.append(e);
    }

    ReportStructure *m_structure;
    PdfFinish *m_finish;
    QList<Element> m_open;
};

// Paints the laid-out report page by page; with `tagged`, inside the elements of its structure.
int paintPages(const ProjectDocument &document, Layout &layout, QPaintDevice *device,
               const std::function<void()> &newPage, TaggedPdfWriter *tagged, const ReportRenderer::Progress &progress,
               PdfFinish *finish = nullptr)
{
    const int pages = layout.doc->pageCount();
    const ProjectInfo &project = document.project();
    QList<Unit> units;
    std::unique_ptr<OpenElements> open;
    if (tagged) {
        StructurePlan plan(layout.doc.get(), tagged);
        units = plan.units(layout.headings);
        open = std::make_unique<OpenElements>(tagged, finish);
        layout.tables->setStructure(tagged);
        open->start();
    }
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small = layout.doc->defaultFont();
    small.setPointSizeF(8);
    int firstUnit = 0;
    for (int page = 0; page < pages; ++page) {
        if (progress && !progress(page + 1, pages))
            return 0;
        if (page > 0)
            newPage();
        const qreal s = layout.scale;
        const qreal pageWidth = QPageSize(QPageSize::A4).size(QPageSize::Point).width() * s;
        const qreal pageHeight = QPageSize(QPageSize::A4).size(QPageSize::Point).height() * s;
        if (page > 0) {
            // The running header and the page number are not part of the text: artifacts.
            if (tagged) {
                open->closeAtPageEnd();
                tagged->beginElement(ReportStructure::ArtifactTag);
            }
            painter.setFont(small);
            painter.setPen(QColor(0x40, 0x40, 0x40));
            const QRectF header(kMarginLeft * s, 30 * s, pageWidth - (kMarginLeft + kMarginRight) * s, 20 * s);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("%1 - %2").arg(project.gemeente, project.title));
            painter.drawLine(QPointF(kMarginLeft * s, 52 * s), QPointF(pageWidth - kMarginRight * s, 52 * s));
            const QRectF footer(kMarginLeft * s, pageHeight - 44 * s, pageWidth - (kMarginLeft + kMarginRight) * s,
                                20 * s);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                             ReportRenderer::tr("pagina %1 van %2").arg(page + 1).arg(pages));
            if (tagged)
                tagged->endElement(ReportStructure::ArtifactTag);
        }
        painter.save();
        painter.translate(kMarginLeft * s, kMarginTop * s - page * layout.page.height());
        const QRectF clip(0, page * layout.page.height(), layout.page.width(), layout.page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        if (!tagged) {
            context.clip = clip;
            painter.setClipRect(clip);
            layout.doc->documentLayout()->draw(&painter, context);
        } else {
            // Part by part, each inside its element; a part that runs on (a long paragraph,
            // a table) keeps its element open across the page.
            while (firstUnit < units.size() && units.at(firstUnit).rect.bottom() <= clip.top())
                ++firstUnit;
            for (int i = firstUnit; i < units.size() && units.at(i).rect.top() < clip.bottom(); ++i) {
                const QRectF part = units.at(i).rect.intersected(clip);
                if (part.isEmpty())
                    continue;
                open->enter(units.at(i).path);
                context.clip = part;
                painter.setClipRect(part);
                layout.doc->documentLayout()->draw(&painter, context);
                for (const UriLink &link : units.at(i).links) {
                    QList<QRectF> onPage;
                    for (const QRectF &r : link.rects) {
                        if (r.intersects(clip))
                            onPage.append(painter.transform().mapRect(r));
                    }
                    if (!onPage.isEmpty()) {
                        tagged->addUriLink(link.uri, onPage);
                        finish->linkTexts.append(ReportRenderer::tr("Link naar %1").arg(link.uri));
                    }
                }
            }
        }
        painter.restore();
    }
    if (open)
        open->leaveTo(0);
    return pages;
}

// The title a viewer shows for the report: what it is and for whom, one per kind of report.
QString reportTitle(const ProjectDocument &document, const ReportOptions &options)
{
    const ProjectInfo &project = document.project();
    return options.kind == ReportOptions::Kind::Short
               ? ReportRenderer::tr("Voortgangsrapportage %1 - %2").arg(project.gemeente, project.title)
               : ReportRenderer::tr("Werkboek %1 - %2").arg(project.gemeente, project.title);
}

bool writeFailure(const QString &path, QString *error, bool diskFull)
{
    // Only some full disks are reported as such (a quota, or a failure when the file is
    // closed, comes back as a plain write error): the general message names room as well.
    *error = diskFull
                 ? ReportRenderer::tr("Het rapport kon niet worden opgeslagen als %1: de schijf is vol. Er is "
                                      "geen half bestand achtergelaten.")
                       .arg(QDir::toNativeSeparators(path))
                 : ReportRenderer::tr("Het rapport kon niet worden opgeslagen als %1. Controleer of de map bestaat, "
                                      "of u er mag schrijven en of er genoeg ruimte is. Er is geen half bestand "
                                      "achtergelaten.")
                       .arg(QDir::toNativeSeparators(path));
    return false;
}
} // namespace

void ReportRenderer::preparePrinter(QPrinter *printer)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    printer->setResolution(kResolution);
}

int ReportRenderer::paint(const ProjectDocument &document, const ReportOptions &options, QPagedPaintDevice *device,
                          const Progress &progress)
{
    Layout layout = layOut(document, options, device);
    return paintPages(
        document, layout, device, [device] { device->newPage(); }, nullptr, progress);
}

namespace {
// A report with contact persons holds personal data: readable by its owner only, like a
// share copy that keeps them. One without stays as the system makes files, to be shared.
bool keepPrivateIfPersonal(QSaveFile &file, const ReportOptions &options)
{
    return !options.includePersonalData || file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
} // namespace

bool ReportRenderer::exportPdf(const ProjectDocument &document, const ReportOptions &options, const QString &path,
                               QString *error, const Progress &progress)
{
    if (QFileInfo(path).absoluteFilePath() == document.filePath()) {
        *error = tr("Kies een andere naam: het rapport zou het project zelf overschrijven.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !keepPrivateIfPersonal(file, options))
        return writeFailure(path, error, false);
    // Tagged through cairo, then finished by qpdf (decision 113): a PDF/UA-style document with
    // its structure, language, bookmarks and linked contents.
    const ProjectInfo &project = document.project();
    TaggedPdfWriter writer(kResolution);
    PdfFinish finish;
    Layout layout = layOut(document, options, &writer);
    const int pages = paintPages(
        document, layout, &writer, [&writer] { writer.newPage(); }, &writer, progress, &finish);
    if (pages == 0) {
        file.cancelWriting();
        *error = tr("Het maken van het rapport is afgebroken.");
        return false;
    }
    QElapsedTimer timing;
    timing.start();
    const bool reportTiming = qEnvironmentVariableIsSet("RK_REPORT_TIMING");
    QString problem;
    const QByteArray drawn = writer.finish(&problem);
    if (reportTiming)
        qInfo("cairo finished: %lld ms", timing.elapsed());
    finish.title = reportTitle(document, options);
    finish.author = project.gemeente;
    finish.subject = project.title;
    finish.language = reportLanguage();
    finish.created = QDateTime::currentDateTime();
    const QByteArray pdf = drawn.isEmpty() ? QByteArray() : finishTaggedPdf(drawn, finish, &problem);
    if (reportTiming)
        qInfo("finishing pass: %lld ms", timing.elapsed());
    if (pdf.isEmpty()) {
        file.cancelWriting();
        *error = tr("Het rapport kon niet worden gemaakt (%1). Er is geen bestand opgeslagen.").arg(problem);
        return false;
    }
    if (file.write(pdf) != pdf.size()) {
        file.cancelWriting();
        return writeFailure(path, error, file.error() == QFileDevice::ResourceError);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return writeFailure(path, error, file.error() == QFileDevice::ResourceError);
    return true;
}

bool ReportRenderer::exportOdt(const ProjectDocument &document, const ReportOptions &options, const QString &path,
                               QString *error)
{
    if (QFileInfo(path).absoluteFilePath() == document.filePath()) {
        *error = tr("Kies een andere naam: het rapport zou het project zelf overschrijven.");
        return false;
    }
    SafeTextDocument doc;
    ReportBuilder builder(document, options, ReportBuilder::Charts::Images);
    builder.build(&doc, {}, {}, 1.0);
    // A document the griffie can take into its own template: styles, outline, contents field,
    // page numbers and the report's title and language in meta.xml.
    const ProjectInfo &project = document.project();
    OdtMetadata metadata;
    metadata.title = reportTitle(document, options);
    metadata.subject = project.title;
    metadata.language = reportLanguage();
    metadata.creator = project.gemeente;
    metadata.header = QStringLiteral("%1 - %2").arg(project.gemeente, project.title);
    metadata.pageWord = tr("pagina %1 van %2");
    metadata.contentsTitle = QCoreApplication::translate("rk::ReportBuilder", "Inhoud");
    const ReportLook &look = builder.look();
    if (!look.font.isEmpty())
        metadata.font = look.font;
    metadata.accent = look.accent;
    metadata.headerFill = look.headerFill;
    const QByteArray odt = odtFromDocument(doc, metadata);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !keepPrivateIfPersonal(file, options) || file.write(odt) != odt.size() ||
        !file.commit())
        return writeFailure(path, error, file.error() == QFileDevice::ResourceError);
    return true;
}

} // namespace rk
