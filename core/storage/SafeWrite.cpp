#include "storage/SafeWrite.h"

#include "storage/PrivateFiles.h"

#include <QFileInfo>

namespace rk {

namespace {
const QString kPartPrefix = QStringLiteral(".routekaart-part-");
const QString kPartSuffix = QStringLiteral(".part");
} // namespace

SafeWriteResult writeThenPlace(const QString &target, bool replace,
                               const std::function<bool(const QString &partPath)> &write, LockHolder *holder)
{
    if (!replace && QFileInfo::exists(target))
        return SafeWriteResult::TargetExists;
    const QString folder = QFileInfo(target).absolutePath();
    // Parts that a stopped program left here hold project data: they go first.
    privatefiles::removeLeftovers(folder, kPartPrefix, kPartSuffix);
    const QString part = privatefiles::createEmptyFile(folder, kPartPrefix, kPartSuffix);
    if (part.isEmpty())
        return SafeWriteResult::WriteFailed;
    if (!write(part)) {
        privatefiles::removeWithJournal(part);
        return SafeWriteResult::WriteFailed;
    }
    ProjectLock lock;
    switch (lock.acquire(target)) {
    case ProjectLock::Result::Acquired:
        break;
    case ProjectLock::Result::HeldByOther:
        if (holder)
            *holder = lock.holder();
        privatefiles::removeWithJournal(part);
        return SafeWriteResult::TargetInUse;
    case ProjectLock::Result::NotPossible:
        privatefiles::removeWithJournal(part);
        return SafeWriteResult::WriteFailed;
    }
    // Looked at again under the lock: another program may have made it meanwhile.
    if (!replace && QFileInfo::exists(target)) {
        privatefiles::removeWithJournal(part);
        return SafeWriteResult::TargetExists;
    }
    if (!privatefiles::moveIntoPlace(part, target)) {
        privatefiles::removeWithJournal(part);
        return SafeWriteResult::WriteFailed;
    }
    return SafeWriteResult::Written;
}

} // namespace rk
