#pragma once

#include "ProjectDocument.h"
#include "records/RecordTables.h"

#include <QUndoCommand>

namespace rk {

class ProjectDocument;

// Adds one row to a chapter table; undo removes it again.
class InsertRecordCommand : public QUndoCommand
{
public:
    InsertRecordCommand(ProjectDocument *document, TableId table, int row, Record record);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    TableId m_table;
    int m_row;
    Record m_record; // holds the id, so redo after undo brings back the same row
};

// Removes one row with its child rows and clears references to it. The command owns
// the snapshot of all of that, and undo puts every row back in its place.
class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(ProjectDocument *document, TableId table, QString recordId);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    TableId m_table;
    QString m_recordId;
    RemovalSnapshot m_snapshot;
};

// Adds many rows at once (an import) as one step; undo removes them all again.
class AppendRecordsCommand : public QUndoCommand
{
public:
    AppendRecordsCommand(ProjectDocument *document, TableId table, QList<Record> records, const QString &text);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    TableId m_table;
    QList<Record> m_records;
};

// Changes one cell of a chapter table.
class RecordFieldCommand : public QUndoCommand
{
public:
    RecordFieldCommand(ProjectDocument *document, TableId table, QString recordId, int field, QVariant oldValue,
                       QVariant newValue);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    TableId m_table;
    QString m_recordId;
    int m_field;
    QVariant m_old;
    QVariant m_new;
};

} // namespace rk
