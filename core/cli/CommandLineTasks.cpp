#include "CommandLineTasks.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "ProjectVerifier.h"
#include "commands/Edits.h"
#include "import/MeasurementFileImport.h"
#include "import/MeasurementImport.h"
#include "import/StatLine.h"
#include "network/Network.h"
#include "progress/Progress.h"
#include "share/ShareCopy.h"
#include "text/PrintableText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace rk {

namespace {
constexpr int kShownErrors = 10;

QString plainNumber(const std::optional<double> &value)
{
    return value ? QLocale::c().toString(*value, 'g', 12) : QString();
}

// Tabs and line breaks in user text would break the columns, escape sequences the terminal.
QString cell(const QString &text)
{
    return text::printable(text);
}
} // namespace

std::unique_ptr<ProjectDocument> openForTask(const QString &path, const OpenOptions &options, QTextStream &err)
{
    OpenResult opened = ProjectOpener::open(path, options);
    if (!opened.ok()) {
        err << opened.message << Qt::endl;
        return nullptr;
    }
    return std::move(opened.document);
}

std::unique_ptr<ProjectDocument> openForEdit(const QString &path, QTextStream &err)
{
    std::unique_ptr<ProjectDocument> document = openForTask(path, {}, err);
    if (document && document->isReadOnly()) {
        err << document->readOnlyMessage() << Qt::endl;
        return nullptr;
    }
    return document;
}

int importMeasurementsTask(const ImportMeasurementsOptions &options, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<ProjectDocument> opened = openForEdit(options.projectPath, err);
    if (!opened)
        return 2;
    ProjectDocument &document = *opened;
    QList<const Record *> matches;
    for (const Record &indicator : document.records(TableId::Indicator)) {
        if (field(indicator, IndicatorField::Name)
                .toString()
                .compare(options.indicatorName.trimmed(), Qt::CaseInsensitive) == 0)
            matches.append(&indicator);
    }
    if (matches.size() != 1) {
        err << (matches.isEmpty()
                    ? QCoreApplication::translate("rk::CommandLineTasks", "Er is geen indicator met de naam \"%1\".")
                    : QCoreApplication::translate("rk::CommandLineTasks",
                                                  "Er zijn meer indicatoren met de naam \"%1\"; maak de namen uniek."))
                   .arg(options.indicatorName)
            << Qt::endl;
        return 2;
    }
    const Record &indicator = *matches.constFirst();

    MeasurementFileOptions file;
    file.dateColumn = options.dateColumn;
    file.valueColumn = options.valueColumn;
    file.errorsKept = kShownErrors;
    const MeasurementFileResult result = importMeasurementFile(document, indicator, options.csvPath, file);
    if (!result.problem.isEmpty()) {
        err << result.problem << Qt::endl;
        return 2;
    }
    if (!result.imported) {
        err << QCoreApplication::translate("rk::CommandLineTasks", "Niets ingelezen. Aantal regels met een fout: %1.")
                   .arg(result.errorCount)
            << Qt::endl;
        for (const ImportLine &line : result.errors) {
            err << QCoreApplication::translate("rk::CommandLineTasks", "regel %1: %2")
                       .arg(line.lineNumber)
                       .arg(line.error)
                << Qt::endl;
        }
        const int more = result.errorCount - int(result.errors.size());
        if (more > 0) {
            err << (more == 1 ? QCoreApplication::translate("rk::CommandLineTasks", "en nog 1 regel met een fout")
                              : QCoreApplication::translate("rk::CommandLineTasks", "en nog %1 regels met een fout")
                                    .arg(more))
                << Qt::endl;
        }
        return 2;
    }
    out << QCoreApplication::translate("rk::CommandLineTasks", "Ingelezen metingen voor \"%1\": %2.")
               .arg(field(indicator, IndicatorField::Name).toString())
               .arg(result.count)
        << Qt::endl;
    return 0;
}

