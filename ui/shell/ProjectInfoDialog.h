#pragma once

#include "core/ProjectTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rk {

// Asks for a project's gemeente, title, start year and horizon: for a new project,
// and to change them later.
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

private:
    void validate();

    QLineEdit *m_gemeente;
    QLineEdit *m_title;
    QSpinBox *m_startYear;
    QSpinBox *m_horizon;
    QLabel *m_period;
    QDialogButtonBox *m_buttons;
};

} // namespace rk
