#pragma once

#include "ProjectTypes.h"
#include "records/RecordTables.h"
#include "records/Removal.h"

#include <QList>

#include <optional>

namespace rk {

// Changes to several tables that belong together (an import that adds indicators with
// their measurements and updates what was there; a merge of a colleague's copy that also
// removes rows and changes answers): written in one transaction and undone as one step.
//
// Applying removes the rows of `removals` (each with what goes with it, planned as it is
// applied and kept in its snapshot), moves the rows of `appends` into the document (each
// list is left empty, its count kept) and swaps each write's value with the value it
// replaced; reverting takes the rows back out, swaps the values again and puts the removed
// rows back. The same object is thus its own undo.
struct RecordChanges
{
    struct Removal
    {
        TableId table;
        QString recordId;
        RemovalSnapshot snapshot; // filled while applied; empty when the row was gone already
    };
    // A change outside the tables: an answer, a checklist entry, a chapter's notes or status.
    struct WorkbookWrite
    {
        enum class Kind
        {
            Answer,
            Checklist,
            Notes,
            Status
        };
        Kind kind = Kind::Answer;
        ChapterId chapter = ChapterId::Verkenning;
        QString key;  // question or item key
        QString text; // answer or notes
        ChecklistEntry entry;
        ChapterStatus status = ChapterStatus::NotStarted;
    };
    struct Append
    {
        TableId table;
        QList<Record> records; // appended in order; a parent's rows before its children's
        int count = 0;         // how many are in the document while applied
    };
    struct Write
    {
        TableId table;
        QString recordId;
        int field = 0;
        QVariant value;
    };
    QList<Removal> removals;
    QList<Append> appends;
    QList<Write> writes;
    QList<WorkbookWrite> workbook;
    // The project's name, municipality and years (the house style is not changed this way).
    std::optional<ProjectInfo> project;

    bool isEmpty() const
    {
        if (!removals.isEmpty() || !workbook.isEmpty() || project)
            return false;
        for (const Append &append : appends) {
            if (!append.records.isEmpty() || append.count > 0)
                return false;
        }
        return writes.isEmpty();
    }
};

} // namespace rk
