// Two-way sharing: a copy that comes back is compared with what was sent and with the project,
// and the accepted changes are taken over as one step.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "cli/CommandLineTasks.h"
#include "commands/Edits.h"
#include "merge/ProjectMerge.h"
#include "records/Fields.h"
#include "share/ShareCopy.h"
#include "storage/Schema.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>

using namespace rk;

namespace {

std::unique_ptr<ProjectDocument> openFile(const QString &path)
{
    OpenResult opened = ProjectOpener::open(path);
    REQUIRE(opened.ok());
    REQUIRE_FALSE(opened.document->isReadOnly());
    return std::move(opened.document);
}

// The project (mine, the demo) and a copy shared from it (theirs), each opened to edit.
struct Sides
{
    test::Workspace workspace;
    QString minePath;
    QString copyPath;
    std::unique_ptr<ProjectDocument> mine;

    explicit Sides(bool keepPersonalData = false)
    {
        minePath = test::copyDemo(workspace);
        copyPath = workspace.path(QStringLiteral("kopie.routekaart"));
        mine = openFile(minePath);
        QString error;
        REQUIRE(
            share::writeShareCopy(*mine, copyPath, keepPersonalData, &error, QStringLiteral("els@welzijn.example")));
    }

    // Edits the copy as its receiver would, and closes it.
    template <typename Edit> void theirs(Edit edit)
    {
        auto copy = openFile(copyPath);
        edit(*copy);
    }

    merge::Comparison compare(merge::OpenedCopy *opened)
    {
        QString error;
        REQUIRE(merge::openCopy(copyPath, *mine, opened, &error));
        return merge::compare(opened->ancestor.get(), *opened->theirs, *mine);
    }

    // Compares, accepts what is no conflict (or all), and takes it over as one step.
    merge::MergePlan mergeAll(bool conflictsToo = false)
    {
        merge::OpenedCopy opened;
        merge::Comparison comparison = compare(&opened);
        merge::acceptAll(&comparison, conflictsToo);
        merge::MergePlan plan = merge::plan(comparison, *mine);
        RecordChanges changes = plan.changes;
        if (!changes.isEmpty())
            REQUIRE(edit::applyChanges(*mine, std::move(changes), merge::mergeStepText(comparison.origin)));
        return plan;
    }
};

const merge::Change *findChange(const merge::Comparison &comparison, merge::Area area, const QString &recordId,
                                int field = -2)
{
    for (const merge::Change &change : comparison.changes) {
        if (change.area == area && change.recordId == recordId && (field == -2 || change.field == field))
            return &change;
    }
    return nullptr;
}

// Every row of every table, as comparable text.
QStringList contentOf(const ProjectDocument &document)
{
    QStringList rows;
    for (int t = 0; t < kTableCount; ++t) {
        for (const Record &row : document.records(static_cast<TableId>(t))) {
            QStringList values;
            for (const QVariant &value : row.values)
                values.append(value.toString());
            rows.append(QStringLiteral("%1|%2|%3|%4").arg(t).arg(row.id, row.parentId, values.join(QLatin1Char('|'))));
        }
    }
    for (const auto &answer : document.answerEntries())
        rows.append(QStringLiteral("answer|%1|%2").arg(answer.questionKey, answer.answer));
    for (const ChapterInfo &info : chapterInfos())
        rows.append(QStringLiteral("chapter|%1|%2")
                        .arg(document.chapter(info.id).notes)
                        .arg(int(document.chapter(info.id).status)));
    rows.append(document.project().title);
    return rows;
}

} // namespace

TEST_CASE("A shared copy says where it comes from, and the project keeps what it sent", "[merge][share]")
{
    Sides sides;
    auto copy = openFile(sides.copyPath);
    const merge::CopyOrigin origin = merge::originOf(*copy);
    CHECK(origin.projectId == sides.mine->project().id);
    CHECK(origin.shareId.size() == 36);
    CHECK(origin.sharedWith == QLatin1String("els@welzijn.example"));
    CHECK_FALSE(origin.sharedBy.isEmpty());
    CHECK(origin.personalDataRemoved);
    // The copy carries nothing of what the project sent before.
    CHECK(copy->sentShares().isEmpty());

    const QList<SentShare> shares = sides.mine->sentShares();
    REQUIRE(shares.size() == 1);
    CHECK(shares.first().id == origin.shareId);
    QByteArray packed;
    CHECK(sides.mine->sentShareCopy(origin.shareId, &packed));
    CHECK(packed.size() > 1000);

    // Only the newest few are kept.
    QString error;
    for (int i = 0; i < limits::kKeptShares + 2; ++i)
        REQUIRE(share::writeShareCopy(*sides.mine, sides.workspace.path(QStringLiteral("k%1.routekaart").arg(i)), false,
                                      &error));
    CHECK(sides.mine->sentShares().size() == limits::kKeptShares);
    CHECK_FALSE(sides.mine->sentShareCopy(origin.shareId, &packed));
}

