#include "StatusIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace rk {

namespace {
QPixmap drawMarker(ChapterStatus status, int size, qreal ratio)
{
    QPixmap pixmap(int(size * ratio), int(size * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(1.5, 1.5, size - 3.0, size - 3.0);
    // Colours with at least 4.5:1 contrast against white.
    const QColor grey(0x59, 0x59, 0x59);
    const QColor amber(0x9a, 0x52, 0x00);
    const QColor green(0x1e, 0x6e, 0x32);
    switch (status) {
    case ChapterStatus::NotStarted:
        painter.setPen(QPen(grey, 1.5));
        painter.drawEllipse(circle);
        break;
    case ChapterStatus::InProgress: {
        painter.setPen(QPen(amber, 1.5));
        painter.drawEllipse(circle);
        QPainterPath half;
        half.moveTo(circle.center());
        half.arcTo(circle, 90, 180);
        half.closeSubpath();
        painter.fillPath(half, amber);
        break;
    }
    case ChapterStatus::Done: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(green);
        painter.drawEllipse(circle);
        painter.setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const qreal s = size;
        painter.drawPolyline(QPolygonF({{s * 0.28, s * 0.52}, {s * 0.44, s * 0.68}, {s * 0.72, s * 0.34}}));
        break;
    }
    }
    return pixmap;
}
} // namespace

QIcon statusIcon(ChapterStatus status)
{
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(drawMarker(status, size, 1.0));
    return icon;
}

} // namespace rk
