#include "ProjectOpener.h"

#include "ProjectDocument.h"
#include "ProjectLock.h"
#include "share/ShareCopy.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"
#include "storage/ProjectStore.h"
#include "storage/RegularFile.h"
#include "storage/SafeWrite.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>
#include <QtEndian>

namespace rk {

namespace {

// Opening a received file may take this long, checks and loading together. The largest
// project we plan for opens in well under a second; a file that needs more is built to
// stall the program (or is far outside what the format is for).
constexpr qint64 kOpenBudgetMs = 20000;
// A first look reads one row: a file that takes longer is not worth looking at.
constexpr qint64 kPeekBudgetMs = 1000;
// Below this much free space a lock file or a journal cannot be written safely.
constexpr qint64 kMinimumFreeBytes = 256 * 1024;
// Names of the temporary copies an opener makes, in the user's scratch folder.
const QString kCopyPrefix = QStringLiteral("opened-");
const QString kCopySuffix = QStringLiteral(".routekaart");

OpenResult refuse(FileProblem problem, const QString &path, const QString &detail = {})
{
    OpenResult result;
    result.problem = problem;
    result.message = describeProblem(problem, path);
    result.detail = detail;
    return result;
}

// Checks what can be told from the first 100 bytes before SQLite parses anything.
FileProblem checkHeader(const QString &path, QString *detail)
{
    QFile file;
    switch (openRegularFile(file, path)) {
    case RegularFileStatus::Opened:
        break;
    case RegularFileStatus::NotAFile:
        return FileProblem::NotAFile;
    case RegularFileStatus::NotReadable:
        return FileProblem::NotReadable;
    }
    const qint64 size = file.size();
    if (size == 0)
        return FileProblem::Empty;
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return FileProblem::NotSqlite;
    if (header.size() < 100)
        return FileProblem::Truncated;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        *detail = QStringLiteral("invalid page size %1").arg(pageSize);
        return FileProblem::Corrupt;
    }
    if (size % pageSize != 0)
        return FileProblem::Truncated;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (changeCounter == validFor && quint64(pageCount) * pageSize > quint64(size))
        return FileProblem::Truncated;
    const qint32 applicationId = qFromBigEndian<qint32>(bytes + 68);
    if (applicationId != schema::kApplicationId)
        return FileProblem::OtherApplication;
    return FileProblem::None;
}

// A copy of the file in the user's private scratch folder, opened read-write there, so
// that an older file can be migrated without touching the original.
bool openPrivateCopy(ProjectStore &store, QString *copyPath, QString *detail)
{
    const QString folder = privatefiles::scratchFolder();
    if (folder.isEmpty()) {
        *detail = QStringLiteral("no private folder for a copy");
        return false;
    }
    privatefiles::removeLeftovers(folder, kCopyPrefix, kCopySuffix);
    // The file exists, empty and private, before SQLite writes into it (VACUUM INTO takes an
    // empty file), so there is no moment in which another user could take the name.
    *copyPath = privatefiles::createEmptyFile(folder, kCopyPrefix, kCopySuffix, detail);
    if (copyPath->isEmpty())
        return false;
    if (!store.copyInto(*copyPath) || !store.open(*copyPath, Database::Mode::ReadWrite, kOpenBudgetMs)) {
        *detail = store.errorMessage();
        privatefiles::removeWithJournal(*copyPath);
        return false;
    }
    return true;
}

bool writeBackup(const QString &path, int version, QString *backupPath)
{
    *backupPath = ProjectOpener::backupPathFor(path, version);
    if (QFile::copy(path, *backupPath))
        return true;
    // The folder beside the file may refuse; the user's data folder is the fallback.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
    if (!privatefiles::ensurePrivateFolder(dir))
        return false;
    const QFileInfo info(path);
    *backupPath = dir + QLatin1Char('/') + QFileInfo(ProjectOpener::backupPathFor(path, version)).fileName();
    int n = 2;
    while (QFileInfo::exists(*backupPath))
        *backupPath =
            dir + QStringLiteral("/%1.v%2 (%3).routekaart").arg(info.completeBaseName()).arg(version).arg(n++);
    return QFile::copy(path, *backupPath);
}

bool fileIsWritable(const QFileInfo &info)
{
    return info.isWritable() && info.permissions().testFlag(QFileDevice::WriteOwner);
}

} // namespace

bool ProjectOpener::isWritableLocation(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists() || !fileIsWritable(folder))
        return false;
    return !file.exists() || fileIsWritable(file);
}

