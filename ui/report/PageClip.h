#pragma once

#include <QPainter>
#include <QRectF>

namespace rk {

// The renderer draws a page by clipping the whole document to it; a text object that
// begins on the next page would still be drawn (invisibly, but into the PDF's text).
// Report objects are drawn on the page where they begin only.
inline bool startsInClip(const QPainter *painter, const QRectF &rect)
{
    if (!painter->hasClipping())
        return true;
    const QRectF clip = painter->clipBoundingRect();
    return rect.top() >= clip.top() - 1 && rect.top() < clip.bottom() - 1;
}

} // namespace rk
