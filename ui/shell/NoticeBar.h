#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace rk {

// A coloured strip above the page with one message, an optional button and a close
// button: for read-only state and failed edits, without blocking the work.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit NoticeBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &buttonText = {});
    QString text() const;

Q_SIGNALS:
    void buttonClicked();

private:
    QLabel *m_text;
    QPushButton *m_button;
    QToolButton *m_close;
};

} // namespace rk
