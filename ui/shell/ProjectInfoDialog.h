#pragma once

#include "core/ProjectTypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rk {

// Asks for a project's gemeente, title, start year and horizon: for a new project,
// and to change them later, with the house style of its reports (logo, colour, font, sender,
// department).
class ProjectInfoDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        NewProject,
        EditProject
    };

    explicit ProjectInfoDialog(Purpose purpose, QWidget *parent = nullptr);

    void setInfo(const ProjectInfo &info);
    ProjectInfo info() const;

    // The house style's logo from a file; false, after saying why, when it cannot be used.
    bool useLogoFile(const QString &path);
    // The house colour; a colour too light to read on white is refused with a message (false).
    bool setColour(const QColor &colour);

private:
    void validate();
    void addHouseStyle(QLayout *layout);
    void chooseLogo();
    void removeLogo();
    void chooseColour();
    void showStyle();
    void showGemeente();

    QLineEdit *m_gemeente;
    QLineEdit *m_title;
    QSpinBox *m_startYear;
    QSpinBox *m_horizon;
    QLabel *m_period;
    QDialogButtonBox *m_buttons;
    // The house style (edit only).
    HouseStyle m_style;
    QLabel *m_logo = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QPushButton *m_colour = nullptr;
    QPushButton *m_defaultColour = nullptr;
    QComboBox *m_font = nullptr;
    QLineEdit *m_sender = nullptr;
    QLineEdit *m_department = nullptr;
};

} // namespace rk
