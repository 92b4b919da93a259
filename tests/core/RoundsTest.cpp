// The cycle year after year: rounds of the checklist, their trend, the yearly planning.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "commands/Edits.h"
#include "guidance/Guidance.h"
#include "records/Fields.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "workbook/Dashboard.h"
#include "workbook/Rounds.h"
#include "workbook/YearPlan.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace rk;

namespace {
const QString kShared = QStringLiteral("p01"); // a process question of the monitoring chapter
const QString kOwner = QStringLiteral("p02");

const ChecklistTrend *trendOf(const QList<ChecklistTrend> &trends, const QString &key)
{
    for (const ChecklistTrend &trend : trends) {
        if (trend.chapter == ChapterId::MonitorenEvalueren && trend.itemKey == key)
            return &trend;
    }
    return nullptr;
}

bool startRound(ProjectDocument &document, const QString &closing, const QString &next, const QDate &date)
{
    return edit::applyChanges(document, startRoundChanges(document, closing, next, date), QStringLiteral("ronde"));
}
} // namespace

TEST_CASE("A version 8 file opens with its checklist as the open round", "[rounds][migration]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("v8.routekaart"));
    test::makeOldVersion(path, 8, QStringLiteral(
        "INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES "
        "('c0000000-0000-4000-8000-000000000001', 'monitoren_evalueren', 'p01', 3, 'nog niet', 't', 't')"));
    const OpenResult opened = ProjectOpener::open(path);
    INFO(opened.message.toStdString() << opened.detail.toStdString());
    REQUIRE(opened.ok());
    CHECK(opened.document->schemaVersion() == schema::kCurrentVersion);
    const QList<ChecklistRound> rounds = checklistRounds(*opened.document);
    REQUIRE(rounds.size() == 1);
    CHECK(rounds.constFirst().isOpen());
    CHECK(rounds.constFirst().id.isEmpty());
    CHECK(roundEntry(*opened.document, rounds.constFirst(), ChapterId::MonitorenEvalueren, kShared).answer ==
          ChecklistAnswer::No);
    Database db;
    REQUIRE(db.open(path, Database::Mode::ReadOnly));
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM checklist_round")) == 0);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM planning_moment")) == 0);
}

TEST_CASE("A new round keeps the previous answers and starts from them", "[rounds]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("rondes.routekaart"));
    auto document = test::createProject(path);
    const GuidanceLibrary &guidance = GuidanceLibrary::forLanguage(QStringLiteral("nl"));
    REQUIRE(edit::setChecklistEntry(*document, ChapterId::MonitorenEvalueren, kShared,
                                    {ChecklistAnswer::No, QStringLiteral("geen gedeelde visie")}));
    REQUIRE(edit::setChecklistEntry(*document, ChapterId::MonitorenEvalueren, kOwner, {ChecklistAnswer::Yes, {}}));

    REQUIRE(suggestedClosingTitle(*document, QDate(2025, 1, 10)) == QLatin1String("2025"));
    REQUIRE(startRound(*document, QStringLiteral("2024"), QStringLiteral("2025"), QDate(2025, 1, 10)));
    QList<ChecklistRound> rounds = checklistRounds(*document);
    REQUIRE(rounds.size() == 2);
    CHECK(rounds.at(0).title == QLatin1String("2024"));
    CHECK(rounds.at(0).closed == QDate(2025, 1, 10));
    CHECK(rounds.at(1).title == QLatin1String("2025"));
    CHECK(rounds.at(1).started == QDate(2025, 1, 10));
    CHECK(rounds.at(1).isOpen());
    // The closed round keeps its answers with their comments; the open one starts from them.
    const ChecklistEntry kept = roundEntry(*document, rounds.at(0), ChapterId::MonitorenEvalueren, kShared);
    CHECK(kept.answer == ChecklistAnswer::No);
    CHECK(kept.comment == QLatin1String("geen gedeelde visie"));
    CHECK(document->checklistEntry(ChapterId::MonitorenEvalueren, kShared).answer == ChecklistAnswer::No);
    CHECK(document->undoStack()->count() == 3);

    // This year's answer moves on; the closed round does not follow.
    REQUIRE(edit::setChecklistEntry(*document, ChapterId::MonitorenEvalueren, kShared, {ChecklistAnswer::Partly, {}}));
    CHECK(roundEntry(*document, rounds.at(0), ChapterId::MonitorenEvalueren, kShared).answer == ChecklistAnswer::No);
    REQUIRE(suggestedClosingTitle(*document, QDate(2026, 2, 1)) == QLatin1String("2025"));
    REQUIRE(suggestedNewTitle(QStringLiteral("2025"), QDate(2026, 2, 1)) == QLatin1String("2026"));
    REQUIRE(startRound(*document, QStringLiteral("2025"), QStringLiteral("2026"), QDate(2026, 2, 1)));
    REQUIRE(edit::setChecklistEntry(*document, ChapterId::MonitorenEvalueren, kShared, {ChecklistAnswer::Yes, {}}));
    REQUIRE(edit::setChecklistEntry(*document, ChapterId::MonitorenEvalueren, kOwner, {ChecklistAnswer::Partly, {}}));

    const QList<ChecklistTrend> trends = checklistTrends(*document, guidance);
    const ChecklistTrend *shared = trendOf(trends, kShared);
    const ChecklistTrend *owner = trendOf(trends, kOwner);
    REQUIRE(shared);
    REQUIRE(owner);
    CHECK(shared->answers ==
          QList<ChecklistAnswer>{ChecklistAnswer::No, ChecklistAnswer::Partly, ChecklistAnswer::Yes});
    CHECK(shared->path() == QStringLiteral("nee → deels → ja"));
    CHECK(shared->movement() == 1);
    CHECK(owner->path() == QStringLiteral("ja → deels"));
    CHECK(owner->movement() == -1);
    const ChecklistTrend *unanswered = trendOf(trends, QStringLiteral("p03"));
    REQUIRE(unanswered);
    CHECK(unanswered->movement() == 0);
    CHECK(unanswered->path().isEmpty());

    // Kept in the file: a reopened project reads the same rounds.
    document.reset();
    {
        const OpenResult reopened = ProjectOpener::open(path);
        REQUIRE(reopened.ok());
        const QList<ChecklistRound> again = checklistRounds(*reopened.document);
        REQUIRE(again.size() == 3);
        CHECK(again.at(1).title == QLatin1String("2025"));
        CHECK(roundEntry(*reopened.document, again.at(1), ChapterId::MonitorenEvalueren, kShared).answer ==
              ChecklistAnswer::Partly);
        CHECK(trendOf(checklistTrends(*reopened.document, guidance), kShared)->path() ==
              QStringLiteral("nee → deels → ja"));
    }
}

