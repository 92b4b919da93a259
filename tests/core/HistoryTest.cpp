// The history: every committed edit, when, by whom, in which step, what it was and became.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "commands/Edits.h"
#include "desktop/UserName.h"
#include "records/Fields.h"
#include "share/ShareCopy.h"
#include "workbook/HistoryText.h"

#include <catch2/catch.hpp>

#include <QDate>

using namespace rk;

namespace {
const HistoryEntry *find(const QList<HistoryEntry> &entries, const QString &target, const QString &field)
{
    for (const HistoryEntry &entry : entries) {
        if (entry.target == target && entry.field == field)
            return &entry;
    }
    return nullptr;
}
} // namespace

TEST_CASE("Every committed edit is in the history, with who, what it was and what it became", "[history]")
{
    test::Workspace workspace;
    setUserName(QStringLiteral("Anne de Vries"));
    auto document = test::createProject(workspace.path(QStringLiteral("p.routekaart")));
    const QString goal = edit::insertRecord(*document, TableId::Goal, 0);
    REQUIRE(edit::setRecordField(*document, TableId::Goal, goal, int(GoalField::Title), QStringLiteral("Samen eten")));
    REQUIRE(edit::setRecordField(*document, TableId::Goal, goal, int(GoalField::Title), QStringLiteral("Samen koken")));
    REQUIRE(edit::setChapterNotes(*document, ChapterId::Preventie, QStringLiteral("Eerste notitie")));
    REQUIRE(edit::setAnswer(*document, ChapterId::Verkenning, QStringLiteral("q1"), QStringLiteral("Ja")));
    ProjectInfo info = document->project();
    info.title = QStringLiteral("Nieuwe titel");
    REQUIRE(edit::setProjectInfo(*document, info));

    QList<HistoryEntry> entries = document->history({});
    REQUIRE(entries.size() == 6);
    CHECK(entries.first().target == QLatin1String("project")); // newest first
    for (const HistoryEntry &entry : entries)
        CHECK(entry.author == QLatin1String("Anne de Vries"));
    CHECK(entries.last().change == QLatin1String("added"));
    CHECK(entries.last().record == goal);
    const HistoryEntry *title = &entries.at(3);
    CHECK(title->field == QLatin1String("title"));
    CHECK(title->oldValue == QLatin1String("Samen eten"));
    CHECK(title->newValue == QLatin1String("Samen koken"));
    CHECK(find(entries, QStringLiteral("notes"), QString())->newValue == QLatin1String("Eerste notitie"));
    CHECK(find(entries, QStringLiteral("project"), QStringLiteral("title"))->newValue == QLatin1String("Nieuwe titel"));

    // Removal and its undo, each a line; the undo is an edit too.
    REQUIRE(edit::removeRecord(*document, TableId::Goal, goal));
    edit::undo(*document);
    entries = document->history({});
    CHECK(entries.at(1).change == QLatin1String("removed"));
    CHECK(entries.at(1).oldValue == QLatin1String("Samen koken"));
    CHECK(entries.at(0).change == QLatin1String("added"));

    // Filters: by record, chapter, person and period.
    HistoryFilter byRecord;
    byRecord.record = goal;
    CHECK(document->history(byRecord).size() == 5);
    HistoryFilter byChapter;
    byChapter.chapter = QStringLiteral("preventie");
    CHECK(document->history(byChapter).size() == 1);
    HistoryFilter byPerson;
    byPerson.author = QStringLiteral("Iemand anders");
    CHECK(document->history(byPerson).isEmpty());
    CHECK(document->historyAuthors() == QStringList{QStringLiteral("Anne de Vries")});
    HistoryFilter past;
    past.to = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    CHECK(document->history(past).isEmpty());
    HistoryFilter today;
    today.from = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    today.to = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    CHECK(document->history(today).size() == 8);
    setUserName(QString());
}

