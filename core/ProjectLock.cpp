#include "ProjectLock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace rk {

QString LockHolder::describe() const
{
    const QString who = user.isEmpty() ? QCoreApplication::translate("rk::ProjectLock", "een andere gebruiker") : user;
    const QString where = host.isEmpty() ? QStringLiteral("?") : host;
    if (!since.isValid())
        return QCoreApplication::translate("rk::ProjectLock", "%1 op %2").arg(who, where);
    const QString when = QLocale().toString(since.toLocalTime(), QStringLiteral("dd-MM-yyyy HH:mm"));
    return QCoreApplication::translate("rk::ProjectLock", "%1 op %2 (sinds %3)").arg(who, where, when);
}

ProjectLock::ProjectLock() = default;

ProjectLock::~ProjectLock()
{
    release();
}

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

LockHolder ProjectLock::readHolder(QLockFile &lock, const QString &lockPath)
{
    LockHolder holder;
    QString appName;
    lock.getLockInfo(&holder.pid, &holder.host, &appName);
    const QFileInfo info(lockPath);
    // QLockFile does not record a user name; the owner of the lock file is that user.
    holder.user = info.owner();
    holder.since = info.lastModified();
    return holder;
}

std::optional<LockHolder> ProjectLock::currentHolder(const QString &projectPath)
{
    const QString lockPath = lockPathFor(projectPath);
    if (!QFileInfo::exists(lockPath))
        return std::nullopt;
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return std::nullopt;
    }
    if (lock.error() != QLockFile::LockFailedError)
        return std::nullopt;
    return readHolder(lock, lockPath);
}

ProjectLock::Result ProjectLock::acquire(const QString &projectPath)
{
    release();
    const QString lockPath = lockPathFor(projectPath);
    m_lock = std::make_unique<QLockFile>(lockPath);
    // Only a lock of a process that no longer runs is stale, however old it is:
    // a colleague may keep a project open for days.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return Result::Acquired;
    const bool held = m_lock->error() == QLockFile::LockFailedError;
    if (held)
        m_holder = readHolder(*m_lock, lockPath);
    m_lock.reset();
    return held ? Result::HeldByOther : Result::NotPossible;
}

void ProjectLock::release()
{
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

} // namespace rk
