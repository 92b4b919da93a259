// Reading StatLine exports of the health monitor (core/import/StatLine.h): each layout
// variant, the code lists, bad files, and the import plan applied as one undo step.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "commands/Edits.h"
#include "import/StatLine.h"
#include "progress/Progress.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QUndoStack>

using namespace rk;

namespace {

QString fixture(const QString &name)
{
    return test::dataPath(QStringLiteral("statline/") + name);
}

StatLineCodes allCodes()
{
    StatLineCodes codes;
    QString message;
    for (const char *name : {"DataProperties.csv", "Leeftijd.csv", "WijkenEnBuurten.csv"})
        REQUIRE(readStatLineCodes(fixture(QString::fromLatin1(name)), &codes, &message));
    return codes;
}

QString write(const test::Workspace &workspace, const QString &name, const QByteArray &content)
{
    const QString path = workspace.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

StatLineSelection voorbeeldstad()
{
    StatLineSelection selection;
    selection.region = QStringLiteral("GM9001");
    selection.compareRegions = {QStringLiteral("NL01"), QStringLiteral("GM9002")};
    selection.topics = {QStringLiteral("Eenzaam"), QStringLiteral("ErnstigZeerErnstigEenzaam")};
    selection.ageGroup = QStringLiteral("20300");
    return selection;
}

const StatLineFigure *figureOf(const StatLineFigures &figures, const QString &region, const QString &period,
                               const QString &topic)
{
    for (const StatLineFigure &f : figures.figures) {
        if (f.region == region && f.period == period && f.topic == topic)
            return &f;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A StatLine export is catalogued: topics, regions, periods, ages, margins", "[statline]")
{
    const StatLineCatalogue catalogue = readStatLineCatalogue(fixture(QStringLiteral("50120NED_voorbeeldstad.csv")),
                                                              allCodes());
    INFO(catalogue.problem.toStdString());
    REQUIRE(catalogue.problem.isEmpty());
    CHECK(catalogue.tableId == QLatin1String("50120NED"));
    CHECK(catalogue.hasMargins);
    CHECK(catalogue.lines == 540);
    REQUIRE(catalogue.topics.size() == 4); // ID and the text columns are not topics
    CHECK(catalogue.topics.at(0).key == QLatin1String("Eenzaam"));
    CHECK(catalogue.topics.at(0).column == QLatin1String("Eenzaam_27"));
    CHECK(catalogue.topics.at(1).label == QLatin1String("Ernstig of zeer ernstig eenzaam")); // DataProperties
    CHECK(catalogue.topics.at(1).unit == QLatin1String("%"));
    CHECK(catalogue.periods.join(QLatin1Char(',')) == QLatin1String("2016JJ00,2020JJ00,2022JJ00,2024JJ00"));
    CHECK(catalogue.ageGroups.join(QLatin1Char(',')) == QLatin1String("20300,53115,21700"));
    CHECK(catalogue.ageLabel(QStringLiteral("21700")) == QLatin1String("65 jaar of ouder"));
    REQUIRE(catalogue.region(QStringLiteral("WK900101"))); // the trailing spaces gone
    CHECK(catalogue.region(QStringLiteral("WK900101"))->name == QLatin1String("Centrum"));
    CHECK(catalogue.region(QStringLiteral("WK900101"))->kind == AreaKind::Wijk);
    CHECK(catalogue.region(QStringLiteral("BU90010102"))->kind == AreaKind::Buurt);
    CHECK(catalogue.region(QStringLiteral("NL01"))->kind == AreaKind::Netherlands);
    CHECK(catalogue.region(QStringLiteral("GG9901"))->kind == AreaKind::GgdRegion);

    // Without the code lists: the municipality's name from its column, a wijk by its code,
    // topics named from their key, ages by code.
    const StatLineCatalogue bare = readStatLineCatalogue(fixture(QStringLiteral("50120NED_voorbeeldstad.csv")));
    REQUIRE(bare.problem.isEmpty());
    CHECK(bare.region(QStringLiteral("GM9001"))->name == QLatin1String("Voorbeeldstad"));
    CHECK(bare.region(QStringLiteral("WK900101"))->name == QLatin1String("WK900101"));
    CHECK(bare.topic(QStringLiteral("ErnstigZeerErnstigEenzaam"))->label == QLatin1String("Ernstig of zeer ernstig eenzaam"));
    CHECK(bare.ageLabel(QStringLiteral("20300")) == QLatin1String("20300"));
}

TEST_CASE("The chosen figures come with their 95% interval; missing values are counted", "[statline]")
{
    const QString path = fixture(QStringLiteral("50120NED_voorbeeldstad.csv"));
    const StatLineCatalogue catalogue = readStatLineCatalogue(path, allCodes());
    REQUIRE(catalogue.problem.isEmpty());
    const StatLineFigures figures = readStatLineFigures(path, catalogue, voorbeeldstad());
    INFO(figures.problem.toStdString());
    REQUIRE(figures.problem.isEmpty());
    const StatLineFigure *own = figureOf(figures, QStringLiteral("GM9001"), QStringLiteral("2024JJ00"),
                                         QStringLiteral("ErnstigZeerErnstigEenzaam"));
    REQUIRE(own);
    CHECK(*own->value == Approx(12.1));
    CHECK(*own->lower == Approx(10.9));
    CHECK(*own->upper == Approx(13.3));
    // The region's wijken and buurten come along; another municipality's wijk does not.
    CHECK(figureOf(figures, QStringLiteral("WK900103"), QStringLiteral("2022JJ00"), QStringLiteral("Eenzaam")));
    CHECK_FALSE(figureOf(figures, QStringLiteral("WK900201"), QStringLiteral("2022JJ00"), QStringLiteral("Eenzaam")));
    CHECK_FALSE(figureOf(figures, QStringLiteral("GG9901"), QStringLiteral("2022JJ00"), QStringLiteral("Eenzaam")));
    CHECK(figureOf(figures, QStringLiteral("NL01"), QStringLiteral("2022JJ00"), QStringLiteral("Eenzaam")));
    // One buurt had too few answers in 2016: two topics, marked ".".
    CHECK(figures.missing == 2);
    CHECK_FALSE(figureOf(figures, QStringLiteral("BU90010401"), QStringLiteral("2016JJ00"), QStringLiteral("Eenzaam")));

    // Without wijken: only the chosen regions.
    StatLineSelection plain = voorbeeldstad();
    plain.withAreas = false;
    const StatLineFigures fewer = readStatLineFigures(path, catalogue, plain);
    CHECK(fewer.figures.size() == 3 * 4 * 2);
}

TEST_CASE("Layout variants read alike: renamed columns, no quotes, no margins, names in a column", "[statline]")
{
    test::Workspace workspace;
    // A later table version: other numbers after the names, a Naam column, no quotes,
    // a byte-order mark, comma decimals and no margins dimension.
    const QString path = write(workspace, QStringLiteral("50120NED_2024.csv"),
                               "\xEF\xBB\xBF"
                               "ID;Perioden;WijkenEnBuurten;Naam_1;Eenzaam_31;SociaalEenzaam_34\n"
                               "0;2022JJ00;GM9001    ;Voorbeeldstad;  47,0;  35,1\n"
                               "1;2024JJ00;GM9001    ;Voorbeeldstad;  43,1;      .\n"
                               "2;2024JJ00;WK900101  ;Centrum;  46,0;  34,0\n");
    const StatLineCatalogue catalogue = readStatLineCatalogue(path);
    INFO(catalogue.problem.toStdString());
    REQUIRE(catalogue.problem.isEmpty());
    CHECK_FALSE(catalogue.hasMargins);
    CHECK(catalogue.ageGroups.isEmpty());
    REQUIRE(catalogue.topic(QStringLiteral("Eenzaam")));
    CHECK(catalogue.topic(QStringLiteral("Eenzaam"))->column == QLatin1String("Eenzaam_31"));
    CHECK(catalogue.region(QStringLiteral("WK900101"))->name == QLatin1String("Centrum"));

    StatLineSelection selection;
    selection.region = QStringLiteral("GM9001");
    selection.topics = {QStringLiteral("Eenzaam"), QStringLiteral("SociaalEenzaam")};
    const StatLineFigures figures = readStatLineFigures(path, catalogue, selection);
    REQUIRE(figures.problem.isEmpty());
    const StatLineFigure *f = figureOf(figures, QStringLiteral("GM9001"), QStringLiteral("2024JJ00"),
                                       QStringLiteral("Eenzaam"));
    REQUIRE(f);
    CHECK(*f->value == Approx(43.1));
    CHECK_FALSE(f->lower);
    CHECK(figures.missing == 1);
}

TEST_CASE("Bad StatLine files are refused with a message and nothing read", "[statline][bad]")
{
    test::Workspace workspace;
    const auto problemOf = [&](const QByteArray &content) {
        return readStatLineCatalogue(write(workspace, QStringLiteral("bad.csv"), content)).problem;
    };
    CHECK(problemOf("").contains(QLatin1String("leeg")));
    // Another table: population by year, no regions.
    CHECK(problemOf("\"ID\";\"Perioden\";\"TotaleBevolking_1\"\n\"0\";\"2022JJ00\";\"17590672\"\n")
              .contains(QLatin1String("WijkenEnBuurten")));
    // Regions and periods but nothing numeric.
    CHECK(problemOf("\"Perioden\";\"RegioS\";\"Opmerking_1\"\n\"2022JJ00\";\"GM9001\";\"geen\"\n")
              .contains(QLatin1String("geen kolommen met cijfers")));
    // A cut-off file.
    CHECK(problemOf("\"Perioden\";\"RegioS\";\"Eenzaam_1\"\n\"2022JJ00\";\"GM9001\";\"47\"\n\"2024JJ00\";\"GM90")
              .contains(QLatin1String("aanhalingsteken")));
    CHECK(problemOf("\"Perioden\";\"RegioS\";\"Eenzaam_1\"\n\"2022JJ00\";\"GM9001\"\n").contains(QLatin1String("Regel 2")));
    // Binary bytes where a number belongs: no topic left.
    CHECK(problemOf(QByteArray("Perioden;RegioS;Eenzaam_1\n2022JJ00;GM9001;4") + QByteArray("\x00\x01\n", 3))
              .contains(QLatin1String("geen kolommen met cijfers")));

    // A file that fits but a choice that does not.
    const QString path = fixture(QStringLiteral("50120NED_voorbeeldstad.csv"));
    const StatLineCatalogue catalogue = readStatLineCatalogue(path);
    StatLineSelection selection = voorbeeldstad();
    selection.region = QStringLiteral("GM0363");
    CHECK(checkStatLineSelection(catalogue, selection).contains(QLatin1String("GM0363")));
    selection = voorbeeldstad();
    selection.topics = {QStringLiteral("Roken")};
    CHECK(checkStatLineSelection(catalogue, selection).contains(QLatin1String("Eenzaam")));
    selection = voorbeeldstad();
    selection.ageGroup.clear();
    CHECK(checkStatLineSelection(catalogue, selection).contains(QLatin1String("leeftijdsgroep")));

    // Bounds that do not hold their value: refused, naming where.
    const QString bounds = write(workspace, QStringLiteral("bounds.csv"),
                                 "\"Marges\";\"Perioden\";\"RegioS\";\"Eenzaam_1\"\n"
                                 "\"MW00000\";\"2022JJ00\";\"GM9001\";\"47\"\n"
                                 "\"MOG0095\";\"2022JJ00\";\"GM9001\";\"48\"\n"
                                 "\"MBG0095\";\"2022JJ00\";\"GM9001\";\"50\"\n");
    const StatLineCatalogue boundsCatalogue = readStatLineCatalogue(bounds);
    REQUIRE(boundsCatalogue.problem.isEmpty());
    StatLineSelection one;
    one.region = QStringLiteral("GM9001");
    one.topics = {QStringLiteral("Eenzaam")};
    const StatLineFigures refused = readStatLineFigures(bounds, boundsCatalogue, one);
    CHECK(refused.problem.contains(QLatin1String("niet tussen de grenzen")));
    CHECK(refused.problem.contains(QLatin1String("regel 2")));

    // Only missing values for the region: nothing to import.
    const QString missing = write(workspace, QStringLiteral("missing.csv"),
                                  "Perioden;RegioS;Eenzaam_1\n2022JJ00;GM9001;.\n2022JJ00;GM9002;47\n");
    const StatLineCatalogue missingCatalogue = readStatLineCatalogue(missing);
    REQUIRE(missingCatalogue.problem.isEmpty());
    CHECK(readStatLineFigures(missing, missingCatalogue, one).problem.contains(QLatin1String("geen cijfers")));
}

TEST_CASE("Reading can be cancelled and reports its progress", "[statline]")
{
    const QString path = fixture(QStringLiteral("50120NED_voorbeeldstad.csv"));
    int calls = 0;
    int last = -1;
    const StatLineCatalogue catalogue = readStatLineCatalogue(path, {}, [&](int percent) {
        CHECK(percent >= last);
        last = percent;
        ++calls;
        return true;
    });
    CHECK(catalogue.problem.isEmpty());
    CHECK(calls >= 1);
    const StatLineCatalogue cancelled = readStatLineCatalogue(path, {}, [](int) { return false; });
    CHECK(cancelled.cancelled);
    CHECK(cancelled.topics.isEmpty());
}

TEST_CASE("Period codes, area kinds and a municipality's areas", "[statline]")
{
    CHECK(statLinePeriodDate(QStringLiteral("2022JJ00")) == QDate(2022, 10, 1));
    CHECK_FALSE(statLinePeriodDate(QStringLiteral("2022KW01")).isValid());
    CHECK(isStatLineAreaOf(QStringLiteral("WK900101"), QStringLiteral("GM9001")));
    CHECK(isStatLineAreaOf(QStringLiteral("BU90010101"), QStringLiteral("GM9001")));
    CHECK_FALSE(isStatLineAreaOf(QStringLiteral("WK900201"), QStringLiteral("GM9001")));
    CHECK_FALSE(isStatLineAreaOf(QStringLiteral("GM9001"), QStringLiteral("GM9001")));
    CHECK(statLineAreaKind(QStringLiteral("GM9001")) == AreaKind::Municipality);
}

TEST_CASE("A StatLine import creates indicators with margins and reference values, as one undo step",
          "[statline][import]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("statline.routekaart")));
    Record goal = emptyRecord(TableId::Goal);
    setField(goal, GoalField::Title, QStringLiteral("Minder eenzaamheid"));
    const QString goalId = edit::insertRecord(*document, TableId::Goal, 0, goal);
    REQUIRE_FALSE(goalId.isEmpty());

    const QString path = fixture(QStringLiteral("50120NED_voorbeeldstad.csv"));
    const StatLineCatalogue catalogue = readStatLineCatalogue(path, allCodes());
    const StatLineSelection selection = voorbeeldstad();
    const StatLineFigures figures = readStatLineFigures(path, catalogue, selection);
    StatLinePlan plan = planStatLineImport(*document, catalogue, selection, figures, goalId);
    INFO(plan.problem.toStdString());
    REQUIRE(plan.problem.isEmpty());
    CHECK(plan.newIndicators == 2);
    CHECK(plan.newMeasurements == 8);
    // Per topic: NL and Vergelijkstad, 4 wijken and 5 buurten, four rounds, one missing.
    CHECK(plan.newComparisons == 2 * (11 * 4 - 1));
    REQUIRE(edit::applyChanges(*document, std::move(plan.changes), QStringLiteral("Cijfers inlezen")));

    REQUIRE(document->records(TableId::Indicator).size() == 2);
    const Record &severe = document->records(TableId::Indicator).at(1);
    CHECK(field(severe, IndicatorField::Name).toString() == QLatin1String("Ernstig of zeer ernstig eenzaam (18 jaar of ouder)"));
    CHECK(field(severe, IndicatorField::StatlineKey).toString() == QLatin1String("ErnstigZeerErnstigEenzaam;GM9001;20300"));
    CHECK(choiceOf<Direction>(field(severe, IndicatorField::Direction)) == Direction::LowerIsBetter);
    CHECK(choiceOf<Cadence>(field(severe, IndicatorField::Cadence)) == Cadence::FourYears); // the longest wait
    CHECK(choiceOf<IndicatorKind>(field(severe, IndicatorField::Kind)) == IndicatorKind::Population);
    CHECK(field(severe, IndicatorField::BaselineDate).toString() == QLatin1String("2016-10-01"));
    CHECK(field(severe, IndicatorField::Source).toString().contains(QLatin1String("50120NED")));
    const QList<MeasurementPoint> series = measurementSeries(*document, severe.id);
    REQUIRE(series.size() == 4);
    CHECK(series.last().hasInterval());
    CHECK(*series.last().upper == Approx(13.3));
    const QList<const Record *> comparisons = document->children(TableId::Comparison, severe.id);
    CHECK(comparisons.size() == 11 * 4 - 1);
    bool centrum = false;
    for (const Record *row : comparisons) {
        if (field(*row, ComparisonField::AreaCode).toString() == QLatin1String("WK900101")) {
            centrum = true;
            CHECK(field(*row, ComparisonField::Area).toString() == QLatin1String("Centrum"));
            CHECK(choiceOf<AreaKind>(field(*row, ComparisonField::AreaKind)) == AreaKind::Wijk);
        }
    }
    CHECK(centrum);

    // Undo takes all of it away at once; redo brings back the same rows.
    const QString severeId = severe.id;
    document->undoStack()->undo();
    CHECK(document->records(TableId::Indicator).isEmpty());
    CHECK(document->records(TableId::Measurement).isEmpty());
    CHECK(document->records(TableId::Comparison).isEmpty());
    document->undoStack()->redo();
    REQUIRE(document->records(TableId::Indicator).size() == 2);
    CHECK(document->records(TableId::Indicator).at(1).id == severeId);
    CHECK(document->records(TableId::Comparison).size() == 2 * (11 * 4 - 1));

    // The same file again changes nothing; a corrected figure updates its row in place.
    StatLinePlan again = planStatLineImport(*document, catalogue, selection, figures, goalId);
    CHECK(again.changes.isEmpty());
    CHECK(again.updatedIndicators == 2);
    CHECK(again.unchanged == 8 + 2 * (11 * 4 - 1));
    StatLineFigures corrected = figures;
    for (StatLineFigure &f : corrected.figures) {
        if (f.region == QLatin1String("GM9001") && f.period == QLatin1String("2024JJ00") &&
            f.topic == QLatin1String("ErnstigZeerErnstigEenzaam"))
            f.value = 12.0;
    }
    StatLinePlan update = planStatLineImport(*document, catalogue, selection, corrected, goalId);
    CHECK(update.updatedMeasurements == 1);
    CHECK(update.newMeasurements == 0);
    REQUIRE(edit::applyChanges(*document, std::move(update.changes), QStringLiteral("Cijfers bijwerken")));
    CHECK(measurementSeries(*document, severeId).last().value == Approx(12.0));
    document->undoStack()->undo();
    CHECK(measurementSeries(*document, severeId).last().value == Approx(12.1));

    // And it is all in the file.
    const QString file = document->filePath();
    document.reset();
    OpenResult reopened = ProjectOpener::open(file);
    REQUIRE(reopened.ok());
    CHECK(reopened.document->records(TableId::Comparison).size() == 2 * (11 * 4 - 1));
    CHECK(measurementSeries(*reopened.document, severeId).last().value == Approx(12.1));
    CHECK(*measurementSeries(*reopened.document, severeId).last().lower == Approx(10.9));
}

TEST_CASE("An import that cannot be written leaves the project as it was", "[statline][import][fault]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("full.routekaart")));
    Record goal = emptyRecord(TableId::Goal);
    const QString goalId = edit::insertRecord(*document, TableId::Goal, 0, goal);
    const QString path = fixture(QStringLiteral("50120NED_voorbeeldstad.csv"));
    const StatLineCatalogue catalogue = readStatLineCatalogue(path);
    const StatLineFigures figures = readStatLineFigures(path, catalogue, voorbeeldstad());
    StatLinePlan plan = planStatLineImport(*document, catalogue, voorbeeldstad(), figures, goalId);
    REQUIRE(plan.problem.isEmpty());
    // A measurement under an indicator that is not there: the whole change is refused.
    plan.changes.appends[1].records[3].parentId = QStringLiteral("00000000-0000-4000-8000-000000000999");
    CHECK_FALSE(edit::applyChanges(*document, std::move(plan.changes), QStringLiteral("Cijfers inlezen")));
    CHECK(document->records(TableId::Indicator).isEmpty());
    CHECK(document->records(TableId::Measurement).isEmpty());
    CHECK(document->undoStack()->count() == 1); // only the goal
    const QString file = document->filePath();
    document.reset();
    OpenResult reopened = ProjectOpener::open(file);
    REQUIRE(reopened.ok());
    CHECK(reopened.document->records(TableId::Indicator).isEmpty());
}

TEST_CASE("The demo's monitor figures are those of the bundled export: reading it again changes nothing",
          "[statline][demo]")
{
    test::Workspace workspace;
    OpenResult opened = ProjectOpener::open(test::copyDemo(workspace));
    REQUIRE(opened.ok());
    const QString path = fixture(QStringLiteral("50120NED_voorbeeldstad.csv"));
    StatLineCodes codes = allCodes();
    const StatLineCatalogue catalogue = readStatLineCatalogue(path, codes);
    StatLineSelection selection = voorbeeldstad();
    selection.compareRegions = {QStringLiteral("NL01"), QStringLiteral("GG9901"), QStringLiteral("GM9002")};
    const StatLinePlan plan = planStatLineImport(*opened.document, catalogue, selection,
                                                 readStatLineFigures(path, catalogue, selection), QString());
    REQUIRE(plan.problem.isEmpty());
    CHECK(plan.updatedIndicators == 2);
    CHECK(plan.newIndicators == 0);
    CHECK(plan.changes.isEmpty());
    CHECK(plan.unchanged == 2 * (4 + 12 * 4 - 1));
}