TEST_CASE("A first look tells a shared copy from the project and from files that are no project", "[merge][share]")
{
    Sides sides;
    CHECK(ProjectOpener::isShareCopy(sides.copyPath));
    CHECK_FALSE(ProjectOpener::isShareCopy(sides.minePath));
    CHECK_FALSE(ProjectOpener::isShareCopy(sides.workspace.path(QStringLiteral("bestaat-niet.routekaart"))));
    CHECK_FALSE(ProjectOpener::isShareCopy(sides.workspace.dir()));
    // Text, and a file that starts as SQLite but is cut off: no, and nothing breaks.
    const QString text = sides.workspace.path(QStringLiteral("tekst.routekaart"));
    QFile textFile(text);
    REQUIRE(textFile.open(QIODevice::WriteOnly));
    textFile.write("geen project\n");
    textFile.close();
    CHECK_FALSE(ProjectOpener::isShareCopy(text));
    const QString cut = sides.workspace.path(QStringLiteral("afgebroken.routekaart"));
    QFile cutFile(cut);
    REQUIRE(cutFile.open(QIODevice::WriteOnly));
    cutFile.write(test::readAll(sides.copyPath).left(6000));
    cutFile.close();
    CHECK_FALSE(ProjectOpener::isShareCopy(cut));
    // Opening the copy itself still gives it every check.
    CHECK(ProjectOpener::open(sides.copyPath).ok());
    CHECK_FALSE(ProjectOpener::open(cut).ok());
}

TEST_CASE("Their changes come over as one step, and the same copy a second time brings nothing new", "[merge]")
{
    Sides sides;
    const ProjectDocument &mine = *sides.mine;
    const QString goal = mine.records(TableId::Goal).first().id;
    const QString indicator = mine.records(TableId::Indicator).first().id;
    const QString activity = mine.records(TableId::Activity).last().id;
    const int activities = int(mine.records(TableId::Activity).size());
    const int measurements = int(mine.records(TableId::Measurement).size());
    QString newGoal;
    sides.theirs([&](ProjectDocument &copy) {
        REQUIRE(edit::setRecordField(copy, TableId::Goal, goal, int(GoalField::Title), QStringLiteral("Hun titel")));
        newGoal = edit::insertRecord(copy, TableId::Goal, int(copy.records(TableId::Goal).size()));
        REQUIRE(
            edit::setRecordField(copy, TableId::Goal, newGoal, int(GoalField::Title), QStringLiteral("Samen eten")));
        Record measurement = emptyRecord(TableId::Measurement);
        measurement.parentId = indicator;
        setField(measurement, MeasurementField::Date, QStringLiteral("2026-11-01"));
        setField(measurement, MeasurementField::Value, 31.0);
        REQUIRE_FALSE(edit::insertRecord(copy, TableId::Measurement, 0, measurement).isEmpty());
        REQUIRE(edit::removeRecord(copy, TableId::Activity, activity));
        REQUIRE(edit::setChapterNotes(copy, ChapterId::Preventie, QStringLiteral("Hun notitie")));
        REQUIRE(
            edit::setAnswer(copy, ChapterId::Verkenning, QStringLiteral("q_nieuw"), QStringLiteral("Hun antwoord")));
        ChecklistEntry entry;
        entry.answer = ChecklistAnswer::Partly;
        entry.comment = QStringLiteral("half");
        REQUIRE(edit::setChecklistEntry(copy, ChapterId::Commitment, QStringLiteral("c_test"), entry));
    });

    merge::OpenedCopy opened;
    const merge::Comparison comparison = sides.compare(&opened);
    CHECK(comparison.threeWay);
    CHECK(comparison.conflictCount() == 0);
    const merge::Change *title = findChange(comparison, merge::Area::Record, goal, int(GoalField::Title));
    REQUIRE(title);
    CHECK(title->kind == merge::ChangeKind::Changed);
    CHECK(title->theirs.toString() == QLatin1String("Hun titel"));
    CHECK(title->before == title->mine);
    const merge::Change *added = findChange(comparison, merge::Area::Record, newGoal);
    REQUIRE(added);
    CHECK(added->kind == merge::ChangeKind::Added);
    const merge::Change *removed = findChange(comparison, merge::Area::Record, activity);
    REQUIRE(removed);
    CHECK(removed->kind == merge::ChangeKind::Removed);
    // In words: the place, the field and the values as shown.
    CHECK(merge::placeOf(*title, *opened.theirs, mine).contains(tableTitle(TableId::Goal)));
    CHECK(merge::fieldOf(*title) == fieldLabel(TableId::Goal, int(GoalField::Title)));

    const merge::MergePlan plan = sides.mergeAll();
    CHECK(plan.notes.isEmpty());
    CHECK(mine.recordTitle(TableId::Goal, goal) == QLatin1String("Hun titel"));
    CHECK(mine.record(TableId::Goal, newGoal));
    CHECK(mine.records(TableId::Activity).size() == activities - 1);
    CHECK(mine.records(TableId::Measurement).size() == measurements + 1);
    CHECK(mine.chapter(ChapterId::Preventie).notes == QLatin1String("Hun notitie"));
    CHECK(mine.answer(ChapterId::Verkenning, QStringLiteral("q_nieuw")) == QLatin1String("Hun antwoord"));
    CHECK(mine.checklistEntry(ChapterId::Commitment, QStringLiteral("c_test")).comment == QLatin1String("half"));
    CHECK(mine.undoStack()->count() == 1);
    CHECK(mine.undoStack()->undoText().startsWith(QLatin1String("Samengevoegd uit de kopie voor els@welzijn.example")));

    // In the file, not only in memory.
    const QStringList merged = contentOf(mine);
    sides.mine.reset();
    sides.mine = openFile(sides.minePath);
    CHECK(contentOf(*sides.mine) == merged);

    // The same copy again: nothing new.
    merge::OpenedCopy again;
    CHECK(sides.compare(&again).changes.isEmpty());
}

