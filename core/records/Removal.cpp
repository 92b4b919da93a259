#include "records/Removal.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace rk {

namespace {
// Row numbers by id and by parent, per table, made the first time a table is asked.
class RowLookup
{
public:
    explicit RowLookup(const RecordTablesContent &content)
        : m_content(content)
    {
    }
    int row(TableId table, const QString &id) { return index(table).byId.value(id, -1); }
    QList<int> children(TableId table, const QString &parentId) { return index(table).byParent.value(parentId); }

private:
    struct Index
    {
        QHash<QString, int> byId;
        QHash<QString, QList<int>> byParent;
    };
    Index &index(TableId table)
    {
        std::optional<Index> &slot = m_indexes.at(std::size_t(table));
        if (!slot) {
            slot.emplace();
            const QList<Record> &rows = m_content.at(std::size_t(table));
            for (int i = 0; i < rows.size(); ++i) {
                slot->byId.insert(rows.at(i).id, i);
                slot->byParent[rows.at(i).parentId].append(i);
            }
        }
        return *slot;
    }
    const RecordTablesContent &m_content;
    std::array<std::optional<Index>, kTableCount> m_indexes;
};
} // namespace

RemovalSnapshot planRemoval(TableId table, const QString &recordId, const RecordTablesContent &content)
{
    RemovalSnapshot snapshot;
    RowLookup lookup(content);
    if (lookup.row(table, recordId) < 0)
        return snapshot;
    QList<std::pair<TableId, QString>> pending{{table, recordId}};
    QSet<QString> taken{recordId}; // ids are UUIDs: unique over all tables
    while (!pending.isEmpty()) {
        const auto [t, id] = pending.takeFirst();
        const int row = lookup.row(t, id);
        snapshot.rows.append({t, row, content.at(std::size_t(t)).at(row)});
        for (TableId child : childTablesOf(t)) {
            for (int c : lookup.children(child, id)) {
                const QString childId = content.at(std::size_t(child)).at(c).id;
                if (!taken.contains(childId)) {
                    taken.insert(childId);
                    pending.append({child, childId});
                }
            }
        }
        for (const auto &[referring, field] : referencesTo(t)) {
            const bool removeToo = tableSpec(referring).fields.at(std::size_t(field)).removeWithReferenced;
            for (const Record &r : content.at(std::size_t(referring))) {
                if (r.values.value(field).toString() != id)
                    continue;
                if (!removeToo)
                    snapshot.references.append({referring, r.id, field, id});
                else if (!taken.contains(r.id)) {
                    taken.insert(r.id);
                    pending.append({referring, r.id});
                }
            }
        }
    }
    return snapshot;
}

QList<RemovalSnapshot::Row> deletionOrder(const RemovalSnapshot &snapshot)
{
    QList<RemovalSnapshot::Row> order = snapshot.rows;
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        if (a.table != b.table)
            return int(a.table) > int(b.table);
        return a.row > b.row;
    });
    return order;
}

QList<RemovalSnapshot::Row> restorationOrder(const RemovalSnapshot &snapshot)
{
    QList<RemovalSnapshot::Row> order = snapshot.rows;
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        if (a.table != b.table)
            return int(a.table) < int(b.table);
        return a.row < b.row;
    });
    return order;
}

namespace {
int rowOf(const QList<Record> &rows, const QString &id)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == id)
            return i;
    }
    return -1;
}
} // namespace

void removeFromContent(const RemovalSnapshot &snapshot, RecordTablesContent *content)
{
    for (const auto &reference : snapshot.references) {
        QList<Record> &rows = content->at(std::size_t(reference.table));
        const int row = rowOf(rows, reference.recordId);
        if (row >= 0)
            rows[row].values[reference.field] = QString();
    }
    for (const auto &entry : deletionOrder(snapshot))
        content->at(std::size_t(entry.table)).removeAt(entry.row);
}

RemovalSnapshot placedForRestore(const RemovalSnapshot &snapshot, const RecordTablesContent &current)
{
    RemovalSnapshot used = snapshot;
    used.rows = restorationOrder(snapshot);
    std::array<int, kTableCount> inserted{};
    for (auto &entry : used.rows) {
        const std::size_t table = std::size_t(entry.table);
        entry.row = std::min(entry.row, int(current.at(table).size()) + inserted.at(table));
        ++inserted.at(table);
    }
    return used;
}

RemovalSnapshot restoreIntoContent(const RemovalSnapshot &snapshot, RecordTablesContent *content)
{
    const RemovalSnapshot used = placedForRestore(snapshot, *content);
    for (const auto &entry : used.rows)
        content->at(std::size_t(entry.table)).insert(entry.row, entry.record);
    for (const auto &reference : snapshot.references) {
        QList<Record> &rows = content->at(std::size_t(reference.table));
        const int row = rowOf(rows, reference.recordId);
        if (row >= 0)
            rows[row].values[reference.field] = reference.oldValue;
    }
    return used;
}

} // namespace rk
