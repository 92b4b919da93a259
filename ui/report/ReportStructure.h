#pragma once

#include <QByteArray>
#include <QTextFormat>

namespace rk {

// Receives the logical structure of a report while it is painted: the elements of a tagged
// PDF (Document, H1, P, L, LI, Table, TR, TH, TD, Figure, Link ...) opened and closed around
// what is drawn inside them. Painting on a printer or the preview has none.
class ReportStructure
{
public:
    // What a QTextTable of a report is, on its QTextTableFormat: data (a Table), the contents
    // (a TOC with links) or only a layout grid (its cells read one after the other).
    enum TableRole
    {
        DataTable,
        ContentsTable,
        LayoutTable
    };
    static constexpr int TableRoleProperty = QTextFormat::UserProperty + 60;
    // A link to a named destination, and such a destination (cairo's names for them).
    static constexpr const char *LinkTag = "Link";
    static constexpr const char *DestinationTag = "cairo.dest";
    // What is drawn but not read (running headers, page numbers, a table's grid). Cairo knows
    // no artifacts: it writes them as "Private" elements, which PdfFinisher turns into artifacts.
    static constexpr const char *ArtifactTag = "Private";

    virtual ~ReportStructure() = default;
    // `attributes` in cairo's tag syntax, e.g. "dest='b12'" for a link.
    virtual void beginElement(const QByteArray &tag, const QByteArray &attributes = {}) = 0;
    virtual void endElement(const QByteArray &tag) = 0;
};

} // namespace rk