int importStatLineTask(const ImportStatLineOptions &options, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<ProjectDocument> opened = openForEdit(options.projectPath, err);
    if (!opened)
        return 2;
    ProjectDocument &document = *opened;
    StatLineCodes codes;
    // As the window does: the code lists beside the export first, then those named.
    QStringList codeLists = statLineCodeListsBeside(options.csvPath);
    for (const QString &path : options.codeLists) {
        if (!codeLists.contains(path))
            codeLists.append(path);
    }
    for (const QString &path : std::as_const(codeLists)) {
        QString message;
        if (!readStatLineCodes(path, &codes, &message)) {
            err << QDir::toNativeSeparators(path) << ": " << message << Qt::endl;
            return 2;
        }
    }
    const StatLineCatalogue catalogue = readStatLineCatalogue(options.csvPath, codes);
    if (!catalogue.problem.isEmpty()) {
        err << catalogue.problem << Qt::endl;
        return 2;
    }
    StatLineSelection selection;
    selection.region = options.region.trimmed();
    if (selection.region.isEmpty()) {
        QStringList municipalities;
        for (const StatLineRegion &region : catalogue.regions) {
            if (region.kind == AreaKind::Municipality)
                municipalities.append(region.code);
        }
        if (municipalities.size() != 1) {
            err << QCoreApplication::translate("rk::CommandLineTasks",
                                               "Kies met --region het gebied waar de indicatoren over gaan, "
                                               "bijvoorbeeld: %1.")
                       .arg(municipalities.mid(0, 8).join(QStringLiteral(", ")))
                << Qt::endl;
            return 2;
        }
        selection.region = municipalities.constFirst();
    }
    selection.compareRegions = options.compareRegions;
    if (options.measures.isEmpty()) {
        for (const StatLineTopic &topic : catalogue.topics)
            selection.topics.append(topic.key);
    } else {
        selection.topics = options.measures;
    }
    selection.ageGroup = options.ageGroup.trimmed();
    if (selection.ageGroup.isEmpty() && catalogue.ageGroups.size() == 1)
        selection.ageGroup = catalogue.ageGroups.constFirst();
    QString goalId;
    if (!options.goal.isEmpty()) {
        for (const Record &goal : document.records(TableId::Goal)) {
            if (field(goal, GoalField::Title).toString().compare(options.goal.trimmed(), Qt::CaseInsensitive) == 0)
                goalId = goal.id;
        }
        if (goalId.isEmpty()) {
            err << QCoreApplication::translate("rk::CommandLineTasks", "Er is geen doel met de titel \"%1\".")
                       .arg(options.goal)
                << Qt::endl;
            return 2;
        }
    } else if (!document.records(TableId::Goal).isEmpty()) {
        goalId = document.records(TableId::Goal).constFirst().id;
    }
    const StatLineFigures figures = readStatLineFigures(options.csvPath, catalogue, selection);
    StatLinePlan plan = planStatLineImport(document, catalogue, selection, figures, goalId);
    if (!plan.problem.isEmpty()) {
        err << plan.problem << Qt::endl;
        return 2;
    }
    const QString summary = plan.summary();
    if (!edit::applyChanges(document, std::move(plan.changes),
                            QCoreApplication::translate("rk::CommandLineTasks", "Cijfers inlezen uit StatLine"))) {
        err << document.lastError() << Qt::endl;
        return 2;
    }
    out << QCoreApplication::translate("rk::CommandLineTasks", "Ingelezen uit %1 voor %2: %3.")
               .arg(catalogue.tableId.isEmpty() ? QStringLiteral("StatLine") : catalogue.tableId,
                    catalogue.region(selection.region)->name, summary);
    if (figures.missing > 0)
        out << ' '
            << QCoreApplication::translate("rk::CommandLineTasks", "Overgeslagen, want niet in de export (\".\"): %1.")
                   .arg(figures.missing);
    out << Qt::endl;
    return 0;
}

