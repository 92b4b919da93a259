#include "RecordCommands.h"

#include "ProjectDocument.h"

#include <QCoreApplication>
#include <QUuid>

namespace rk {

namespace {
const char *const kContext = "rk::RecordCommands";
}

InsertRecordCommand::InsertRecordCommand(ProjectDocument *document, TableId table, int row, Record record)
    : m_document(document)
    , m_table(table)
    , m_row(row)
    , m_record(std::move(record))
{
    setText(QCoreApplication::translate("rk::RecordCommands", "Regel toevoegen aan %1").arg(tableTitle(table)));
}

void InsertRecordCommand::redo()
{
    if (!m_document->insertRecord(m_table, m_row, m_record))
        setObsolete(true);
    else
        m_record = m_document->records(m_table).at(m_row);
}

void InsertRecordCommand::undo()
{
    if (!m_document->removeRecord(m_table, m_record.id))
        setObsolete(true);
}

RemoveRecordCommand::RemoveRecordCommand(ProjectDocument *document, TableId table, QString recordId)
    : m_document(document)
    , m_table(table)
    , m_recordId(std::move(recordId))
{
    setText(QCoreApplication::translate("rk::RecordCommands", "Regel verwijderen uit %1").arg(tableTitle(table)));
}

void RemoveRecordCommand::redo()
{
    if (!m_document->removeRecord(m_table, m_recordId, &m_snapshot))
        setObsolete(true);
}

void RemoveRecordCommand::undo()
{
    if (!m_document->restoreRemoval(m_snapshot))
        setObsolete(true);
}

AppendRecordsCommand::AppendRecordsCommand(ProjectDocument *document, TableId table, QList<Record> records,
                                           const QString &text)
    : m_document(document)
    , m_table(table)
    , m_records(std::move(records))
{
    for (Record &record : m_records) {
        if (record.id.isEmpty())
            record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    setText(text);
}

void AppendRecordsCommand::redo()
{
    if (!m_document->appendRecords(m_table, m_records))
        setObsolete(true);
}

void AppendRecordsCommand::undo()
{
    QStringList ids;
    for (const Record &record : std::as_const(m_records))
        ids.append(record.id);
    if (!m_document->removeRecords(m_table, ids))
        setObsolete(true);
}

RecordFieldCommand::RecordFieldCommand(ProjectDocument *document, TableId table, QString recordId, int field,
                                       QVariant oldValue, QVariant newValue)
    : m_document(document)
    , m_table(table)
    , m_recordId(std::move(recordId))
    , m_field(field)
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
{
    setText(QCoreApplication::translate("rk::RecordCommands", "%1 wijzigen in %2")
                .arg(fieldLabel(table, field), tableTitle(table)));
}

void RecordFieldCommand::redo()
{
    if (!m_document->writeRecordField(m_table, m_recordId, m_field, m_new))
        setObsolete(true);
}

void RecordFieldCommand::undo()
{
    if (!m_document->writeRecordField(m_table, m_recordId, m_field, m_old))
        setObsolete(true);
}

} // namespace rk
