#include "ProjectInfoDialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace rk {

ProjectInfoDialog::ProjectInfoDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_gemeente(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_startYear(new QSpinBox(this))
    , m_horizon(new QSpinBox(this))
    , m_period(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(purpose == Purpose::NewProject ? tr("Nieuw project") : tr("Projectgegevens"));
    m_gemeente->setMaxLength(limits::kNameLength);
    m_gemeente->setPlaceholderText(tr("Bijvoorbeeld: Gemeente Voorbeeldstad"));
    m_title->setMaxLength(limits::kNameLength);
    m_title->setText(purpose == Purpose::NewProject ? tr("Lokale aanpak eenzaamheid") : QString());
    m_startYear->setRange(limits::kMinYear, limits::kMaxYear);
    m_startYear->setValue(QDate::currentDate().year());
    m_horizon->setRange(1, limits::kMaxHorizonYears);
    m_horizon->setValue(3);
    m_horizon->setSuffix(tr(" jaar"));
    m_period->setTextFormat(Qt::PlainText);
    // Wide enough for the example in the field and a long municipality name.
    m_gemeente->setMinimumWidth(m_gemeente->fontMetrics().horizontalAdvance(m_gemeente->placeholderText()) + 24);

    auto *form = new QFormLayout;
    form->addRow(tr("&Gemeente:"), m_gemeente);
    form->addRow(tr("&Titel:"), m_title);
    form->addRow(tr("&Startjaar:"), m_startYear);
    form->addRow(tr("&Looptijd:"), m_horizon);
    form->addRow(QString(), m_period);
    m_gemeente->setAccessibleName(tr("Gemeente"));
    m_title->setAccessibleName(tr("Titel"));
    m_startYear->setAccessibleName(tr("Startjaar"));
    m_horizon->setAccessibleName(tr("Looptijd in jaren"));

    auto *layout = new QVBoxLayout(this);
    if (purpose == Purpose::NewProject) {
        auto *intro = new QLabel(tr("Een project bevat het werk van één gemeente aan de routekaart. Het wordt "
                                    "bewaard in één bestand dat u kunt mailen."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_gemeente, &QLineEdit::textChanged, this, &ProjectInfoDialog::validate);
    connect(m_title, &QLineEdit::textChanged, this, &ProjectInfoDialog::validate);
    connect(m_startYear, &QSpinBox::valueChanged, this, &ProjectInfoDialog::validate);
    connect(m_horizon, &QSpinBox::valueChanged, this, &ProjectInfoDialog::validate);
    validate();
}

void ProjectInfoDialog::setInfo(const ProjectInfo &info)
{
    m_gemeente->setText(info.gemeente);
    m_title->setText(info.title);
    m_startYear->setValue(info.startYear);
    m_horizon->setValue(info.horizonYears);
}

ProjectInfo ProjectInfoDialog::info() const
{
    ProjectInfo info;
    info.gemeente = m_gemeente->text().trimmed();
    info.title = m_title->text().trimmed();
    info.startYear = m_startYear->value();
    info.horizonYears = m_horizon->value();
    return info;
}

void ProjectInfoDialog::validate()
{
    const ProjectInfo current = info();
    m_period->setText(tr("Periode: %1 tot en met %2").arg(current.startYear).arg(current.endYear()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!current.gemeente.isEmpty() && !current.title.isEmpty());
}

} // namespace rk
