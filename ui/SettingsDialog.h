#pragma once

#include <QDialog>

class QComboBox;

namespace rk {

// The app's preferences: for now the UI language (takes effect after a restart).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "system", "nl" or "en".
    QString languageChoice() const;
    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace rk
