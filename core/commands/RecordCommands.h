#pragma once

#include "ChangeValue.h"
#include "ProjectDocument.h"
#include "records/RecordTables.h"

namespace rk {

// Adds one row to a chapter table; undo removes it again.
class InsertRecordCommand : public DocumentCommand
{
public:
    InsertRecordCommand(ProjectDocument *document, TableId table, int row, Record record);
    void redo() override;
    void undo() override;

private:
    TableId m_table;
    int m_row;
    Record m_record; // holds the id, so redo after undo brings back the same row
};

// Removes one row with its child rows and clears references to it. The command owns
// the snapshot of all of that, and undo puts every row back in its place.
class RemoveRecordCommand : public DocumentCommand
{
public:
    RemoveRecordCommand(ProjectDocument *document, TableId table, QString recordId);
    void redo() override;
    void undo() override;

private:
    TableId m_table;
    QString m_recordId;
    RemovalSnapshot m_snapshot;
};

// Adds many rows at once (an import) as one step; undo removes them all again.
class AppendRecordsCommand : public DocumentCommand
{
public:
    AppendRecordsCommand(ProjectDocument *document, TableId table, QList<Record> records, const QString &text);
    void redo() override;
    void undo() override;

private:
    TableId m_table;
    // The rows while they are not in the document (before redo, after undo): the rows
    // exist once, in the document or here, never twice.
    QList<Record> m_records;
    int m_count = 0;
};

// Changes to several tables as one step (an import that adds and updates): the changes
// object is its own undo (see RecordChanges).
class ApplyChangesCommand : public DocumentCommand
{
public:
    ApplyChangesCommand(ProjectDocument *document, RecordChanges changes, const QString &text);
    void redo() override;
    void undo() override;

private:
    RecordChanges m_changes;
};

// One cell of a chapter table. Each change is its own step.
struct RecordFieldValue
{
    struct Key
    {
        TableId table;
        QString recordId;
        int field;
        bool operator==(const Key &) const = default;
    };
    using Value = QVariant;
    static constexpr int mergeId = -1;

    // Nothing when the row is gone.
    static std::optional<Value> read(const ProjectDocument &document, const Key &key);
    static bool write(ProjectDocument &document, const Key &key, const Value &value);
    static QString text(const Key &key, const Value &value);
    // A value that normalises to the stored one (text with spaces trimmed) changes nothing.
    static bool unchanged(const Key &key, const Value &current, const Value &value);
};

using RecordFieldCommand = ChangeValue<RecordFieldValue>;

} // namespace rk
