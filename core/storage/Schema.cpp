#include "Schema.h"

#include "Database.h"
#include "ProjectStore.h"
#include "SchemaStatements.h"
#include "Statement.h"
#include "Transaction.h"
#include "records/Fields.h"
#include "records/RecordId.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace rk::schema {

namespace {

bool setUserVersion(Database &db, int version)
{
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

bool stepToVersion2(Database &db)
{
    if (!db.exec(QString::fromUtf8(versionStatements(2))))
        return false;
    Statement insert(db, QStringLiteral("INSERT INTO project_meta (id, key, value, created_at, updated_at) "
                                        "VALUES (?1, 'schema_history', ?2, ?3, ?3)"));
    insert.bind(1, newRecordId()).bind(2, QStringLiteral("1")).bind(3, ProjectStore::nowUtc());
    return insert.exec();
}

bool stepToVersion3(Database &db)
{
    return db.exec(QString::fromUtf8(versionStatements(3)));
}

bool stepToVersion4(Database &db)
{
    return db.exec(QString::fromUtf8(versionStatements(4)));
}

// Free-text owners of activities become organisations, matched by name (ignoring case
// and spaces), created when there is none yet. One pass over the activities and one write
// per row by its key, so the step takes time in proportion to the file. The free text is
// cleared afterwards: no version shows the old column, so nothing may stay behind in it.
bool stepToVersion5(Database &db)
{
    if (!db.exec(QString::fromUtf8(versionStatements(5))))
        return false;
    struct Owned
    {
        QString activityId, owner;
    };
    std::vector<Owned> owned;
    {
        Statement owners(db, QStringLiteral("SELECT id, trim(owner) FROM activity WHERE trim(owner) <> '' "
                                            "ORDER BY position, rowid"));
        while (owners.next())
            owned.push_back({owners.text(0), owners.text(1)});
        if (owners.hasError())
            return false;
    }
    QHash<QString, QString> idByName;
    Statement insert(db, QStringLiteral("INSERT INTO organisation (id, position, name, kind, stage, created_at, "
                                        "updated_at) VALUES (?1, ?2, ?3, ?5, ?6, ?4, ?4)"));
    Statement link(db, QStringLiteral("UPDATE activity SET owner_id = ?1 WHERE id = ?2"));
    int position = 0;
    const QString now = ProjectStore::nowUtc();
    for (const Owned &row : owned) {
        const QString name = row.owner.simplified();
        const QString key = name.toCaseFolded();
        auto found = idByName.constFind(key);
        if (found == idByName.cend()) {
            const QString id = newRecordId();
            insert.reset();
            insert.bind(1, id).bind(2, position++).bind(3, name.left(500)).bind(4, now);
            insert.bind(5, int(OrganisationKind::Anders)).bind(6, int(CommitmentStage::Betrokken));
            if (!insert.exec())
                return false;
            found = idByName.insert(key, id);
        }
        link.reset();
        link.bind(1, *found).bind(2, row.activityId);
        if (!link.exec())
            return false;
    }
    return db.exec(QStringLiteral("UPDATE activity SET owner = '' WHERE owner <> ''"));
}

bool stepToVersion6(Database &db)
{
    return db.exec(QString::fromUtf8(versionStatements(6)));
}

bool stepToVersion7(Database &db)
{
    return db.exec(QString::fromUtf8(versionStatements(7)));
}

bool stepToVersion8(Database &db)
{
    return db.exec(QString::fromUtf8(versionStatements(8)));
}

bool stepToVersion9(Database &db)
{
    return db.exec(QString::fromUtf8(versionStatements(9)));
}

bool stepToVersion10(Database &db)
{
    return db.exec(QString::fromUtf8(versionStatements(10)));
}

bool stepToVersion11(Database &db)
{
    return db.exec(QString::fromUtf8(versionStatements(11)));
}

// Applies the step that takes a file from `from` to `from + 1`, without a transaction.
bool applyStep(Database &db, int from)
{
    switch (from) {
    case 1:
        return stepToVersion2(db);
    case 2:
        return stepToVersion3(db);
    case 3:
        return stepToVersion4(db);
    case 4:
        return stepToVersion5(db);
    case 5:
        return stepToVersion6(db);
    case 6:
        return stepToVersion7(db);
    case 7:
        return stepToVersion8(db);
    case 8:
        return stepToVersion9(db);
    case 9:
        return stepToVersion10(db);
    case 10:
        return stepToVersion11(db);
    default:
        db.setError(-1, QStringLiteral("no migration from schema %1").arg(from));
        return false;
    }
}

bool buildVersion(Database &db, int version)
{
    if (version < kFirstVersion || version > kCurrentVersion)
        return false;
    if (!db.exec(QString::fromUtf8(versionStatements(1))))
        return false;
    for (int v = kFirstVersion; v < version; ++v) {
        if (!applyStep(db, v))
            return false;
    }
    return db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)) && setUserVersion(db, version);
}

