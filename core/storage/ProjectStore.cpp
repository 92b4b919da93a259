#include "storage/ProjectStore.h"

#include "records/RecordId.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "storage/StoreRows.h"
#include "storage/Transaction.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace rk {

namespace {

// The one statement that records a fact about the file in project_meta.
bool upsertMeta(Database &db, const QString &key, const QString &value, const QString &now)
{
    Statement upsert(db, QStringLiteral("INSERT INTO project_meta (id, key, value, created_at, updated_at) "
                                        "VALUES (?1, ?2, ?3, ?4, ?4) "
                                        "ON CONFLICT(key) DO UPDATE SET value = ?3, updated_at = ?4"));
    upsert.bind(1, newRecordId()).bind(2, key).bind(3, value).bind(4, now);
    return upsert.exec();
}

// Runs `write` in one transaction: all of it is committed, or nothing.
template <typename Write> bool inTransaction(Database &db, Write write)
{
    Transaction transaction(db);
    return transaction.isActive() && write() && transaction.commit();
}

// The history keeps the start of a long text (notes can hold 200,000 characters): enough to
// see what changed, and the history stays small.
constexpr int kLoggedLength = 2000;

QString chapterKeyOf(ChapterId chapter)
{
    return QLatin1String(chapterInfo(chapter).key);
}

QString titleOf(TableId table, const Record &record)
{
    const int field = tableSpec(table).titleField;
    return field >= 0 ? record.values.value(field).toString().left(500) : QString();
}

// The rows of a removal a person chose (the others go with them).
QList<const RemovalSnapshot::Row *> chosenRows(const RemovalSnapshot &snapshot)
{
    QList<const RemovalSnapshot::Row *> rows;
    if (!snapshot.rows.isEmpty())
        rows.append(&snapshot.rows.first());
    return rows;
}

FileProblem problemFromSqlite(int code)
{
    // A rollback journal that only a writable connection may play back: the file is fine.
    if (code == SQLITE_READONLY_ROLLBACK)
        return FileProblem::UnfinishedWrite;
    switch (code & 0xff) {
    case SQLITE_INTERRUPT:
    case SQLITE_NOMEM:
        return FileProblem::TooDemanding;
    case SQLITE_NOTADB:
        return FileProblem::NotSqlite;
    case SQLITE_CORRUPT:
    case SQLITE_TOOBIG:
    case SQLITE_FORMAT:
        return FileProblem::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return FileProblem::Busy;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return FileProblem::NotReadable;
    default:
        return FileProblem::Corrupt;
    }
}

} // namespace

ProjectStore::ProjectStore(Database db)
    : m_db(std::move(db))
{
}

FileProblem ProjectStore::problem() const
{
    return problemFromSqlite(m_db.errorCode());
}

QString ProjectStore::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString ProjectStore::columnList(const TableSpec &spec)
{
    QStringList columns;
    for (const FieldSpec &field : spec.fields)
        columns.append(QLatin1String(field.column));
    return columns.join(QStringLiteral(", "));
}

QString ProjectStore::answerKey(ChapterId chapter, const QString &key)
{
    return QLatin1String(chapterInfo(chapter).key) + QLatin1Char('/') + key;
}

bool ProjectStore::open(const QString &path, Database::Mode mode, qint64 timeBudgetMs)
{
    if (!m_db.open(path, mode))
        return false;
    m_db.configureDefensive();
    m_db.setTimeBudget(timeBudgetMs);
    return true;
}

void ProjectStore::settleAfterFailure()
{
    const QString path = m_db.path();
    if (path.isEmpty() || m_db.isReadOnly() || !QFileInfo::exists(path + QStringLiteral("-journal")))
        return;
    // The connection that failed keeps the file as it left it; a new one finds the journal
    // and puts every page back before its first read. The failure's own code and message
    // stay, for problem() and isDiskFull().
    const int code = m_db.errorCode();
    const QString message = m_db.errorMessage();
    m_db.close();
    if (open(path, Database::Mode::ReadWrite, -1))
        useRollbackJournal();
    m_db.setError(code, message);
}

