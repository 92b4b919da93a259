#pragma once

#include "ui/report/ReportStructure.h"

#include <QByteArray>
#include <QList>
#include <QPaintDevice>
#include <QRectF>
#include <QString>

#include <memory>

namespace rk {

class CairoPaintEngine;

// A paint device that writes a tagged PDF through cairo: what QPainter draws on it becomes
// the same vector drawing as on a QPdfWriter, with real text (shaped by Pango, without
// ligatures, so the text layer holds the letters that were written), a structure tree from
// the elements opened around it, named destinations, links and bookmarks. A4 pages at
// `resolution` device units per inch, as the QPdfWriter the report used before.
// PdfFinisher completes the file (language, alternative texts, artifacts, XMP).
class TaggedPdfWriter : public QPaintDevice, public ReportStructure
{
public:
    explicit TaggedPdfWriter(int resolution);
    ~TaggedPdfWriter() override;

    void newPage();
    // A bookmark to the named destination `dest` under `parent` (0 for the top level);
    // returns its id, to be the parent of the bookmarks below it.
    int addBookmark(int parent, const QString &title, const QByteArray &dest);

    // A link to a web or mail address over `rects` (device units), without content of its own.
    void addUriLink(const QString &uri, const QList<QRectF> &rects);

    void beginElement(const QByteArray &tag, const QByteArray &attributes = {}) override;
    void endElement(const QByteArray &tag) override;

    // Ends the document and returns cairo's PDF; empty when cairo failed (`error` says why).
    // The painter must have ended.
    QByteArray finish(QString *error);

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    int m_resolution;
    QByteArray m_output;
    std::unique_ptr<CairoPaintEngine> m_engine;
};

} // namespace rk
