#include "StatusIcons.h"

#include "ui/common/Colours.h"

#include <QCoreApplication>
#include <QHash>
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
    const QColor grey = colours::grey();
    const QColor amber = colours::amber();
    const QColor green = colours::green();
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
QPixmap drawVerdict(Verdict verdict, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF circle(1.5, 1.5, s - 3.0, s - 3.0);
    switch (verdict) {
    case Verdict::Reached:
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours::green());
        painter.drawEllipse(circle);
        painter.setPen(QPen(Qt::white, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(QPolygonF({{s * 0.28, s * 0.52}, {s * 0.44, s * 0.68}, {s * 0.72, s * 0.34}}));
        break;
    case Verdict::OnTrack:
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours::blue());
        painter.drawEllipse(circle);
        painter.setPen(QPen(Qt::white, s / 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        // An arrow straight ahead: on course, whether lower or higher is better.
        painter.drawLine(QPointF(s * 0.26, s * 0.5), QPointF(s * 0.72, s * 0.5));
        painter.drawPolyline(QPolygonF({{s * 0.54, s * 0.32}, {s * 0.72, s * 0.5}, {s * 0.54, s * 0.68}}));
        break;
    case Verdict::Behind: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours::orange());
        painter.drawPolygon(QPolygonF({{s * 0.5, 1.0}, {s - 1.0, s - 1.5}, {1.0, s - 1.5}}));
        painter.setPen(QPen(Qt::white, s / 9.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.64));
        painter.drawPoint(QPointF(s * 0.5, s * 0.8));
        break;
    }
    case Verdict::NotMeasurablyChanged:
        // A level sign: the figure stayed within its margin.
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours::grey());
        painter.drawEllipse(circle);
        painter.setPen(QPen(Qt::white, s / 9.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s * 0.3, s * 0.42), QPointF(s * 0.7, s * 0.42));
        painter.drawLine(QPointF(s * 0.3, s * 0.6), QPointF(s * 0.7, s * 0.6));
        break;
    case Verdict::NoData:
    case Verdict::NoTarget:
        painter.setPen(QPen(colours::grey(), 1.5, verdict == Verdict::NoData ? Qt::DashLine : Qt::SolidLine));
        painter.drawEllipse(circle);
        break;
    }
    return pixmap;
}
} // namespace

// Drawing is cheap but views ask for an icon on every paint; each icon is drawn once per
// run and let go when the application ends.
template <typename Key, typename Draw> QIcon cachedIcon(Key key, Draw draw)
{
    static QHash<int, QIcon> *cache = [] {
        auto *icons = new QHash<int, QIcon>;
        qAddPostRoutine([] { cache->clear(); });
        return icons;
    }();
    auto found = cache->constFind(int(key));
    if (found != cache->constEnd())
        return *found;
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(draw(key, size));
    cache->insert(int(key), icon);
    return icon;
}

QIcon verdictIcon(Verdict verdict)
{
    return cachedIcon(verdict, [](Verdict v, int size) { return drawVerdict(v, size); });
}

QIcon statusIcon(ChapterStatus status)
{
    return cachedIcon(status, [](ChapterStatus s, int size) { return drawMarker(s, size, 1.0); });
}

} // namespace rk
