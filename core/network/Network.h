#pragma once

#include "Chapter.h"
#include "import/CsvReader.h"
#include "records/Fields.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

namespace rk {

class ProjectDocument;

// The coalition: who contributes to which goal, counts for the overview, and checks of
// what was typed. Core only; the matrix view and charts in ui/ show these figures.
namespace network {

struct Matrix
{
    QList<QString> goalIds;            // columns, in goal order
    QList<QString> organisationIds;    // rows, in table order
    QHash<QString, QStringList> cells; // "organisationId/goalId" -> contribution ids
    QStringList goalsWithoutContributor;

    QStringList contributions(const QString &organisationId, const QString &goalId) const
    {
        return cells.value(organisationId + QLatin1Char('/') + goalId);
    }
};

Matrix buildMatrix(const ProjectDocument &document);

// Number of organisations per kind, role and stage (indexes of their choice lists).
struct Counts
{
    QList<int> byKind;
    QList<int> byRole;
    QList<int> byStage;
    int total = 0;
};
Counts countOrganisations(const ProjectDocument &document);

// Who is missing: the sectors with nobody taking part (an organisation only in view or
// approached is not in yet, one that dropped out no longer), and the chapters of part B (what
// the coalition does) no partner contributes to. A partner is an organisation outside the
// municipality (sector or kind "gemeente") that takes part; it contributes to a chapter when it
// owns an activity of that chapter, or contributes to a goal that has one.
struct Gaps
{
    QList<Sector> emptySectors;          // in list order
    QList<ChapterId> chaptersWithoutPartner; // in chapter order
    int withoutSector = 0;               // organisations whose sector is not filled in
};
Gaps findGaps(const ProjectDocument &document);

// Cumulative number of organisations involved (any stage but "afgehaakt") per month,
// from their stage dates; organisations without a date count from the first month.
QList<QPair<QDate, int>> growth(const ProjectDocument &document);

// Organisations that have a role ("vindplaats", "signaleerder", ...).
QStringList organisationsWithRole(const ProjectDocument &document, const QString &roleKey);

bool looksLikeEmail(const QString &text);
bool looksLikePhone(const QString &text);
// What is odd about an organisation row, in words (empty when nothing): a malformed email
// or phone number, or a name used twice. The text is kept as typed; this only warns.
QString warningFor(const ProjectDocument &document, const Record &organisation);
// The same, when the caller already knows whether the name is used twice (faster for long lists).
QString warningFor(const Record &organisation, bool nameRepeated);
// The form of a name that duplicates are found by: spaces and case do not count.
QString nameKey(const QString &name);

// How many rows would go or lose their link when this organisation or goal is removed.
int dependentCount(const ProjectDocument &document, TableId table, const QString &recordId);

// Import of organisations from a social map export.
struct OrganisationLine
{
    int lineNumber = 0;
    Record record;
    QString error;          // the line cannot be imported
    QString note;           // imported, but worth knowing (unknown kind taken as "anders")
    bool duplicate = false; // the name exists already (in the project or earlier in the file)
};

struct OrganisationPreview
{
    QList<OrganisationLine> lines;
    int errorCount = 0;
    int duplicateCount = 0;
    QString problem;
    bool canImport() const { return problem.isEmpty() && errorCount == 0 && !lines.isEmpty(); }
};

OrganisationPreview previewOrganisations(const CsvTable &table, const ProjectDocument &document);
// The rows to add: all lines, leaving duplicates out unless `includeDuplicates`.
QList<Record> organisationRecords(const OrganisationPreview &preview, bool includeDuplicates);

} // namespace network
} // namespace rk
