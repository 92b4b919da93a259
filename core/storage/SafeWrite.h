#pragma once

#include "ProjectLock.h"

#include <QString>

#include <functional>

namespace rk {

// The one way a project file is written in full (new project, save as, share copy): the
// writer fills a private part (0600, made empty before anything writes into it) beside the
// target; only a complete part is moved into place, in one step; on any failure it is
// removed. A target that a window or another program holds open is never replaced, and
// the target's lock is held while the part takes its place.
enum class SafeWriteResult
{
    Written,
    WriteFailed,  // the part could not be made or filled (no room, no rights, no folder)
    TargetExists, // the target is there and replacing was not asked for
    TargetInUse,  // the target is open in a window or another program (see holder)
};

SafeWriteResult writeThenPlace(const QString &target, bool replace,
                               const std::function<bool(const QString &partPath)> &write, LockHolder *holder = nullptr);

} // namespace rk