TEST_CASE("Undo of a merge puts everything back, in memory and in the file; redo takes it over again", "[merge][undo]")
{
    Sides sides;
    const QStringList before = contentOf(*sides.mine);
    const QString organisation = sides.mine->records(TableId::Organisation).first().id;
    const QString goal = sides.mine->records(TableId::Goal).last().id;
    sides.theirs([&](ProjectDocument &copy) {
        // An organisation goes with its contributions, a goal with its indicators and measurements.
        REQUIRE(edit::removeRecord(copy, TableId::Organisation, organisation));
        REQUIRE(edit::removeRecord(copy, TableId::Goal, goal));
        REQUIRE(edit::insertRecord(copy, TableId::Goal, 0).size() == 36);
        REQUIRE(edit::setRecordField(copy, TableId::Goal, copy.records(TableId::Goal).at(1).id,
                                     int(GoalField::Description), QStringLiteral("Nieuw")));
        ProjectInfo info = copy.project();
        info.title = QStringLiteral("Hun projecttitel");
        REQUIRE(edit::setProjectInfo(copy, info));
        REQUIRE(edit::setChapterStatus(copy, ChapterId::Bewustwording, ChapterStatus::Done));
    });
    sides.mergeAll();
    const QStringList merged = contentOf(*sides.mine);
    CHECK(merged != before);
    CHECK_FALSE(sides.mine->record(TableId::Organisation, organisation));
    CHECK(sides.mine->project().title == QLatin1String("Hun projecttitel"));

    edit::undo(*sides.mine);
    CHECK(contentOf(*sides.mine) == before);
    edit::redo(*sides.mine);
    CHECK(contentOf(*sides.mine) == merged);
    edit::undo(*sides.mine);
    sides.mine.reset();
    sides.mine = openFile(sides.minePath);
    CHECK(contentOf(*sides.mine) == before);
}