TEST_CASE("A step of many edits names itself in the history, and an import is one line", "[history]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("p.routekaart")));
    const QString goal = edit::insertRecord(*document, TableId::Goal, 0);
    const QString indicator = edit::insertRecord(*document, TableId::Indicator, 0, [&] {
        Record row = emptyRecord(TableId::Indicator);
        row.parentId = goal;
        return row;
    }());
    QList<Record> rows;
    for (int i = 0; i < 500; ++i) {
        Record row = emptyRecord(TableId::Measurement);
        row.parentId = indicator;
        setField(row, MeasurementField::Date, QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate));
        rows.append(row);
    }
    REQUIRE(edit::appendRecords(*document, TableId::Measurement, std::move(rows), QStringLiteral("Metingen inlezen")));
    const HistoryEntry added = document->history({}).first();
    CHECK(added.change == QLatin1String("added"));
    CHECK(added.target == QLatin1String("measurement"));
    CHECK(added.newValue == QLatin1String("500"));

    RecordChanges changes;
    changes.writes.append({TableId::Goal, goal, int(GoalField::Title), QStringLiteral("Uit de kopie")});
    REQUIRE(edit::applyChanges(*document, changes, QStringLiteral("Samengevoegd uit de kopie van 3 december")));
    CHECK(document->history({}).first().step == QLatin1String("Samengevoegd uit de kopie van 3 december"));
    edit::undo(*document);
    CHECK(document->history({}).first().step.startsWith(QLatin1String("Ongedaan gemaakt: Samengevoegd")));
}

TEST_CASE("Long texts are kept in the history by their start, and a shared copy leaves personal fields out",
          "[history][share]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("p.routekaart")));
    REQUIRE(edit::setChapterNotes(*document, ChapterId::Preventie, QString(50000, QLatin1Char('n'))));
    CHECK(document->history({}).first().newValue.size() == 2000);

    const QString organisation = edit::insertRecord(*document, TableId::Organisation, 0);
    REQUIRE(edit::setRecordField(*document, TableId::Organisation, organisation, int(OrganisationField::ContactName),
                                 QStringLiteral("Petra Visser")));
    REQUIRE(edit::setRecordField(*document, TableId::Organisation, organisation, int(OrganisationField::Name),
                                 QStringLiteral("Thuiszorg")));
    const QString copyPath = workspace.path(QStringLiteral("kopie.routekaart"));
    QString error;
    REQUIRE(share::writeShareCopy(*document, copyPath, false, &error));
    OpenResult copy = ProjectOpener::open(copyPath);
    REQUIRE(copy.ok());
    const QList<HistoryEntry> entries = copy.document->history({});
    CHECK(find(entries, QStringLiteral("organisation"), QStringLiteral("name")));
    CHECK_FALSE(find(entries, QStringLiteral("organisation"), QStringLiteral("contact_name")));
    CHECK_FALSE(test::readAll(copyPath).contains("Petra Visser"));
}

TEST_CASE("Undo of a step of many edits is in the history too, and a period comes to its net changes", "[history]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("p.routekaart")));
    const QString goal = edit::insertRecord(*document, TableId::Goal, 0);
    RecordChanges changes;
    Record added = emptyRecord(TableId::Goal);
    setField(added, GoalField::Title, QStringLiteral("Uit de kopie"));
    changes.appends.append({TableId::Goal, {added}, 0});
    changes.writes.append({TableId::Goal, goal, int(GoalField::Title), QStringLiteral("Eerste")});
    REQUIRE(edit::applyChanges(*document, changes, QStringLiteral("Samengevoegd")));
    edit::undo(*document);
    const QList<HistoryEntry> entries = document->history({});
    // Newest first: the undo's field write and the row it took off.
    bool removed = false;
    for (const HistoryEntry &entry : entries.mid(0, 2))
        removed =
            removed || (entry.change == QLatin1String("removed") && entry.oldValue == QLatin1String("Uit de kopie"));
    CHECK(removed);

    // Back and forth: 42, 30, 35, 30 comes to 42 -> 30; a row added and taken off again is not there.
    for (const char *value : {"30", "35", "30"})
        REQUIRE(edit::setRecordField(*document, TableId::Goal, goal, int(GoalField::Description),
                                     QString::fromLatin1(value)));
    const QList<HistoryEntry> net = netChanges(document->history({}));
    int descriptions = 0;
    for (const HistoryEntry &entry : net) {
        CHECK_FALSE(entry.newValue == QLatin1String("Uit de kopie"));
        if (entry.field == QLatin1String("description")) {
            ++descriptions;
            CHECK(entry.oldValue.isEmpty());
            CHECK(entry.newValue == QLatin1String("30"));
        }
        // The title went to "Eerste" and back: no net change.
        CHECK_FALSE(entry.field == QLatin1String("title"));
    }
    CHECK(descriptions == 1);
}
