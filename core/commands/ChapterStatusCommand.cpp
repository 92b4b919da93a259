#include "ChapterStatusCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace rk {

ChapterStatusCommand::ChapterStatusCommand(ProjectDocument *document, ChapterId chapter, ChapterStatus oldStatus,
                                           ChapterStatus newStatus)
    : m_document(document)
    , m_chapter(chapter)
    , m_oldStatus(oldStatus)
    , m_newStatus(newStatus)
{
    setText(QCoreApplication::translate("rk::ChapterStatusCommand", "Status van %1 op \"%2\" zetten")
                .arg(chapterTitle(chapter), chapterStatusName(newStatus)));
}

void ChapterStatusCommand::redo()
{
    if (!m_document->writeChapterStatus(m_chapter, m_newStatus))
        setObsolete(true);
}

void ChapterStatusCommand::undo()
{
    if (!m_document->writeChapterStatus(m_chapter, m_oldStatus))
        setObsolete(true);
}

} // namespace rk
