#pragma once

#include "records/RecordTables.h"

#include <QList>
#include <QString>

#include <array>

namespace rk {

// The rows of every table, in table order, as the document holds them.
using RecordTablesContent = std::array<QList<Record>, kTableCount>;

// Everything one removal takes away, so that undo can put it back exactly.
struct RemovalSnapshot
{
    struct Row
    {
        TableId table;
        int row; // its row before the removal
        Record record;
    };
    struct ClearedReference
    {
        TableId table;
        QString recordId;
        int field;
        QString oldValue;
    };
    QList<Row> rows; // parents before children
    QList<ClearedReference> references;
};

// What removing one row takes with it, by the table specs alone: its child rows (a goal's
// indicators and their measurements), rows that go with what they refer to (a contribution
// with its organisation), and references that are only cleared (an activity's owner). Pure:
// it reads `content` and changes nothing. An unknown id gives an empty snapshot.
RemovalSnapshot planRemoval(TableId table, const QString &recordId, const RecordTablesContent &content);

// The order to delete the rows of a snapshot in: children before parents, each table from
// its last row up, so that every row number in the snapshot stays that before the removal.
QList<RemovalSnapshot::Row> deletionOrder(const RemovalSnapshot &snapshot);
// The order to put them back in: parents first, each table from its first row down.
QList<RemovalSnapshot::Row> restorationOrder(const RemovalSnapshot &snapshot);

// Carries out a snapshot on rows in memory, as ProjectStore does on the file.
void removeFromContent(const RemovalSnapshot &snapshot, RecordTablesContent *content);
// The snapshot's rows in restorationOrder(), each with the row it will take when put back
// into `current` (its place, or the end of the table when that comes first).
RemovalSnapshot placedForRestore(const RemovalSnapshot &snapshot, const RecordTablesContent &current);
// Puts a snapshot back into rows in memory; returns placedForRestore(), so that the file can
// be given the same places.
RemovalSnapshot restoreIntoContent(const RemovalSnapshot &snapshot, RecordTablesContent *content);

} // namespace rk
