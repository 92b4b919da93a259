#pragma once

#include "FileProblem.h"
#include "ProjectTypes.h"
#include "records/RecordChanges.h"
#include "records/RecordTables.h"
#include "records/Removal.h"

#include <QHash>
#include <QMap>
#include <QObject>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace rk {

class ProjectLock;
class ProjectStore;

// One open project file as the program works with it: the content in memory with its
// indexes, the lock, the read-only state, the undo stack and the change signals that item
// models and pages listen to. Every write goes through its ProjectStore (the only code that
// talks SQL to the file) as one short transaction, and the memory follows only once the
// file holds it. Created by ProjectOpener.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    ~ProjectDocument() override;

    QString filePath() const { return m_path; }
    QString displayName() const;
    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    QString readOnlyMessage() const;
    int schemaVersion() const { return m_schemaVersion; }

    const ProjectInfo &project() const { return m_project; }
    const ChapterState &chapter(ChapterId id) const;
    QString metaValue(const QString &key) const { return m_meta.value(key); }
    // Whether the chapter holds any work: notes, an answer, a checklist answer or comment,
    // or a row in one of its tables.
    bool chapterHasWork(ChapterId id) const;
    // The status to show: what the user chose, except that a chapter with work is at least
    // "Bezig" ("Niet gestart" says that nothing has been done yet).
    ChapterStatus chapterStatus(ChapterId id) const;

    // The workbook: answers to guidance questions, checklist answers, chapter tables.
    QString answer(ChapterId chapter, const QString &questionKey) const;
    ChecklistEntry checklistEntry(ChapterId chapter, const QString &itemKey) const;
    // Every checklist entry the file holds, in chapter order and then by item key.
    QList<ChecklistItemEntry> checklistEntries() const;
    // Every answer the file holds (chapter, question key, answer), in chapter and key order.
    struct AnswerEntry
    {
        ChapterId chapter;
        QString questionKey;
        QString answer;
    };
    QList<AnswerEntry> answerEntries() const;
    // All rows of all tables.
    const RecordTablesContent &allRecords() const;
    const QList<Record> &records(TableId table) const;
    int recordRow(TableId table, const QString &recordId) const; // -1 when absent
    const Record *record(TableId table, const QString &recordId) const;
    // Rows of a child table that belong to one parent row, in table order.
    QList<const Record *> children(TableId table, const QString &parentId) const;
    // The title of a row (its title field), or empty.
    QString recordTitle(TableId table, const QString &recordId) const;

    QUndoStack *undoStack() const { return m_undoStack; }
    // The translated reason the last write failed.
    QString lastError() const { return m_lastError; }

    // Direct writes, used by the undo commands (the UI goes through rk::edit).
    // Each returns false, leaves the file unchanged and emits writeFailed() on failure.
    bool writeChapterNotes(ChapterId id, const QString &notes);
    bool writeChapterStatus(ChapterId id, ChapterStatus status);
    bool writeProjectInfo(const ProjectInfo &info);
    bool writeMetaValue(const QString &key, const QString &value);
    bool writeAnswer(ChapterId chapter, const QString &questionKey, const QString &answer);
    bool writeChecklistEntry(ChapterId chapter, const QString &itemKey, const ChecklistEntry &entry);
    // Inserts at `row` (0..count); the record keeps its id, so undo restores the same row.
    bool insertRecord(TableId table, int row, const Record &record);
    // Removes a row with its child rows (a goal with its indicators and their measurements)
    // and clears references to it; `snapshot` receives all of it, for undo.
    bool removeRecord(TableId table, const QString &recordId, RemovalSnapshot *snapshot = nullptr);
    bool restoreRemoval(const RemovalSnapshot &snapshot);
    // Appends many rows in one transaction (an import); all or nothing. On success the
    // rows move into the document and `records` is left empty; on failure it keeps them.
    bool appendRecords(TableId table, QList<Record> *records);
    // Where appendRecordsFrom() gets its rows: fills `batch` with the next ones (Rows), or
    // says there are no more (End), or that the rows cannot all be written (Stop).
    enum class BatchResult
    {
        Rows,
        End,
        Stop
    };
    using RecordBatches = std::function<BatchResult(QList<Record> *batch)>;
    // Appends the rows that `next` makes, batch by batch, as one transaction: all or nothing.
    // Each batch is written on a second thread while `next` makes the one after it (an
    // import reads and checks its file on one core while the rows go into the file on the
    // other); at most a few batches wait, so a large file is never held twice. False when
    // `next` stopped (nothing written, no error) or a row or the write failed (lastError()).
    // `next` runs while the file is being written: it must not use this document. The rows
    // are not kept in memory as they are written: the table is read back from the file when
    // it is next used (a command-line import never needs it again).
    bool appendRecordsFrom(TableId table, const RecordBatches &next);
    // Takes the last `count` rows out (an import undone) and moves them into `removed`.
    bool removeLastRecords(TableId table, int count, QList<Record> *removed);
    bool writeRecordField(TableId table, const QString &recordId, int field, const QVariant &value);
    // True while an undo step is being done, undone or redone (see edit::undo()): views that
    // react to the change must not take a new step then.
    bool isReplaying() const { return m_replaying > 0; }
    class Replay
    {
    public:
        explicit Replay(ProjectDocument &document)
            : m_document(document)
        {
            ++m_document.m_replaying;
        }
        ~Replay() { --m_document.m_replaying; }
        Replay(const Replay &) = delete;
        Replay &operator=(const Replay &) = delete;

    private:
        ProjectDocument &m_document;
    };
    // Several tables at once, all or nothing (see RecordChanges): apply, and revert to undo.
    bool applyChanges(RecordChanges *changes);
    bool revertChanges(RecordChanges *changes);

    // Writes a compact single-file copy (VACUUM INTO). The target must not exist.
    bool saveCopyAs(const QString &targetPath);
    // A complete, compact copy into `emptyFile` (which exists and is empty), for sharing.
    bool copyInto(const QString &emptyFile);

    // The history of edits (schema 11), newest first, and who made them.
    QList<HistoryEntry> history(const HistoryFilter &filter) const;
    QStringList historyAuthors() const;
    // The step the next writes belong to in the history (a merge, an import); empty after.
    void setHistoryStep(const QString &text);
    // After the user's name changed in the settings: the next edits go under the new name.
    void updateAuthor();

    // What the project sent out for sharing (schema 11), newest first; empty before.
    QList<SentShare> sentShares() const;
    // The compressed copy as sent; false when it is no longer kept.
    bool sentShareCopy(const QString &shareId, QByteArray *compressedCopy) const;
    // Keeps a share with the copy as sent. Not an undo step: it records a fact, not an edit.
    bool recordShare(const SentShare &share, const QByteArray &compressedCopy);

    // The file's storage: for the opener, and for tests and fault injection.
    ProjectStore &store() { return *m_store; }

