// ProjectDocument, part two: the chapter workbooks (answers, checklists, tables).

#include "ProjectDocument.h"

#include "records/RecordId.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace rk {

namespace {
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

QString ProjectDocument::answer(ChapterId chapter, const QString &questionKey) const
{
    return m_answers.value(ProjectStore::answerKey(chapter, questionKey));
}

ChecklistEntry ProjectDocument::checklistEntry(ChapterId chapter, const QString &itemKey) const
{
    return m_checklist.value(ProjectStore::answerKey(chapter, itemKey));
}

QList<ChecklistItemEntry> ProjectDocument::checklistEntries() const
{
    QList<ChecklistItemEntry> entries;
    for (auto it = m_checklist.cbegin(); it != m_checklist.cend(); ++it) {
        const QString chapterKey = it.key().section(QLatin1Char('/'), 0, 0);
        const auto chapter = chapterFromKey(chapterKey);
        if (chapter)
            entries.append({*chapter, it.key().mid(chapterKey.size() + 1), it.value()});
    }
    std::sort(entries.begin(), entries.end(), [](const ChecklistItemEntry &a, const ChecklistItemEntry &b) {
        return a.chapter != b.chapter ? a.chapter < b.chapter : a.itemKey < b.itemKey;
    });
    return entries;
}

QList<ProjectDocument::AnswerEntry> ProjectDocument::answerEntries() const
{
    QList<AnswerEntry> entries;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        const QString chapterKey = it.key().section(QLatin1Char('/'), 0, 0);
        const auto chapter = chapterFromKey(chapterKey);
        if (chapter)
            entries.append({*chapter, it.key().mid(chapterKey.size() + 1), it.value()});
    }
    std::sort(entries.begin(), entries.end(), [](const AnswerEntry &a, const AnswerEntry &b) {
        return a.chapter != b.chapter ? a.chapter < b.chapter : a.questionKey < b.questionKey;
    });
    return entries;
}

const QList<Record> &ProjectDocument::records(TableId table) const
{
    loadFromFile(table);
    return m_records.at(std::size_t(table));
}

const RecordTablesContent &ProjectDocument::allRecords() const
{
    loadAllFromFile();
    return m_records;
}

void ProjectDocument::loadFromFile(TableId table) const
{
    bool &onFile = m_onFile.at(std::size_t(table));
    if (!onFile)
        return;
    onFile = false;
    QString detail;
    QList<Record> rows;
    if (!m_store->loadTable(table, parentIds(table), &rows, &detail)) {
        // The file was written a moment ago; should it fail to read now, the document shows
        // no rows of that table and takes no more edits (canWrite()), rather than write from
        // a memory that is not the file's.
        m_reloadProblem = QCoreApplication::translate(
                              "rk::ProjectDocument",
                              "Het project kon niet opnieuw worden gelezen (%1). Sluit het en open het opnieuw.")
                              .arg(detail);
        rows.clear();
    }
    m_records.at(std::size_t(table)) = std::move(rows); // its index was let go when it was left on file
}

