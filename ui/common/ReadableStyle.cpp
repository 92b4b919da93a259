#include "ReadableStyle.h"

#include "ui/common/AccessibleNames.h"
#include "ui/common/Colours.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace rk {

namespace {
constexpr double kText = 4.5; // text against its background
constexpr double kMark = 3.0; // a focus mark or selection against what is around it

// `colour` made darker (on a light background) or lighter (on a dark one) until it has
// `ratio` against `background`.
QColor withContrast(QColor colour, const QColor &background, double ratio)
{
    const bool darkBackground = background.lightnessF() < 0.5;
    for (int step = 0; step < 40 && colours::contrastRatio(colour, background) < ratio; ++step)
        colour = darkBackground ? colour.lighter(104) : colour.darker(104);
    if (colours::contrastRatio(colour, background) < ratio)
        colour = darkBackground ? QColor(Qt::white) : QColor(Qt::black);
    return colour;
}

void drawMark(QPainter *painter, const QRect &rect, const QColor &colour)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(colour, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(1, 1, -1, -1));
    painter->restore();
}
} // namespace

ReadableStyle::ReadableStyle(QStyle *base)
    : QProxyStyle(base)
{
}

QPalette ReadableStyle::readable(QPalette palette)
{
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor base = palette.color(group, QPalette::Base);
        const QColor window = palette.color(group, QPalette::Window);
        palette.setColor(group, QPalette::Text, withContrast(palette.color(group, QPalette::Text), base, kText));
        palette.setColor(group, QPalette::WindowText,
                         withContrast(palette.color(group, QPalette::WindowText), window, kText));
        // Placeholders are text too; the system often draws them at half strength.
        // (blended onto the field as it is drawn, then made just dark enough: a placeholder
        // should still look different from what the user typed).
        const QColor given = palette.color(group, QPalette::PlaceholderText);
        const qreal a = given.alphaF();
        const QColor placeholder = QColor::fromRgbF(given.redF() * a + base.redF() * (1 - a),
                                                    given.greenF() * a + base.greenF() * (1 - a),
                                                    given.blueF() * a + base.blueF() * (1 - a));
        palette.setColor(group, QPalette::PlaceholderText, withContrast(placeholder, base, kText));
        // The selection: visible against the field, and its text readable on it.
        QColor highlight = withContrast(palette.color(group, QPalette::Highlight), base, kMark);
        const QColor highlighted = palette.color(group, QPalette::HighlightedText);
        highlight = withContrast(highlight, highlighted, kText);
        palette.setColor(group, QPalette::Highlight, highlight);
        palette.setColor(group, QPalette::Link, withContrast(palette.color(group, QPalette::Link), base, kText));
    }
    return palette;
}

void ReadableStyle::polish(QPalette &palette)
{
    QProxyStyle::polish(palette);
    palette = readable(palette);
}

void ReadableStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    const QColor mark = option->palette.color(QPalette::Active, QPalette::Highlight);
    if (element == PE_FrameFocusRect) {
        // The current cell of a table or list, and a focused button or check box.
        drawMark(painter, option->rect, mark);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // Text fields and lists say that they have the focus with the same frame.
    const bool frame = element == PE_FrameLineEdit || element == PE_Frame;
    const bool focused = (option->state & State_HasFocus)
                         || (widget && (widget->hasFocus() || (qobject_cast<const QAbstractScrollArea *>(widget)
                                                               && widget->isAncestorOf(QApplication::focusWidget()))));
    if (frame && focused && (option->state & State_Enabled))
        drawMark(painter, option->rect, mark);
}

void ReadableStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    if (qobject_cast<QAbstractScrollArea *>(widget))
        widget->installEventFilter(this);
}

void ReadableStyle::unpolish(QWidget *widget)
{
    widget->removeEventFilter(this);
    QProxyStyle::unpolish(widget);
}

bool ReadableStyle::eventFilter(QObject *object, QEvent *event)
{
    // A frame is drawn by its widget, which does not repaint it when the focus comes or goes.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        static_cast<QWidget *>(object)->update();
    return QProxyStyle::eventFilter(object, event);
}

void installReadableLook()
{
    installAccessibleNames();
    const QString current = QApplication::style()->name();
    QApplication::setStyle(new ReadableStyle(QStyleFactory::create(current)));
}

} // namespace rk