TEST_CASE(
    "Conflicts are found and left for the user: both changed, under my removal, removed what I changed, same title",
    "[merge][conflict]")
{
    Sides sides;
    ProjectDocument &mine = *sides.mine;
    const QString indicator = mine.records(TableId::Indicator).first().id;
    // A goal with indicators, other than the one of `indicator`.
    QString removedGoal;
    for (const Record &goal : mine.records(TableId::Goal)) {
        if (goal.id != mine.records(TableId::Indicator).first().parentId &&
            !mine.children(TableId::Indicator, goal.id).isEmpty())
            removedGoal = goal.id;
    }
    REQUIRE_FALSE(removedGoal.isEmpty());
    const QString removedIndicator = mine.children(TableId::Indicator, removedGoal).first()->id;
    const QString organisation = mine.records(TableId::Organisation).at(2).id;
    const QString quiet = mine.records(TableId::Organisation).at(3).id;
    sides.theirs([&](ProjectDocument &copy) {
        REQUIRE(edit::setRecordField(copy, TableId::Indicator, indicator, int(IndicatorField::TargetValue), 99.0));
        REQUIRE(edit::setRecordField(copy, TableId::Goal, removedGoal, int(GoalField::Description),
                                     QStringLiteral("Hun uitleg")));
        Record measurement = emptyRecord(TableId::Measurement);
        measurement.parentId = removedIndicator;
        setField(measurement, MeasurementField::Date, QStringLiteral("2026-10-01"));
        REQUIRE_FALSE(edit::insertRecord(copy, TableId::Measurement, 0, measurement).isEmpty());
        REQUIRE(edit::removeRecord(copy, TableId::Organisation, organisation));
        REQUIRE(edit::removeRecord(copy, TableId::Organisation, quiet));
        const QString added = edit::insertRecord(copy, TableId::Goal, 0);
        REQUIRE(edit::setRecordField(copy, TableId::Goal, added, int(GoalField::Title), QStringLiteral("Samen eten")));
    });
    REQUIRE(edit::setRecordField(mine, TableId::Indicator, indicator, int(IndicatorField::TargetValue), 77.0));
    REQUIRE(edit::removeRecord(mine, TableId::Goal, removedGoal));
    REQUIRE(edit::setRecordField(mine, TableId::Organisation, organisation, int(OrganisationField::Notes),
                                 QStringLiteral("Mijn notitie")));
    const QString mineAdded = edit::insertRecord(mine, TableId::Goal, 0);
    REQUIRE(edit::setRecordField(mine, TableId::Goal, mineAdded, int(GoalField::Title), QStringLiteral("samen eten")));

    merge::OpenedCopy opened;
    merge::Comparison comparison = sides.compare(&opened);
    const merge::Change *both =
        findChange(comparison, merge::Area::Record, indicator, int(IndicatorField::TargetValue));
    REQUIRE(both);
    CHECK(both->conflict == merge::Conflict::BothChanged);
    CHECK(both->theirs.toDouble() == 99.0);
    CHECK(both->mine.toDouble() == 77.0);
    // Their work under the goal I removed is one change: the goal with what they did under it.
    const merge::Change *under = findChange(comparison, merge::Area::Record, removedGoal);
    REQUIRE(under);
    CHECK(under->conflict == merge::Conflict::UnderRemoved);
    CHECK(under->rows.size() > 2);
    for (const merge::Change &change : comparison.changes)
        CHECK(change.table != TableId::Measurement);
    const merge::Change *removedChanged = findChange(comparison, merge::Area::Record, organisation);
    REQUIRE(removedChanged);
    CHECK(removedChanged->kind == merge::ChangeKind::Removed);
    CHECK(removedChanged->conflict == merge::Conflict::RemovedChanged);
    const merge::Change *plainRemoval = findChange(comparison, merge::Area::Record, quiet);
    REQUIRE(plainRemoval);
    CHECK(plainRemoval->conflict == merge::Conflict::None);
    bool sameTitle = false;
    for (const merge::Change &change : comparison.changes)
        sameTitle = sameTitle || change.conflict == merge::Conflict::SameTitle;
    CHECK(sameTitle);
    CHECK(comparison.conflictCount() == 4);

    // Only what is no conflict by default: mine stays where both changed.
    merge::acceptAll(&comparison, false);
    merge::MergePlan plan = merge::plan(comparison, mine);
    REQUIRE(edit::applyChanges(mine, plan.changes, QStringLiteral("samenvoegen")));
    CHECK(mine.record(TableId::Indicator, indicator)->values.value(int(IndicatorField::TargetValue)).toDouble() ==
          77.0);
    CHECK_FALSE(mine.record(TableId::Goal, removedGoal));
    CHECK(mine.record(TableId::Organisation, organisation));
    CHECK_FALSE(mine.record(TableId::Organisation, quiet));
    edit::undo(mine);

    // Theirs for the goal I removed: it comes back with their version and all under it.
    for (merge::Change &change : comparison.changes)
        change.accepted = change.recordId == removedGoal;
    plan = merge::plan(comparison, mine);
    REQUIRE(edit::applyChanges(mine, plan.changes, QStringLiteral("samenvoegen")));
    REQUIRE(mine.record(TableId::Goal, removedGoal));
    CHECK(mine.record(TableId::Goal, removedGoal)->values.value(int(GoalField::Description)).toString() ==
          QLatin1String("Hun uitleg"));
    CHECK(mine.children(TableId::Indicator, removedGoal).size() > 0);
    QString problem;
    CHECK(merge::referencesWhole(mine, &problem));
}

