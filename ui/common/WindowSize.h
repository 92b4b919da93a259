#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace rk {

// Windows and dialogs open at a comfortable size, but never larger than the part of the
// screen that windows may use (a 1366x768 laptop, 150% scaling, a large system font): what
// does not fit is made smaller, down to the window's own minimum, and kept on the screen.

// The area a window on `widget`'s screen may use (its parent's screen for a dialog that is
// not shown yet), less room for the title bar and frame.
QRect usableScreenArea(const QWidget *widget);

// `wanted`, made to fit `area`; never below the window's minimum size.
QSize fittedSize(const QWidget *window, QSize wanted, const QRect &area);

// Resizes `window` to `wanted` within its screen's usable area.
void resizeToFit(QWidget *window, QSize wanted);
void resizeToFit(QWidget *window, QSize wanted, const QRect &area);

// After restoreGeometry(): moves and shrinks the window so that it lies on its screen.
void keepOnScreen(QWidget *window);

} // namespace rk
