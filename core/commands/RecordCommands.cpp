#include "RecordCommands.h"

#include "ProjectDocument.h"
#include "records/RecordId.h"

#include <QCoreApplication>

namespace rk {

InsertRecordCommand::InsertRecordCommand(ProjectDocument *document, TableId table, int row, Record record)
    : DocumentCommand(document)
    , m_table(table)
    , m_row(row)
    , m_record(std::move(record))
{
    setText(QCoreApplication::translate("rk::RecordCommands", "Regel toevoegen aan %1").arg(tableTitle(table)));
}

void InsertRecordCommand::redo()
{
    if (checkWrite(document().insertRecord(m_table, m_row, m_record)))
        m_record = document().records(m_table).at(m_row);
}

void InsertRecordCommand::undo()
{
    checkWrite(document().removeRecord(m_table, m_record.id));
}

RemoveRecordCommand::RemoveRecordCommand(ProjectDocument *document, TableId table, QString recordId)
    : DocumentCommand(document)
    , m_table(table)
    , m_recordId(std::move(recordId))
{
    setText(QCoreApplication::translate("rk::RecordCommands", "Regel verwijderen uit %1").arg(tableTitle(table)));
}

void RemoveRecordCommand::redo()
{
    checkWrite(document().removeRecord(m_table, m_recordId, &m_snapshot));
}

void RemoveRecordCommand::undo()
{
    checkWrite(document().restoreRemoval(m_snapshot));
}

AppendRecordsCommand::AppendRecordsCommand(ProjectDocument *document, TableId table, QList<Record> records,
                                           const QString &text)
    : DocumentCommand(document)
    , m_table(table)
    , m_records(std::move(records))
    , m_count(int(m_records.size()))
{
    for (Record &record : m_records) {
        if (record.id.isEmpty())
            record.id = newRecordId();
    }
    setText(text);
}

void AppendRecordsCommand::redo()
{
    checkWrite(document().appendRecords(m_table, &m_records));
}

void AppendRecordsCommand::undo()
{
    checkWrite(document().removeLastRecords(m_table, m_count, &m_records));
}

ApplyChangesCommand::ApplyChangesCommand(ProjectDocument *document, RecordChanges changes, const QString &text)
    : DocumentCommand(document)
    , m_changes(std::move(changes))
{
    // Keys given now, so that redo after undo brings back the same rows.
    for (RecordChanges::Append &append : m_changes.appends) {
        for (Record &record : append.records) {
            if (record.id.isEmpty())
                record.id = newRecordId();
        }
    }
    setText(text);
}

void ApplyChangesCommand::redo()
{
    // The history names the step its many edits belong to.
    document().setHistoryStep(text());
    checkWrite(document().applyChanges(&m_changes));
    document().setHistoryStep({});
}

void ApplyChangesCommand::undo()
{
    document().setHistoryStep(QCoreApplication::translate("rk::RecordCommands", "Ongedaan gemaakt: %1").arg(text()));
    checkWrite(document().revertChanges(&m_changes));
    document().setHistoryStep({});
}

std::optional<QVariant> RecordFieldValue::read(const ProjectDocument &document, const Key &key)
{
    const int row = document.recordRow(key.table, key.recordId);
    if (row < 0)
        return std::nullopt;
    return document.records(key.table).at(row).values.value(key.field);
}

bool RecordFieldValue::write(ProjectDocument &document, const Key &key, const Value &value)
{
    return document.writeRecordField(key.table, key.recordId, key.field, value);
}

QString RecordFieldValue::text(const Key &key, const Value &)
{
    return QCoreApplication::translate("rk::RecordCommands", "%1 wijzigen in %2")
        .arg(fieldLabel(key.table, key.field), tableTitle(key.table));
}

bool RecordFieldValue::unchanged(const Key &key, const Value &current, const Value &value)
{
    QVariant normalised = value;
    const auto &fields = tableSpec(key.table).fields;
    return key.field >= 0 && key.field < int(fields.size()) &&
           normaliseValue(fields.at(std::size_t(key.field)), &normalised) && normalised == current;
}

} // namespace rk
