#include "ProjectInfoCommand.h"

#include <QCoreApplication>

namespace rk {

std::optional<ProjectInfo> ProjectInfoField::read(const ProjectDocument &document, Key)
{
    return document.project();
}

bool ProjectInfoField::write(ProjectDocument &document, Key, const Value &info)
{
    return document.writeProjectInfo(info);
}

QString ProjectInfoField::text(Key, const Value &)
{
    return QCoreApplication::translate("rk::ProjectInfoCommand", "Projectgegevens wijzigen");
}

} // namespace rk