void ProjectDocument::loadAllFromFile() const
{
    for (const TableSpec &spec : tableSpecs())
        loadFromFile(spec.id);
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

QVariant &ProjectDocument::fieldForChange(TableId table, int row, int field)
{
    // A field's value is neither an id nor a parent: the table's index stays right.
    loadFromFile(table);
    return m_records.at(std::size_t(table))[row].values[field];
}

QList<Record> &ProjectDocument::rowsForChange(TableId table)
{
    loadFromFile(table);
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
    if (!m_store->writeAnswer(chapter, questionKey, text, ProjectStore::nowUtc()))
        return failWrite();
    m_answers.insert(ProjectStore::answerKey(chapter, questionKey), text);
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
    if (!m_store->writeChecklistEntry(chapter, itemKey, entry, ProjectStore::nowUtc()))
        return failWrite();
    m_checklist.insert(ProjectStore::answerKey(chapter, itemKey), entry);
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

bool ProjectDocument::prepareRecord(TableId table, Record *record, const QString &now, QString *message,
                                    const QSet<QString> *parents) const
{
    const TableSpec &spec = tableSpec(table);
    if (record->id.isEmpty())
        record->id = newRecordId();
    if (record->createdAt.isEmpty())
        record->createdAt = now;
    if (record->values.size() != int(spec.fields.size()))
        record->values = emptyRecord(table).values;
    const bool parentFound = !spec.hasParent() || (parents ? parents->contains(record->parentId)
                                                           : this->record(static_cast<TableId>(spec.parentTable),
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

QSet<QString> ProjectDocument::parentIds(TableId table) const
{
    QSet<QString> parents;
    if (tableSpec(table).hasParent()) {
        for (const Record &parent : records(static_cast<TableId>(tableSpec(table).parentTable)))
            parents.insert(parent.id);
    }
    return parents;
}

bool ProjectDocument::insertRecord(TableId table, int row, const Record &given)
{
    if (!canWrite())
        return false;
    QList<Record> &rows = rowsForChange(table);
    if (row < 0 || row > rows.size() || rows.size() >= limits::kMaxRecordsPerTable)
        return failWith(describeWriteFailure(false, false));
    const QString now = ProjectStore::nowUtc();
    Record record = given;
    QString message;
    if (!prepareRecord(table, &record, now, &message))
        return failWith(message);
    if (!m_store->insertRecord(table, row, record, now))
        return failWrite();
    Q_EMIT recordAboutToBeInserted(table, row);
    rows.insert(row, record);
    Q_EMIT recordInserted(table, row);
    return true;
}

// After a change's writes reached the file: each row takes the written value, and the write
// keeps the value it replaced (`previous`), so that the same change can be reverted.
void ProjectDocument::swapWrittenValues(RecordChanges *changes, const QList<QVariant> &previous)
{
    for (int i = 0; i < changes->writes.size(); ++i) {
        RecordChanges::Write &write = changes->writes[i];
        const int row = recordRow(write.table, write.recordId);
        fieldForChange(write.table, row, write.field) = write.value;
        write.value = previous.at(i);
        Q_EMIT recordChanged(write.table, row, write.field);
    }
}

bool ProjectDocument::checkWorkbookWrite(const RecordChanges::WorkbookWrite &write)
{
    using Kind = RecordChanges::WorkbookWrite::Kind;
    const bool fits =
        (write.kind == Kind::Answer && write.text.size() <= limits::kAnswerLength && !write.key.isEmpty()) ||
        (write.kind == Kind::Checklist && write.entry.comment.size() <= limits::kCommentLength &&
         !write.key.isEmpty()) ||
        (write.kind == Kind::Notes && write.text.size() <= limits::kNotesLength) || write.kind == Kind::Status;
    return fits || failWith(QCoreApplication::translate("rk::ProjectDocument",
                                                        "Een antwoord of notitie is te lang en er is niets "
                                                        "opgeslagen."));
}

void ProjectDocument::swapWorkbookWrites(RecordChanges *changes, const QString &now)
{
    using Kind = RecordChanges::WorkbookWrite::Kind;
    for (RecordChanges::WorkbookWrite &write : changes->workbook) {
        const QString key = ProjectStore::answerKey(write.chapter, write.key);
        ChapterState &state = chapterRef(write.chapter);
        switch (write.kind) {
        case Kind::Answer: {
            const QString before = m_answers.value(key);
            m_answers.insert(key, write.text);
            write.text = before;
            Q_EMIT answerChanged(write.chapter, write.key);
            break;
        }
        case Kind::Checklist: {
            const ChecklistEntry before = m_checklist.value(key);
            m_checklist.insert(key, write.entry);
            write.entry = before;
            Q_EMIT checklistEntryChanged(write.chapter, write.key);
            break;
        }
        case Kind::Notes:
            std::swap(state.notes, write.text);
            state.updatedAt = now;
            Q_EMIT chapterChanged(write.chapter);
            break;
        case Kind::Status:
            std::swap(state.status, write.status);
            state.updatedAt = now;
            Q_EMIT chapterChanged(write.chapter);
            break;
        }
    }
}

void ProjectDocument::swapProjectInfo(RecordChanges *changes, const QString &now)
{
    if (!changes->project)
        return;
    ProjectInfo &written = *changes->project;
    std::swap(m_project.gemeente, written.gemeente);
    std::swap(m_project.title, written.title);
    std::swap(m_project.startYear, written.startYear);
    std::swap(m_project.horizonYears, written.horizonYears);
    m_project.updatedAt = now;
    Q_EMIT projectInfoChanged();
}

void ProjectDocument::resetTables(const RecordTablesContent &content, const QSet<int> &tables)
{
    for (int table : tables) {
        const auto id = static_cast<TableId>(table);
        Q_EMIT tableAboutToBeReset(id);
        rowsForChange(id) = content.at(std::size_t(table));
        Q_EMIT tableReset(id);
    }
}

namespace {
// The tables a removal touches: those it takes rows from and those whose references it clears.
void addTablesOf(const RemovalSnapshot &snapshot, QSet<int> *tables)
{
    for (const auto &row : snapshot.rows)
        tables->insert(int(row.table));
    for (const auto &reference : snapshot.references)
        tables->insert(int(reference.table));
}

// The project info a change writes: the current one with the changed name, municipality and
// years (the house style and the keys stay as they are).
ProjectInfo withProjectFields(const ProjectInfo &current, const ProjectInfo &fields)
{
    ProjectInfo info = current;
    info.gemeente = fields.gemeente;
    info.title = fields.title;
    info.startYear = fields.startYear;
    info.horizonYears = fields.horizonYears;
    return info;
}
} // namespace

bool ProjectDocument::applyChanges(RecordChanges *changes)
{
    if (!canWrite())
        return false;
    const QString now = ProjectStore::nowUtc();
    // Removals first, each planned on the rows as the ones before it leave them.
    const bool removing = !changes->removals.isEmpty();
    RecordTablesContent afterRemovals;
    QSet<int> removalTables;
    if (removing) {
        afterRemovals = allRecords();
        for (RecordChanges::Removal &removal : changes->removals) {
            removal.snapshot = planRemoval(removal.table, removal.recordId, afterRemovals);
            removeFromContent(removal.snapshot, &afterRemovals);
            addTablesOf(removal.snapshot, &removalTables);
        }
    }
    const RecordTablesContent &rowsNow = removing ? afterRemovals : allRecords();
    // Row numbers by id in the rows as they will be, made per table when first asked.
    std::array<std::optional<QHash<QString, int>>, kTableCount> rowById;
    const auto rowOf = [&](TableId table, const QString &id) {
        if (!removing)
            return recordRow(table, id);
        std::optional<QHash<QString, int>> &slot = rowById.at(std::size_t(table));
        if (!slot) {
            slot.emplace();
            const QList<Record> &rows = rowsNow.at(std::size_t(table));
            for (int i = 0; i < rows.size(); ++i)
                slot->insert(rows.at(i).id, i);
        }
        return slot->value(id, -1);
    };
    // Every row checked first, with the parents that the same change adds.
    QHash<int, QSet<QString>> idsOf;
    const auto knownIds = [&](TableId table) -> QSet<QString> & {
        auto found = idsOf.find(int(table));
        if (found == idsOf.end()) {
            found = idsOf.insert(int(table), {});
            for (const Record &row : rowsNow.at(std::size_t(table)))
                found->insert(row.id);
        }
        return *found;
    };
    for (RecordChanges::Append &append : changes->appends) {
        const TableSpec &spec = tableSpec(append.table);
        if (rowsNow.at(std::size_t(append.table)).size() + append.records.size() > limits::kMaxRecordsPerTable)
            return failWith(QCoreApplication::translate("rk::ProjectDocument",
                                                        "Zoveel regels passen niet in één tabel (ten hoogste %1).")
                                .arg(limits::kMaxRecordsPerTable));
        const QSet<QString> *parents = spec.hasParent() ? &knownIds(static_cast<TableId>(spec.parentTable)) : nullptr;
        QSet<QString> &ids = knownIds(append.table);
        for (Record &record : append.records) {
            QString message;
            if (!prepareRecord(append.table, &record, now, &message, parents))
                return failWith(message);
            if (ids.contains(record.id))
                return failWith(describeWriteFailure(false, false));
        }
        for (const Record &record : std::as_const(append.records))
            ids.insert(record.id);
    }
    QList<QVariant> previous;
    for (RecordChanges::Write &write : changes->writes) {
        const TableSpec &spec = tableSpec(write.table);
        const int row = rowOf(write.table, write.recordId);
        if (row < 0 || write.field < 0 || write.field >= int(spec.fields.size()))
            return failWith(describeWriteFailure(false, false));
        if (!normaliseValue(spec.fields.at(std::size_t(write.field)), &write.value))
            return failWith(QCoreApplication::translate("rk::ProjectDocument",
                                                        "De waarde bij \"%1\" past niet en is niet opgeslagen.")
                                .arg(fieldLabel(write.table, write.field)));
        previous.append(rowsNow.at(std::size_t(write.table)).at(row).values.value(write.field));
    }
    for (const RecordChanges::WorkbookWrite &write : std::as_const(changes->workbook)) {
        if (!checkWorkbookWrite(write))
            return false;
    }
    std::optional<ProjectInfo> project;
    if (changes->project) {
        project = withProjectFields(m_project, *changes->project);
        if (!isValidProjectInfo(*project))
            return failWith(QCoreApplication::translate(
                "rk::ProjectDocument", "De projectgegevens zijn niet geldig en zijn niet opgeslagen."));
    }

    ProjectStore::ChangeSet set;
    for (const RecordChanges::Removal &removal : std::as_const(changes->removals))
        set.removals.append(&removal.snapshot);
    QHash<int, int> added; // rows per table added by earlier appends of this change
    for (const RecordChanges::Append &append : std::as_const(changes->appends)) {
        int &before = added[int(append.table)];
        set.appends.append({append.table, int(rowsNow.at(std::size_t(append.table)).size()) + before, &append.records});
        before += int(append.records.size());
    }
    set.writes = &changes->writes;
    set.workbook = &changes->workbook;
    set.project = project ? &*project : nullptr;
    if (!m_store->writeChanges(set, now))
        return failWrite();

    if (removing)
        resetTables(afterRemovals, removalTables);
    for (RecordChanges::Append &append : changes->appends) {
        QList<Record> &rows = rowsForChange(append.table);
        Q_EMIT tableAboutToBeReset(append.table);
        append.count = int(append.records.size());
        rows.append(std::move(append.records));
        append.records.clear();
        Q_EMIT tableReset(append.table);
    }
    swapWrittenValues(changes, previous);
    swapWorkbookWrites(changes, now);
    swapProjectInfo(changes, now);
    return true;
}

bool ProjectDocument::revertChanges(RecordChanges *changes)
{
    if (!canWrite())
        return false;
    const QString now = ProjectStore::nowUtc();
    ProjectStore::ChangeSet set;
    set.reverting = true;
    // The appended rows are the last of their tables: removed from the first of them on.
    QHash<int, int> firstRow;
    for (const RecordChanges::Append &append : std::as_const(changes->appends)) {
        const int size = int(records(append.table).size());
        int &first = firstRow.insert(int(append.table), firstRow.value(int(append.table), size)).value();
        first -= append.count;
        if (first < 0)
            return failWith(describeWriteFailure(false, false));
    }
    // The rows taken off, for the history.
    std::vector<QList<Record>> takenOff;
    takenOff.reserve(std::size_t(firstRow.size()));
    for (auto it = firstRow.cbegin(); it != firstRow.cend(); ++it) {
        const auto table = static_cast<TableId>(it.key());
        takenOff.push_back(records(table).mid(it.value()));
        set.rowRemovals.append({table, it.value(), &takenOff.back()});
    }
    QList<QVariant> previous;
    for (const RecordChanges::Write &write : std::as_const(changes->writes)) {
        const Record *row = record(write.table, write.recordId);
        if (!row)
            return failWith(describeWriteFailure(false, false));
        previous.append(row->values.value(write.field));
    }
    std::optional<ProjectInfo> project;
    if (changes->project)
        project = withProjectFields(m_project, *changes->project);
    // The removed rows go back last, latest removal first, into the rows as they will be then.
    RecordTablesContent restored;
    QList<RemovalSnapshot> placed;
    QSet<int> restoredTables;
    if (!changes->removals.isEmpty()) {
        restored = allRecords();
        for (auto it = firstRow.cbegin(); it != firstRow.cend(); ++it)
            restored.at(std::size_t(it.key())).resize(it.value());
        for (qsizetype r = changes->removals.size() - 1; r >= 0; --r) {
            const RemovalSnapshot &snapshot = changes->removals.at(r).snapshot;
            placed.append(restoreIntoContent(snapshot, &restored));
            addTablesOf(snapshot, &restoredTables);
        }
        for (const RemovalSnapshot &snapshot : std::as_const(placed))
            set.restorations.append(&snapshot);
    }
    set.writes = &changes->writes;
    set.workbook = &changes->workbook;
    set.project = project ? &*project : nullptr;
    if (!m_store->writeChanges(set, now))
        return failWrite();

    swapProjectInfo(changes, now);
    swapWorkbookWrites(changes, now);
    swapWrittenValues(changes, previous);
    // Later appends to a table come off first, so each list gets its own rows back.
    for (qsizetype a = changes->appends.size() - 1; a >= 0; --a) {
        RecordChanges::Append &append = changes->appends[a];
        QList<Record> &rows = rowsForChange(append.table);
        const int first = int(rows.size()) - append.count;
        Q_EMIT tableAboutToBeReset(append.table);
        append.records = rows.mid(first);
        rows.resize(first);
        append.count = 0;
        Q_EMIT tableReset(append.table);
    }
    if (!changes->removals.isEmpty()) {
        // The writes above were made to rows that stay; take them over into the restored rows.
        for (int table : std::as_const(restoredTables)) {
            QList<Record> &target = restored.at(std::size_t(table));
            const QList<Record> &current = records(static_cast<TableId>(table));
            QHash<QString, int> currentRow;
            for (int i = 0; i < current.size(); ++i)
                currentRow.insert(current.at(i).id, i);
            for (Record &row : target) {
                const int at = currentRow.value(row.id, -1);
                if (at >= 0)
                    row = current.at(at);
            }
        }
        // References cleared by a removal come back with it.
        for (const RemovalSnapshot &snapshot : std::as_const(placed)) {
            for (const auto &reference : snapshot.references) {
                QList<Record> &rows = restored.at(std::size_t(reference.table));
                for (Record &row : rows) {
                    if (row.id == reference.recordId)
                        row.values[reference.field] = reference.oldValue;
                }
            }
        }
        resetTables(restored, restoredTables);
        for (RecordChanges::Removal &removal : changes->removals)
            removal.snapshot = {};
    }
    return true;
}

bool ProjectDocument::removeRecord(TableId table, const QString &recordId, RemovalSnapshot *snapshotOut)
{
    if (!canWrite())
        return false;
    if (recordRow(table, recordId) < 0)
        return failWith(describeWriteFailure(false, false));

    // What goes with it is decided by the table specs alone (planRemoval is pure).
    const RemovalSnapshot snapshot = planRemoval(table, recordId, allRecords());
    const QList<RemovalSnapshot::Row> order = deletionOrder(snapshot);
    if (!m_store->applyRemoval(snapshot, ProjectStore::nowUtc()))
        return failWrite();

    for (const auto &reference : std::as_const(snapshot.references)) {
        const int row = recordRow(reference.table, reference.recordId);
        fieldForChange(reference.table, row, reference.field) = QString();
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
    const QList<RemovalSnapshot::Row> order = restorationOrder(snapshot);
    if (!m_store->restoreRemoval(snapshot, allRecords(), ProjectStore::nowUtc()))
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
        fieldForChange(reference.table, row, reference.field) = reference.oldValue;
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
        return failWith(QCoreApplication::translate(
                            "rk::ProjectDocument", "De waarde bij \"%1\" past niet: vul %2 in. Er is niets opgeslagen.")
                            .arg(fieldLabel(table, field), expectedValue(spec.fields.at(std::size_t(field)))));
    if (!m_store->writeRecordField(table, recordId, field, value, ProjectStore::nowUtc()))
        return failWrite();
    fieldForChange(table, row, field) = value;
    Q_EMIT recordChanged(table, row, field);
    return true;
}

} // namespace rk
