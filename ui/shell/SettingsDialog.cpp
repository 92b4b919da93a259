#include "SettingsDialog.h"

#include "core/Language.h"
#include "core/ProjectTypes.h"
#include "core/desktop/UserName.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rk {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Instellingen"));
    m_language->addItem(tr("Zoals het systeem"), QStringLiteral("system"));
    // Language names in their own language, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(language::storedChoice()));
    m_language->setAccessibleName(tr("Taal"));

    m_name->setText(storedUserName());
    m_name->setPlaceholderText(accountName());
    m_name->setMaxLength(limits::kNameLength);
    m_name->setAccessibleName(tr("Uw naam"));
    m_name->setAccessibleDescription(tr("Onder deze naam staan uw wijzigingen in de geschiedenis en de kopieën die u "
                                        "deelt. Leeg: de naam van uw account."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Taal:"), m_language);
    form->addRow(tr("Uw &naam:"), m_name);
    auto *nameNote = new QLabel(m_name->accessibleDescription(), this);
    nameNote->setWordWrap(true);
    form->addRow(QString(), nameNote);
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
    setUserName(m_name->text());
    language::storeChoice(languageChoice());
    const QString chosen = language::resolve(languageChoice());
    m_languageChanged = chosen != language::current();
    if (m_languageChanged)
        language::install(chosen);
    QDialog::accept();
}

} // namespace rk
