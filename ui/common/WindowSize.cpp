#include "WindowSize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace rk {

namespace {
// Room for a title bar and frame that the window manager adds around the window.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 40;

// A dialog that is not shown yet belongs on its parent's screen.
const QScreen *screenOf(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return (!widget->isVisible() && parent) ? parent->screen() : widget->screen();
}
} // namespace

QRect usableScreenArea(const QWidget *widget)
{
    const QScreen *screen = widget ? screenOf(widget) : QGuiApplication::primaryScreen();
    if (!screen)
        return QRect(0, 0, 1024, 700);
    const QRect available = screen->availableGeometry();
    return available.adjusted(0, 0, -kFrameWidth, -kFrameHeight);
}

QSize fittedSize(const QWidget *window, QSize wanted, const QRect &area)
{
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    return wanted.boundedTo(area.size()).expandedTo(minimum.boundedTo(area.size()));
}

void resizeToFit(QWidget *window, QSize wanted)
{
    resizeToFit(window, wanted, usableScreenArea(window));
}

void resizeToFit(QWidget *window, QSize wanted, const QRect &area)
{
    window->resize(fittedSize(window, wanted, area));
}

void keepOnScreen(QWidget *window)
{
    const QRect area = usableScreenArea(window);
    QRect frame(window->pos(), fittedSize(window, window->size(), area));
    if (frame.right() > area.right())
        frame.moveRight(area.right());
    if (frame.bottom() > area.bottom())
        frame.moveBottom(area.bottom());
    if (frame.left() < area.left())
        frame.moveLeft(area.left());
    if (frame.top() < area.top())
        frame.moveTop(area.top());
    window->resize(frame.size());
    window->move(frame.topLeft());
}

} // namespace rk