Q_SIGNALS:
    void projectInfoChanged();
    void chapterChanged(rk::ChapterId id);
    // The work in a chapter changed (answers, checklist, rows), so its shown status may have.
    void chapterWorkChanged(rk::ChapterId id);
    void writeFailed(const QString &message);
    void answerChanged(rk::ChapterId chapter, const QString &questionKey);
    void checklistEntryChanged(rk::ChapterId chapter, const QString &itemKey);
    // Sent around the change of the cached rows, for item models (begin/end insert/remove).
    void recordAboutToBeInserted(rk::TableId table, int row);
    void recordInserted(rk::TableId table, int row);
    void recordAboutToBeRemoved(rk::TableId table, int row);
    void recordRemoved(rk::TableId table, int row);
    void recordChanged(rk::TableId table, int row, int field);
    // Many rows changed at once (import, removal of a parent): models reset.
    void tableAboutToBeReset(rk::TableId table);
    void tableReset(rk::TableId table);

private:
    friend class ProjectOpener;
    ProjectDocument(std::unique_ptr<ProjectStore> store, QString path, int schemaVersion, QObject *parent = nullptr);

    bool load(QString *detail);
    static bool isValidProjectInfo(const ProjectInfo &info);
    bool checkWorkbookWrite(const RecordChanges::WorkbookWrite &write);
    // Checks and completes a row before it is written; false with a message when it cannot
    // be. `parents`, when given, are the ids a parent may have (see parentIds()).
    bool prepareRecord(TableId table, Record *record, const QString &now, QString *message,
                       const QSet<QString> *parents = nullptr) const;
    QSet<QString> parentIds(TableId table) const;
    // Puts each workbook write's value into memory and keeps the value it replaced in it.
    void swapWorkbookWrites(RecordChanges *changes, const QString &now);
    void swapProjectInfo(RecordChanges *changes, const QString &now);
    // After rows changed outside the row signals: the models of `tables` reset to `content`.
    void resetTables(const RecordTablesContent &content, const QSet<int> &tables);
    bool failWith(const QString &message);
    bool canWrite();
    bool failWrite();
    void swapWrittenValues(RecordChanges *changes, const QList<QVariant> &previous);
    ChapterState &chapterRef(ChapterId id);

    std::unique_ptr<ProjectStore> m_store;
    QString m_path;
    int m_schemaVersion = 0;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    QString m_readOnlyDetail;
    std::unique_ptr<ProjectLock> m_lock;
    QString m_temporaryCopy; // removed on close
    ProjectInfo m_project;
    std::array<ChapterState, kChapterCount> m_chapters;
    QMap<QString, QString> m_meta;
    QHash<QString, QString> m_answers;          // "chapter/key" -> answer
    QHash<QString, ChecklistEntry> m_checklist; // "chapter/key" -> entry
    // Where each record sits, by id and by parent; built on first use after a change.
    struct RowIndex
    {
        QHash<QString, int> byId;
        QHash<QString, QList<int>> byParent;
    };
    const RowIndex &rowIndex(TableId table) const;
    // The rows of `table` for a change: forgets that table's index.
    QList<Record> &rowsForChange(TableId table);
    // One value of one row, for a change that keeps ids and parents: the index stays.
    QVariant &fieldForChange(TableId table, int row, int field);

    // A table whose rows an append from a file left in the file (appendRecordsFrom()) is
    // read back on first use, so that memory holds a batch at a time, not the whole import.
    void loadFromFile(TableId table) const;
    void loadAllFromFile() const;
    mutable RecordTablesContent m_records; // mutable: see loadFromFile()
    mutable std::array<bool, kTableCount> m_onFile{};
    mutable QString m_reloadProblem; // when a table could not be read back: no more writes
    mutable std::array<std::optional<RowIndex>, kTableCount> m_rowIndex;
    int m_replaying = 0;
    QUndoStack *m_undoStack = nullptr;
    QString m_lastError;
};

} // namespace rk
