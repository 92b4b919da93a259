// What a removal takes with it follows from the table specs alone: planRemoval is a pure
// function over the rows, tested here without a file.

#include "records/Removal.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

int field(TableId table, const char *column)
{
    const TableSpec &spec = tableSpec(table);
    for (int i = 0; i < int(spec.fields.size()); ++i) {
        if (qstrcmp(spec.fields.at(std::size_t(i)).column, column) == 0)
            return i;
    }
    FAIL("no column " << column);
    return -1;
}

Record row(RecordTablesContent &content, TableId table, const QString &id, const QString &parent = {})
{
    Record record = emptyRecord(table);
    record.id = id;
    record.parentId = parent;
    content.at(std::size_t(table)).append(record);
    return record;
}

void set(RecordTablesContent &content, TableId table, const QString &id, const char *column, const QString &value)
{
    for (Record &record : content.at(std::size_t(table))) {
        if (record.id == id)
            record.values[field(table, column)] = value;
    }
}

QStringList ids(const QList<RemovalSnapshot::Row> &rows)
{
    QStringList result;
    for (const auto &entry : rows)
        result.append(entry.record.id);
    return result;
}

RecordTablesContent network()
{
    RecordTablesContent content;
    row(content, TableId::Goal, QStringLiteral("g1"));
    row(content, TableId::Goal, QStringLiteral("g2"));
    row(content, TableId::Indicator, QStringLiteral("i1"), QStringLiteral("g1"));
    row(content, TableId::Indicator, QStringLiteral("i2"), QStringLiteral("g2"));
    row(content, TableId::Measurement, QStringLiteral("m1"), QStringLiteral("i1"));
    row(content, TableId::Measurement, QStringLiteral("m2"), QStringLiteral("i1"));
    row(content, TableId::Organisation, QStringLiteral("o1"));
    row(content, TableId::Contribution, QStringLiteral("c1"));
    set(content, TableId::Contribution, QStringLiteral("c1"), "organisation_id", QStringLiteral("o1"));
    set(content, TableId::Contribution, QStringLiteral("c1"), "goal_id", QStringLiteral("g1"));
    row(content, TableId::Contribution, QStringLiteral("c2"));
    set(content, TableId::Contribution, QStringLiteral("c2"), "organisation_id", QStringLiteral("o1"));
    set(content, TableId::Contribution, QStringLiteral("c2"), "goal_id", QStringLiteral("g2"));
    row(content, TableId::Activity, QStringLiteral("a1"));
    set(content, TableId::Activity, QStringLiteral("a1"), "goal_id", QStringLiteral("g1"));
    set(content, TableId::Activity, QStringLiteral("a1"), "owner_id", QStringLiteral("o1"));
    return content;
}

} // namespace

TEST_CASE("Removing a goal takes its indicators, their measurements and its contributions", "[removal]")
{
    const RecordTablesContent content = network();
    const RemovalSnapshot snapshot = planRemoval(TableId::Goal, QStringLiteral("g1"), content);
    CHECK(ids(snapshot.rows) ==
          QStringList{QStringLiteral("g1"), QStringLiteral("i1"), QStringLiteral("c1"), QStringLiteral("m1"),
                      QStringLiteral("m2")});
    CHECK(snapshot.rows.first().row == 0);
    // The activity keeps existing; only its link to the goal is cleared, and remembered.
    REQUIRE(snapshot.references.size() == 1);
    CHECK(snapshot.references.first().table == TableId::Activity);
    CHECK(snapshot.references.first().recordId == QLatin1String("a1"));
    CHECK(snapshot.references.first().field == field(TableId::Activity, "goal_id"));
    CHECK(snapshot.references.first().oldValue == QLatin1String("g1"));

    // Deleted children first, each table from its last row up; put back the other way.
    CHECK(ids(deletionOrder(snapshot)) == QStringList{QStringLiteral("c1"), QStringLiteral("m2"), QStringLiteral("m1"),
                                                      QStringLiteral("i1"), QStringLiteral("g1")});
    CHECK(ids(restorationOrder(snapshot)) == QStringList{QStringLiteral("g1"), QStringLiteral("i1"),
                                                         QStringLiteral("m1"), QStringLiteral("m2"),
                                                         QStringLiteral("c1")});
}

TEST_CASE("Removing an organisation takes its contributions and clears ownership", "[removal]")
{
    const RemovalSnapshot snapshot = planRemoval(TableId::Organisation, QStringLiteral("o1"), network());
    CHECK(ids(snapshot.rows) == QStringList{QStringLiteral("o1"), QStringLiteral("c1"), QStringLiteral("c2")});
    REQUIRE(snapshot.references.size() == 1);
    CHECK(snapshot.references.first().field == field(TableId::Activity, "owner_id"));
}

TEST_CASE("Removing a row nothing depends on takes only that row; an unknown id nothing", "[removal]")
{
    const RecordTablesContent content = network();
    const RemovalSnapshot measurement = planRemoval(TableId::Measurement, QStringLiteral("m2"), content);
    CHECK(ids(measurement.rows) == QStringList{QStringLiteral("m2")});
    CHECK(measurement.rows.first().row == 1);
    CHECK(measurement.references.isEmpty());
    CHECK(planRemoval(TableId::Goal, QStringLiteral("nope"), content).rows.isEmpty());
}
