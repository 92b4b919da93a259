#include "Edits.h"

#include "AnswerCommand.h"
#include "ChapterNotesCommand.h"
#include "ChapterStatusCommand.h"
#include "ChecklistEntryCommand.h"
#include "ProjectDocument.h"
#include "ProjectInfoCommand.h"
#include "RecordCommands.h"

#include <QUndoStack>
#include <QUuid>

namespace rk::edit {

namespace {
// Pushes and reports whether the first redo() reached the file.
bool pushAndCheck(ProjectDocument &document, QUndoCommand *command)
{
    // A failed write (read-only, disk full) makes the command obsolete and the stack drops it.
    bool failed = false;
    auto connection = QObject::connect(&document, &ProjectDocument::writeFailed, [&failed] { failed = true; });
    document.undoStack()->push(command);
    QObject::disconnect(connection);
    return !failed;
}
} // namespace

bool setChapterNotes(ProjectDocument &document, ChapterId chapter, const QString &notes)
{
    const QString old = document.chapter(chapter).notes;
    if (old == notes)
        return true;
    return pushAndCheck(document, new ChapterNotesCommand(&document, chapter, old, notes));
}

bool setChapterStatus(ProjectDocument &document, ChapterId chapter, ChapterStatus status)
{
    const ChapterStatus old = document.chapter(chapter).status;
    if (old == status)
        return true;
    return pushAndCheck(document, new ChapterStatusCommand(&document, chapter, old, status));
}

bool setProjectInfo(ProjectDocument &document, const ProjectInfo &info)
{
    const ProjectInfo old = document.project();
    if (old.sameContent(info))
        return true;
    return pushAndCheck(document, new ProjectInfoCommand(&document, old, info));
}

bool setAnswer(ProjectDocument &document, ChapterId chapter, const QString &questionKey, const QString &answer)
{
    const QString old = document.answer(chapter, questionKey);
    if (old == answer)
        return true;
    return pushAndCheck(document, new AnswerCommand(&document, chapter, questionKey, old, answer));
}

bool setChecklistEntry(ProjectDocument &document, ChapterId chapter, const QString &itemKey,
                       const ChecklistEntry &entry)
{
    const ChecklistEntry old = document.checklistEntry(chapter, itemKey);
    if (old == entry)
        return true;
    return pushAndCheck(document, new ChecklistEntryCommand(&document, chapter, itemKey, old, entry));
}

QString insertRecord(ProjectDocument &document, TableId table, int row, const Record &record)
{
    Record toInsert = record.values.isEmpty() ? emptyRecord(table) : record;
    if (toInsert.id.isEmpty())
        toInsert.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
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

bool appendRecords(ProjectDocument &document, TableId table, const QList<Record> &records, const QString &text)
{
    if (records.isEmpty())
        return true;
    return pushAndCheck(document, new AppendRecordsCommand(&document, table, records, text));
}

bool setRecordField(ProjectDocument &document, TableId table, const QString &recordId, int field, const QVariant &value)
{
    const int row = document.recordRow(table, recordId);
    if (row < 0)
        return false;
    const QVariant old = document.records(table).at(row).values.value(field);
    QVariant normalised = value;
    const auto &fields = tableSpec(table).fields;
    if (field >= 0 && field < int(fields.size()) && normaliseValue(fields.at(std::size_t(field)), &normalised) &&
        normalised == old)
        return true;
    return pushAndCheck(document, new RecordFieldCommand(&document, table, recordId, field, old, value));
}

} // namespace rk::edit
