#pragma once

#include <QPushButton>
#include <QWidget>

namespace rk::test {

// The push button under `parent` whose text, without its mnemonic mark, is `text`; or null.
inline QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

} // namespace rk::test