struct SchemaEntry
{
    QString type, name, table, sql;
    bool operator==(const SchemaEntry &o) const
    {
        return type == o.type && name == o.name && table == o.table && sql == o.sql;
    }
};

// SQLite's statistics tables appear after ANALYZE in any tool and hold no data of ours.
// Only these exact tables are let through; anything else named "sqlite_..." is compared
// like every other object, so a trigger or view cannot hide behind the prefix.
bool isStatisticsTable(const SchemaEntry &entry)
{
    static const QStringList kStatistics = {
        QStringLiteral("sqlite_stat1|CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
        QStringLiteral("sqlite_stat4|CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)"),
    };
    return entry.type == QLatin1String("table") && entry.name == entry.table &&
           kStatistics.contains(entry.name + QLatin1Char('|') + entry.sql);
}

QList<SchemaEntry> readSchema(Database &db, bool *ok)
{
    QList<SchemaEntry> entries;
    Statement query(db, QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                                       "ORDER BY type, name"));
    while (query.next()) {
        SchemaEntry entry{query.text(0), query.text(1), query.text(2), query.text(3)};
        if (!isStatisticsTable(entry))
            entries.append(std::move(entry));
    }
    *ok = !query.hasError();
    return entries;
}

QByteArray digestOf(const QList<SchemaEntry> &entries)
{
    // Each field with its length first, so that no two different lists give the same bytes.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SchemaEntry &entry : entries) {
        for (const QString *field : {&entry.type, &entry.name, &entry.table, &entry.sql}) {
            const QByteArray bytes = field->toUtf8();
            hash.addData(QByteArray::number(bytes.size()) + ':');
            hash.addData(bytes);
        }
    }
    return hash.result().toHex();
}

// The digest of each version's schema (the first is version 1), as digestOfVersion() makes
// it. Building a reference database takes longer than opening a project, so a file whose
// digest is listed here is known to match without one. A test in MigrationTest fails,
// naming the right value, when a version is added.
constexpr const char *kKnownDigests[] = {
    "d3a6634ec4ed5361a2229282d352063d275966bd5b31f4f3685243c5ec8f0ec0",
    "7b68a6f61b94fa65d0fa4dc35275037ca7376507a345ecc8c3b3d72ce03e87ae",
    "1cb7e1bfaf017d45b1242a449219a3bf85aa0ef44f796799d8b7ad25ce3b9c4e",
    "37ac80663649f783ac11a94331246b5bc06ee1fba69eed67ece79a181d5aef0b",
    "4561a3ac59858812acc52f97157cd8d202551ecb987e4b2ec69055fe00116337",
    "03a080dc5c2306a8faba160541d4b15d674f56ed4d93d8fa87542329bab408a0",
    "7d102cf513a6eda50b001fef31d5234aeda6041ac24d4615feb0e2b5386fe27d",
    "b13f2fba50829f3d1eaa3fdcfd0f7317f4b3dabd5e8dd8324b47e69b0dc4ab4c",
    "14b921a81b5d75d5c52d6c531a861e4157c40d29ba3234202e2a778f3292a1e6",
    "06200759047f2007d9e6a9c575236e508c1ac48cebf9d1f3d81c83db7189ac79",
    "b59dc674c2a407acf90e2a1ac236223e8644563d78a78f4d731463c198074e65",
};
static_assert(std::size(kKnownDigests) == kCurrentVersion - kFirstVersion + 1);

