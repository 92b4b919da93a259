#pragma once

#include "Chapter.h"

#include <QElapsedTimer>
#include <QUndoCommand>

namespace rk {

class ProjectDocument;

// Changes the answer to one guidance question. Typing into the same answer within a
// few seconds merges into one undo step.
class AnswerCommand : public QUndoCommand
{
public:
    AnswerCommand(ProjectDocument *document, ChapterId chapter, QString questionKey, QString oldAnswer,
                  QString newAnswer);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    ChapterId m_chapter;
    QString m_key;
    QString m_old;
    QString m_new;
    QElapsedTimer m_lastEdit;
};

} // namespace rk
