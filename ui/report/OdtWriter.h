#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QTextFormat>

class QTextDocument;

namespace rk {

// What an ODT says about itself and repeats on every page.
struct OdtMetadata
{
    QString title; // meta.xml, and the title the word processor shows
    QString subject;
    QString language; // "nl-NL" or "en-GB"
    QString creator;  // the organisation the report is from
    QString header;   // the running header on every page
    QString pageWord; // "pagina %1 van %2" in the UI language, with the numbers as fields
    QString contentsTitle;
    // The house style: the font family, the headings' colour and the table headers' shading.
    QString font = QStringLiteral("DejaVu Sans");
    QColor accent = Qt::black;
    QColor headerFill{0xe8, 0xe8, 0xe8};
};

// Properties the report builder puts on blocks and images for the ODT.
enum OdtProperty
{
    // A block that stands for the table of contents: the ODT gets a real contents field there.
    OdtContentsMarker = QTextFormat::UserProperty + 40,
};

// Writes a report, as the report builder laid it out in a QTextDocument, as an OpenDocument
// text file that word processors treat as their own: headings with outline levels (text:h),
// a table-of-contents field, lists, tables with column widths and a repeated header row,
// pictures with a title and a description (from the image format's tool tip), page breaks, a
// master page with the header and "pagina N van M" in the footer, and styles.xml, meta.xml and
// the manifest. The zip is written in full to memory; the caller saves it.
QByteArray odtFromDocument(const QTextDocument &document, const OdtMetadata &metadata);

} // namespace rk
