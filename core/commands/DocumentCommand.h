#pragma once

#include "ProjectDocument.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace rk {

// The base of every undo command: the document it writes to, and the one rule for writes.
// Commands write in redo() and undo(); a write that fails leaves the file unchanged and
// makes the command obsolete, so that the stack drops it and never claims an edit the
// file does not hold (docs/decisions.md, 9).
class DocumentCommand : public QUndoCommand
{
protected:
    explicit DocumentCommand(ProjectDocument *document)
        : m_document(document)
    {
    }

    ProjectDocument &document() const { return *m_document; }

    // Takes the outcome of one write and returns it.
    bool checkWrite(bool written)
    {
        if (!written)
            setObsolete(true);
        return written;
    }

private:
    ProjectDocument *m_document;
};

// Pushes `command` and reports whether its first redo() reached the file. When it did not
// (read-only, disk full), the document has emitted writeFailed() and the stack has
// dropped the command.
//
// While a step is being done or undone, no new step is taken: a view that reacts to the
// change (a form whose editor loses focus as the window shows where the change was) would
// otherwise store what it still shows, the value just undone, as a new step.
inline bool pushAndCheck(ProjectDocument &document, QUndoCommand *command)
{
    if (document.isReplaying()) {
        delete command;
        return true;
    }
    const ProjectDocument::Replay replay(document);
    bool failed = false;
    const auto connection = QObject::connect(&document, &ProjectDocument::writeFailed, [&failed] { failed = true; });
    document.undoStack()->push(command);
    QObject::disconnect(connection);
    return !failed;
}

} // namespace rk
