#include "SettingsDialog.h"

#include "core/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rk {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Instellingen"));
    m_language->addItem(tr("Zoals het systeem"), QStringLiteral("system"));
    // Language names in their own language, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(language::storedChoice()));
    m_language->setAccessibleName(tr("Taal"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Taal:"), m_language);
    auto *note = new QLabel(tr("Een andere taal gaat meteen in. Uw werk blijft zoals het is, en u kunt nog "
                               "steeds ongedaan maken wat u eerder deed."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString SettingsDialog::languageChoice() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::accept()
{
    language::storeChoice(languageChoice());
    const QString chosen = language::resolve(languageChoice());
    m_languageChanged = chosen != language::current();
    if (m_languageChanged)
        language::install(chosen);
    QDialog::accept();
}

} // namespace rk
