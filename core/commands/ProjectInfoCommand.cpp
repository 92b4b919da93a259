#include "ProjectInfoCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace rk {

ProjectInfoCommand::ProjectInfoCommand(ProjectDocument *document, ProjectInfo oldInfo, ProjectInfo newInfo)
    : m_document(document)
    , m_oldInfo(std::move(oldInfo))
    , m_newInfo(std::move(newInfo))
{
    setText(QCoreApplication::translate("rk::ProjectInfoCommand", "Projectgegevens wijzigen"));
}

void ProjectInfoCommand::redo()
{
    if (!m_document->writeProjectInfo(m_newInfo))
        setObsolete(true);
}

void ProjectInfoCommand::undo()
{
    if (!m_document->writeProjectInfo(m_oldInfo))
        setObsolete(true);
}

} // namespace rk