TEST_CASE("Personal data left out of a copy is never taken as emptied", "[merge][personal]")
{
    Sides sides; // without personal data
    ProjectDocument &mine = *sides.mine;
    QString withContact;
    QString withoutContact;
    for (const Record &row : mine.records(TableId::Organisation)) {
        const bool has = !field(row, OrganisationField::ContactName).toString().isEmpty();
        (has ? withContact : withoutContact) = row.id;
    }
    REQUIRE_FALSE(withContact.isEmpty());
    if (withoutContact.isEmpty()) {
        withoutContact = mine.records(TableId::Organisation).first().id;
        REQUIRE(edit::setRecordField(mine, TableId::Organisation, withoutContact, int(OrganisationField::ContactName),
                                     QString()));
    }
    sides.theirs([&](ProjectDocument &copy) {
        REQUIRE(edit::setRecordField(copy, TableId::Organisation, withoutContact, int(OrganisationField::ContactName),
                                     QStringLiteral("Nieuwe contactpersoon")));
        REQUIRE(edit::setRecordField(copy, TableId::Organisation, withContact, int(OrganisationField::ContactPhone),
                                     QStringLiteral("06-12345678")));
    });
    merge::OpenedCopy opened;
    const merge::Comparison comparison = sides.compare(&opened);
    for (const merge::Change &change : comparison.changes) {
        // Only the two fields they filled in; none of the emptied ones.
        REQUIRE(change.area == merge::Area::Record);
        CHECK(tableSpec(change.table).fields.at(std::size_t(change.field)).personal);
        CHECK_FALSE(change.theirs.toString().isEmpty());
    }
    const merge::Change *filled =
        findChange(comparison, merge::Area::Record, withoutContact, int(OrganisationField::ContactName));
    REQUIRE(filled);
    CHECK(filled->conflict == merge::Conflict::None);
    sides.mergeAll();
    CHECK(field(*mine.record(TableId::Organisation, withoutContact), OrganisationField::ContactName).toString() ==
          QLatin1String("Nieuwe contactpersoon"));
    CHECK_FALSE(
        field(*mine.record(TableId::Organisation, withContact), OrganisationField::ContactName).toString().isEmpty());
}

TEST_CASE("A merge keeps references whole: no contribution to an organisation that is not there", "[merge][references]")
{
    Sides sides;
    ProjectDocument &mine = *sides.mine;
    const QString goal = mine.records(TableId::Goal).first().id;
    QString organisation;
    sides.theirs([&](ProjectDocument &copy) {
        organisation = edit::insertRecord(copy, TableId::Organisation, 0);
        REQUIRE(edit::setRecordField(copy, TableId::Organisation, organisation, int(OrganisationField::Name),
                                     QStringLiteral("Buurtkamer")));
        Record contribution = emptyRecord(TableId::Contribution);
        setField(contribution, ContributionField::OrganisationId, organisation);
        setField(contribution, ContributionField::GoalId, goal);
        setField(contribution, ContributionField::What, QStringLiteral("Koffie"));
        REQUIRE_FALSE(edit::insertRecord(copy, TableId::Contribution, 0, contribution).isEmpty());
    });
    merge::OpenedCopy opened;
    merge::Comparison comparison = sides.compare(&opened);
    const int contributions = int(mine.records(TableId::Contribution).size());
    // The contribution without its organisation is left out, and said.
    for (merge::Change &change : comparison.changes)
        change.accepted = change.table == TableId::Contribution;
    merge::MergePlan plan = merge::plan(comparison, mine);
    CHECK(plan.notes.size() == 1);
    CHECK(plan.changes.isEmpty());
    // With it, both come over.
    merge::acceptAll(&comparison, false);
    plan = merge::plan(comparison, mine);
    REQUIRE(edit::applyChanges(mine, plan.changes, QStringLiteral("samenvoegen")));
    CHECK(mine.records(TableId::Contribution).size() == contributions + 1);
    QString problem;
    CHECK(merge::referencesWhole(mine, &problem));
}

TEST_CASE("Compared two ways when what was sent is not kept: new rows come over, the rest is for the user",
          "[merge][two-way]")
{
    Sides sides;
    const QString goal = sides.mine->records(TableId::Goal).first().id;
    QString added;
    sides.theirs([&](ProjectDocument &copy) {
        REQUIRE(edit::setRecordField(copy, TableId::Goal, goal, int(GoalField::Description), QStringLiteral("Anders")));
        QThread::msleep(5); // created after the copy was shared
        added = edit::insertRecord(copy, TableId::Goal, 0);
    });
    sides.mine.reset();
    REQUIRE(test::runSql(sides.minePath, QStringLiteral("DELETE FROM share_sent_part; DELETE FROM share_sent;")));
    sides.mine = openFile(sides.minePath);
    merge::OpenedCopy opened;
    const merge::Comparison comparison = sides.compare(&opened);
    CHECK_FALSE(comparison.threeWay);
    CHECK_FALSE(opened.twoWayReason.isEmpty());
    const merge::Change *description = findChange(comparison, merge::Area::Record, goal, int(GoalField::Description));
    REQUIRE(description);
    CHECK(description->conflict == merge::Conflict::Unknown);
    const merge::Change *newGoal = findChange(comparison, merge::Area::Record, added);
    REQUIRE(newGoal);
    CHECK(newGoal->conflict == merge::Conflict::None);
    // Rows of mine that are not in the copy are not taken as removed by them when added later.
    for (const merge::Change &change : comparison.changes)
        CHECK(change.kind != merge::ChangeKind::Removed);
}

