#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace rk::privatefiles {

namespace {

void setDetail(QString *detail, const QString &text)
{
    if (detail)
        *detail = text;
}

bool processIsRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    // EPERM means it runs as someone else: still running, so leave its files alone.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid)
    return true; // without a way to tell, never remove another program's file
#endif
}

} // namespace

bool ensurePrivateFolder(const QString &folder, QString *detail, bool mayTighten)
{
    if (folder.isEmpty()) {
        setDetail(detail, QStringLiteral("no folder"));
        return false;
    }
    if (!QFileInfo(folder).isSymLink() && !QFileInfo::exists(folder) && !QDir().mkpath(folder)) {
        setDetail(detail, QStringLiteral("cannot create %1").arg(folder));
        return false;
    }
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(folder);
    struct stat info
    {
    };
    if (::lstat(name.constData(), &info) != 0 || !S_ISDIR(info.st_mode)) {
        setDetail(detail, QStringLiteral("%1 is not a folder").arg(folder));
        return false;
    }
    if (info.st_uid != ::getuid()) {
        setDetail(detail, QStringLiteral("%1 belongs to another user").arg(folder));
        return false;
    }
    if ((info.st_mode & 077) != 0 && (!mayTighten || ::chmod(name.constData(), 0700) != 0)) {
        setDetail(detail, QStringLiteral("%1 cannot be made private").arg(folder));
        return false;
    }
#endif
    return true;
}

QString scratchFolder()
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/project-copies");
    return ensurePrivateFolder(folder) ? folder : QString();
}

QString createEmptyFile(const QString &folder, const QString &prefix, const QString &suffix, QString *detail)
{
    // QTemporaryFile creates its file with O_EXCL and mode 0600, so nobody else can have it.
    QTemporaryFile file(QDir(folder).filePath(
        QStringLiteral("%1%2-XXXXXX%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(suffix)));
    file.setAutoRemove(false);
    if (!file.open()) {
        setDetail(detail, file.errorString());
        return {};
    }
    const QString path = file.fileName();
    file.close();
    return path;
}

int removeLeftovers(const QString &folder, const QString &prefix, const QString &suffix)
{
    const QRegularExpression pattern(QStringLiteral("^%1(\\d+)-[A-Za-z0-9]{6}%2$")
                                         .arg(QRegularExpression::escape(prefix), QRegularExpression::escape(suffix)));
    const QDir dir(folder);
    int removed = 0;
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QFileInfo info(dir.filePath(name));
#ifdef Q_OS_UNIX
        if (info.ownerId() != ::getuid())
            continue;
#endif
        if (processIsRunning(match.captured(1).toLongLong()))
            continue;
        removeWithJournal(info.filePath());
        ++removed;
    }
    return removed;
}

bool moveIntoPlace(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    return (!QFileInfo::exists(to) || QFile::remove(to)) && QFile::rename(from, to);
#endif
}

void removeWithJournal(const QString &path)
{
    if (path.isEmpty())
        return;
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace rk::privatefiles
