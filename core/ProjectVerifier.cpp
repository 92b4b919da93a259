#include "ProjectVerifier.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "storage/Schema.h"
#include "text/PrintableText.h"

#include <QCoreApplication>

namespace rk {

VerifyOutcome verifyProjectFile(const QString &path)
{
    OpenOptions options;
    options.inspectOnly = true;
    const OpenResult result = ProjectOpener::open(path, options);
    VerifyOutcome outcome;
    if (!result.ok()) {
        outcome.line = QCoreApplication::translate("rk::ProjectVerifier", "GEWEIGERD: %1").arg(result.message);
        return outcome;
    }
    const ProjectDocument &document = *result.document;
    // The names go to a terminal: whatever the file holds, no escape sequence gets through.
    const QString gemeente = text::printable(document.project().gemeente);
    const QString title = text::printable(document.project().title);
    if (result.wouldBeReadOnly != ReadOnlyReason::None) {
        outcome.line = QCoreApplication::translate("rk::ProjectVerifier", "ALLEEN-LEZEN: %1 - %2, schema %3. %4")
                           .arg(gemeente, title)
                           .arg(result.fileVersion)
                           .arg(result.wouldBeReadOnlyMessage);
        return outcome;
    }
    outcome.exitCode = 0;
    outcome.line = QStringLiteral("OK: %1 - %2, schema %3").arg(gemeente, title).arg(result.fileVersion);
    if (result.wouldMigrate)
        outcome.line +=
            QCoreApplication::translate("rk::ProjectVerifier", " (wordt bij openen bijgewerkt naar schema %1)")
                .arg(schema::kCurrentVersion);
    return outcome;
}

} // namespace rk
