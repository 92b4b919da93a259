#include "ProjectFiles.h"

#include "core/FileProblem.h"
#include "core/ProjectDocument.h"
#include "core/ProjectLock.h"
#include "core/ProjectOpener.h"
#include "core/merge/ProjectMerge.h"
#include "core/share/ShareCopy.h"
#include "core/text/PrintableText.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NoticeBar.h"
#include "ui/shell/ProjectInfoDialog.h"
#include "ui/shell/RecentFiles.h"
#include "ui/shell/WindowRegistry.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStorageInfo>

#include <algorithm>

namespace rk {

namespace {
QString fileFilter()
{
    return QCoreApplication::translate("rk::MainWindow", "Routekaart-projecten (*.routekaart)");
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// "Gemeente X - Titel" without characters that file systems refuse.
QString safeFileName(const QString &name)
{
    QString result = name;
    for (const QChar c : QStringLiteral("<>:\"/\\|?*"))
        result.replace(c, QLatin1Char('-'));
    return result.simplified();
}

QString withSuffix(const QString &path)
{
    return path.endsWith(QLatin1String(".routekaart")) ? path : path + QStringLiteral(".routekaart");
}
} // namespace

ProjectFiles::ProjectFiles(MainWindow &window)
    : m_window(window)
{
}

QString ProjectFiles::demoProjectPath()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString name = QStringLiteral("Voorbeeldstad.routekaart");
    for (const QString &candidate : {appDir + QStringLiteral("/../share/routekaart/demo/") + name,
                                     appDir + QStringLiteral("/../resources/demo/") + name}) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

bool ProjectFiles::open(const QString &path)
{
    if (MainWindow *holder = WindowRegistry::windowWithProject(path)) {
        holder->bringToFront();
        return true;
    }
    m_window.commitPendingEdits();
    if (offerMerge(path))
        return true;
    return showOpened(path, ProjectOpener::open(path));
}

bool ProjectFiles::offerMerge(const QString &path)
{
    // Only a file that was made for sharing (a first look, so that an ordinary project is
    // read once) and that opens with every check.
    if (!ProjectOpener::isShareCopy(path))
        return false;
    OpenOptions options;
    options.readOnly = true;
    OpenResult copy = ProjectOpener::open(path, options);
    if (!copy.ok())
        return false;
    const merge::CopyOrigin origin = merge::originOf(*copy.document);
    if (origin.sharedOn.isEmpty())
        return false;
    const QString copyPath = QFileInfo(path).canonicalFilePath();
    MainWindow *target = nullptr;
    for (MainWindow *window : WindowRegistry::shownWindows()) {
        const ProjectDocument *document = window->document();
        if (document && document->project().id == origin.projectId &&
            QFileInfo(document->filePath()).canonicalFilePath() != copyPath && !document->isReadOnly())
            target = window;
    }
    QString projectPath = target ? target->document()->filePath() : recentFiles::projectPath(origin.projectId);
    if (projectPath.isEmpty() || QFileInfo(projectPath).canonicalFilePath() == copyPath)
        return false;
    copy.document.reset();

    const QString date = merge::sharedOnText(origin);
    // The project by its title, as the review names it.
    QString title = QFileInfo(projectPath).completeBaseName();
    if (target)
        title = target->document()->project().title;
    QString text =
        origin.sharedWith.isEmpty()
            ? tr("Dit is een kopie van uw project \"%1\", gedeeld op %2.").arg(title, date)
            : tr("Dit is een kopie van uw project \"%1\", gedeeld op %2 met %3.").arg(title, date, origin.sharedWith);
    if (target) {
        merge::OpenedCopy opened;
        QString error;
        if (merge::openCopy(path, *target->document(), &opened, &error)) {
            const int changes =
                int(merge::compare(opened.ancestor.get(), *opened.theirs, *target->document()).changes.size());
            text += QLatin1Char(' ') +
                    (changes == 0 ? tr("Er staat niets nieuws in sinds het delen.")
                                  : (changes == 1 ? tr("Er is 1 wijziging sinds het delen.")
                                                  : tr("Er zijn %1 wijzigingen sinds het delen.").arg(changes)));
        }
    }
    text += QLatin1Char(' ') + tr("Wilt u de wijzigingen bekijken en samenvoegen met uw project? Of de kopie zelf "
                                  "openen, in plaats van uw project?");
    const auto answer = MessageBox::question(&m_window, tr("Kopie van uw project"), text,
                                             {{QMessageBox::Yes, tr("&Wijzigingen bekijken")},
                                              {QMessageBox::No, tr("De &kopie zelf openen")},
                                              {QMessageBox::Cancel, tr("Annuleren")}},
                                             QMessageBox::Yes);
    if (answer == QMessageBox::No)
        return false;
    if (answer != QMessageBox::Yes)
        return true;
    if (!target) {
        if (!open(projectPath))
            return true;
        target = WindowRegistry::windowWithProject(projectPath);
    }
    if (target) {
        target->bringToFront();
        target->reviewCopy(path);
    }
    return true;
}

void ProjectFiles::reviewCopyInteractive()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Wijzigingen van een kopie samenvoegen"),
                                                      documentsFolder(), fileFilter());
    if (!path.isEmpty())
        m_window.reviewCopy(path);
}

