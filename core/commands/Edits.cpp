#include "Edits.h"

#include "AnswerCommand.h"
#include "ChapterNotesCommand.h"
#include "ChapterStatusCommand.h"
#include "ChecklistEntryCommand.h"
#include "ProjectDocument.h"
#include "ProjectInfoCommand.h"
#include "RecordCommands.h"

#include "records/RecordId.h"

namespace rk::edit {

bool setChapterNotes(ProjectDocument &document, ChapterId chapter, const QString &notes)
{
    return ChapterNotesCommand::push(document, chapter, notes);
}

bool setChapterStatus(ProjectDocument &document, ChapterId chapter, ChapterStatus status)
{
    return ChapterStatusCommand::push(document, chapter, status);
}

bool setProjectInfo(ProjectDocument &document, const ProjectInfo &info)
{
    return ProjectInfoCommand::push(document, {}, info);
}

bool setAnswer(ProjectDocument &document, ChapterId chapter, const QString &questionKey, const QString &answer)
{
    return AnswerCommand::push(document, {chapter, questionKey}, answer);
}

bool setChecklistEntry(ProjectDocument &document, ChapterId chapter, const QString &itemKey,
                       const ChecklistEntry &entry)
{
    return ChecklistEntryCommand::push(document, {chapter, itemKey}, entry);
}

QString insertRecord(ProjectDocument &document, TableId table, int row, const Record &record)
{
    Record toInsert = record.values.isEmpty() ? emptyRecord(table) : record;
    if (toInsert.id.isEmpty())
        toInsert.id = newRecordId();
    if (!pushAndCheck(document, new InsertRecordCommand(&document, table, row, toInsert)))
        return {};
    return toInsert.id;
}

bool removeRecord(ProjectDocument &document, TableId table, const QString &recordId)
{
    if (document.recordRow(table, recordId) < 0)
        return false;
    return pushAndCheck(document, new RemoveRecordCommand(&document, table, recordId));
}

bool appendRecords(ProjectDocument &document, TableId table, QList<Record> records, const QString &text)
{
    if (records.isEmpty())
        return true;
    return pushAndCheck(document, new AppendRecordsCommand(&document, table, std::move(records), text));
}

bool applyChanges(ProjectDocument &document, RecordChanges changes, const QString &text)
{
    if (changes.isEmpty())
        return true;
    return pushAndCheck(document, new ApplyChangesCommand(&document, std::move(changes), text));
}

void undo(ProjectDocument &document)
{
    const ProjectDocument::Replay replay(document);
    document.undoStack()->undo();
}

void redo(ProjectDocument &document)
{
    const ProjectDocument::Replay replay(document);
    document.undoStack()->redo();
}

bool setRecordField(ProjectDocument &document, TableId table, const QString &recordId, int field, const QVariant &value)
{
    return RecordFieldCommand::push(document, {table, recordId, field}, value);
}

} // namespace rk::edit
