#include "cli/CommandLineTasks.h"

#include "ProjectDocument.h"
#include "commands/DocumentCommand.h"
#include "commands/RecordCommands.h"
#include "merge/ProjectMerge.h"
#include "text/PrintableText.h"

#include <QCoreApplication>
#include <QTextStream>

namespace rk {

namespace {
// The copy opened against the project, compared; false after writing why to `err`.
bool compareCopy(const QString &copyPath, const ProjectDocument &project, merge::OpenedCopy *opened,
                 merge::Comparison *comparison, QTextStream &err)
{
    QString error;
    if (!merge::openCopy(copyPath, project, opened, &error)) {
        err << error << Qt::endl;
        return false;
    }
    *comparison = merge::compare(opened->ancestor.get(), *opened->theirs, project);
    if (!comparison->threeWay)
        err << QCoreApplication::translate("rk::MergeTasks", "Vergeleken met het project zoals het nu is: %1")
                   .arg(opened->twoWayReason)
            << Qt::endl;
    return true;
}
} // namespace

int diffTask(const QString &copyPath, const QString &projectPath, QTextStream &out, QTextStream &err)
{
    OpenOptions options;
    options.readOnly = true;
    const std::unique_ptr<ProjectDocument> project = openForTask(projectPath, options, err);
    if (!project)
        return 2;
    merge::OpenedCopy opened;
    merge::Comparison comparison;
    if (!compareCopy(copyPath, *project, &opened, &comparison, err))
        return 2;
    const ProjectDocument &theirs = *opened.theirs;
    // Tabs, line breaks and escape sequences in user text would break the columns.
    const auto cell = [](const QString &text) { return text::printable(text); };
    for (const merge::Change &change : std::as_const(comparison.changes)) {
        const QStringList columns = {
            merge::kindKey(change.kind),
            merge::areaKey(change),
            cell(merge::recordTitleOf(change, theirs, *project)),
            cell(merge::fieldOf(change)),
            cell(merge::valueText(change, change.before, theirs, *project)),
            cell(merge::valueText(change, change.theirs, theirs, *project)),
            cell(merge::valueText(change, change.mine, theirs, *project)),
            merge::conflictKey(change.conflict),
        };
        out << columns.join(QLatin1Char('\t')) << Qt::endl;
    }
    return 0;
}

int mergeTask(const QString &copyPath, const QString &projectPath, bool allTheirs, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<ProjectDocument> project = openForEdit(projectPath, err);
    if (!project)
        return 2;
    merge::OpenedCopy opened;
    merge::Comparison comparison;
    if (!compareCopy(copyPath, *project, &opened, &comparison, err))
        return 2;
    merge::acceptAll(&comparison, allTheirs);
    merge::MergePlan plan = merge::plan(comparison, *project);
    const int conflictsLeft = allTheirs ? 0 : comparison.conflictCount();
    if (plan.changes.isEmpty()) {
        out << QCoreApplication::translate("rk::MergeTasks", "Niets nieuws om over te nemen.") << Qt::endl;
    } else {
        const QString text = merge::mergeStepText(comparison.origin);
        if (!pushAndCheck(*project, new ApplyChangesCommand(project.get(), std::move(plan.changes), text))) {
            err << project->lastError() << Qt::endl;
            return 2;
        }
        out << (plan.count == 1
                    ? QCoreApplication::translate("rk::MergeTasks", "1 wijziging overgenomen.")
                    : QCoreApplication::translate("rk::MergeTasks", "%1 wijzigingen overgenomen.").arg(plan.count))
            << Qt::endl;
    }
    for (const QString &note : std::as_const(plan.notes))
        out << note << Qt::endl;
    if (conflictsLeft > 0)
        out << (conflictsLeft == 1 ? QCoreApplication::translate("rk::MergeTasks", "1 conflict niet overgenomen")
                                   : QCoreApplication::translate("rk::MergeTasks", "%1 conflicten niet overgenomen")
                                         .arg(conflictsLeft))
            << QCoreApplication::translate("rk::MergeTasks", ": bekijk ze in het programma, of neem alles van de kopie "
                                                             "over met --accept all-theirs.")
            << Qt::endl;
    return 0;
}

} // namespace rk
