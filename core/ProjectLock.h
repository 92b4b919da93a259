#pragma once

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace rk {

// Who holds a project open, as far as the lock file tells.
struct LockHolder
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;

    QString describe() const; // translated, e.g. "anna op laptop-12 (sinds 23-11-2026 14:02)"
};

// One editor at a time: a QLockFile beside the project (".NAME.routekaart.lock").
// A lock whose process is gone on this machine is taken over; a live one is reported.
class ProjectLock
{
public:
    enum class Result
    {
        Acquired,
        HeldByOther,
        NotPossible
    };

    ProjectLock();
    ~ProjectLock();

    static QString lockPathFor(const QString &projectPath);
    // Looks without keeping the lock: who holds the project now, if anyone.
    static std::optional<LockHolder> currentHolder(const QString &projectPath);

    Result acquire(const QString &projectPath);
    void release();
    const LockHolder &holder() const { return m_holder; }

private:
    static LockHolder readHolder(QLockFile &lock, const QString &lockPath);

    std::unique_ptr<QLockFile> m_lock;
    LockHolder m_holder;
};

} // namespace rk
