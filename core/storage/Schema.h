#pragma once

#include <QByteArray>
#include <QString>

namespace rk {

class Database;

// The layout of a .routekaart file, version by version.
//
// A file of version N is always built the same way: the version 1 statements
// followed by the migration steps up to N. The statements of a released version are
// never edited, so a reference database of any version can be built in memory and
// compared with a file exactly (see matchesVersion()).
namespace schema {

// "RkWb" in ASCII; PRAGMA application_id of every project file.
constexpr qint32 kApplicationId = 0x526B5762;
constexpr int kFirstVersion = 1;
constexpr int kCurrentVersion = 11;

// Creates the current schema in an empty database, in one transaction.
bool create(Database &db);

// Brings a file of version `from` forward to `to`, one step per transaction. Each step
// also writes the new user_version inside its transaction, so a failed step leaves the
// file at the last complete version.
bool migrate(Database &db, int from, int to);

// True when the tables, indexes, triggers and views of `db` are exactly those of `version`.
// Otherwise `detail` names the first difference (technical, for logs and --verify).
bool matchesVersion(Database &db, int version, QString *detail);

// The digest of the schema of `version` as compiled in, and as made from a reference
// database built in memory; empty for an unknown version. The two are equal for every
// version (a test checks it); matchesVersion() uses the first to skip the build.
QByteArray knownDigest(int version);
QByteArray digestOfVersion(int version);

// For files of a newer version: true when the file holds only tables and indexes and
// every table and column this version reads is still there, so it can be shown read-only.
bool isReadableSuperset(Database &db, QString *detail);

// Columns that an older version filled and that no version shows any more (table, column).
// Their text is cleared where it could travel unseen, such as in a copy for sharing.
struct RetiredColumn
{
    const char *table;
    const char *column;
};
constexpr RetiredColumn kRetiredColumns[] = {{"activity", "owner"}};

} // namespace schema
} // namespace rk