TEST_CASE("Bad copies are refused with a clear message and nothing merged", "[merge][hostile]")
{
    Sides sides;
    merge::OpenedCopy opened;
    QString error;
    const QStringList before = contentOf(*sides.mine);

    SECTION("a copy of another project")
    {
        const QString other = sides.workspace.path(QStringLiteral("ander.routekaart"));
        test::createProject(other);
        CHECK_FALSE(merge::openCopy(other, *sides.mine, &opened, &error));
        CHECK(error.contains(QLatin1String("geen kopie van dit project")));
    }
    SECTION("the project itself")
    {
        CHECK_FALSE(merge::openCopy(sides.minePath, *sides.mine, &opened, &error));
        CHECK(error.contains(QLatin1String("project zelf")));
    }
    SECTION("not a project at all")
    {
        const QString text = sides.workspace.path(QStringLiteral("tekst.routekaart"));
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("geen project");
        file.close();
        CHECK_FALSE(merge::openCopy(text, *sides.mine, &opened, &error));
        CHECK_FALSE(error.isEmpty());
    }
    SECTION("a copy whose rows a hand-made SQL tool left without their parent")
    {
        REQUIRE(test::runSql(sides.copyPath, QStringLiteral("DELETE FROM indicator WHERE position = 0")));
        CHECK_FALSE(merge::openCopy(sides.copyPath, *sides.mine, &opened, &error));
        CHECK_FALSE(error.isEmpty());
    }
    SECTION("a copy whose references a hand-made SQL tool broke")
    {
        REQUIRE(test::runSql(sides.copyPath, QStringLiteral("UPDATE contribution SET organisation_id = "
                                                            "'00000000-0000-7000-8000-000000000000'")));
        CHECK_FALSE(merge::openCopy(sides.copyPath, *sides.mine, &opened, &error));
        CHECK(error.contains(QLatin1String("naar iets dat er niet is")));
    }
    SECTION("the project and the copy swapped")
    {
        sides.mine.reset();
        auto copy = openFile(sides.copyPath);
        CHECK_FALSE(merge::openCopy(sides.minePath, *copy, &opened, &error));
        CHECK(error.contains(QLatin1String("omgedraaid")));
        return;
    }
    SECTION("a duplicate made without sharing is compared two ways, and says so")
    {
        const QString duplicate = sides.workspace.path(QStringLiteral("dubbel.routekaart"));
        REQUIRE(sides.mine->saveCopyAs(duplicate));
        REQUIRE(merge::openCopy(duplicate, *sides.mine, &opened, &error));
        CHECK_FALSE(opened.ancestor);
        CHECK(opened.twoWayReason.contains(QLatin1String("niet met Delen gemaakt")));
        return;
    }
    SECTION("a copy with a trigger")
    {
        REQUIRE(test::runSql(sides.copyPath, QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON goal BEGIN DELETE FROM "
                                                            "goal; END;")));
        CHECK_FALSE(merge::openCopy(sides.copyPath, *sides.mine, &opened, &error));
        CHECK_FALSE(error.isEmpty());
    }
    SECTION("what was sent, damaged in the project")
    {
        sides.mine.reset();
        REQUIRE(test::runSql(sides.minePath, QStringLiteral("UPDATE share_sent_part SET data = x'00ffffff0102'")));
        sides.mine = openFile(sides.minePath);
        REQUIRE(merge::openCopy(sides.copyPath, *sides.mine, &opened, &error));
        CHECK_FALSE(opened.ancestor);
        CHECK(opened.twoWayReason.contains(QLatin1String("verstuurde versie")));
        return;
    }
    CHECK(contentOf(*sides.mine) == before);
}

TEST_CASE("A copy of a newer version is read as far as this version knows it", "[merge][version]")
{
    Sides sides;
    sides.theirs([&](ProjectDocument &copy) {
        REQUIRE(edit::setChapterNotes(copy, ChapterId::Verkenning, QStringLiteral("Uit de toekomst")));
    });
    REQUIRE(
        test::runSql(sides.copyPath, QStringLiteral("ALTER TABLE goal ADD COLUMN later TEXT; PRAGMA user_version = %1")
                                         .arg(schema::kCurrentVersion + 1)));
    sides.mergeAll();
    CHECK(sides.mine->chapter(ChapterId::Verkenning).notes == QLatin1String("Uit de toekomst"));
}

