#include "AnswerCommand.h"

#include "CommandIds.h"
#include "ProjectDocument.h"

#include <QCoreApplication>

namespace rk {

AnswerCommand::AnswerCommand(ProjectDocument *document, ChapterId chapter, QString questionKey, QString oldAnswer,
                             QString newAnswer)
    : m_document(document)
    , m_chapter(chapter)
    , m_key(std::move(questionKey))
    , m_old(std::move(oldAnswer))
    , m_new(std::move(newAnswer))
{
    setText(QCoreApplication::translate("rk::AnswerCommand", "Antwoord bij %1 wijzigen").arg(chapterTitle(chapter)));
    m_lastEdit.start();
}

void AnswerCommand::redo()
{
    if (!m_document->writeAnswer(m_chapter, m_key, m_new))
        setObsolete(true);
}

void AnswerCommand::undo()
{
    if (!m_document->writeAnswer(m_chapter, m_key, m_old))
        setObsolete(true);
}

int AnswerCommand::id() const
{
    return AnswerCommandId;
}

bool AnswerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const AnswerCommand *>(other);
    if (next->m_chapter != m_chapter || next->m_key != m_key || m_lastEdit.elapsed() > kTypingMergeWindowMs)
        return false;
    m_new = next->m_new;
    m_lastEdit.start();
    if (m_new == m_old)
        setObsolete(true);
    return true;
}

} // namespace rk
