#pragma once

#include <QString>

namespace rk {

// Why a file cannot be opened at all. Each has a translated, plain-language message.
enum class FileProblem
{
    None,
    NotFound,
    IsFolder,
    NotReadable,
    Empty,
    NotSqlite,
    Truncated,
    OtherApplication,
    Corrupt,
    UnexpectedSchema,
    IncompatibleNewer,
    TooOld,
    InvalidContent,
    MigrationFailed,
    CannotCreate,
    AlreadyExists,
    Busy,            // another program is writing to it right now
    NotAFile,        // a FIFO, a device or a socket in a file's place
    UnfinishedWrite, // a hot journal that a read-only open cannot play back
    TooDemanding,    // reading it would take more time or memory than any project needs
};

// Why a file that can be shown cannot be edited.
enum class ReadOnlyReason
{
    None,
    Requested,
    NotWritable,
    NewerVersion,
    Locked,
    MigratedCopy,
    NoSpace, // the disk is full: not even the lock file fits
};

QString describeProblem(FileProblem problem, const QString &path);
QString describeReadOnly(ReadOnlyReason reason, const QString &detail);
// The message shown when an edit could not be stored; `diskFull` picks the wording.
QString describeWriteFailure(bool diskFull, bool readOnly);

} // namespace rk
