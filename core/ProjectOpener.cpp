#include "ProjectOpener.h"

#include "ProjectDocument.h"
#include "ProjectLock.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

namespace rk {

namespace {

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileProblem::NotReadable;
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

FileProblem problemFromSqlite(int code)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return FileProblem::NotSqlite;
    case SQLITE_CORRUPT:
    case SQLITE_TOOBIG:
    case SQLITE_FORMAT:
        return FileProblem::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return FileProblem::Busy;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return FileProblem::NotReadable;
    default:
        return FileProblem::Corrupt;
    }
}

bool quickCheck(Database &db, QString *detail)
{
    Statement check(db, QStringLiteral("PRAGMA quick_check(1)"));
    if (!check.next()) {
        *detail = db.errorMessage();
        return false;
    }
    *detail = check.text(0);
    return *detail == QLatin1String("ok");
}

bool writeBackup(const QString &path, int version, QString *backupPath)
{
    *backupPath = ProjectOpener::backupPathFor(path, version);
    if (QFile::copy(path, *backupPath))
        return true;
    // The folder beside the file may refuse; the user's data folder is the fallback.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
    QDir().mkpath(dir);
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

OpenResult ProjectOpener::open(const QString &givenPath, const OpenOptions &options)
{
    const QFileInfo info(givenPath);
    const QString path = info.absoluteFilePath();
    if (!info.exists())
        return refuse(FileProblem::NotFound, path);
    if (info.isDir())
        return refuse(FileProblem::IsFolder, path);
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
            readOnly = ReadOnlyReason::NotWritable;
            break;
        }
    }
    if (readOnly == ReadOnlyReason::None && options.readOnly && !options.inspectOnly)
        readOnly = ReadOnlyReason::Requested;
    if (readOnly != ReadOnlyReason::None)
        lock.reset();

    Database db;
    const bool openWritable = readOnly == ReadOnlyReason::None && !options.inspectOnly;
    if (!db.open(path, openWritable ? Database::Mode::ReadWrite : Database::Mode::ReadOnly))
        return refuse(problemFromSqlite(db.errorCode()), path, db.errorMessage());
    db.configureDefensive();

    const qint64 applicationId = db.queryInt(QStringLiteral("PRAGMA application_id"), 0);
    if (db.errorCode() != 0)
        return refuse(problemFromSqlite(db.errorCode()), path, db.errorMessage());
    if (applicationId != schema::kApplicationId)
        return refuse(FileProblem::OtherApplication, path);
    const qint64 version = db.queryInt(QStringLiteral("PRAGMA user_version"), -1);
    if (!quickCheck(db, &detail)) {
        const int code = db.errorCode() & 0xff;
        const bool busy = code == SQLITE_BUSY || code == SQLITE_LOCKED;
        return refuse(busy ? FileProblem::Busy : FileProblem::Corrupt, path, detail);
    }

    OpenResult result;
    QString temporaryCopy;
    if (version > schema::kCurrentVersion) {
        if (!schema::isReadableSuperset(db, &detail))
            return refuse(FileProblem::IncompatibleNewer, path, detail);
        if (readOnly == ReadOnlyReason::None || readOnly == ReadOnlyReason::Requested)
            readOnly = ReadOnlyReason::NewerVersion;
        lock.reset();
    } else if (version < schema::kFirstVersion) {
        return refuse(FileProblem::TooOld, path);
    } else {
        if (!schema::matchesVersion(db, int(version), &detail))
            return refuse(FileProblem::UnexpectedSchema, path, detail);
        if (version < schema::kCurrentVersion) {
            result.wouldMigrate = true;
            if (options.inspectOnly) {
                // Report only; the inspecting reader understands every older version.
            } else if (openWritable) {
                QString backupPath;
                if (!writeBackup(path, int(version), &backupPath))
                    return refuse(FileProblem::MigrationFailed, path, QStringLiteral("backup failed"));
                if (!schema::migrate(db, int(version), schema::kCurrentVersion))
                    return refuse(FileProblem::MigrationFailed, path, db.errorMessage());
                result.notices.append(
                    QCoreApplication::translate("rk::ProjectOpener",
                                                "Het project is bijgewerkt naar de nieuwe indeling. Een kopie van het "
                                                "oude bestand staat in %1.")
                        .arg(QDir::toNativeSeparators(backupPath)));
            } else {
                // Cannot write here: migrate a private copy and show that, read-only.
                QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/routekaart-XXXXXX.routekaart"));
                copy.setAutoRemove(false);
                if (!copy.open())
                    return refuse(FileProblem::MigrationFailed, path, QStringLiteral("no temporary file"));
                temporaryCopy = copy.fileName();
                copy.close();
                QFile::remove(temporaryCopy);
                if (!db.vacuumInto(temporaryCopy) || !db.open(temporaryCopy, Database::Mode::ReadWrite)) {
                    QFile::remove(temporaryCopy);
                    return refuse(FileProblem::MigrationFailed, path, db.errorMessage());
                }
                db.configureDefensive();
                if (!schema::migrate(db, int(version), schema::kCurrentVersion)) {
                    QFile::remove(temporaryCopy);
                    return refuse(FileProblem::MigrationFailed, path, db.errorMessage());
                }
                readOnly = ReadOnlyReason::MigratedCopy;
            }
        }
    }

    if (openWritable && readOnly == ReadOnlyReason::None) {
        // Never WAL: the file on disk must be complete after every commit.
        if (db.queryText(QStringLiteral("PRAGMA journal_mode = DELETE"))
                .compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
            return refuse(FileProblem::NotReadable, path, db.errorMessage());
        db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }

    const int loadedVersion = (result.wouldMigrate && !options.inspectOnly) ? schema::kCurrentVersion : int(version);
    std::unique_ptr<ProjectDocument> document(new ProjectDocument(std::move(db), path, loadedVersion));
    if (!document->load(&detail)) {
        if (!temporaryCopy.isEmpty())
            QFile::remove(temporaryCopy);
        return refuse(FileProblem::InvalidContent, path, detail);
    }
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

    // Build the file under a temporary name beside the target, then move it in place,
    // so that a failure never leaves half a project or destroys the file it replaces.
    QTemporaryFile scratch(path + QStringLiteral(".XXXXXX.part"));
    if (!scratch.open())
        return refuse(FileProblem::CannotCreate, path, scratch.errorString());
    const QString scratchPath = scratch.fileName();
    scratch.close();
    QFile::remove(scratchPath);

    {
        Database db;
        if (!db.open(scratchPath, Database::Mode::Create))
            return refuse(FileProblem::CannotCreate, path, db.errorMessage());
        db.configureDefensive();
        db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        bool ok = schema::create(db);
        Transaction transaction(db);
        Statement project(db, QStringLiteral("INSERT INTO project (id, gemeente, title, start_year, horizon_years, "
                                             "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"));
        project.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, info.gemeente.trimmed())
            .bind(3, info.title.trimmed())
            .bind(4, info.startYear)
            .bind(5, info.horizonYears)
            .bind(6, now);
        ok = ok && transaction.isActive() && project.exec();
        for (const ChapterInfo &chapter : chapterInfos()) {
            Statement insert(db, QStringLiteral("INSERT INTO chapter_state (id, chapter, created_at, updated_at) "
                                                "VALUES (?1, ?2, ?3, ?3)"));
            insert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
                .bind(2, QLatin1String(chapter.key))
                .bind(3, now);
            ok = ok && insert.exec();
        }
        ok = ok && transaction.commit();
        if (!ok) {
            const QString detail = db.errorMessage();
            db.close();
            QFile::remove(scratchPath);
            return refuse(FileProblem::CannotCreate, path, detail);
        }
    }

    if (QFileInfo::exists(path)) {
        if (ProjectLock::currentHolder(path) || !QFile::remove(path)) {
            QFile::remove(scratchPath);
            return refuse(FileProblem::CannotCreate, path, QStringLiteral("cannot replace existing file"));
        }
    }
    if (!QFile::rename(scratchPath, path)) {
        QFile::remove(scratchPath);
        return refuse(FileProblem::CannotCreate, path, QStringLiteral("rename failed"));
    }
    return open(path);
}

} // namespace rk