TEST_CASE("A full disk during a merge leaves the project as it was", "[merge][fault]")
{
    Sides sides;
    const QString indicator = sides.mine->records(TableId::Indicator).first().id;
    sides.theirs([&](ProjectDocument &copy) {
        QList<Record> rows;
        for (int i = 0; i < 3000; ++i) {
            Record row = emptyRecord(TableId::Measurement);
            row.parentId = indicator;
            setField(row, MeasurementField::Date, QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate));
            setField(row, MeasurementField::Note, QString(200, QLatin1Char('x')));
            rows.append(row);
        }
        REQUIRE(edit::appendRecords(copy, TableId::Measurement, std::move(rows), QStringLiteral("veel")));
    });
    merge::OpenedCopy opened;
    merge::Comparison comparison = sides.compare(&opened);
    merge::acceptAll(&comparison, false);
    const merge::MergePlan plan = merge::plan(comparison, *sides.mine);
    const QByteArray before = test::readAll(sides.minePath);
    const QStringList content = contentOf(*sides.mine);
    {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        const rlimit limit{rlim_t(before.size()), old.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
        const bool merged = edit::applyChanges(*sides.mine, plan.changes, QStringLiteral("samenvoegen"));
        setrlimit(RLIMIT_FSIZE, &old);
        CHECK_FALSE(merged);
    }
    CHECK_FALSE(sides.mine->lastError().isEmpty());
    CHECK(contentOf(*sides.mine) == content);
    CHECK(sides.mine->undoStack()->count() == 0);
    sides.mine.reset();
    CHECK(test::readAll(sides.minePath) == before);
}

TEST_CASE("The command line: --diff lists the changes, --merge takes them over and says so", "[merge][cli]")
{
    Sides sides;
    const QString goal = sides.mine->records(TableId::Goal).first().id;
    const QString indicator = sides.mine->records(TableId::Indicator).first().id;
    sides.theirs([&](ProjectDocument &copy) {
        REQUIRE(edit::setRecordField(copy, TableId::Goal, goal, int(GoalField::Title), QStringLiteral("Hun\ttitel")));
        REQUIRE(edit::setRecordField(copy, TableId::Indicator, indicator, int(IndicatorField::TargetValue), 99.0));
    });
    REQUIRE(edit::setRecordField(*sides.mine, TableId::Indicator, indicator, int(IndicatorField::TargetValue), 77.0));
    const QString beforeTitle = sides.mine->recordTitle(TableId::Goal, goal);
    sides.mine.reset();

    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    REQUIRE(diffTask(sides.copyPath, sides.minePath, out, err) == 0);
    const QStringList lines = outText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    for (const QString &line : lines)
        CHECK(line.count(QLatin1Char('\t')) == 7);
    CHECK(lines.contains(QStringLiteral("changed\tgoal\tHun titel\t%1\t%2\tHun titel\t%2\t")
                             .arg(fieldLabel(TableId::Goal, int(GoalField::Title)), beforeTitle)));
    CHECK(lines.filter(QStringLiteral("\tindicator\t")).first().endsWith(QLatin1String("\tboth-changed")));

    outText.clear();
    REQUIRE(mergeTask(sides.copyPath, sides.minePath, false, out, err) == 0);
    CHECK(outText.contains(QLatin1String("1 wijziging")));
    CHECK(outText.contains(QLatin1String("1 conflict")));
    outText.clear();
    REQUIRE(mergeTask(sides.copyPath, sides.minePath, true, out, err) == 0);
    CHECK(outText.contains(QLatin1String("1 wijziging")));
    outText.clear();
    REQUIRE(mergeTask(sides.copyPath, sides.minePath, false, out, err) == 0);
    CHECK(outText.contains(QLatin1String("Niets nieuws")));

    auto mine = openFile(sides.minePath);
    CHECK(mine->record(TableId::Indicator, indicator)->values.value(int(IndicatorField::TargetValue)).toDouble() ==
          99.0);
    mine.reset();
    // A project that cannot be written: exit 2, untouched.
    const QByteArray before = test::readAll(sides.minePath);
    QFile::setPermissions(sides.minePath, QFileDevice::ReadOwner);
    errText.clear();
    CHECK(mergeTask(sides.copyPath, sides.minePath, true, out, err) == 2);
    CHECK_FALSE(errText.isEmpty());
    CHECK(test::readAll(sides.minePath) == before);
    // Not a copy: exit 2.
    CHECK(diffTask(sides.minePath, sides.minePath, out, err) == 2);
}

