#pragma once

#include "ui/report/ReportOptions.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPrinter;

namespace rk {

class ProjectDocument;

// Lays a report out on A4 pages and paints it on a PDF writer or printer: running header,
// "pagina 3 van 12" footers, contents with page numbers, vector charts. Exports go through
// a temporary file, so a failure (a full disk, no permission) leaves nothing behind.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(rk::ReportRenderer)

public:
    // Called per page with (page, pages); return false to cancel.
    using Progress = std::function<bool(int, int)>;

    // Paints every page on `device`; returns the number of pages, 0 when cancelled.
    // A4, no margins, the PDF's resolution: the preview and print lay out as the PDF does.
    static void preparePrinter(QPrinter *printer);
    static int paint(const ProjectDocument &document, const ReportOptions &options, QPagedPaintDevice *device,
                     const Progress &progress = {});

    static bool exportPdf(const ProjectDocument &document, const ReportOptions &options, const QString &path,
                          QString *error, const Progress &progress = {});
    static bool exportOdt(const ProjectDocument &document, const ReportOptions &options, const QString &path,
                          QString *error);
};

} // namespace rk