TEST_CASE("Starting a round is one undo step", "[rounds][undo]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("undo.routekaart")));
    REQUIRE(edit::setChecklistEntry(*document, ChapterId::MonitorenEvalueren, kShared, {ChecklistAnswer::No, {}}));
    REQUIRE(startRound(*document, QStringLiteral("2024"), QStringLiteral("2025"), QDate(2025, 1, 10)));
    REQUIRE(checklistRounds(*document).size() == 2);
    CHECK(document->records(TableId::ChecklistRoundAnswer).size() == 1);
    edit::undo(*document);
    CHECK(checklistRounds(*document).size() == 1);
    CHECK(document->records(TableId::ChecklistRound).isEmpty());
    CHECK(document->records(TableId::ChecklistRoundAnswer).isEmpty());
    CHECK(document->checklistEntry(ChapterId::MonitorenEvalueren, kShared).answer == ChecklistAnswer::No);
    edit::redo(*document);
    CHECK(checklistRounds(*document).size() == 2);
    // A round closed a second time: the record is updated, not made anew; undo reopens it.
    REQUIRE(startRound(*document, QStringLiteral("2025 (kerngroep)"), QStringLiteral("2026"), QDate(2026, 1, 5)));
    QList<ChecklistRound> rounds = checklistRounds(*document);
    REQUIRE(rounds.size() == 3);
    CHECK(rounds.at(1).title == QLatin1String("2025 (kerngroep)"));
    edit::undo(*document);
    rounds = checklistRounds(*document);
    REQUIRE(rounds.size() == 2);
    CHECK(rounds.at(1).isOpen());
    CHECK(rounds.at(1).title == QLatin1String("2025"));
}

