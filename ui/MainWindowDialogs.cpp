// MainWindow, part two: the dialogs and notices the window opens around a project.

#include "MainWindow.h"

#include "MessageBox.h"
#include "NoticeBar.h"
#include "ProjectDocument.h"
#include "ProjectInfoDialog.h"
#include "ReportDialog.h"
#include "SettingsDialog.h"
#include "ShareDialog.h"
#include "commands/Edits.h"
#include "share/ShareCopy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>

namespace rk {

void MainWindow::editProjectInfo()
{
    if (!m_document)
        return;
    ProjectInfoDialog dialog(ProjectInfoDialog::Purpose::EditProject, this);
    dialog.setInfo(m_document->project());
    if (m_document->isReadOnly())
        dialog.setEnabled(false);
    if (dialog.exec() == QDialog::Accepted && !m_document->isReadOnly())
        edit::setProjectInfo(*m_document, dialog.info());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        rebuildAllWindows();
}

void MainWindow::showReportDialog()
{
    if (!m_document)
        return;
    commitPendingEdits();
    ReportDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::share(bool mail)
{
    if (!m_document)
        return;
    commitPendingEdits();
    ShareDialog dialog(m_document.get(), mail, this);
    dialog.exec();
}

void MainWindow::showFileNotices()
{
    if (!m_document || m_document->isReadOnly())
        return;
    // A copy made for sharing says so, and what it left out.
    const QString shared = m_document->metaValue(QLatin1String(share::kMetaSharedOn));
    if (!shared.isEmpty()) {
        const bool stripped =
            m_document->metaValue(QLatin1String(share::kMetaPersonalDataRemoved)) == QLatin1String("1");
        m_notice->showMessage(NoticeBar::Kind::Information,
                              stripped ? tr("Dit is een kopie die is gemaakt om te delen. De gegevens van "
                                            "contactpersonen zijn eruit gehaald.")
                                       : tr("Dit is een kopie die is gemaakt om te delen, met de gegevens van "
                                            "contactpersonen."));
        return;
    }
    // Two people must not edit one file on a share or in a synced folder at the same time.
    const QString path = m_document->filePath();
    const QString type = QString::fromLatin1(QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType());
    static const QStringList networkTypes = {
        QStringLiteral("nfs"),   QStringLiteral("nfs4"),       QStringLiteral("cifs"), QStringLiteral("smb3"),
        QStringLiteral("smbfs"), QStringLiteral("fuse.sshfs"), QStringLiteral("davfs")};
    static const QStringList syncedFolders = {QStringLiteral("OneDrive"),     QStringLiteral("Dropbox"),
                                              QStringLiteral("Google Drive"), QStringLiteral("Nextcloud"),
                                              QStringLiteral("ownCloud"),     QStringLiteral("iCloud")};
    const bool synced = std::any_of(syncedFolders.cbegin(), syncedFolders.cend(),
                                    [&](const QString &name) { return path.contains(name, Qt::CaseInsensitive); });
    if (networkTypes.contains(type) || synced)
        m_notice->showMessage(NoticeBar::Kind::Warning,
                              tr("Dit project staat in een gedeelde of gesynchroniseerde map. Zorg dat niet twee "
                                 "mensen het tegelijk bewerken: dan kan werk verloren gaan."));
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("Over Routekaart Werkboek"),
        tr("Routekaart Werkboek %1\n\nEen werkboek voor gemeenten die met hun partners werken aan de lokale "
           "aanpak van eenzaamheid: de negen hoofdstukken van de routekaart, de doelen, de cijfers en het "
           "netwerk, in één bestand.\n\nVrije software onder de GNU GPL, versie 3 of later.")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace rk
