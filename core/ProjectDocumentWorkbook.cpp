// ProjectDocument, part two: the chapter workbooks (answers, checklists, tables).

#include "ProjectDocument.h"

#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace rk {

namespace {
QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compositeKey(ChapterId chapter, const QString &key)
{
    return QLatin1String(chapterInfo(chapter).key) + QLatin1Char('/') + key;
}

QString columnList(const TableSpec &spec)
{
    QStringList columns;
    for (const FieldSpec &field : spec.fields)
        columns.append(QLatin1String(field.column));
    return columns.join(QStringLiteral(", "));
}

void bindValue(Statement &statement, int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        statement.bindNull(index);
    else if (value.typeId() == QMetaType::Double)
        statement.bind(index, value.toDouble());
    else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        statement.bind(index, value.toLongLong());
    else
        statement.bind(index, value.toString());
}

QVariant readValue(const Statement &statement, int column, FieldType type)
{
    if (statement.isNull(column))
        return {};
    switch (type) {
    case FieldType::Integer:
    case FieldType::Choice:
    case FieldType::Flag:
        return statement.integer(column);
    case FieldType::Real:
        return statement.real(column);
    default:
        return statement.text(column);
    }
}

const char *const kContext = "rk::ProjectDocument";
} // namespace

QString checklistAnswerName(ChecklistAnswer answer)
{
    switch (answer) {
    case ChecklistAnswer::Unanswered:
        return QCoreApplication::translate("rk::ProjectDocument", "Nog niet beantwoord");
    case ChecklistAnswer::Yes:
        return QCoreApplication::translate("rk::ProjectDocument", "Ja");
    case ChecklistAnswer::Partly:
        return QCoreApplication::translate("rk::ProjectDocument", "Deels");
    case ChecklistAnswer::No:
        return QCoreApplication::translate("rk::ProjectDocument", "Nee");
    case ChecklistAnswer::NotApplicable:
        return QCoreApplication::translate("rk::ProjectDocument", "N.v.t.");
    }
    return {};
}

bool ProjectDocument::loadWorkbook(QString *detail)
{
    m_answers.clear();
    m_checklist.clear();
    Statement answers(m_db, QStringLiteral("SELECT chapter, question_key, answer FROM question_answer"));
    while (answers.next()) {
        const auto chapter = chapterFromKey(answers.text(0));
        const QString text = answers.text(2);
        if (!chapter || text.size() > limits::kAnswerLength) {
            *detail = QStringLiteral("bad question_answer row");
            return false;
        }
        m_answers.insert(compositeKey(*chapter, answers.text(1)), text);
    }
    Statement checklist(m_db, QStringLiteral("SELECT chapter, item_key, answer, comment FROM checklist_answer"));
    while (checklist.next()) {
        const auto chapter = chapterFromKey(checklist.text(0));
        const qint64 answer = checklist.integer(2);
        const QString comment = checklist.text(3);
        if (!chapter || answer < 0 || answer > 4 || comment.size() > limits::kCommentLength) {
            *detail = QStringLiteral("bad checklist_answer row");
            return false;
        }
        m_checklist.insert(compositeKey(*chapter, checklist.text(1)),
                           ChecklistEntry{static_cast<ChecklistAnswer>(answer), comment});
    }
    if (answers.hasError() || checklist.hasError()) {
        *detail = m_db.errorMessage();
        return false;
    }
    for (const TableSpec &spec : tableSpecs()) {
        QList<Record> &rows = m_records.at(std::size_t(spec.id));
        rows.clear();
        Statement select(m_db, QStringLiteral("SELECT id, created_at, %1 FROM %2 ORDER BY position, created_at")
                                   .arg(columnList(spec), QLatin1String(spec.sqlName)));
        while (select.next()) {
            if (rows.size() >= limits::kMaxRecordsPerTable) {
                *detail = QStringLiteral("too many rows in %1").arg(QLatin1String(spec.sqlName));
                return false;
            }
            Record record;
            record.id = select.text(0);
            record.createdAt = select.text(1);
            for (int i = 0; i < int(spec.fields.size()); ++i) {
                const FieldSpec &field = spec.fields.at(std::size_t(i));
                QVariant value = readValue(select, i + 2, field.type);
                if (!normaliseValue(field, &value)) {
                    *detail = QStringLiteral("bad value in %1.%2")
                                  .arg(QLatin1String(spec.sqlName), QLatin1String(field.column));
                    return false;
                }
                record.values.append(value);
            }
            rows.append(record);
        }
        if (select.hasError()) {
            *detail = m_db.errorMessage();
            return false;
        }
    }
    return true;
}

