#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace rk {

// The app's preferences: for now the UI language, which changes at once when accepted
// (the windows are then built again in the new language, see MainWindow).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "system", "nl" or "en".
    QString languageChoice() const;
    void accept() override;
    // After accept(): whether another language was installed.
    bool languageChanged() const { return m_languageChanged; }

private:
    QComboBox *m_language;
    QLineEdit *m_name;
    bool m_languageChanged = false;
};

} // namespace rk