bool ProjectFiles::showOpened(const QString &path, OpenResult &&result)
{
    Q_ASSERT(!result.document || result.document->thread() == m_window.thread());
    if (!result.ok()) {
        MessageBox::warning(&m_window, tr("Project openen"), result.message);
        if (result.problem == FileProblem::NotFound)
            recentFiles::remove(path);
        m_window.updateRecentMenu();
        return false;
    }
    recentFiles::add(result.document->filePath());
    if (result.document->metaValue(QLatin1String(share::kMetaSharedOn)).isEmpty())
        recentFiles::rememberProject(result.document->project().id, result.document->filePath());
    m_window.setDocument(std::move(result.document));
    for (const QString &notice : std::as_const(result.notices))
        MessageBox::information(&m_window, tr("Project openen"), notice);
    return true;
}

std::optional<ProjectInfo> ProjectFiles::askProjectInfo()
{
    ProjectInfoDialog dialog(ProjectInfoDialog::Purpose::NewProject, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.info();
}

bool ProjectFiles::create(const QString &path)
{
    const std::optional<ProjectInfo> info = askProjectInfo();
    return info && create(path, *info);
}

bool ProjectFiles::create(const QString &path, const ProjectInfo &info)
{
    OpenResult result = ProjectOpener::create(path, info, true);
    if (!result.ok()) {
        MessageBox::warning(&m_window, tr("Nieuw project"), result.message);
        return false;
    }
    recentFiles::add(result.document->filePath());
    if (result.document->metaValue(QLatin1String(share::kMetaSharedOn)).isEmpty())
        recentFiles::rememberProject(result.document->project().id, result.document->filePath());
    m_window.setDocument(std::move(result.document));
    return true;
}

bool ProjectFiles::saveAs(const QString &givenPath)
{
    ProjectDocument *document = m_window.document();
    if (!document)
        return false;
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    if (path == document->filePath()) {
        MessageBox::warning(&m_window, tr("Opslaan als"), tr("Kies een andere naam dan die van het geopende project."));
        return false;
    }
    m_window.commitPendingEdits();
    // Write beside the target first, so that a failure never damages an existing file.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    if (!document->saveCopyAs(partial)) {
        MessageBox::warning(&m_window, tr("Opslaan als"), describeProblem(FileProblem::CannotCreate, path));
        return false;
    }
    if (QFileInfo::exists(path) && (ProjectLock::currentHolder(path) || !QFile::remove(path))) {
        QFile::remove(partial);
        MessageBox::warning(&m_window, tr("Opslaan als"),
                            tr("Het bestand %1 kan niet worden vervangen, omdat het in gebruik of beveiligd is.")
                                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        MessageBox::warning(&m_window, tr("Opslaan als"), describeProblem(FileProblem::CannotCreate, path));
        return false;
    }
    OpenResult result = ProjectOpener::open(path);
    if (!result.ok()) {
        MessageBox::warning(&m_window, tr("Opslaan als"), result.message);
        return false;
    }
    const ChapterId current = m_window.currentChapter();
    const bool dashboard = m_window.isDashboardShown();
    recentFiles::add(path);
    m_window.setDocument(std::move(result.document));
    if (dashboard)
        m_window.showDashboard();
    else
        m_window.showChapter(current);
    m_window.statusBar()->showMessage(tr("Opgeslagen als %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

// First what the project is about, then where it goes: the file is named after it.
void ProjectFiles::newInteractive()
{
    const std::optional<ProjectInfo> info = askProjectInfo();
    if (!info)
        return;
    const QString name = text::fileNamePart(QStringLiteral("%1 - %2").arg(info->gemeente, info->title));
    const QString path = QFileDialog::getSaveFileName(
        &m_window, tr("Nieuw project opslaan"),
        documentsFolder() + QLatin1Char('/') + (name.isEmpty() ? tr("Project") : name) + QStringLiteral(".routekaart"),
        fileFilter());
    if (path.isEmpty())
        return;
    create(withSuffix(path), *info);
}

void ProjectFiles::openInteractive()
{
    const ProjectDocument *document = m_window.document();
    const QString start = document ? QFileInfo(document->filePath()).absolutePath() : documentsFolder();
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Project openen"), start, fileFilter());
    if (!path.isEmpty())
        m_window.openProject(path);
}

void ProjectFiles::saveAsInteractive()
{
    const ProjectDocument *document = m_window.document();
    if (!document)
        return;
    QString folder = QFileInfo(document->filePath()).absolutePath();
    if (!ProjectOpener::isWritableLocation(folder + QStringLiteral("/x.routekaart")))
        folder = documentsFolder();
    const QString suggestion =
        folder + QLatin1Char('/') + safeFileName(document->displayName()) + QStringLiteral(".routekaart");
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Opslaan als"), suggestion, fileFilter());
    if (path.isEmpty())
        return;
    saveAs(withSuffix(path));
}

void ProjectFiles::openDemoInteractive()
{
    const QString demo = demoProjectPath();
    if (demo.isEmpty())
        return;
    // Work in a copy, so that the example stays as it was shipped.
    const QString copy = documentsFolder() + QLatin1Char('/') + tr("Voorbeeldstad (voorbeeld).routekaart");
    if (!QFileInfo::exists(copy)) {
        QDir().mkpath(documentsFolder());
        if (!QFile::copy(demo, copy)) {
            MessageBox::warning(&m_window, tr("Voorbeeldproject"), describeProblem(FileProblem::CannotCreate, copy));
            return;
        }
        QFile(copy).setPermissions(QFile(copy).permissions() | QFileDevice::WriteOwner);
    }
    m_window.openProject(copy);
}

void ProjectFiles::showFileNotices(const ProjectDocument &document, NoticeBar *notices)
{
    if (document.isReadOnly())
        return;
    // A copy made for sharing says so, and what it left out.
    const QString shared = document.metaValue(QLatin1String(share::kMetaSharedOn));
    if (!shared.isEmpty()) {
        const bool stripped = document.metaValue(QLatin1String(share::kMetaPersonalDataRemoved)) == QLatin1String("1");
        notices->showMessage(NoticeBar::Kind::Information,
                             stripped ? tr("Dit is een kopie die is gemaakt om te delen. De gegevens van "
                                           "contactpersonen zijn eruit gehaald.")
                                      : tr("Dit is een kopie die is gemaakt om te delen, met de gegevens van "
                                           "contactpersonen."));
        return;
    }
    // Two people must not edit one file on a share or in a synced folder at the same time.
    const QString path = document.filePath();
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
        notices->showMessage(NoticeBar::Kind::Warning,
                             tr("Dit project staat in een gedeelde of gesynchroniseerde map. Zorg dat niet twee "
                                "mensen het tegelijk bewerken: dan kan werk verloren gaan."));
}

} // namespace rk