TEST_CASE("The dashboard names the open round and the moments coming up", "[rounds][planning]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("dashboard.routekaart")));
    const GuidanceLibrary &guidance = GuidanceLibrary::forLanguage(QStringLiteral("nl"));
    const QDate today = QDate::currentDate();
    REQUIRE(startRound(*document, QStringLiteral("Vorig jaar"), QStringLiteral("Dit jaar"), today));
    Record soon = emptyRecord(TableId::PlanningMoment);
    setField(soon, PlanningMomentField::Title, QStringLiteral("Week tegen Eenzaamheid"));
    setField(soon, PlanningMomentField::Date, today.addDays(20).toString(Qt::ISODate));
    Record later = soon;
    setField(later, PlanningMomentField::Title, QStringLiteral("Begroting"));
    setField(later, PlanningMomentField::Date, today.addDays(100).toString(Qt::ISODate));
    REQUIRE_FALSE(edit::insertRecord(*document, TableId::PlanningMoment, 0, soon).isEmpty());
    REQUIRE_FALSE(edit::insertRecord(*document, TableId::PlanningMoment, 1, later).isEmpty());
    const DashboardSummary summary = summarise(*document, guidance);
    CHECK(summary.openRound.title == QLatin1String("Dit jaar"));
    CHECK(summary.closedRounds == 1);
    QStringList texts;
    for (const OpenItem &item : summary.openItems)
        texts.append(item.text);
    const QString all = texts.join(QLatin1Char('\n'));
    CHECK(all.contains(QLatin1String("Binnenkort: Week tegen Eenzaamheid")));
    CHECK_FALSE(all.contains(QLatin1String("Binnenkort: Begroting")));
}

TEST_CASE("The yearly planning: fixed moments once per year, with activities and measurements due", "[planning]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("planning.routekaart")));
    const FixedMoments suggested = suggestedFixedMoments(2028);
    // The last Thursday of September 2028, and a monitor year.
    CHECK(suggested.weekTegenEenzaamheid == QDate(2028, 9, 28));
    CHECK(suggested.monitorRound.isValid());
    CHECK_FALSE(suggestedFixedMoments(2027).monitorRound.isValid());
    CHECK(suggestedFixedMoments(2025).weekTegenEenzaamheid == QDate(2025, 9, 25));

    FixedMoments moments = suggestedFixedMoments(2027);
    moments.weekTegenEenzaamheid = QDate(2027, 9, 30); // the user checked the date
    REQUIRE(edit::applyChanges(*document, fixedMomentsChanges(*document, moments), QStringLiteral("momenten")));
    CHECK(document->records(TableId::PlanningMoment).size() == 4);
    // Added again: nothing new.
    CHECK(fixedMomentsChanges(*document, moments).isEmpty());

    Record activity = emptyRecord(TableId::Activity);
    setField(activity, ActivityField::Title, QStringLiteral("Maatjesproject"));
    setField(activity, ActivityField::StartDate, QStringLiteral("2027-03-01"));
    setField(activity, ActivityField::EndDate, QStringLiteral("2028-02-28"));
    REQUIRE_FALSE(edit::insertRecord(*document, TableId::Activity, 0, activity).isEmpty());
    const QString goal = edit::insertRecord(*document, TableId::Goal, 0);
    Record indicator = emptyRecord(TableId::Indicator);
    indicator.parentId = goal;
    setField(indicator, IndicatorField::Name, QStringLiteral("Signalen opgevolgd"));
    setField(indicator, IndicatorField::Cadence, storedChoice(Cadence::Year));
    const QString indicatorId = edit::insertRecord(*document, TableId::Indicator, 0, indicator);
    Record measurement = emptyRecord(TableId::Measurement);
    measurement.parentId = indicatorId;
    setField(measurement, MeasurementField::Date, QStringLiteral("2026-05-01"));
    setField(measurement, MeasurementField::Value, 12.0);
    REQUIRE_FALSE(edit::insertRecord(*document, TableId::Measurement, 0, measurement).isEmpty());

    const QList<PlanningEntry> plan = yearPlan(*document, 2027);
    QStringList whats;
    for (const PlanningEntry &entry : plan)
        whats.append(entry.date.toString(Qt::ISODate) + QLatin1Char(' ') + entry.what);
    CHECK(whats == QStringList{
                       QStringLiteral("2027-01-15 Nieuwe ronde van de checklist 2027"),
                       QStringLiteral("2027-03-01 Start: Maatjesproject"),
                       QStringLiteral("2027-05-01 Meting verwacht: Signalen opgevolgd"),
                       QStringLiteral("2027-06-15 Voorjaarsnota 2027"),
                       QStringLiteral("2027-09-30 Week tegen Eenzaamheid 2027"),
                       QStringLiteral("2027-11-05 Begroting 2028"), // decided in the autumn before
                   });
    const PlanningEntry &week = plan.at(4);
    CHECK(week.endDate == QDate(2027, 10, 7));
    CHECK(week.location.table == TableId::PlanningMoment);
    CHECK(yearPlan(*document, 2028).size() == 1); // the end of the buddy project
}