QString ProjectDocument::answer(ChapterId chapter, const QString &questionKey) const
{
    return m_answers.value(compositeKey(chapter, questionKey));
}

ChecklistEntry ProjectDocument::checklistEntry(ChapterId chapter, const QString &itemKey) const
{
    return m_checklist.value(compositeKey(chapter, itemKey));
}

const QList<Record> &ProjectDocument::records(TableId table) const
{
    return m_records.at(std::size_t(table));
}

int ProjectDocument::recordRow(TableId table, const QString &recordId) const
{
    const QList<Record> &rows = records(table);
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == recordId)
            return i;
    }
    return -1;
}

bool ProjectDocument::failWith(const QString &message)
{
    m_lastError = message;
    Q_EMIT writeFailed(m_lastError);
    return false;
}

bool ProjectDocument::writeAnswer(ChapterId chapter, const QString &questionKey, const QString &text)
{
    if (!canWrite())
        return false;
    if (text.size() > limits::kAnswerLength)
        return failWith(QCoreApplication::translate("rk::ProjectDocument",
                                                    "Het antwoord is te lang (meer dan %1 tekens) en is "
                                                    "niet opgeslagen.")
                            .arg(limits::kAnswerLength));
    const QString now = nowUtc();
    Transaction transaction(m_db);
    Statement upsert(m_db, QStringLiteral("INSERT INTO question_answer (id, chapter, question_key, answer, created_at, "
                                          "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (chapter, "
                                          "question_key) DO UPDATE SET answer = ?4, updated_at = ?5"));
    upsert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, QLatin1String(chapterInfo(chapter).key))
        .bind(3, questionKey)
        .bind(4, text)
        .bind(5, now);
    if (!transaction.isActive() || !upsert.exec() || !transaction.commit())
        return failWrite();
    m_answers.insert(compositeKey(chapter, questionKey), text);
    Q_EMIT answerChanged(chapter, questionKey);
    return true;
}

bool ProjectDocument::writeChecklistEntry(ChapterId chapter, const QString &itemKey, const ChecklistEntry &entry)
{
    if (!canWrite())
        return false;
    if (entry.comment.size() > limits::kCommentLength)
        return failWith(QCoreApplication::translate("rk::ProjectDocument",
                                                    "De toelichting is te lang (meer dan %1 tekens) en is "
                                                    "niet opgeslagen.")
                            .arg(limits::kCommentLength));
    const QString now = nowUtc();
    Transaction transaction(m_db);
    Statement upsert(m_db, QStringLiteral("INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, "
                                          "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON CONFLICT "
                                          "(chapter, item_key) DO UPDATE SET answer = ?4, comment = ?5, "
                                          "updated_at = ?6"));
    upsert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, QLatin1String(chapterInfo(chapter).key))
        .bind(3, itemKey)
        .bind(4, int(entry.answer))
        .bind(5, entry.comment)
        .bind(6, now);
    if (!transaction.isActive() || !upsert.exec() || !transaction.commit())
        return failWrite();
    m_checklist.insert(compositeKey(chapter, itemKey), entry);
    Q_EMIT checklistEntryChanged(chapter, itemKey);
    return true;
}

