// ProjectDocument, part two: the chapter workbooks (answers, checklists, tables).

#include "ProjectDocument.h"

#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

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

// Reads one field, or returns false when the stored value does not have the field's form:
// text in a number column (which would otherwise read as 0), a number or blob in a text
// column, a NUL character, or text longer than the field allows.
bool readValue(const Statement &statement, int column, const FieldSpec &field, QVariant *value)
{
    if (statement.isNull(column)) {
        *value = QVariant();
        return true;
    }
    // The stored type is asked before the value is read: reading converts it.
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Choice:
    case FieldType::Flag: {
        const bool whole = statement.isInteger(column);
        *value = statement.integer(column);
        return whole;
    }
    case FieldType::Real:
    case FieldType::Money: {
        const bool number = statement.isNumber(column);
        *value = statement.real(column);
        return number && std::isfinite(value->toDouble());
    }
    default: {
        const bool text = statement.isText(column);
        *value = statement.text(column);
        return text && isStorableText(value->toString(), maxLength(FieldType::LongText));
    }
    }
}

const char *const kContext = "rk::ProjectDocument";

bool needsCheckOnLoad(FieldType type)
{
    switch (type) {
    case FieldType::Date:
    case FieldType::ChoiceSet:
    case FieldType::ChapterKey:
    case FieldType::Flag:
    case FieldType::Reference:
        return true;
    default:
        return false;
    }
}
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
        if (!chapter || !isStorableText(text, limits::kAnswerLength)) {
            *detail = QStringLiteral("bad question_answer row");
            return false;
        }
        m_answers.insert(compositeKey(*chapter, answers.text(1)), text);
    }
    Statement checklist(m_db, QStringLiteral("SELECT chapter, item_key, answer, comment FROM checklist_answer"));
    while (checklist.next()) {
        const bool wholeAnswer = checklist.isInteger(2); // before reading converts it
        const auto chapter = chapterFromKey(checklist.text(0));
        const qint64 answer = checklist.integer(2);
        const QString comment = checklist.text(3);
        if (!chapter || !wholeAnswer || answer < 0 || answer > 4 ||
            !isStorableText(comment, limits::kCommentLength)) {
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
        QList<Record> &rows = rowsForChange(spec.id);
        rows.clear();
        const QString parentColumn = spec.hasParent() ? QLatin1String(spec.parentColumn) : QStringLiteral("''");
        Statement select(m_db, QStringLiteral("SELECT id, created_at, %1, %2 FROM %3 ORDER BY position, created_at")
                                   .arg(parentColumn, columnList(spec), QLatin1String(spec.sqlName)));
        QSet<QString> parents;
        if (spec.hasParent()) {
            for (const Record &parent : m_records.at(std::size_t(spec.parentTable)))
                parents.insert(parent.id);
        }
        while (select.next()) {
            if (rows.size() >= limits::kMaxRecordsPerTable) {
                *detail = QStringLiteral("too many rows in %1").arg(QLatin1String(spec.sqlName));
                return false;
            }
            Record record;
            record.id = select.text(0);
            record.createdAt = select.text(1);
            record.parentId = select.text(2);
            if (spec.hasParent() && !parents.contains(record.parentId)) {
                *detail = QStringLiteral("orphan row in %1").arg(QLatin1String(spec.sqlName));
                return false;
            }
            record.values.reserve(int(spec.fields.size()));
            for (int i = 0; i < int(spec.fields.size()); ++i) {
                const FieldSpec &field = spec.fields.at(std::size_t(i));
                QVariant value;
                // quick_check has verified every CHECK constraint (ranges, and lengths up to a
                // NUL); readValue() checks the stored form and the whole length, and what
                // remains is the form of dates, keys and key lists.
                const bool fits = readValue(select, i + 3, field, &value) &&
                                  (field.type != FieldType::Text || isStorableText(value.toString(), maxLength(field.type)));
                if (!fits || (needsCheckOnLoad(field.type) && !normaliseValue(field, &value))) {
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
    return rowIndex(table).byId.value(recordId, -1);
}

const ProjectDocument::RowIndex &ProjectDocument::rowIndex(TableId table) const
{
    std::optional<RowIndex> &index = m_rowIndex.at(std::size_t(table));
    if (!index) {
        index.emplace();
        const QList<Record> &rows = records(table);
        index->byId.reserve(rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            index->byId.insert(rows.at(i).id, i);
            index->byParent[rows.at(i).parentId].append(i);
        }
    }
    return *index;
}

QList<Record> &ProjectDocument::rowsForChange(TableId table)
{
    m_rowIndex.at(std::size_t(table)).reset();
    return m_records.at(std::size_t(table));
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

const Record *ProjectDocument::record(TableId table, const QString &recordId) const
{
    const int row = recordRow(table, recordId);
    return row < 0 ? nullptr : &records(table).at(row);
}

QList<const Record *> ProjectDocument::children(TableId table, const QString &parentId) const
{
    QList<const Record *> result;
    const QList<Record> &rows = records(table);
    for (int row : rowIndex(table).byParent.value(parentId))
        result.append(&rows.at(row));
    return result;
}

QString ProjectDocument::recordTitle(TableId table, const QString &recordId) const
{
    const Record *row = record(table, recordId);
    const int field = tableSpec(table).titleField;
    return row && field >= 0 ? row->values.value(field).toString() : QString();
}

// Writes one row at `row` (shifting the rows after it); the caller owns the transaction
// and the cache.
bool ProjectDocument::insertRow(TableId table, int row, const Record &record, const QString &now, bool shiftRows)
{
    const TableSpec &spec = tableSpec(table);
    QStringList placeholders;
    for (int i = 0; i < record.values.size(); ++i)
        placeholders.append(QStringLiteral("?%1").arg(i + 6));
    Statement shift(
        m_db,
        QStringLiteral("UPDATE %1 SET position = position + 1 WHERE position >= ?1").arg(QLatin1String(spec.sqlName)));
    shift.bind(1, row);
    const QString parentColumn = spec.hasParent() ? QLatin1String(spec.parentColumn) + QStringLiteral(", ") : QString();
    const QString parentValue = spec.hasParent() ? QStringLiteral("?5, ") : QString();
    Statement insert(m_db, QStringLiteral("INSERT INTO %1 (id, position, created_at, updated_at, %2%3) VALUES "
                                          "(?1, ?2, ?3, ?4, %4%5)")
                               .arg(QLatin1String(spec.sqlName), parentColumn, columnList(spec), parentValue,
                                    placeholders.join(QStringLiteral(", "))));
    insert.bind(1, record.id).bind(2, row).bind(3, record.createdAt).bind(4, now);
    if (spec.hasParent())
        insert.bind(5, record.parentId);
    for (int i = 0; i < record.values.size(); ++i)
        bindValue(insert, i + 6, record.values.at(i));
    return (!shiftRows || shift.exec()) && insert.exec();
}

bool ProjectDocument::deleteRow(TableId table, const QString &recordId, int row)
{
    const TableSpec &spec = tableSpec(table);
    Statement remove(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(QLatin1String(spec.sqlName)));
    remove.bind(1, recordId);
    Statement shift(
        m_db,
        QStringLiteral("UPDATE %1 SET position = position - 1 WHERE position > ?1").arg(QLatin1String(spec.sqlName)));
    shift.bind(1, row);
    return remove.exec() && shift.exec();
}

namespace {
// Checks and completes a row before it is written; false with a message when it cannot be.
bool prepareRecord(const ProjectDocument &document, TableId table, Record *record, const QString &now, QString *message,
                   const QSet<QString> *parents = nullptr)
{
    const TableSpec &spec = tableSpec(table);
    if (record->id.isEmpty())
        record->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (record->createdAt.isEmpty())
        record->createdAt = now;
    if (record->values.size() != int(spec.fields.size()))
        record->values = emptyRecord(table).values;
    const bool parentFound = !spec.hasParent() || (parents ? parents->contains(record->parentId)
                                                           : document.record(static_cast<TableId>(spec.parentTable),
                                                                             record->parentId) != nullptr);
    if (!parentFound) {
        *message = describeWriteFailure(false, false);
        return false;
    }
    for (int i = 0; i < record->values.size(); ++i) {
        if (!normaliseValue(spec.fields.at(std::size_t(i)), &record->values[i])) {
            *message = QCoreApplication::translate("rk::ProjectDocument",
                                                   "De waarde bij \"%1\" past niet en is niet opgeslagen.")
                           .arg(fieldLabel(table, i));
            return false;
        }
    }
    return true;
}
} // namespace

bool ProjectDocument::insertRecord(TableId table, int row, const Record &given)
{
    if (!canWrite())
        return false;
    QList<Record> &rows = rowsForChange(table);
    if (row < 0 || row > rows.size() || rows.size() >= limits::kMaxRecordsPerTable)
        return failWith(describeWriteFailure(false, false));
    const QString now = nowUtc();
    Record record = given;
    QString message;
    if (!prepareRecord(*this, table, &record, now, &message))
        return failWith(message);
    Transaction transaction(m_db);
    if (!transaction.isActive() || !insertRow(table, row, record, now) || !transaction.commit())
        return failWrite();
    Q_EMIT recordAboutToBeInserted(table, row);
    rows.insert(row, record);
    Q_EMIT recordInserted(table, row);
    return true;
}

bool ProjectDocument::appendRecords(TableId table, const QList<Record> &given)
{
    if (!canWrite())
        return false;
    QList<Record> &rows = rowsForChange(table);
    if (rows.size() + given.size() > limits::kMaxRecordsPerTable)
        return failWith(QCoreApplication::translate("rk::ProjectDocument",
                                                    "Zoveel regels passen niet in één tabel (ten hoogste %1).")
                            .arg(limits::kMaxRecordsPerTable));
    const QString now = nowUtc();
    QSet<QString> parents;
    if (tableSpec(table).hasParent()) {
        for (const Record &parent : records(static_cast<TableId>(tableSpec(table).parentTable)))
            parents.insert(parent.id);
    }
    QList<Record> prepared;
    prepared.reserve(given.size());
    for (Record record : given) {
        QString message;
        if (!prepareRecord(*this, table, &record, now, &message, &parents))
            return failWith(message);
        prepared.append(record);
    }
    // One prepared statement for all rows: preparing per row would cost more than the inserts.
    const TableSpec &spec = tableSpec(table);
    QStringList placeholders;
    for (int i = 0; i < int(spec.fields.size()); ++i)
        placeholders.append(QStringLiteral("?%1").arg(i + 6));
    const QString parentColumn = spec.hasParent() ? QLatin1String(spec.parentColumn) + QStringLiteral(", ") : QString();
    const QString parentValue = spec.hasParent() ? QStringLiteral("?5, ") : QString();
    // A page cache that holds the whole change, so that the transaction does not spill pages
    // to the file halfway (which made a 100,000-row import half again as slow); the usual
    // size comes back afterwards, and with it the memory.
    const qint64 cacheSize = m_db.queryInt(QStringLiteral("PRAGMA cache_size"), -2000);
    m_db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const auto restoreCache =
        qScopeGuard([this, cacheSize] { m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize)); });
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failWrite();
    Statement insert(m_db, QStringLiteral("INSERT INTO %1 (id, position, created_at, updated_at, %2%3) VALUES "
                                          "(?1, ?2, ?3, ?4, %4%5)")
                               .arg(QLatin1String(spec.sqlName), parentColumn, columnList(spec), parentValue,
                                    placeholders.join(QStringLiteral(", "))));
    for (int i = 0; i < prepared.size(); ++i) {
        const Record &record = prepared.at(i);
        insert.reset();
        insert.bind(1, record.id).bind(2, int(rows.size()) + i).bind(3, record.createdAt).bind(4, now);
        if (spec.hasParent())
            insert.bind(5, record.parentId);
        for (int f = 0; f < record.values.size(); ++f)
            bindValue(insert, f + 6, record.values.at(f));
        if (!insert.exec())
            return failWrite();
    }
    if (!transaction.commit())
        return failWrite();
    Q_EMIT tableAboutToBeReset(table);
    rows.append(prepared);
    Q_EMIT tableReset(table);
    return true;
}

bool ProjectDocument::removeRecords(TableId table, const QStringList &recordIds)
{
    if (!canWrite())
        return false;
    // Last rows first, so that each removal shifts as little as possible.
    QList<int> rowNumbers;
    for (const QString &id : recordIds) {
        const int row = recordRow(table, id);
        if (row < 0)
            return failWith(describeWriteFailure(false, false));
        rowNumbers.append(row);
    }
    std::sort(rowNumbers.begin(), rowNumbers.end(), std::greater<int>());
    QList<Record> &rows = rowsForChange(table);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failWrite();
    for (int row : std::as_const(rowNumbers)) {
        if (!deleteRow(table, rows.at(row).id, row))
            return failWrite();
    }
    if (!transaction.commit())
        return failWrite();
    Q_EMIT tableAboutToBeReset(table);
    for (int row : std::as_const(rowNumbers))
        rows.removeAt(row);
    Q_EMIT tableReset(table);
    return true;
}

bool ProjectDocument::removeRecord(TableId table, const QString &recordId, RemovalSnapshot *snapshotOut)
{
    if (!canWrite())
        return false;
    if (recordRow(table, recordId) < 0)
        return failWith(describeWriteFailure(false, false));

    // Collect the row, its descendants (parents first) and the references to any of them.
    RemovalSnapshot snapshot;
    QList<std::pair<TableId, QString>> pending{{table, recordId}};
    while (!pending.isEmpty()) {
        const auto [t, id] = pending.takeFirst();
        const int row = recordRow(t, id);
        snapshot.rows.append({t, row, records(t).at(row)});
        for (TableId child : childTablesOf(t)) {
            for (const Record *c : children(child, id))
                pending.append({child, c->id});
        }
        for (const auto &[referring, field] : referencesTo(t)) {
            const bool removeToo = tableSpec(referring).fields.at(std::size_t(field)).removeWithReferenced;
            for (const Record &r : records(referring)) {
                if (r.values.value(field).toString() != id)
                    continue;
                if (removeToo) {
                    const bool queued = std::any_of(pending.cbegin(), pending.cend(),
                                                    [&](const auto &p) { return p.second == r.id; }) ||
                                        std::any_of(snapshot.rows.cbegin(), snapshot.rows.cend(),
                                                    [&](const auto &row) { return row.record.id == r.id; });
                    if (!queued)
                        pending.append({referring, r.id});
                } else {
                    snapshot.references.append({referring, r.id, field, id});
                }
            }
        }
    }

    // Delete children before parents, each table from its last row up, so the row
    // numbers kept in the snapshot stay those before the removal.
    QList<RemovalSnapshot::Row> order = snapshot.rows;
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        if (a.table != b.table)
            return int(a.table) > int(b.table);
        return a.row > b.row;
    });
    const QString now = nowUtc();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failWrite();
    for (const auto &reference : std::as_const(snapshot.references)) {
        const TableSpec &spec = tableSpec(reference.table);
        Statement clear(m_db, QStringLiteral("UPDATE %1 SET %2 = '', updated_at = ?1 WHERE id = ?2")
                                  .arg(QLatin1String(spec.sqlName),
                                       QLatin1String(spec.fields.at(std::size_t(reference.field)).column)));
        clear.bind(1, now).bind(2, reference.recordId);
        if (!clear.exec())
            return failWrite();
    }
    for (const auto &entry : std::as_const(order)) {
        if (!deleteRow(entry.table, entry.record.id, recordRow(entry.table, entry.record.id)))
            return failWrite();
    }
    if (!transaction.commit())
        return failWrite();

    for (const auto &reference : std::as_const(snapshot.references)) {
        const int row = recordRow(reference.table, reference.recordId);
        rowsForChange(reference.table)[row].values[reference.field] = QString();
        Q_EMIT recordChanged(reference.table, row, reference.field);
    }
    for (const auto &entry : std::as_const(order)) {
        const int row = recordRow(entry.table, entry.record.id);
        Q_EMIT recordAboutToBeRemoved(entry.table, row);
        rowsForChange(entry.table).removeAt(row);
        Q_EMIT recordRemoved(entry.table, row);
    }
    if (snapshotOut)
        *snapshotOut = snapshot;
    return true;
}

bool ProjectDocument::restoreRemoval(const RemovalSnapshot &snapshot)
{
    if (!canWrite())
        return false;
    // Parents first, each table from its first row down: every row returns to its place.
    QList<RemovalSnapshot::Row> order = snapshot.rows;
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        if (a.table != b.table)
            return int(a.table) < int(b.table);
        return a.row < b.row;
    });
    const QString now = nowUtc();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failWrite();
    QHash<int, int> inserted; // rows already restored per table, for bounds
    for (const auto &entry : std::as_const(order)) {
        const int count = int(records(entry.table).size()) + inserted.value(int(entry.table));
        if (!insertRow(entry.table, std::min(entry.row, count), entry.record, now))
            return failWrite();
        inserted[int(entry.table)] += 1;
    }
    for (const auto &reference : std::as_const(snapshot.references)) {
        const TableSpec &spec = tableSpec(reference.table);
        Statement restore(m_db, QStringLiteral("UPDATE %1 SET %2 = ?1, updated_at = ?2 WHERE id = ?3")
                                    .arg(QLatin1String(spec.sqlName),
                                         QLatin1String(spec.fields.at(std::size_t(reference.field)).column)));
        restore.bind(1, reference.oldValue).bind(2, now).bind(3, reference.recordId);
        if (!restore.exec())
            return failWrite();
    }
    if (!transaction.commit())
        return failWrite();

    for (const auto &entry : std::as_const(order)) {
        QList<Record> &rows = rowsForChange(entry.table);
        const int row = std::min(entry.row, int(rows.size()));
        Q_EMIT recordAboutToBeInserted(entry.table, row);
        rows.insert(row, entry.record);
        Q_EMIT recordInserted(entry.table, row);
    }
    for (const auto &reference : std::as_const(snapshot.references)) {
        const int row = recordRow(reference.table, reference.recordId);
        if (row < 0)
            continue;
        rowsForChange(reference.table)[row].values[reference.field] = reference.oldValue;
        Q_EMIT recordChanged(reference.table, row, reference.field);
    }
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
    rowsForChange(table)[row].values[field] = value;
    Q_EMIT recordChanged(table, row, field);
    return true;
}

} // namespace rk
