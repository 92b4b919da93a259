#pragma once

#include <QMessageBox>

namespace rk {

// All of the app's message boxes go through here, so that tests can answer them:
// setNextAnswer() makes the next box return that button at once without showing.
class MessageBox
{
public:
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // With buttons that say what they do ("Wijzigingen bekijken" instead of "Ja").
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
                                                QMessageBox::StandardButton defaultButton);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box answered by the hook (for tests).
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QList<std::pair<QMessageBox::StandardButton, QString>> &labels = {});
};

} // namespace rk
