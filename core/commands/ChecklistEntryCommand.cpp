#include "ChecklistEntryCommand.h"

#include "CommandIds.h"
#include "ProjectDocument.h"

#include <QCoreApplication>

namespace rk {

ChecklistEntryCommand::ChecklistEntryCommand(ProjectDocument *document, ChapterId chapter, QString itemKey,
                                             ChecklistEntry oldEntry, ChecklistEntry newEntry)
    : m_document(document)
    , m_chapter(chapter)
    , m_key(std::move(itemKey))
    , m_old(std::move(oldEntry))
    , m_new(std::move(newEntry))
{
    setText(QCoreApplication::translate("rk::ChecklistEntryCommand", "Checklist bij %1 invullen")
                .arg(chapterTitle(chapter)));
    m_lastEdit.start();
}

void ChecklistEntryCommand::redo()
{
    if (!m_document->writeChecklistEntry(m_chapter, m_key, m_new))
        setObsolete(true);
}

void ChecklistEntryCommand::undo()
{
    if (!m_document->writeChecklistEntry(m_chapter, m_key, m_old))
        setObsolete(true);
}

int ChecklistEntryCommand::id() const
{
    return ChecklistEntryCommandId;
}

bool ChecklistEntryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChecklistEntryCommand *>(other);
    // Only comment typing merges; each change of the answer itself is its own step.
    if (next->m_chapter != m_chapter || next->m_key != m_key || next->m_new.answer != m_new.answer ||
        m_lastEdit.elapsed() > kTypingMergeWindowMs)
        return false;
    m_new = next->m_new;
    m_lastEdit.start();
    if (m_new == m_old)
        setObsolete(true);
    return true;
}

} // namespace rk