int shareCopyTask(const QString &projectPath, const QString &copyPath, bool keepPersonalData, QTextStream &out,
                  QTextStream &err)
{
    // Opened to write when it can be, so that the project keeps what it sent (a project that
    // opens read-only still gives its copy, to be compared two ways when it comes back).
    const std::unique_ptr<ProjectDocument> document = openForTask(projectPath, {}, err);
    if (!document)
        return 2;
    QString error;
    if (!share::writeShareCopy(*document, copyPath, keepPersonalData, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    out << cell(QDir::toNativeSeparators(QFileInfo(copyPath).absoluteFilePath())) << Qt::endl;
    return 0;
}

int writeEmlTask(const QString &projectPath, const QString &emlPath, const QString &to, QTextStream &out,
                 QTextStream &err)
{
    const std::unique_ptr<ProjectDocument> document = openForTask(projectPath, {}, err);
    if (!document)
        return 2;
    // The copy's name is ours to pick, so it never replaces a file that is there already.
    const QString copy = share::freeCopyPath(*document, QFileInfo(emlPath).absolutePath());
    QString error;
    if (!share::writeShareCopy(*document, copy, false, &error, to)) {
        err << error << Qt::endl;
        return 2;
    }
    const QByteArray eml =
        share::buildEmlDraft(to, share::defaultSubject(*document), share::defaultBody(*document, true), copy, &error);
    if (eml.isEmpty())
        QFile::remove(copy); // a copy without its draft is of no use to the script that asked
    QSaveFile file(emlPath);
    // The draft carries the whole copy: private like the copy itself.
    if (eml.isEmpty() || !file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(eml) != eml.size() ||
        !file.commit()) {
        err << (error.isEmpty() ? QCoreApplication::translate("rk::CommandLineTasks", "Het concept %1 kon niet worden "
                                                                                      "geschreven.")
                                      .arg(QDir::toNativeSeparators(emlPath))
                                : error)
            << Qt::endl;
        return 2;
    }
    out << cell(QDir::toNativeSeparators(QFileInfo(emlPath).absoluteFilePath())) << Qt::endl;
    return 0;
}

int listProjectTask(const QString &projectPath, QTextStream &out, QTextStream &err)
{
    OpenOptions options;
    options.inspectOnly = true;
    const std::unique_ptr<ProjectDocument> opened = openForTask(projectPath, options, err);
    if (!opened)
        return 2;
    const ProjectDocument &document = *opened;
    if (document.schemaVersion() < 4)
        return 0; // no goals before schema 4
    for (const Record &goal : document.records(TableId::Goal)) {
        out << "goal\t" << cell(field(goal, GoalField::Title).toString()) << '\t'
            << field(goal, GoalField::HorizonDate).toString() << '\n';
        for (const Record *indicator : document.children(TableId::Indicator, goal.id)) {
            const IndicatorDefinition d = indicatorDefinition(*indicator);
            const IndicatorProgress progress = computeProgress(d, measurementSeries(document, indicator->id));
            out << "indicator\t" << cell(d.name) << '\t' << cell(d.unitText()) << '\t' << plainNumber(d.baseline)
                << '\t' << plainNumber(d.target) << '\t'
                << (progress.latest ? plainNumber(progress.latest->value) : QString()) << '\t'
                << verdictName(progress.verdict) << '\n';
        }
    }
    if (document.schemaVersion() >= 5) {
        const network::Matrix matrix = network::buildMatrix(document);
        for (const Record &organisation : document.records(TableId::Organisation)) {
            int contributions = 0;
            for (const QString &goal : matrix.goalIds)
                contributions += int(matrix.contributions(organisation.id, goal).size());
            using F = OrganisationField;
            out << "organisation\t" << cell(field(organisation, F::Name).toString()) << '\t'
                << cell(displayField(organisation, F::Kind)) << '\t' << cell(displayField(organisation, F::Roles))
                << '\t' << cell(displayField(organisation, F::Stage)) << '\t' << contributions << '\n';
        }
    }
    out.flush();
    return 0;
}

int verifyTask(const QString &path, QTextStream &out, QTextStream &err)
{
    const VerifyOutcome outcome = verifyProjectFile(path);
    (outcome.exitCode == 0 ? out : err) << outcome.line << Qt::endl;
    return outcome.exitCode;
}

} // namespace rk
