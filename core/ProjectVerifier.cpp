#include "ProjectVerifier.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "storage/Schema.h"

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
    if (result.wouldBeReadOnly != ReadOnlyReason::None) {
        outcome.line = QCoreApplication::translate("rk::ProjectVerifier", "ALLEEN-LEZEN: %1 - %2, schema %3. %4")
                           .arg(document.project().gemeente, document.project().title)
                           .arg(document.schemaVersion())
                           .arg(result.wouldBeReadOnlyMessage);
        return outcome;
    }
    outcome.exitCode = 0;
    outcome.line = QStringLiteral("OK: %1 - %2, schema %3")
                       .arg(document.project().gemeente, document.project().title)
                       .arg(document.schemaVersion());
    if (result.wouldMigrate)
        outcome.line +=
            QCoreApplication::translate("rk::ProjectVerifier", " (wordt bij openen bijgewerkt naar schema %1)")
                .arg(schema::kCurrentVersion);
    return outcome;
}

} // namespace rk