bool ProjectDocument::insertRecord(TableId table, int row, const Record &given)
{
    if (!canWrite())
        return false;
    const TableSpec &spec = tableSpec(table);
    QList<Record> &rows = m_records.at(std::size_t(table));
    if (row < 0 || row > rows.size() || rows.size() >= limits::kMaxRecordsPerTable)
        return failWith(describeWriteFailure(false, false));
    Record record = given;
    if (record.id.isEmpty())
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = nowUtc();
    if (record.createdAt.isEmpty())
        record.createdAt = now;
    if (record.values.size() != int(spec.fields.size()))
        record.values = emptyRecord(table).values;
    for (int i = 0; i < record.values.size(); ++i) {
        if (!normaliseValue(spec.fields.at(std::size_t(i)), &record.values[i]))
            return failWith(QCoreApplication::translate("rk::ProjectDocument",
                                                        "De waarde bij \"%1\" past niet en is niet "
                                                        "opgeslagen.")
                                .arg(fieldLabel(table, i)));
    }
    QStringList placeholders;
    for (int i = 0; i < record.values.size(); ++i)
        placeholders.append(QStringLiteral("?%1").arg(i + 5));
    Transaction transaction(m_db);
    Statement shift(
        m_db,
        QStringLiteral("UPDATE %1 SET position = position + 1 WHERE position >= ?1").arg(QLatin1String(spec.sqlName)));
    shift.bind(1, row);
    Statement insert(m_db,
                     QStringLiteral("INSERT INTO %1 (id, position, created_at, updated_at, %2) VALUES "
                                    "(?1, ?2, ?3, ?4, %3)")
                         .arg(QLatin1String(spec.sqlName), columnList(spec), placeholders.join(QStringLiteral(", "))));
    insert.bind(1, record.id).bind(2, row).bind(3, record.createdAt).bind(4, now);
    for (int i = 0; i < record.values.size(); ++i)
        bindValue(insert, i + 5, record.values.at(i));
    if (!transaction.isActive() || !shift.exec() || !insert.exec() || !transaction.commit())
        return failWrite();
    Q_EMIT recordAboutToBeInserted(table, row);
    rows.insert(row, record);
    Q_EMIT recordInserted(table, row);
    return true;
}

bool ProjectDocument::removeRecord(TableId table, const QString &recordId)
{
    if (!canWrite())
        return false;
    const int row = recordRow(table, recordId);
    if (row < 0)
        return failWith(describeWriteFailure(false, false));
    const TableSpec &spec = tableSpec(table);
    Transaction transaction(m_db);
    Statement remove(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(QLatin1String(spec.sqlName)));
    remove.bind(1, recordId);
    Statement shift(
        m_db,
        QStringLiteral("UPDATE %1 SET position = position - 1 WHERE position > ?1").arg(QLatin1String(spec.sqlName)));
    shift.bind(1, row);
    if (!transaction.isActive() || !remove.exec() || !shift.exec() || !transaction.commit())
        return failWrite();
    Q_EMIT recordAboutToBeRemoved(table, row);
    m_records.at(std::size_t(table)).removeAt(row);
    Q_EMIT recordRemoved(table, row);
    return true;
}

bool ProjectDocument::writeRecordField(TableId table, const QString &recordId, int field, const QVariant &given)
{
    if (!canWrite())
        return false;
    const TableSpec &spec = tableSpec(table);
    const int row = recordRow(table, recordId);
    if (row < 0 || field < 0 || field >= int(spec.fields.size()))
        return failWith(describeWriteFailure(false, false));
    QVariant value = given;
    if (!normaliseValue(spec.fields.at(std::size_t(field)), &value))
        return failWith(
            QCoreApplication::translate("rk::ProjectDocument", "De waarde bij \"%1\" past niet en is niet opgeslagen.")
                .arg(fieldLabel(table, field)));
    Transaction transaction(m_db);
    Statement update(m_db,
                     QStringLiteral("UPDATE %1 SET %2 = ?1, updated_at = ?2 WHERE id = ?3")
                         .arg(QLatin1String(spec.sqlName), QLatin1String(spec.fields.at(std::size_t(field)).column)));
    bindValue(update, 1, value);
    update.bind(2, nowUtc()).bind(3, recordId);
    if (!transaction.isActive() || !update.exec() || !transaction.commit())
        return failWrite();
    m_records.at(std::size_t(table))[row].values[field] = value;
    Q_EMIT recordChanged(table, row, field);
    return true;
}

} // namespace rk
