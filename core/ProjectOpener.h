#pragma once

#include "FileProblem.h"
#include "ProjectTypes.h"

#include <QStringList>

class QThread;

#include <future>
#include <memory>

namespace rk {

class ProjectDocument;

struct OpenOptions
{
    // Open for viewing only, even when the file could be edited.
    bool readOnly = false;
    // Look only: open read-only, take no lock, migrate nothing, write nothing.
    // The result tells what a normal open would do (used by --verify).
    bool inspectOnly = false;
};

struct OpenResult
{
    std::unique_ptr<ProjectDocument> document; // null when the file is refused
    FileProblem problem = FileProblem::None;
    QString message;     // translated reason when refused
    QString detail;      // technical detail, for logs
    QStringList notices; // translated facts worth telling (backup written, ...)
    // With inspectOnly: why a normal open would be read-only, and whether it would migrate.
    ReadOnlyReason wouldBeReadOnly = ReadOnlyReason::None;
    QString wouldBeReadOnlyMessage;
    bool wouldMigrate = false;
    // The schema version of the file on disk (the document holds the current one after a
    // migration), or 0 when it was refused before the version was read.
    int fileVersion = 0;

    bool ok() const { return document != nullptr; }
};

// Opens and creates project files, in the order that keeps hostile or damaged files
// harmless: plain file checks, the SQLite header, identity, integrity, version, exact
// schema, then content. Migration writes a backup first.
class ProjectOpener
{
public:
    static OpenResult open(const QString &path, const OpenOptions &options = {});
    // open() on a worker thread, for a start-up that builds its window meanwhile. The
    // document is handed to `owner` (the calling thread when null) before the result is ready.
    static std::future<OpenResult> openInBackground(const QString &path, QThread *owner = nullptr);
    // Creates a new project file with all chapters present and empty, then opens it.
    // An existing file at `path` is replaced only when `replace` is true, and only
    // after the new file is complete.
    static OpenResult create(const QString &path, const ProjectInfo &info, bool replace = false);

    // Whether the file says it is a copy made for sharing: a first look, much lighter than
    // open() (which a copy gets next, with every check), so that opening an ordinary
    // project reads it once. False for anything that is no readable project file.
    static bool isShareCopy(const QString &path);
    // Whether edits can be stored at `path`: the file (if present) and its folder must
    // be writable, and not marked read-only by their owner-write permission bit.
    static bool isWritableLocation(const QString &path);
    // "NAME.vN.routekaart" beside the file, or in the user's data folder.
    static QString backupPathFor(const QString &path, int version);
};

} // namespace rk
