#pragma once

#include <QPalette>
#include <QProxyStyle>

namespace rk {

// The system's look, made readable for everyone (WCAG 2.1 AA): text, placeholders and
// selected text at 4.5:1 against their background, and a focus mark that can be seen, at
// 3:1 or more: a two-pixel frame in the selection colour around the current cell, the
// focused text field or list, and a focused button.
class ReadableStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit ReadableStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void polish(QPalette &palette) override;
    void polish(QWidget *widget) override;
    void unpolish(QWidget *widget) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

    // `palette` with the colours that fall short replaced by ones that do not.
    static QPalette readable(QPalette palette);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

// Installs the readable style and palette on the application, and the accessible names
// of choice lists (before windows are made).
void installReadableLook();

} // namespace rk
