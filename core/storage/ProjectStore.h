#pragma once

#include "FileProblem.h"
#include "ProjectTypes.h"
#include "records/RecordChanges.h"
#include "records/Removal.h"
#include "storage/Database.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <array>
#include <memory>

namespace rk {

class Statement;
class Transaction;

// What a project file holds, as read in one go.
struct ProjectContent
{
    ProjectInfo project;
    std::array<ChapterState, kChapterCount> chapters;
    QMap<QString, QString> meta;
    QHash<QString, QString> answers;          // answerKey() -> answer
    QHash<QString, ChecklistEntry> checklist; // answerKey() -> entry
    RecordTablesContent records;
};

// The only code that talks SQL to a project file: the steps of a defensive open, loading,
// every write (each one short transaction, committed at once, or nothing), new files and
// copies. Everything above it works with ProjectContent, records and snapshots. A failed
// call leaves the file as it was; errorCode(), isDiskFull() and wasOverBudget() say why.
class ProjectStore
{
public:
    ProjectStore() = default;
    explicit ProjectStore(Database db);
    ProjectStore(ProjectStore &&) noexcept = default;
    ProjectStore &operator=(ProjectStore &&) noexcept = default;

    // UTC, ISO 8601 with milliseconds: the form of every created_at and updated_at.
    static QString nowUtc();
    // "a, b, c": the columns of a table's fields, in spec order.
    static QString columnList(const TableSpec &spec);
    // The key of an answer or checklist entry in ProjectContent ("chapter/key").
    static QString answerKey(ChapterId chapter, const QString &key);

    // --- Opening, step by step (see ProjectOpener for the order) ---
    // Opens `path` with the hardening of Database::configureDefensive() and a time budget.
    bool open(const QString &path, Database::Mode mode, qint64 timeBudgetMs);
    void close() { m_db.close(); }
    bool isOpen() const { return m_db.isOpen(); }
    // The file SQLite has open (a private migrated copy, or the project itself).
    QString connectionPath() const { return m_db.path(); }
    void setTimeBudget(qint64 ms) { m_db.setTimeBudget(ms); }
    qint64 applicationId();
    // One value of project_meta as the file holds it, before any check of the file; empty
    // when there is none or it cannot be read. Only for a first look (see
    // ProjectOpener::isShareCopy()).
    QString metaValueUnchecked(const QString &key);
    qint64 userVersion();
    // PRAGMA quick_check; `detail` is its first line or SQLite's error.
    bool quickCheck(QString *detail);
    bool matchesSchema(int version, QString *detail);
    bool isReadableNewer(QString *detail);
    bool migrateToCurrent(int from);
    // For the edits to come: a rollback journal (never WAL) and foreign keys on.
    bool useRollbackJournal();
    // A complete, compact copy (VACUUM INTO) into `emptyFile`, which exists and is empty.
    bool copyInto(const QString &emptyFile);

    // --- Reading ---
    bool load(int schemaVersion, ProjectContent *content, QString *detail);
    // The rows of one table, checked as load() checks them; `parents` are the ids its rows
    // may belong to.
    bool loadTable(TableId table, const QSet<QString> &parents, QList<Record> *rows, QString *detail);

    // --- Writing: each call one transaction ---
    bool writeChapterNotes(ChapterId chapter, const QString &notes, const QString &now);
    bool writeChapterStatus(ChapterId chapter, ChapterStatus status, const QString &now);
    bool writeProjectInfo(const ProjectInfo &info, const QString &now);
    bool writeMeta(const QString &key, const QString &value, const QString &now);
    bool writeAnswer(ChapterId chapter, const QString &questionKey, const QString &answer, const QString &now);
    bool writeChecklistEntry(ChapterId chapter, const QString &itemKey, const ChecklistEntry &entry,
                             const QString &now);
    // Inserts at `row`, moving the rows at and after it down.
    bool insertRecord(TableId table, int row, const Record &record, const QString &now);
    // Appends rows from `firstRow` on, in one transaction.
    bool appendRecords(TableId table, int firstRow, const QList<Record> &records, const QString &now);
    // Rows appended in batches from `firstRow` on (ProjectDocument::appendRecordsFrom()): in a
    // transaction of its own that finish() commits with the history's line; left unfinished,
    // nothing is written. Batches may be written from another thread than the one that
    // began, while nothing else uses the store.
    class BulkAppend
    {
    public:
        BulkAppend(ProjectStore &store, TableId table, int firstRow, const QString &now);
        ~BulkAppend();
        BulkAppend(const BulkAppend &) = delete;
        BulkAppend &operator=(const BulkAppend &) = delete;
        bool isActive() const;
        bool write(const QList<Record> &records);
        // Adds the history's line(s) for the rows written and commits.
        bool finish();

    private:
        friend class ProjectStore;
        enum class InTransaction
        {
            Own,
            Open
        };
        BulkAppend(ProjectStore &store, TableId table, int firstRow, const QString &now, InTransaction transaction);

