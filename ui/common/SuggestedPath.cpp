#include "SuggestedPath.h"

#include "core/ProjectDocument.h"
#include "core/ProjectOpener.h"
#include "core/text/PrintableText.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rk {

QString suggestedPath(const ProjectDocument *document, const QString &name, const QString &suffix)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (document) {
        const QString beside = QFileInfo(document->filePath()).absolutePath();
        if (ProjectOpener::isWritableLocation(QDir(beside).filePath(QStringLiteral("x"))))
            folder = beside;
    }
    return QDir(folder).filePath(text::fileNamePart(name) + suffix);
}

} // namespace rk
