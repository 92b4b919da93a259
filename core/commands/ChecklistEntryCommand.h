#pragma once

#include "ProjectTypes.h"

#include <QElapsedTimer>
#include <QUndoCommand>

namespace rk {

class ProjectDocument;

// Changes the answer and comment of one checklist item. Typing into the comment of the
// same item within a few seconds merges into one undo step.
class ChecklistEntryCommand : public QUndoCommand
{
public:
    ChecklistEntryCommand(ProjectDocument *document, ChapterId chapter, QString itemKey, ChecklistEntry oldEntry,
                          ChecklistEntry newEntry);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    ChapterId m_chapter;
    QString m_key;
    ChecklistEntry m_old;
    ChecklistEntry m_new;
    QElapsedTimer m_lastEdit;
};

} // namespace rk
