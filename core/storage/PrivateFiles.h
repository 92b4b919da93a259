#pragma once

#include <QString>

namespace rk::privatefiles {

// Places for files that hold project data on their way somewhere: copies being written,
// migrated copies, parts before they are renamed into place. Such a file is created empty
// and readable by this user only (0600), in a folder that is this user's own, and its name
// carries the process id, so that what a stopped process left behind can be found and
// removed by the next one without touching another running program's files.

// Creates `folder` when missing and makes it this user's only (0700). False, with a reason
// for logs, when it is a symbolic link, belongs to another user or cannot be made private.
// With `mayTighten` false a folder that others may enter is refused instead of changed
// (for a folder the environment names, such as XDG_RUNTIME_DIR, which may be shared).
bool ensurePrivateFolder(const QString &folder, QString *detail = nullptr, bool mayTighten = true);

// The user's own folder for temporary copies of projects (in the cache folder), made
// private; empty when that is not possible.
QString scratchFolder();

// Creates an empty 0600 file "PREFIX<pid>-XXXXXX.SUFFIX" in `folder` and returns its path,
// or an empty string (with `detail`) when it cannot. The file is not removed automatically.
QString createEmptyFile(const QString &folder, const QString &prefix, const QString &suffix, QString *detail = nullptr);

// Removes the files that createEmptyFile made in `folder` with this prefix and suffix for
// processes that no longer run, with any journal beside them. Returns how many it removed.
int removeLeftovers(const QString &folder, const QString &prefix, const QString &suffix);

// Puts the finished file `from` at `to` in one step, replacing a file there (POSIX rename;
// elsewhere remove, then rename). Both must be in the same folder.
bool moveIntoPlace(const QString &from, const QString &to);

// Removes `path` and the rollback journal SQLite may have left beside it.
void removeWithJournal(const QString &path);

} // namespace rk::privatefiles
