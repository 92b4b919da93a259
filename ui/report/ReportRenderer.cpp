#include "ReportRenderer.h"

#include <cmath>

#include "core/ProjectDocument.h"
#include "core/text/SafeTextDocument.h"
#include "ui/report/ChartObject.h"
#include "ui/report/OdtWriter.h"
#include "ui/report/ReportBuilder.h"
#include "ui/report/TableObject.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageReader>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextDocumentWriter>

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

struct Layout
{
    std::unique_ptr<SafeTextDocument> doc;
    std::unique_ptr<ChartObject> charts;
    std::unique_ptr<PageNumberObject> pageNumbers;
    std::unique_ptr<TableObject> tables;
    QSizeF page;     // content area in device units
    qreal scale = 1; // device units per point
};

int pageOf(QTextDocument *doc, int blockNumber, qreal pageHeight)
{
    const QTextBlock block = doc->findBlockByNumber(blockNumber);
    const QRectF rect = doc->documentLayout()->blockBoundingRect(block);
    return int(rect.top() / pageHeight) + 1;
}

// Builds and paginates, then builds again with the contents' page numbers until stable.
Layout layOut(const ProjectDocument &document, const ReportOptions &options, QPagedPaintDevice *device)
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
    ReportBuilder builder(document, options, ReportBuilder::Charts::Vector);
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
    return layout;
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
    const int pages = layout.doc->pageCount();
    const ProjectInfo &project = document.project();
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small = layout.doc->defaultFont();
    small.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (progress && !progress(page + 1, pages))
            return 0;
        if (page > 0)
            device->newPage();
        const qreal s = layout.scale;
        const qreal pageWidth = QPageSize(QPageSize::A4).size(QPageSize::Point).width() * s;
        const qreal pageHeight = QPageSize(QPageSize::A4).size(QPageSize::Point).height() * s;
        if (page > 0) {
            painter.setFont(small);
            painter.setPen(QColor(0x40, 0x40, 0x40));
            const QRectF header(kMarginLeft * s, 30 * s, pageWidth - (kMarginLeft + kMarginRight) * s, 20 * s);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("%1 - %2").arg(project.gemeente, project.title));
            painter.drawLine(QPointF(kMarginLeft * s, 52 * s), QPointF(pageWidth - kMarginRight * s, 52 * s));
            const QRectF footer(kMarginLeft * s, pageHeight - 44 * s, pageWidth - (kMarginLeft + kMarginRight) * s,
                                20 * s);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                             tr("pagina %1 van %2").arg(page + 1).arg(pages));
        }
        painter.save();
        painter.translate(kMarginLeft * s, kMarginTop * s - page * layout.page.height());
        const QRectF clip(0, page * layout.page.height(), layout.page.width(), layout.page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        layout.doc->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
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
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kResolution);
        writer.setTitle(reportTitle(document, options));
        writer.setCreator(QStringLiteral("Routekaart Werkboek"));
        pages = paint(document, options, &writer, progress);
    }
    if (pages == 0) {
        file.cancelWriting();
        *error = tr("Het maken van het rapport is afgebroken.");
        return false;
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
    metadata.language = QLocale().language() == QLocale::English ? QStringLiteral("en-GB") : QStringLiteral("nl-NL");
    metadata.creator = project.gemeente;
    metadata.header = QStringLiteral("%1 - %2").arg(project.gemeente, project.title);
    metadata.pageWord = tr("pagina %1 van %2");
    metadata.contentsTitle = QCoreApplication::translate("rk::ReportBuilder", "Inhoud");
    const QByteArray odt = odtFromDocument(doc, metadata);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !keepPrivateIfPersonal(file, options) || file.write(odt) != odt.size() ||
        !file.commit())
        return writeFailure(path, error, file.error() == QFileDevice::ResourceError);
    return true;
}

bool ReportRenderer::checkLogo(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("Het logo %1 bestaat niet.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (info.size() > 5 * 1024 * 1024) {
        *error = tr("Het logo is te groot (meer dan 5 MB). Kies een kleinere afbeelding.");
        return false;
    }
    QImageReader reader(path);
    if (!reader.canRead()) {
        *error = tr("Het bestand %1 is geen afbeelding die gebruikt kan worden (kies PNG of JPEG).")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace rk