// The schema of `version` as built in memory from its statements.
QList<SchemaEntry> referenceSchema(int version, bool *ok)
{
    Database reference;
    *ok = reference.open(QString(), Database::Mode::Memory) && buildVersion(reference, version);
    return *ok ? readSchema(reference, ok) : QList<SchemaEntry>();
}

} // namespace

bool create(Database &db)
{
    Transaction transaction(db);
    return transaction.isActive() && buildVersion(db, kCurrentVersion) && transaction.commit();
}

bool migrate(Database &db, int from, int to)
{
    for (int v = from; v < to; ++v) {
        Transaction transaction(db);
        if (!transaction.isActive() || !applyStep(db, v) || !setUserVersion(db, v + 1) || !transaction.commit())
            return false;
    }
    return true;
}

QByteArray knownDigest(int version)
{
    if (version < kFirstVersion || version > kCurrentVersion)
        return {};
    return QByteArray(kKnownDigests[version - kFirstVersion]);
}

QByteArray digestOfVersion(int version)
{
    bool ok = false;
    const QList<SchemaEntry> entries = referenceSchema(version, &ok);
    return ok ? digestOf(entries) : QByteArray();
}

bool matchesVersion(Database &db, int version, QString *detail)
{
    bool ok = false;
    const QList<SchemaEntry> actual = readSchema(db, &ok);
    if (!ok) {
        *detail = db.errorMessage();
        return false;
    }
    const QByteArray known = knownDigest(version);
    if (!known.isEmpty() && digestOf(actual) == known)
        return true;

    // Not the known layout: build the reference to name the first difference.
    const QList<SchemaEntry> expected = referenceSchema(version, &ok);
    if (!ok) {
        *detail = QStringLiteral("no reference for schema %1").arg(version);
        return false;
    }
    for (const SchemaEntry &entry : actual) {
        if (!expected.contains(entry)) {
            const bool known = std::any_of(expected.cbegin(), expected.cend(),
                                           [&](const SchemaEntry &e) { return e.name == entry.name; });
            *detail = known ? QStringLiteral("%1 %2 differs").arg(entry.type, entry.name)
                            : QStringLiteral("unknown %1 %2").arg(entry.type, entry.name);
            return false;
        }
    }
    for (const SchemaEntry &entry : expected) {
        if (!actual.contains(entry)) {
            *detail = QStringLiteral("missing %1 %2").arg(entry.type, entry.name);
            return false;
        }
    }
    return true;
}

bool isReadableSuperset(Database &db, QString *detail)
{
    // A later version may add tables, columns and indexes, never code: the file format has
    // no triggers or views in any version, so a newer file that holds one is refused too.
    {
        bool ok = false;
        for (const SchemaEntry &entry : readSchema(db, &ok)) {
            if (entry.type != QLatin1String("table") && entry.type != QLatin1String("index")) {
                *detail = QStringLiteral("unknown %1 %2").arg(entry.type, entry.name);
                return false;
            }
        }
        if (!ok) {
            *detail = db.errorMessage();
            return false;
        }
    }
    // The columns every reader of this version selects.
    QStringList probes = {
        QStringLiteral("SELECT id, gemeente, title, start_year, horizon_years, created_at, updated_at FROM project"),
        QStringLiteral("SELECT id, chapter, status, notes, created_at, updated_at FROM chapter_state"),
        QStringLiteral("SELECT id, key, value FROM project_meta"),
        QStringLiteral("SELECT id, chapter, question_key, answer FROM question_answer"),
        QStringLiteral("SELECT id, chapter, item_key, answer, comment FROM checklist_answer"),
    };
    for (const TableSpec &spec : tableSpecs()) {
        QStringList columns{QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("created_at")};
        if (spec.hasParent())
            columns.append(QLatin1String(spec.parentColumn));
        for (const FieldSpec &field : spec.fields)
            columns.append(QLatin1String(field.column));
        probes.append(
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), QLatin1String(spec.sqlName)));
    }
    for (const QString &sql : probes) {
        Statement probe(db, sql + QStringLiteral(" LIMIT 0"));
        if (!probe.isValid()) {
            *detail = db.errorMessage();
            return false;
        }
    }
    return true;
}

} // namespace rk::schema
