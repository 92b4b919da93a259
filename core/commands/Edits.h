#pragma once

#include "ProjectTypes.h"
#include "records/RecordChanges.h"

namespace rk {

class ProjectDocument;

// The one way the UI changes a project: each function pushes an undo command that
// writes at once. Nothing is pushed when the value would not change. Each returns
// false when the write failed (the document has emitted writeFailed()).
namespace edit {

bool setChapterNotes(ProjectDocument &document, ChapterId chapter, const QString &notes);
bool setChapterStatus(ProjectDocument &document, ChapterId chapter, ChapterStatus status);
bool setProjectInfo(ProjectDocument &document, const ProjectInfo &info);
bool setAnswer(ProjectDocument &document, ChapterId chapter, const QString &questionKey, const QString &answer);
bool setChecklistEntry(ProjectDocument &document, ChapterId chapter, const QString &itemKey,
                       const ChecklistEntry &entry);
// Adds an empty row (or `record`) at `row`; returns the new row's id, or empty on failure.
QString insertRecord(ProjectDocument &document, TableId table, int row, const Record &record = {});
bool removeRecord(ProjectDocument &document, TableId table, const QString &recordId);
// Appends rows in one transaction and one undo step (`text` names the step). Pass the
// rows with std::move: an import's rows are then never copied.
bool appendRecords(ProjectDocument &document, TableId table, QList<Record> records, const QString &text);
// Changes to several tables in one transaction and one undo step (`text` names the step).
bool applyChanges(ProjectDocument &document, RecordChanges changes, const QString &text);
// Undoes or redoes the last step; no new step can be taken meanwhile (see pushAndCheck()).
void undo(ProjectDocument &document);
void redo(ProjectDocument &document);
bool setRecordField(ProjectDocument &document, TableId table, const QString &recordId, int field,
                    const QVariant &value);

} // namespace edit
} // namespace rk