QString ProjectOpener::backupPathFor(const QString &path, int version)
{
    const QFileInfo info(path);
    const QString base = info.absolutePath() + QLatin1Char('/') + info.completeBaseName();
    QString candidate = QStringLiteral("%1.v%2.routekaart").arg(base).arg(version);
    int n = 2;
    while (QFileInfo::exists(candidate))
        candidate = QStringLiteral("%1.v%2 (%3).routekaart").arg(base).arg(version).arg(n++);
    return candidate;
}

bool ProjectOpener::isShareCopy(const QString &givenPath)
{
    const QFileInfo info(QFileInfo(givenPath).canonicalFilePath());
    const QString path = info.absoluteFilePath();
    QString detail;
    if (!info.isFile() || !info.isReadable() || checkHeader(path, &detail) != FileProblem::None)
        return false;
    ProjectStore store;
    return store.open(path, Database::Mode::ReadOnly, kPeekBudgetMs) &&
           store.applicationId() == schema::kApplicationId &&
           !store.metaValueUnchecked(QLatin1String(share::kMetaSharedOn)).isEmpty();
}

OpenResult ProjectOpener::open(const QString &givenPath, const OpenOptions &options)
{
    const QFileInfo given(givenPath);
    if (!given.exists())
        return refuse(FileProblem::NotFound, given.absoluteFilePath());
    OpenResult result;
    // The real place: a Documents folder may be a link to another disk. SQLite then opens
    // the file without following links, and the lock lies beside the file itself.
    const QFileInfo info(given.canonicalFilePath());
    const QString path = info.absoluteFilePath();
    if (info.isDir())
        return refuse(FileProblem::IsFolder, path);
    if (!info.isFile())
        return refuse(FileProblem::NotAFile, path);
    if (!info.isReadable())
        return refuse(FileProblem::NotReadable, path);

    QString detail;
    if (const FileProblem problem = checkHeader(path, &detail); problem != FileProblem::None)
        return refuse(problem, path, detail);

    // Decide read-only before touching the file.
    ReadOnlyReason readOnly = ReadOnlyReason::None;
    QString readOnlyDetail;
    auto lock = std::make_unique<ProjectLock>();
    if (!isWritableLocation(path)) {
        readOnly = ReadOnlyReason::NotWritable;
    } else if (options.inspectOnly) {
        if (const auto holder = ProjectLock::currentHolder(path)) {
            readOnly = ReadOnlyReason::Locked;
            readOnlyDetail = holder->describe();
        }
    } else {
        switch (lock->acquire(path)) {
        case ProjectLock::Result::Acquired:
            break;
        case ProjectLock::Result::HeldByOther:
            readOnly = ReadOnlyReason::Locked;
            readOnlyDetail = lock->holder().describe();
            break;
        case ProjectLock::Result::NotPossible:
            readOnly = QStorageInfo(info.absolutePath()).bytesAvailable() < kMinimumFreeBytes
                           ? ReadOnlyReason::NoSpace
                           : ReadOnlyReason::NotWritable;
            break;
        }
    }
    if (readOnly == ReadOnlyReason::None && options.readOnly && !options.inspectOnly)
        readOnly = ReadOnlyReason::Requested;
    if (readOnly != ReadOnlyReason::None)
        lock.reset();

    auto store = std::make_unique<ProjectStore>();
    const bool openWritable = readOnly == ReadOnlyReason::None && !options.inspectOnly;
    if (!store->open(path, openWritable ? Database::Mode::ReadWrite : Database::Mode::ReadOnly, kOpenBudgetMs))
        return refuse(store->problem(), path, store->errorMessage());

    const qint64 applicationId = store->applicationId();
    if (store->errorCode() != 0)
        return refuse(store->problem(), path, store->errorMessage());
    if (applicationId != schema::kApplicationId)
        return refuse(FileProblem::OtherApplication, path);
    const qint64 version = store->userVersion();
    if (!store->quickCheck(&detail)) {
        const FileProblem problem = store->problem();
        const bool known = problem == FileProblem::Busy || problem == FileProblem::UnfinishedWrite ||
                           problem == FileProblem::TooDemanding;
        return refuse(known ? problem : FileProblem::Corrupt, path, detail);
    }

    result.fileVersion = int(version);
    QString temporaryCopy;
    if (version > schema::kCurrentVersion) {
        if (!store->isReadableNewer(&detail))
            return refuse(store->wasOverBudget() ? FileProblem::TooDemanding : FileProblem::IncompatibleNewer, path,
                          detail);
        if (readOnly == ReadOnlyReason::None || readOnly == ReadOnlyReason::Requested)
            readOnly = ReadOnlyReason::NewerVersion;
        lock.reset();
    } else if (version < schema::kFirstVersion) {
        return refuse(FileProblem::TooOld, path);
    } else {
        if (!store->matchesSchema(int(version), &detail))
            return refuse(store->wasOverBudget() ? FileProblem::TooDemanding : FileProblem::UnexpectedSchema, path,
                          detail);
        if (version < schema::kCurrentVersion) {
            result.wouldMigrate = true;
            if (openWritable) {
                QString backupPath;
                if (!writeBackup(path, int(version), &backupPath))
                    return refuse(FileProblem::MigrationFailed, path, QStringLiteral("backup failed"));
                if (!store->migrateToCurrent(int(version)))
                    return refuse(FileProblem::MigrationFailed, path, store->errorMessage());
                result.notices.append(
                    QCoreApplication::translate("rk::ProjectOpener",
                                                "Het project is bijgewerkt naar de nieuwe indeling. Een kopie van het "
                                                "oude bestand staat in %1.")
                        .arg(QDir::toNativeSeparators(backupPath)));
            } else {
                // Cannot write here, or only looking: migrate a private copy and read that.
                if (!openPrivateCopy(*store, &temporaryCopy, &detail))
                    return refuse(FileProblem::MigrationFailed, path, detail);
                if (!store->migrateToCurrent(int(version))) {
                    detail = store->errorMessage();
                    store->close();
                    privatefiles::removeWithJournal(temporaryCopy);
                    return refuse(FileProblem::MigrationFailed, path, detail);
                }
                if (!options.inspectOnly)
                    readOnly = ReadOnlyReason::MigratedCopy;
            }
        }
    }

    if (openWritable && readOnly == ReadOnlyReason::None) {
        // Never WAL: the file on disk must be complete after every commit.
        if (!store->useRollbackJournal())
            return refuse(FileProblem::NotReadable, path, store->errorMessage());
    }

    const int loadedVersion = result.wouldMigrate ? schema::kCurrentVersion : int(version);
    std::unique_ptr<ProjectDocument> document(new ProjectDocument(std::move(store), path, loadedVersion));
    if (!document->load(&detail)) {
        const bool overBudget = document->store().wasOverBudget();
        document.reset();
        privatefiles::removeWithJournal(temporaryCopy);
        return refuse(overBudget ? FileProblem::TooDemanding : FileProblem::InvalidContent, path, detail);
    }
    // From here on the statements are the program's own, over a schema that is known.
    document->store().setTimeBudget(-1);
    if (options.inspectOnly) {
        result.wouldBeReadOnly = readOnly;
        result.wouldBeReadOnlyMessage = describeReadOnly(readOnly, readOnlyDetail);
        readOnly = ReadOnlyReason::Requested;
    }
    document->m_readOnlyReason = readOnly;
    document->m_readOnlyDetail = readOnlyDetail;
    document->m_lock = std::move(lock);
    document->m_temporaryCopy = temporaryCopy;
    result.document = std::move(document);
    return result;
}

