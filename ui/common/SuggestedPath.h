#pragma once

#include <QString>

namespace rk {

class ProjectDocument;

// Where a file chooser starts for a file made from a project (a report, a copy, a CSV):
// beside the project when that folder may be written, else the user's Documents folder.
// `name` is made from user text and cleaned (see text::fileNamePart()); `suffix` is added.
QString suggestedPath(const ProjectDocument *document, const QString &name, const QString &suffix);

} // namespace rk
