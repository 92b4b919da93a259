#pragma once

#include "ProjectTypes.h"
#include "records/RecordChanges.h"
#include "records/RecordTables.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace rk {

class ProjectDocument;

// Bringing a colleague's copy back into the project: where a copy comes from, what changed
// on either side since it was shared, and the accepted changes as one step (RecordChanges).
//
// Three sides: the copy as it was sent (the ancestor, kept by the project when it shared the
// copy), theirs (the copy that came back) and mine (the project now). Without the ancestor
// (a copy made before shares were kept, or one whose share is no longer kept) the copy is
// compared two ways, and what cannot be told apart is left for the user to decide.
namespace merge {

// What a copy says about where it came from (its project_meta).
struct CopyOrigin
{
    QString projectId;
    QString shareId;  // empty for a copy made before shares had an id
    QString sharedOn; // UTC, as stored; empty when it was not made for sharing
    QString sharedBy;
    QString sharedWith;
    bool personalDataRemoved = false;
};
CopyOrigin originOf(const ProjectDocument &copy);

enum class Area
{
    Project,   // the name, municipality and years
    Chapter,   // a chapter's notes (field 0) or status (field 1)
    Answer,    // an answer to a guidance question
    Checklist, // a checklist entry
    Record,    // a row of a table
};

enum class ChangeKind
{
    Added,
    Changed,
    Removed,
};

enum class Conflict
{
    None,
    BothChanged,    // both changed the same field, differently
    UnderRemoved,   // they changed, added under or point to a record I removed
    RemovedChanged, // they removed a record that I changed (or under which I changed or added)
    SameTitle,      // both added a record with the same title
    Unknown,        // compared two ways: who changed it cannot be told
    PersonalFilled, // the copy went without contact persons' data; they filled in what I have otherwise
};

struct Change
{
    Area area = Area::Record;
    ChangeKind kind = ChangeKind::Changed;
    Conflict conflict = Conflict::None;
    ChapterId chapter = ChapterId::Verkenning; // where the change shows
    TableId table = TableId::Goal;             // for records
    QString recordId;                          // a record's id, or a question's or item's key
    QString parentId;                          // for records of child tables
    int field = -1; // a record's field, or -1 for the whole record; the project's (0 gemeente,
                    // 1 title, 2 start year, 3 years); a chapter's (0 notes, 1 status)
    QVariant before, theirs, mine;
    // For a record that is added, or brought back under a removal of mine: their row and
    // the rows of theirs that come with it (new children, in table order).
    QList<std::pair<TableId, Record>> rows;
    bool accepted = false;

    bool isConflict() const { return conflict != Conflict::None; }
};

struct Comparison
{
    CopyOrigin origin;
    bool threeWay = false;
    // Why a three-way comparison was not possible (translated), or empty.
    QString twoWayReason;
    QList<Change> changes;

    int conflictCount() const;
};

// Compares `theirs` with `mine`, since `ancestor` (null for two ways). Changes are in chapter
// order, then table, then record; the rows of a removed parent and the new rows under a new
// parent are part of that parent's change. Nothing is accepted yet.
Comparison compare(const ProjectDocument *ancestor, const ProjectDocument &theirs, const ProjectDocument &mine);

// Accepts every change that is not a conflict (`conflictsToo`: every change, theirs winning).
void acceptAll(Comparison *comparison, bool conflictsToo);

// The accepted changes as one step. What cannot be taken over whole is left out and said in
// `notes` (a row whose parent is not taken over, a reference to a row that will not be
// there is cleared). `count` is the number of accepted changes in the step.
struct MergePlan
{
    RecordChanges changes;
    QStringList notes;
    int count = 0;
};
MergePlan plan(const Comparison &comparison, const ProjectDocument &mine);

// Whether every child row of `document` has its parent and every reference points to a row
// that is there; otherwise `problem` says where (translated).
bool referencesWhole(const ProjectDocument &document, QString *problem);

// In words a user reads (translated): where the change is ("Doelen > Meer ontmoeting"), the
// field ("Streefwaarde"), a value as shown, the kind and the conflict.
QString placeOf(const Change &change, const ProjectDocument &theirs, const ProjectDocument &mine);
QString recordTitleOf(const Change &change, const ProjectDocument &theirs, const ProjectDocument &mine);
QString fieldOf(const Change &change);
QString valueText(const Change &change, const QVariant &value, const ProjectDocument &theirs,
                  const ProjectDocument &mine);
QString conflictText(Conflict conflict);
// The keyword for scripts (--diff): "added", "changed", "removed"; "both-changed", ...
QString kindKey(ChangeKind kind);
QString conflictKey(Conflict conflict);
// The table's name for scripts: a table's SQL name, or "project", "chapter", "answer", "checklist".
QString areaKey(const Change &change);

// The project a copy can be merged into, with the copy and what was sent, all opened with
// the checks of any file (read-only). `error` says why not (translated): not a project, a
// copy of another project, references broken.
struct OpenedCopy
{
    std::unique_ptr<ProjectDocument> theirs;
    std::unique_ptr<ProjectDocument> ancestor; // null when compared two ways
    QString twoWayReason;
    CopyOrigin origin;
    QString ancestorFile; // the private file the ancestor was unpacked into, removed with it
    ~OpenedCopy();
    OpenedCopy();
    OpenedCopy(OpenedCopy &&) noexcept;
    OpenedCopy &operator=(OpenedCopy &&) noexcept;
};
bool openCopy(const QString &copyPath, const ProjectDocument &mine, OpenedCopy *opened, QString *error);

// The day the copy was shared, as a person reads it ("maandag 7 december 2026"), or empty.
QString sharedOnText(const CopyOrigin &origin);
// The text of the undo step and of the history: "Samengevoegd uit de kopie van Y van D".
QString mergeStepText(const CopyOrigin &origin);

} // namespace merge
} // namespace rk
