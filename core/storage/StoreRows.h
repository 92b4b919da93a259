#pragma once

#include "records/RecordTables.h"

class QVariant;

namespace rk {

class Statement;

// How the store writes whole rows (for ProjectStore's own files only).

// Up to this many rows added or removed at once, the history names each; more are one line.
constexpr int kRowsNamed = 20;

// The parameters one row takes in insertSql(): id, position, created_at, updated_at, the
// parent (when the table has one) and the fields.
int parametersPerRow(const TableSpec &spec);
// "INSERT INTO t (id, position, created_at, updated_at, [parent, ]fields) VALUES (?1, ..., ?4, [?5, ]?6, ...)",
// with `rows` rows of values; row r's parameters are those of the first plus r * parametersPerRow().
QString insertSql(const TableSpec &spec, int rows = 1);
// NULL, a number or text, as the value holds.
void bindValue(Statement &statement, int index, const QVariant &value);
// One row's parameters, from `offset` on (see insertSql()).
void bindRecord(Statement &insert, const TableSpec &spec, const Record &record, int row, const QString &now,
                int offset = 0);

} // namespace rk
