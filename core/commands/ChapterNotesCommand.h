#pragma once

#include "Chapter.h"

#include <QElapsedTimer>
#include <QUndoCommand>

namespace rk {

class ProjectDocument;

// Changes the Markdown notes of one chapter. Successive commits of typing into the
// same chapter within a few seconds merge into one undo step.
class ChapterNotesCommand : public QUndoCommand
{
public:
    ChapterNotesCommand(ProjectDocument *document, ChapterId chapter, QString oldNotes, QString newNotes);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    ChapterId m_chapter;
    QString m_oldNotes;
    QString m_newNotes;
    QElapsedTimer m_lastEdit;
};

} // namespace rk
