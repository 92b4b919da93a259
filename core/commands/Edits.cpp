#include "Edits.h"

#include "ChapterNotesCommand.h"
#include "ChapterStatusCommand.h"
#include "ProjectDocument.h"
#include "ProjectInfoCommand.h"

#include <QUndoStack>

namespace rk::edit {

namespace {
// Pushes and reports whether the first redo() reached the file.
bool pushAndCheck(ProjectDocument &document, QUndoCommand *command)
{
    // A failed write (read-only, disk full) makes the command obsolete and the stack drops it.
    bool failed = false;
    auto connection = QObject::connect(&document, &ProjectDocument::writeFailed, [&failed] { failed = true; });
    document.undoStack()->push(command);
    QObject::disconnect(connection);
    return !failed;
}
} // namespace

bool setChapterNotes(ProjectDocument &document, ChapterId chapter, const QString &notes)
{
    const QString old = document.chapter(chapter).notes;
    if (old == notes)
        return true;
    return pushAndCheck(document, new ChapterNotesCommand(&document, chapter, old, notes));
}

bool setChapterStatus(ProjectDocument &document, ChapterId chapter, ChapterStatus status)
{
    const ChapterStatus old = document.chapter(chapter).status;
    if (old == status)
        return true;
    return pushAndCheck(document, new ChapterStatusCommand(&document, chapter, old, status));
}

bool setProjectInfo(ProjectDocument &document, const ProjectInfo &info)
{
    const ProjectInfo old = document.project();
    if (old.sameContent(info))
        return true;
    return pushAndCheck(document, new ProjectInfoCommand(&document, old, info));
}

} // namespace rk::edit
