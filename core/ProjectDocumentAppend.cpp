// ProjectDocument, part three: many rows at once (imports) and taking them off again.

#include "ProjectDocument.h"

#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace rk {

namespace {
QString tooManyRows()
{
    return QCoreApplication::translate("rk::ProjectDocument",
                                       "Zoveel regels passen niet in één tabel (ten hoogste %1).")
        .arg(limits::kMaxRecordsPerTable);
}

// Batches on their way from the thread that makes them to the thread that writes them. At
// most kWaiting wait: the maker is held up when the writer is behind, so the rows in flight
// stay a few batches whatever the size of the file.
class BatchQueue
{
public:
    // False when the writer has stopped. Batches the writer is done with come back in
    // `spent`, to be let go of on this thread: memory is freed where it was made, and
    // malloc's arenas of the two threads do not contend.
    bool push(QList<Record> batch, std::vector<QList<Record>> *spent)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        spent->swap(m_spent);
        m_space.wait(lock, [this] { return m_batches.size() < kWaiting || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
        return true;
    }
    // No more batches will come.
    void close()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_ready.notify_one();
    }
    // The writer takes no more.
    void stop()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_space.notify_one();
    }
    // A written batch, back to the thread that made it.
    void giveBack(QList<Record> batch)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }
    // The next batch; false once the queue is closed and empty.
    bool pop(QList<Record> *batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return false;
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return true;
    }

private:
    static constexpr std::size_t kWaiting = 2;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<QList<Record>> m_batches;
    std::vector<QList<Record>> m_spent;
    bool m_closed = false;
    bool m_stopped = false;
};
} // namespace

bool ProjectDocument::appendRecords(TableId table, QList<Record> *given)
{
    if (!canWrite())
        return false;
    QList<Record> &rows = rowsForChange(table);
    if (rows.size() + given->size() > limits::kMaxRecordsPerTable)
        return failWith(tooManyRows());
    const QString now = ProjectStore::nowUtc();
    const QSet<QString> parents = parentIds(table);
    // In place: the rows are completed where they are, not copied (an import can bring
    // 100,000 of them).
    for (Record &record : *given) {
        QString message;
        if (!prepareRecord(table, &record, now, &message, &parents))
            return failWith(message);
    }
    if (!m_store->appendRecords(table, int(rows.size()), *given, now))
        return failWrite();
    Q_EMIT tableAboutToBeReset(table);
    rows.append(std::move(*given));
    given->clear();
    Q_EMIT tableReset(table);
    return true;
}

bool ProjectDocument::appendRecordsFrom(TableId table, const RecordBatches &next)
{
    if (!canWrite())
        return false;
    enum class Outcome
    {
        Appended,
        Stopped,
        Refused,
        WriteFailed
    };
    Outcome outcome = Outcome::Appended;
    QString message;
    qsizetype written = 0;
    {
        // Nothing in memory changes until the file holds every row: the rows and their
        // parents are read here while the writer works on the file alone.
        const int firstRow = int(records(table).size());
        const QString now = ProjectStore::nowUtc();
        const QSet<QString> parents = parentIds(table);
        ProjectStore::BulkAppend append(*m_store, table, firstRow, now);
        if (!append.isActive())
            return failWrite();
        BatchQueue queue;
        bool writeFailed = false;
        std::thread writer([&] {
            QList<Record> batch;
            while (queue.pop(&batch)) {
                if (!append.write(batch)) {
                    writeFailed = true;
                    queue.stop();
                    return;
                }
                written += batch.size();
                queue.giveBack(std::move(batch)); // memory holds a few batches, not the whole import
                batch = {};
            }
        });
        qsizetype count = firstRow;
        for (;;) {
            QList<Record> batch;
            const BatchResult result = next(&batch);
            if (result == BatchResult::End)
                break;
            if (result == BatchResult::Stop) {
                outcome = Outcome::Stopped;
                break;
            }
            count += batch.size();
            if (count > limits::kMaxRecordsPerTable) {
                message = tooManyRows();
                outcome = Outcome::Refused;
                break;
            }
            for (Record &record : batch) {
                if (!prepareRecord(table, &record, now, &message, &parents)) {
                    outcome = Outcome::Refused;
                    break;
                }
            }
            std::vector<QList<Record>> spent;
            if (outcome != Outcome::Appended || !queue.push(std::move(batch), &spent))
                break;
        }
        queue.close();
        writer.join();
        if (writeFailed)
            outcome = Outcome::WriteFailed;
        if (outcome == Outcome::Appended && !append.finish())
            outcome = Outcome::WriteFailed;
    } // unfinished, the append rolls back here
    switch (outcome) {
    case Outcome::Stopped:
        return false;
    case Outcome::Refused:
        return failWith(message);
    case Outcome::WriteFailed:
        return failWrite();
    case Outcome::Appended:
        break;
    }
    if (written == 0)
        return true;
    // The table is read back from the file when it is next used (loadFromFile()).
    Q_EMIT tableAboutToBeReset(table);
    m_records.at(std::size_t(table)) = {};
    m_rowIndex.at(std::size_t(table)).reset();
    m_onFile.at(std::size_t(table)) = true;
    Q_EMIT tableReset(table);
    return true;
}

bool ProjectDocument::removeLastRecords(TableId table, int count, QList<Record> *removed)
{
    if (!canWrite())
        return false;
    QList<Record> &rows = rowsForChange(table);
    if (count < 0 || count > rows.size())
        return failWith(describeWriteFailure(false, false));
    const int first = int(rows.size()) - count;
    if (!m_store->removeRowsFrom(table, first))
        return failWrite();
    Q_EMIT tableAboutToBeReset(table);
    *removed = rows.mid(first);
    rows.resize(first);
    Q_EMIT tableReset(table);
    return true;
}

} // namespace rk