QString ProjectStore::metaValueUnchecked(const QString &key)
{
    Statement select(m_db, QStringLiteral("SELECT value FROM project_meta WHERE key = ?1"));
    select.bind(1, key);
    return select.next() && select.isText(0) ? select.text(0) : QString();
}

qint64 ProjectStore::applicationId()
{
    return m_db.queryInt(QStringLiteral("PRAGMA application_id"), 0);
}

qint64 ProjectStore::userVersion()
{
    return m_db.queryInt(QStringLiteral("PRAGMA user_version"), -1);
}

bool ProjectStore::quickCheck(QString *detail)
{
    Statement check(m_db, QStringLiteral("PRAGMA quick_check(1)"));
    if (!check.next()) {
        *detail = m_db.errorMessage();
        return false;
    }
    *detail = check.text(0);
    return *detail == QLatin1String("ok");
}

bool ProjectStore::matchesSchema(int version, QString *detail)
{
    return schema::matchesVersion(m_db, version, detail);
}

bool ProjectStore::isReadableNewer(QString *detail)
{
    return schema::isReadableSuperset(m_db, detail);
}

bool ProjectStore::migrateToCurrent(int from)
{
    return schema::migrate(m_db, from, schema::kCurrentVersion);
}

bool ProjectStore::useRollbackJournal()
{
    const QString mode = m_db.queryText(QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (mode.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return false;
    return m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

bool ProjectStore::copyInto(const QString &emptyFile)
{
    return m_db.vacuumInto(emptyFile);
}

bool ProjectStore::updateNotes(ChapterId chapter, const QString &notes, const QString &now)
{
    if (!logUpdate(QStringLiteral("chapter_state"), QStringLiteral("notes"), QStringLiteral("chapter"),
                   chapterKeyOf(chapter), notes, chapterKeyOf(chapter), QStringLiteral("notes"), QString(), QString(),
                   now))
        return false;
    Statement update(m_db, QStringLiteral("UPDATE chapter_state SET notes = ?1, updated_at = ?2 WHERE chapter = ?3"));
    update.bind(1, notes).bind(2, now).bind(3, QLatin1String(chapterInfo(chapter).key));
    return update.exec();
}

bool ProjectStore::updateStatus(ChapterId chapter, ChapterStatus status, const QString &now)
{
    if (!logUpdate(QStringLiteral("chapter_state"), QStringLiteral("status"), QStringLiteral("chapter"),
                   chapterKeyOf(chapter), int(status), chapterKeyOf(chapter), QStringLiteral("status"), QString(),
                   QString(), now))
        return false;
    Statement update(m_db, QStringLiteral("UPDATE chapter_state SET status = ?1, updated_at = ?2 WHERE chapter = ?3"));
    update.bind(1, int(status)).bind(2, now).bind(3, QLatin1String(chapterInfo(chapter).key));
    return update.exec();
}

bool ProjectStore::updateProject(const ProjectInfo &info, const QString &now)
{
    const QList<std::pair<const char *, QVariant>> logged = {
        {"gemeente", info.gemeente},         {"title", info.title},
        {"start_year", info.startYear},      {"horizon_years", info.horizonYears},
        {"house_colour", info.style.colour}, {"house_font", info.style.font},
        {"sender", info.style.sender},       {"department", info.style.department}};
    for (const auto &[column, value] : logged) {
        if (!logUpdate(QStringLiteral("project"), QLatin1String(column), QStringLiteral("id"), info.id, value,
                       QString(), QStringLiteral("project"), QString(), QLatin1String(column), now))
            return false;
    }
    Statement update(m_db, QStringLiteral("UPDATE project SET gemeente = ?1, title = ?2, start_year = ?3, "
                                          "horizon_years = ?4, updated_at = ?5, logo = ?6, logo_format = ?7, "
                                          "house_colour = ?8, house_font = ?9, sender = ?10, department = ?11"));
    update.bind(1, info.gemeente).bind(2, info.title).bind(3, info.startYear).bind(4, info.horizonYears);
    update.bind(5, now);
    const HouseStyle &style = info.style;
    update.bindBlob(6, style.logo);
    if (style.logo.isEmpty())
        update.bindNull(7);
    else
        update.bind(7, style.logoFormat);
    update.bind(8, style.colour).bind(9, style.font).bind(10, style.sender).bind(11, style.department);
    return update.exec();
}

bool ProjectStore::upsertAnswer(ChapterId chapter, const QString &questionKey, const QString &answer,
                                const QString &now)
{
    if (m_history) {
        Statement old(m_db,
                      QStringLiteral("SELECT answer FROM question_answer WHERE chapter = ?1 AND question_key = ?2"));
        old.bind(1, chapterKeyOf(chapter)).bind(2, questionKey);
        const QString before = old.next() ? old.text(0) : QString();
        if (before != answer && !logChange("changed", chapterKeyOf(chapter), QStringLiteral("answer"), questionKey,
                                           QString(), before, answer, now))
            return false;
    }
    Statement upsert(m_db, QStringLiteral("INSERT INTO question_answer (id, chapter, question_key, answer, "
                                          "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT "
                                          "(chapter, question_key) DO UPDATE SET answer = ?4, updated_at = ?5"));
    upsert.bind(1, newRecordId()).bind(2, QLatin1String(chapterInfo(chapter).key)).bind(3, questionKey);
    upsert.bind(4, answer).bind(5, now);
    return upsert.exec();
}

bool ProjectStore::upsertChecklist(ChapterId chapter, const QString &itemKey, const ChecklistEntry &entry,
                                   const QString &now)
{
    if (m_history) {
        Statement old(m_db, QStringLiteral("SELECT answer, comment FROM checklist_answer WHERE chapter = ?1 AND "
                                           "item_key = ?2"));
        old.bind(1, chapterKeyOf(chapter)).bind(2, itemKey);
        const QString before = old.next() ? QStringLiteral("%1|%2").arg(old.integer(0)).arg(old.text(1)) : QString();
        const QString after = QStringLiteral("%1|%2").arg(int(entry.answer)).arg(entry.comment);
        if (before != after && !(before.isEmpty() && after == QLatin1String("0|")) &&
            !logChange("changed", chapterKeyOf(chapter), QStringLiteral("checklist"), itemKey, QString(), before, after,
                       now))
            return false;
    }
    Statement upsert(m_db, QStringLiteral("INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, "
                                          "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON "
                                          "CONFLICT (chapter, item_key) DO UPDATE SET answer = ?4, comment = ?5, "
                                          "updated_at = ?6"));
    upsert.bind(1, newRecordId()).bind(2, QLatin1String(chapterInfo(chapter).key)).bind(3, itemKey);
    upsert.bind(4, int(entry.answer)).bind(5, entry.comment).bind(6, now);
    return upsert.exec();
}

bool ProjectStore::writeWorkbook(const RecordChanges::WorkbookWrite &write, const QString &now)
{
    using Kind = RecordChanges::WorkbookWrite::Kind;
    switch (write.kind) {
    case Kind::Answer:
        return upsertAnswer(write.chapter, write.key, write.text, now);
    case Kind::Checklist:
        return upsertChecklist(write.chapter, write.key, write.entry, now);
    case Kind::Notes:
        return updateNotes(write.chapter, write.text, now);
    case Kind::Status:
        return updateStatus(write.chapter, write.status, now);
    }
    return false;
}

bool ProjectStore::writeChapterNotes(ChapterId chapter, const QString &notes, const QString &now)
{
    return inTransaction(m_db, [&] { return updateNotes(chapter, notes, now); });
}

bool ProjectStore::writeChapterStatus(ChapterId chapter, ChapterStatus status, const QString &now)
{
    return inTransaction(m_db, [&] { return updateStatus(chapter, status, now); });
}

bool ProjectStore::writeProjectInfo(const ProjectInfo &info, const QString &now)
{
    return inTransaction(m_db, [&] { return updateProject(info, now); });
}

bool ProjectStore::writeMeta(const QString &key, const QString &value, const QString &now)
{
    return inTransaction(m_db, [&] { return upsertMeta(m_db, key, value, now); });
}

bool ProjectStore::writeAnswer(ChapterId chapter, const QString &questionKey, const QString &answer, const QString &now)
{
    return inTransaction(m_db, [&] { return upsertAnswer(chapter, questionKey, answer, now); });
}

bool ProjectStore::writeChecklistEntry(ChapterId chapter, const QString &itemKey, const ChecklistEntry &entry,
                                       const QString &now)
{
    return inTransaction(m_db, [&] { return upsertChecklist(chapter, itemKey, entry, now); });
}

bool ProjectStore::insertRow(TableId table, int row, const Record &record, const QString &now, bool shift)
{
    const TableSpec &spec = tableSpec(table);
    if (shift) {
        Statement move(m_db, QStringLiteral("UPDATE %1 SET position = position + 1 WHERE position >= ?1")
                                 .arg(QLatin1String(spec.sqlName)));
        move.bind(1, row);
        if (!move.exec())
            return false;
    }
    Statement insert(m_db, insertSql(spec));
    bindRecord(insert, spec, record, row, now);
    return insert.exec() && (!shift || logRows("added", table, {record}, now));
}

bool ProjectStore::deleteRow(TableId table, const QString &recordId, int row)
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

bool ProjectStore::insertRecord(TableId table, int row, const Record &record, const QString &now)
{
    return inTransaction(m_db, [&] { return insertRow(table, row, record, now, true); });
}

bool ProjectStore::removeRowsFrom(TableId table, int firstRow)
{
    Statement remove(
        m_db, QStringLiteral("DELETE FROM %1 WHERE position >= ?1").arg(QLatin1String(tableSpec(table).sqlName)));
    remove.bind(1, firstRow);
    return inTransaction(m_db, [&] {
        return remove.exec() &&
               (m_db.changes() == 0 ||
                logChange("removed", chapterKeyOf(tableSpec(table).chapter), QLatin1String(tableSpec(table).sqlName),
                          QString(), QString(), QString(), QString::number(m_db.changes()), nowUtc()));
    });
}

bool ProjectStore::setReference(const RemovalSnapshot::ClearedReference &reference, const QString &value,
                                const QString &now)
{
    const TableSpec &spec = tableSpec(reference.table);
    Statement update(m_db, QStringLiteral("UPDATE %1 SET %2 = ?1, updated_at = ?2 WHERE id = ?3")
                               .arg(QLatin1String(spec.sqlName),
                                    QLatin1String(spec.fields.at(std::size_t(reference.field)).column)));
    update.bind(1, value).bind(2, now).bind(3, reference.recordId);
    return update.exec();
}

bool ProjectStore::removeRows(const RemovalSnapshot &snapshot, const QString &now)
{
    for (const RemovalSnapshot::Row *row : chosenRows(snapshot)) {
        if (!logChange("removed", chapterKeyOf(tableSpec(row->table).chapter),
                       QLatin1String(tableSpec(row->table).sqlName), row->record.id, QString(),
                       titleOf(row->table, row->record), QString(), now))
            return false;
    }
    for (const auto &reference : snapshot.references) {
        if (!setReference(reference, QString(), now))
            return false;
    }
    // Children before parents, each table from its last row up: the snapshot's row numbers
    // stay right while rows go.
    for (const auto &entry : deletionOrder(snapshot)) {
        if (!deleteRow(entry.table, entry.record.id, entry.row))
            return false;
    }
    return true;
}

bool ProjectStore::restoreRows(const RemovalSnapshot &usedSnapshot, const QString &now)
{
    // The row a person removed comes back (the others with it): one line in the history.
    const bool history = m_history;
    m_history = false;
    bool inserted = true;
    for (const auto &entry : usedSnapshot.rows)
        inserted = inserted && insertRow(entry.table, entry.row, entry.record, now, true);
    m_history = history;
    if (!inserted)
        return false;
    for (const RemovalSnapshot::Row *row : chosenRows(usedSnapshot)) {
        if (!logRows("added", row->table, {row->record}, now))
            return false;
    }
    for (const auto &reference : usedSnapshot.references) {
        if (!setReference(reference, reference.oldValue, now))
            return false;
    }
    return true;
}

bool ProjectStore::applyRemoval(const RemovalSnapshot &snapshot, const QString &now)
{
    return inTransaction(m_db, [&] { return removeRows(snapshot, now); });
}

bool ProjectStore::restoreRemoval(const RemovalSnapshot &snapshot, const RecordTablesContent &current,
                                  const QString &now)
{
    const RemovalSnapshot used = placedForRestore(snapshot, current);
    return inTransaction(m_db, [&] { return restoreRows(used, now); });
}

bool ProjectStore::writeRecordField(TableId table, const QString &recordId, int field, const QVariant &value,
                                    const QString &now)
{
    return inTransaction(m_db, [&] { return updateField(table, recordId, field, value, now); });
}

bool ProjectStore::updateField(TableId table, const QString &recordId, int field, const QVariant &value,
                               const QString &now)
{
    const TableSpec &spec = tableSpec(table);
    const QString column = QLatin1String(spec.fields.at(std::size_t(field)).column);
    if (!logUpdate(QLatin1String(spec.sqlName), column, QStringLiteral("id"), recordId, value,
                   chapterKeyOf(spec.chapter), QLatin1String(spec.sqlName), recordId, column, now))
        return false;
    Statement update(m_db,
                     QStringLiteral("UPDATE %1 SET %2 = ?1, updated_at = ?2 WHERE id = ?3")
                         .arg(QLatin1String(spec.sqlName), QLatin1String(spec.fields.at(std::size_t(field)).column)));
    bindValue(update, 1, value);
    update.bind(2, now).bind(3, recordId);
    return update.exec();
}

bool ProjectStore::writeChanges(const ChangeSet &changes, const QString &now)
{
    auto writeFields = [&] {
        for (const RecordChanges::Write &write : changes.writes ? *changes.writes : QList<RecordChanges::Write>()) {
            if (!updateField(write.table, write.recordId, write.field, write.value, now))
                return false;
        }
        return true;
    };
    auto writeOutside = [&] {
        if (changes.workbook) {
            for (const RecordChanges::WorkbookWrite &write : *changes.workbook) {
                if (!writeWorkbook(write, now))
                    return false;
            }
        }
        return !changes.project || updateProject(*changes.project, now);
    };
    return inTransaction(m_db, [&] {
        if (changes.reverting) {
            if (!writeOutside() || !writeFields())
                return false;
            for (const RowsFrom &removal : changes.rowRemovals) {
                Statement remove(m_db, QStringLiteral("DELETE FROM %1 WHERE position >= ?1")
                                           .arg(QLatin1String(tableSpec(removal.table).sqlName)));
                remove.bind(1, removal.firstRow);
                if (!remove.exec() || (removal.records && !logRows("removed", removal.table, *removal.records, now)))
                    return false;
            }
            for (const RemovalSnapshot *snapshot : changes.restorations) {
                if (!restoreRows(*snapshot, now))
                    return false;
            }
            return true;
        }
        for (const RemovalSnapshot *snapshot : changes.removals) {
            if (!removeRows(*snapshot, now))
                return false;
        }
        for (const RowsFrom &append : changes.appends) {
            if (!appendRows(append.table, append.firstRow, *append.records, now))
                return false;
        }
        return writeFields() && writeOutside();
    });
}

bool ProjectStore::runScript(const QString &sql)
{
    return inTransaction(m_db, [&] { return m_db.exec(sql); }) && m_db.exec(QStringLiteral("VACUUM"));
}

bool ProjectStore::createProject(const QString &emptyFile, const ProjectInfo &info, QString *detail)
{
    Database db;
    if (!db.open(emptyFile, Database::Mode::Create)) {
        *detail = db.errorMessage();
        return false;
    }
    db.configureDefensive();
    db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    const QString now = nowUtc();
    const bool ok =
        schema::create(db) && inTransaction(db, [&] {
            Statement project(db, QStringLiteral("INSERT INTO project (id, gemeente, title, start_year, horizon_years, "
                                                 "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"));
            project.bind(1, newRecordId()).bind(2, info.gemeente.trimmed()).bind(3, info.title.trimmed());
            project.bind(4, info.startYear).bind(5, info.horizonYears).bind(6, now);
            if (!project.exec())
                return false;
            Statement insert(db, QStringLiteral("INSERT INTO chapter_state (id, chapter, created_at, updated_at) "
                                                "VALUES (?1, ?2, ?3, ?3)"));
            for (const ChapterInfo &chapter : chapterInfos()) {
                insert.reset();
                insert.bind(1, newRecordId()).bind(2, QLatin1String(chapter.key)).bind(3, now);
                if (!insert.exec())
                    return false;
            }
            return true;
        });
    if (!ok)
        *detail = db.errorMessage();
    return ok;
}

bool ProjectStore::prepareShareCopy(const QString &copyPath, bool keepPersonalData, const QMap<QString, QString> &facts)
{
    Database copy;
    if (!copy.open(copyPath, Database::Mode::ReadWrite))
        return false;
    copy.configureDefensive();
    copy.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    const QString now = nowUtc();
    const bool ok = inTransaction(copy, [&] {
        // What this project sent before is its own: it may hold personal data, and a copy
        // has no use for it.
        bool done = copy.exec(QStringLiteral("DELETE FROM share_sent_part")) &&
                    copy.exec(QStringLiteral("DELETE FROM share_sent"));
        // Columns that no version shows any more could carry old text unseen.
        for (const schema::RetiredColumn &retired : schema::kRetiredColumns)
            done = done && copy.exec(QStringLiteral("UPDATE %1 SET %2 = '' WHERE %2 <> ''")
                                         .arg(QLatin1String(retired.table), QLatin1String(retired.column)));
        for (const TableSpec &spec : tableSpecs()) {
            for (const FieldSpec &field : spec.fields) {
                if (field.personal && !keepPersonalData)
                    done = done &&
                           copy.exec(QStringLiteral("UPDATE %1 SET %2 = ''")
                                         .arg(QLatin1String(spec.sqlName), QLatin1String(field.column))) &&
                           copy.exec(QStringLiteral("DELETE FROM change_log WHERE target = '%1' AND field = '%2'")
                                         .arg(QLatin1String(spec.sqlName), QLatin1String(field.column)));
            }
        }
        for (auto fact = facts.cbegin(); done && fact != facts.cend(); ++fact)
            done = upsertMeta(copy, fact.key(), fact.value(), now);
        return done;
    });
    // Removed text must not linger in free pages of the copy.
    return ok && copy.exec(QStringLiteral("VACUUM"));
}

bool ProjectStore::logChange(const char *change, const QString &chapter, const QString &target, const QString &record,
                             const QString &field, const QString &oldValue, const QString &newValue, const QString &now)
{
    if (!m_history)
        return true;
    Statement insert(m_db,
                     QStringLiteral("INSERT INTO change_log (at, author, step, change, chapter, target, record, "
                                    "field, old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    insert.bind(1, now).bind(2, m_author).bind(3, m_step).bind(4, QLatin1String(change)).bind(5, chapter);
    insert.bind(6, target).bind(7, record).bind(8, field).bind(9, oldValue.left(kLoggedLength));
    insert.bind(10, newValue.left(kLoggedLength));
    return insert.exec();
}

bool ProjectStore::logUpdate(const QString &table, const QString &column, const QString &where, const QString &key,
                             const QVariant &newValue, const QString &chapter, const QString &target,
                             const QString &record, const QString &field, const QString &now)
{
    if (!m_history)
        return true;
    // Read and compared by SQLite, so that old and new are text of the same form.
    Statement insert(
        m_db,
        QStringLiteral(
            "INSERT INTO change_log (at, author, step, change, chapter, target, record, "
            "field, old_value, new_value) SELECT ?1, ?2, ?3, 'changed', ?4, ?5, ?6, ?7, "
            "substr(COALESCE(CAST(%1 AS TEXT), ''), 1, %4), substr(COALESCE(CAST(?8 AS TEXT), ''), 1, %4) FROM %2 "
            "WHERE %3 = ?9 AND %1 IS NOT ?8")
            .arg(column, table, where)
            .arg(kLoggedLength));
    insert.bind(1, now).bind(2, m_author).bind(3, m_step).bind(4, chapter).bind(5, target).bind(6, record);
    insert.bind(7, field);
    bindValue(insert, 8, newValue);
    insert.bind(9, key);
    return insert.exec();
}

bool ProjectStore::logRows(const char *change, TableId table, const QList<Record> &rows, const QString &now,
                           qsizetype count)
{
    if (count < 0)
        count = rows.size();
    if (!m_history || count == 0)
        return true;
    const TableSpec &spec = tableSpec(table);
    // Many rows at once (an import) are one line: how many.
    if (count > kRowsNamed)
        return logChange(change, chapterKeyOf(spec.chapter), QLatin1String(spec.sqlName), QString(), QString(),
                         QString(), QString::number(count), now);
    // The row's title: what it became when added, what it was when removed.
    const bool removed = qstrcmp(change, "removed") == 0;
    for (const Record &row : rows) {
        const QString title = titleOf(table, row);
        if (!logChange(change, chapterKeyOf(spec.chapter), QLatin1String(spec.sqlName), row.id, QString(),
                       removed ? title : QString(), removed ? QString() : title, now))
            return false;
    }
    return true;
}

bool ProjectStore::loadHistory(const HistoryFilter &filter, QList<HistoryEntry> *entries)
{
    entries->clear();
    if (!m_history)
        return true;
    Statement rows(m_db, QStringLiteral("SELECT at, author, step, change, chapter, target, record, field, old_value, "
                                        "new_value FROM change_log WHERE (?1 = '' OR author = ?1) AND (?2 = '' OR "
                                        "chapter = ?2) AND (?3 = '' OR record = ?3) AND (?4 = '' OR at >= ?4) AND "
                                        "(?5 = '' OR at < ?5) ORDER BY id DESC LIMIT ?6"));
    const QDate to = QDate::fromString(filter.to, Qt::ISODate);
    rows.bind(1, filter.author).bind(2, filter.chapter).bind(3, filter.record).bind(4, filter.from);
    rows.bind(5, to.isValid() ? to.addDays(1).toString(Qt::ISODate) : QString()).bind(6, filter.limit);
    while (rows.next()) {
        HistoryEntry entry{rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4),
                           rows.text(5), rows.text(6), rows.text(7), rows.text(8), rows.text(9)};
        entries->append(entry);
    }
    return !rows.hasError();
}

QStringList ProjectStore::historyAuthors()
{
    QStringList authors;
    if (!m_history)
        return authors;
    Statement rows(m_db, QStringLiteral("SELECT DISTINCT author FROM change_log WHERE author <> '' ORDER BY author"));
    while (rows.next())
        authors.append(rows.text(0));
    return authors;
}

bool ProjectStore::recordShare(const SentShare &share, const QByteArray &compressedCopy, const QString &now)
{
    const qsizetype parts = (compressedCopy.size() + limits::kSharePartBytes - 1) / limits::kSharePartBytes;
    if (parts > limits::kMaxShareParts) {
        m_db.setError(SQLITE_TOOBIG, QStringLiteral("share copy too large"));
        return false;
    }
    return inTransaction(m_db, [&] {
        Statement insert(m_db, QStringLiteral("INSERT INTO share_sent (id, shared_at, shared_by, shared_with, "
                                              "personal_data_removed, parts, created_at, updated_at) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"));
        insert.bind(1, share.id).bind(2, share.sharedAt).bind(3, share.sharedBy).bind(4, share.sharedWith);
        insert.bind(5, share.personalDataRemoved ? 1 : 0).bind(6, int(parts)).bind(7, now);
        if (!insert.exec())
            return false;
        Statement part(m_db, QStringLiteral("INSERT INTO share_sent_part (share_id, part, data) VALUES (?1, ?2, ?3)"));
        for (qsizetype i = 0; i < parts; ++i) {
            part.reset();
            part.bind(1, share.id).bind(2, int(i));
            part.bindBlob(3, compressedCopy.mid(i * limits::kSharePartBytes, limits::kSharePartBytes));
            if (!part.exec())
                return false;
        }
        // Only the newest are kept (by when they were shared, then by id for the same moment).
        const QString older = QStringLiteral("SELECT id FROM share_sent ORDER BY shared_at DESC, id DESC "
                                             "LIMIT -1 OFFSET %1")
                                  .arg(limits::kKeptShares);
        return m_db.exec(QStringLiteral("DELETE FROM share_sent_part WHERE share_id IN (%1)").arg(older)) &&
               m_db.exec(QStringLiteral("DELETE FROM share_sent WHERE id IN (%1)").arg(older));
    });
}

bool ProjectStore::loadShares(QList<SentShare> *shares)
{
    shares->clear();
    Statement rows(m_db, QStringLiteral("SELECT id, shared_at, shared_by, shared_with, personal_data_removed "
                                        "FROM share_sent ORDER BY shared_at DESC, id DESC LIMIT %1")
                             .arg(limits::kKeptShares * 4));
    while (rows.next()) {
        if (!rows.isText(0) || !rows.isText(1) || !rows.isText(2) || !rows.isText(3) || !rows.isInteger(4))
            continue;
        SentShare share{rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.integer(4) != 0};
        if (!isStorableText(share.sharedBy, limits::kNameLength) ||
            !isStorableText(share.sharedWith, limits::kShareAddressLength))
            continue;
        shares->append(share);
    }
    return !rows.hasError();
}

bool ProjectStore::loadShareCopy(const QString &shareId, QByteArray *compressedCopy)
{
    compressedCopy->clear();
    Statement share(m_db, QStringLiteral("SELECT parts FROM share_sent WHERE id = ?1"));
    share.bind(1, shareId);
    if (!share.next() || !share.isInteger(0))
        return false;
    const qint64 expected = share.integer(0);
    Statement parts(m_db, QStringLiteral("SELECT part, data FROM share_sent_part WHERE share_id = ?1 ORDER BY part"));
    parts.bind(1, shareId);
    qint64 next = 0;
    while (parts.next()) {
        if (!parts.isInteger(0) || parts.integer(0) != next || !parts.isBlob(1) || next >= expected)
            return false;
        compressedCopy->append(parts.blob(1));
        ++next;
    }
    return !parts.hasError() && next == expected && expected > 0;
}

} // namespace rk