TEST_CASE("A merge killed halfway leaves the project whole: all of it or none", "[merge][crash]")
{
    Sides sides;
    const QString indicator = sides.mine->records(TableId::Indicator).first().id;
    sides.theirs([&](ProjectDocument &copy) {
        QList<Record> rows;
        for (int i = 0; i < 20000; ++i) {
            Record row = emptyRecord(TableId::Measurement);
            row.parentId = indicator;
            setField(row, MeasurementField::Date, QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate));
            setField(row, MeasurementField::Value, double(i % 100));
            rows.append(row);
        }
        REQUIRE(edit::appendRecords(copy, TableId::Measurement, std::move(rows), QStringLiteral("veel")));
    });
    const int measurements = int(sides.mine->records(TableId::Measurement).size());
    sides.mine.reset();
    for (int delay : {40, 120, 250}) {
        QProcess merge;
        merge.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--merge-child"), sides.copyPath, sides.minePath});
        REQUIRE(merge.waitForStarted());
        QThread::msleep(delay);
        ::kill(pid_t(merge.processId()), SIGKILL);
        merge.waitForFinished();
        auto mine = openFile(sides.minePath);
        const qsizetype count = mine->records(TableId::Measurement).size();
        CHECK((count == measurements || count == measurements + 20000));
        QString problem;
        CHECK(merge::referencesWhole(*mine, &problem));
        if (count != measurements)
            break; // merged whole before it was stopped
    }
}

TEST_CASE("The merge matrix: a change, an addition and a removal of theirs in every table come over", "[merge][matrix]")
{
    Sides sides;
    ProjectDocument &mine = *sides.mine;
    struct Planned
    {
        TableId table;
        QString changed;
        int field = -1;
        QString removed;
        QString added;
    };
    QList<Planned> planned;
    sides.theirs([&](ProjectDocument &copy) {
        for (const TableSpec &spec : tableSpecs()) {
            const QList<Record> &rows = copy.records(spec.id);
            if (rows.isEmpty())
                continue;
            Planned plan{spec.id, rows.first().id, -1, {}, {}};
            for (std::size_t f = 0; f < spec.fields.size() && plan.field < 0; ++f) {
                const FieldSpec &field = spec.fields.at(f);
                if ((field.type == FieldType::Text || field.type == FieldType::LongText) && !field.personal)
                    plan.field = int(f);
            }
            if (plan.field >= 0)
                REQUIRE(edit::setRecordField(copy, spec.id, plan.changed, plan.field,
                                             QStringLiteral("Uit de kopie: %1").arg(QLatin1String(spec.sqlName))));
            Record fresh = emptyRecord(spec.id);
            fresh.parentId = rows.first().parentId;
            plan.added = edit::insertRecord(copy, spec.id, int(rows.size()), fresh);
            REQUIRE_FALSE(plan.added.isEmpty());
            planned.append(plan);
        }
        // Removals last, of rows nothing above touched (a row of a table with three or more).
        for (Planned &plan : planned) {
            const QList<Record> &rows = copy.records(plan.table);
            if (rows.size() >= 4 && copy.record(plan.table, rows.at(1).id)) {
                plan.removed = rows.at(1).id;
                if (!edit::removeRecord(copy, plan.table, plan.removed))
                    plan.removed.clear();
            }
        }
        // What a removal took with it (a goal's indicators) is checked as removed, not changed.
        for (Planned &plan : planned) {
            if (!copy.record(plan.table, plan.added))
                plan.added.clear();
            if (!copy.record(plan.table, plan.changed))
                plan.field = -1;
        }
    });
    REQUIRE(planned.size() >= 15);
    const merge::MergePlan done = sides.mergeAll();
    CHECK(done.notes.isEmpty());
    for (const Planned &plan : planned) {
        INFO(tableSpec(plan.table).sqlName);
        if (!plan.added.isEmpty())
            CHECK(mine.record(plan.table, plan.added));
        if (plan.field >= 0)
            CHECK(mine.record(plan.table, plan.changed)->values.value(plan.field).toString() ==
                  QStringLiteral("Uit de kopie: %1").arg(QLatin1String(tableSpec(plan.table).sqlName)));
        if (!plan.removed.isEmpty())
            CHECK_FALSE(mine.record(plan.table, plan.removed));
    }
    QString problem;
    CHECK(merge::referencesWhole(mine, &problem));
    // And the copy compared again: nothing left.
    merge::OpenedCopy again;
    CHECK(sides.compare(&again).changes.isEmpty());
}
