#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rk {

// What a tagged report needs beyond what cairo writes.
struct PdfFinish
{
    QString title;
    QString author;
    QString subject;
    QString language;        // "nl-NL" or "en-GB"
    QStringList figureTexts; // the alternative text of every Figure, in reading order
    QStringList linkTexts;   // what every link leads to, in the order the links were drawn
    QDateTime created;
};

// Completes a tagged PDF made by TaggedPdfWriter, with qpdf: PDF 1.7, the document's
// language, the title shown in the viewer's title bar, XMP metadata that names PDF/UA,
// alternative text on figures, header cells that say which cells they head, a description
// on every link, the document information, and what was drawn as ReportStructure::ArtifactTag
// (running headers, page numbers, table grids) marked as an artifact. Returns the finished
// file, or nothing with `error` set.
QByteArray finishTaggedPdf(const QByteArray &pdf, const PdfFinish &finish, QString *error);

} // namespace rk
