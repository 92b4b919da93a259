#pragma once

#include "ProjectTypes.h"

#include <QUndoCommand>

namespace rk {

class ProjectDocument;

// Changes the project's gemeente, title, start year and horizon together.
class ProjectInfoCommand : public QUndoCommand
{
public:
    ProjectInfoCommand(ProjectDocument *document, ProjectInfo oldInfo, ProjectInfo newInfo);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    ProjectInfo m_oldInfo;
    ProjectInfo m_newInfo;
};

} // namespace rk