        ProjectStore &m_store;
        TableId m_table;
        int m_nextRow;
        QString m_now;
        std::unique_ptr<Transaction> m_transaction;
        std::unique_ptr<Statement> m_block;
        std::unique_ptr<Statement> m_single;
        qsizetype m_count = 0;
        QList<Record> m_named; // the first rows, for a history that names them (a few rows)
    };
    // Removes every row from `firstRow` on.
    bool removeRowsFrom(TableId table, int firstRow);
    // Carries out a planned removal (see planRemoval()), or puts one back into `current`
    // (the rows as they are now: a row returns to its place, or the end when that is less).
    bool applyRemoval(const RemovalSnapshot &snapshot, const QString &now);
    bool restoreRemoval(const RemovalSnapshot &snapshot, const RecordTablesContent &current, const QString &now);
    bool writeRecordField(TableId table, const QString &recordId, int field, const QVariant &value, const QString &now);
    // Several tables at once (see RecordChanges), in one transaction. Applying: the
    // removals in order, the appends, the field writes, the workbook writes, the project.
    // Reverting: the project, the workbook writes, the field writes, the appended rows taken
    // off (every row from a position on), the removals put back (their rows as used).
    struct RowsFrom
    {
        TableId table;
        int firstRow = 0;
        const QList<Record> *records = nullptr; // for appends
    };
    struct ChangeSet
    {
        bool reverting = false;
        QList<const RemovalSnapshot *> removals;
        QList<RowsFrom> rowRemovals;
        QList<const RemovalSnapshot *> restorations;
        QList<RowsFrom> appends;
        const QList<RecordChanges::Write> *writes = nullptr;
        const QList<RecordChanges::WorkbookWrite> *workbook = nullptr;
        const ProjectInfo *project = nullptr;
    };
    bool writeChanges(const ChangeSet &changes, const QString &now);

    // --- History (schema 11) ---
    // Every write records what it changed in change_log, in its own transaction, under this
    // author and step (the text of a step of many edits; empty for one edit).
    void enableHistory(bool enabled) { m_history = enabled; }
    void setAuthor(const QString &name) { m_author = name; }
    void setStep(const QString &text) { m_step = text; }
    bool loadHistory(const HistoryFilter &filter, QList<HistoryEntry> *entries);
    // Who made the edits in the history, in the order of their names.
    QStringList historyAuthors();

    // --- Shares (schema 11) ---
    // Keeps what was sent (`compressedCopy`, in parts) with its facts, and forgets all but
    // the newest limits::kKeptShares, in one transaction.
    bool recordShare(const SentShare &share, const QByteArray &compressedCopy, const QString &now);
    // The shares kept, newest first; rows out of form are skipped.
    bool loadShares(QList<SentShare> *shares);
    // The compressed copy of one share; false when it is not kept or its parts are incomplete.
    bool loadShareCopy(const QString &shareId, QByteArray *compressedCopy);

    // Runs trusted SQL of our own (the demo's source) in one transaction, then compacts the
    // file. Never for anything that came from elsewhere.
    bool runScript(const QString &sql);

    // --- Whole files ---
    // Builds a new project in `emptyFile` (all chapters present and empty).
    static bool createProject(const QString &emptyFile, const ProjectInfo &info, QString *detail);
    // Makes the copy at `copyPath` fit to share: retired columns emptied, personal data left
    // out unless kept, the facts recorded, free pages gone.
    // `facts` are written into the copy's project_meta; what the project keeps of its own
    // shares is not copied.
    static bool prepareShareCopy(const QString &copyPath, bool keepPersonalData, const QMap<QString, QString> &facts);

    // After a write failed: SQLite, stopped by a full disk or an I/O error halfway, leaves
    // the journal for the next reader to put the file back; a read now does that at once,
    // so that no journal stays beside the file (and a look that may not write can open it).
    void settleAfterFailure();
    // What the last failure means for the user (busy, damaged, a hot journal, ...).
    FileProblem problem() const;
    int errorCode() const { return m_db.errorCode(); }
    QString errorMessage() const { return m_db.errorMessage(); }
    bool isDiskFull() const { return m_db.isDiskFull(); }
    bool wasOverBudget() const { return m_db.wasOverBudget(); }

    // For tests and fault injection only.
    Database &database() { return m_db; }

private:
    bool loadHouseStyle(HouseStyle *style, QString *detail);
    bool insertRow(TableId table, int row, const Record &record, const QString &now, bool shift);
    bool appendRows(TableId table, int firstRow, const QList<Record> &records, const QString &now);
    bool updateField(TableId table, const QString &recordId, int field, const QVariant &value, const QString &now);
    bool deleteRow(TableId table, const QString &recordId, int row);
    bool setReference(const RemovalSnapshot::ClearedReference &reference, const QString &value, const QString &now);
    bool removeRows(const RemovalSnapshot &snapshot, const QString &now);
    bool restoreRows(const RemovalSnapshot &usedSnapshot, const QString &now);
    bool updateNotes(ChapterId chapter, const QString &notes, const QString &now);
    bool updateStatus(ChapterId chapter, ChapterStatus status, const QString &now);
    bool updateProject(const ProjectInfo &info, const QString &now);
    bool upsertAnswer(ChapterId chapter, const QString &questionKey, const QString &answer, const QString &now);
    bool upsertChecklist(ChapterId chapter, const QString &itemKey, const ChecklistEntry &entry, const QString &now);
    bool writeWorkbook(const RecordChanges::WorkbookWrite &write, const QString &now);
    // History rows, in the transaction of the write they describe.
    bool logChange(const char *change, const QString &chapter, const QString &target, const QString &record,
                   const QString &field, const QString &oldValue, const QString &newValue, const QString &now);
    // A value that is about to change: the old one read from the file, the new one as bound.
    bool logUpdate(const QString &table, const QString &column, const QString &where, const QString &key,
                   const QVariant &newValue, const QString &chapter, const QString &target, const QString &record,
                   const QString &field, const QString &now);
    // `count`, when given, is how many rows there are of which `rows` are the first.
    bool logRows(const char *change, TableId table, const QList<Record> &rows, const QString &now,
                 qsizetype count = -1);
    bool loadWorkbook(ProjectContent *content, QString *detail);

    Database m_db;
    bool m_history = false;
    QString m_author;
    QString m_step;
};

} // namespace rk
