#pragma once

#include "Chapter.h"

#include <QUndoCommand>

namespace rk {

class ProjectDocument;

// Sets the status (niet gestart / bezig / afgerond) of one chapter.
class ChapterStatusCommand : public QUndoCommand
{
public:
    ChapterStatusCommand(ProjectDocument *document, ChapterId chapter, ChapterStatus oldStatus,
                         ChapterStatus newStatus);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    ChapterId m_chapter;
    ChapterStatus m_oldStatus;
    ChapterStatus m_newStatus;
};

} // namespace rk
