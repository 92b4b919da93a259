#include "storage/ProjectStore.h"

#include "storage/Statement.h"
#include "storage/StoreRows.h"
#include "storage/Transaction.h"

namespace rk {

namespace {
// New keys sort in the order they were made (newRecordId()), so every index of the table
// grows at its end: SQLite's usual page cache holds the pages being written and a page that
// spills to the file is not touched again. (With random keys, a cache for the whole change
// was needed, 64 MB for 100,000 rows.)
//
// The rows go in blocks of a hundred per statement: SQLite keeps its cursors between the
// rows of one statement, so each row lands at the end of each index without a search from
// the root, and the work of starting and ending a statement is done once per block (a third
// less time for 100,000 rows). The rest go one by one.
constexpr int kBlock = 100;
} // namespace

ProjectStore::BulkAppend::BulkAppend(ProjectStore &store, TableId table, int firstRow, const QString &now)
    : BulkAppend(store, table, firstRow, now, InTransaction::Own)
{
}

ProjectStore::BulkAppend::BulkAppend(ProjectStore &store, TableId table, int firstRow, const QString &now,
                                     InTransaction transaction)
    : m_store(store)
    , m_table(table)
    , m_nextRow(firstRow)
    , m_now(now)
{
    if (transaction == InTransaction::Own)
        m_transaction = std::make_unique<Transaction>(store.m_db);
}

ProjectStore::BulkAppend::~BulkAppend() = default; // the transaction, unless finished, rolls back

bool ProjectStore::BulkAppend::isActive() const
{
    return !m_transaction || m_transaction->isActive();
}

bool ProjectStore::BulkAppend::write(const QList<Record> &records)
{
    if (!isActive())
        return false;
    const TableSpec &spec = tableSpec(m_table);
    const int count = int(records.size());
    int i = 0;
    if (count >= kBlock && !m_block)
        m_block = std::make_unique<Statement>(m_store.m_db, insertSql(spec, kBlock));
    for (; i + kBlock <= count; i += kBlock) {
        m_block->reset(Statement::Bindings::Keep); // every parameter is bound anew
        for (int r = 0; r < kBlock; ++r)
            bindRecord(*m_block, spec, records.at(i + r), m_nextRow + i + r, m_now, r * parametersPerRow(spec));
        if (!m_block->exec())
            return false;
    }
    if (i < count && !m_single)
        m_single = std::make_unique<Statement>(m_store.m_db, insertSql(spec));
    for (; i < count; ++i) {
        m_single->reset(Statement::Bindings::Keep);
        bindRecord(*m_single, spec, records.at(i), m_nextRow + i, m_now);
        if (!m_single->exec())
            return false;
    }
    m_nextRow += count;
    m_count += count;
    for (int r = 0; r < count && m_named.size() <= kRowsNamed; ++r)
        m_named.append(records.at(r));
    return true;
}

bool ProjectStore::BulkAppend::finish()
{
    return isActive() && m_store.logRows("added", m_table, m_named, m_now, m_count) &&
           (!m_transaction || m_transaction->commit());
}

bool ProjectStore::appendRecords(TableId table, int firstRow, const QList<Record> &records, const QString &now)
{
    BulkAppend append(*this, table, firstRow, now);
    return append.write(records) && append.finish();
}

// Appends without a transaction of its own.
bool ProjectStore::appendRows(TableId table, int firstRow, const QList<Record> &records, const QString &now)
{
    BulkAppend append(*this, table, firstRow, now, BulkAppend::InTransaction::Open);
    return append.write(records) && append.finish();
}

} // namespace rk
