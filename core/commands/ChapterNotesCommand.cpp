#include "ChapterNotesCommand.h"

#include "CommandIds.h"
#include "ProjectDocument.h"

#include <QCoreApplication>

namespace rk {

ChapterNotesCommand::ChapterNotesCommand(ProjectDocument *document, ChapterId chapter, QString oldNotes,
                                         QString newNotes)
    : m_document(document)
    , m_chapter(chapter)
    , m_oldNotes(std::move(oldNotes))
    , m_newNotes(std::move(newNotes))
{
    setText(
        QCoreApplication::translate("rk::ChapterNotesCommand", "Notities bij %1 wijzigen").arg(chapterTitle(chapter)));
    m_lastEdit.start();
}

void ChapterNotesCommand::redo()
{
    // A write that fails leaves the file unchanged; an obsolete command is dropped
    // by the stack, so the stack never claims an edit the file does not hold.
    if (!m_document->writeChapterNotes(m_chapter, m_newNotes))
        setObsolete(true);
}

void ChapterNotesCommand::undo()
{
    if (!m_document->writeChapterNotes(m_chapter, m_oldNotes))
        setObsolete(true);
}

int ChapterNotesCommand::id() const
{
    return ChapterNotesCommandId;
}

bool ChapterNotesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChapterNotesCommand *>(other);
    if (next->m_chapter != m_chapter || m_lastEdit.elapsed() > kTypingMergeWindowMs)
        return false;
    m_newNotes = next->m_newNotes;
    m_lastEdit.start();
    if (m_newNotes == m_oldNotes)
        setObsolete(true);
    return true;
}

} // namespace rk