std::future<OpenResult> ProjectOpener::openInBackground(const QString &path, QThread *owner)
{
    QThread *target = owner ? owner : QThread::currentThread();
    return std::async(std::launch::async, [path, target] {
        OpenResult result = open(path);
        if (result.document)
            result.document->moveToThread(target);
        return result;
    });
}

OpenResult ProjectOpener::create(const QString &givenPath, const ProjectInfo &info, bool replace)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    if (QFileInfo::exists(path) && !replace)
        return refuse(FileProblem::AlreadyExists, path);
    if (info.gemeente.trimmed().isEmpty() || info.title.trimmed().isEmpty() ||
        info.gemeente.size() > limits::kNameLength || info.title.size() > limits::kNameLength)
        return refuse(FileProblem::InvalidContent, path, QStringLiteral("invalid project fields"));

    QString detail;
    auto build = [&](const QString &scratchPath) { return ProjectStore::createProject(scratchPath, info, &detail); };
    // A failure never leaves half a project, nor destroys the file it would replace.
    switch (writeThenPlace(path, replace, build)) {
    case SafeWriteResult::Written:
        break;
    case SafeWriteResult::TargetExists:
        return refuse(FileProblem::AlreadyExists, path);
    case SafeWriteResult::TargetInUse:
        return refuse(FileProblem::CannotCreate, path, QStringLiteral("the file is open elsewhere"));
    case SafeWriteResult::WriteFailed:
        return refuse(FileProblem::CannotCreate, path, detail);
    }
    return open(path);
}

} // namespace rk
