// Reading CSV the way Dutch exports come, and importing measurements all or nothing,
// also headless (routekaart --import-measurements) and the --list output.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "storage/ProjectStore.h"
#include "ProjectOpener.h"
#include "cli/CommandLineTasks.h"
#include "commands/Edits.h"
#include "import/CsvReader.h"
#include "import/MeasurementImport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <QUndoStack>

using namespace rk;

namespace {
CsvResult readFixture(const QString &name)
{
    return readCsvFile(test::dataPath(QStringLiteral("csv/") + name));
}

IndicatorDefinition countIndicator()
{
    IndicatorDefinition d;
    d.unit = UnitKind::Count;
    return d;
}

// A project with one goal and one indicator named "Meldingen" (unit: count).
QString makeProject(const test::Workspace &workspace, QString *indicatorId, int unit = 1)
{
    const QString path = workspace.path(QStringLiteral("import.routekaart"));
    auto document = test::createProject(path);
    const QString goal = edit::insertRecord(*document, TableId::Goal, 0);
    Record indicator = emptyRecord(TableId::Indicator);
    indicator.parentId = goal;
    indicator.values[0] = QStringLiteral("Meldingen");
    indicator.values[1] = qint64(unit);
    *indicatorId = edit::insertRecord(*document, TableId::Indicator, 0, indicator);
    REQUIRE_FALSE(indicatorId->isEmpty());
    return path;
}

int measurementCount(const QString &path)
{
    OpenOptions options;
    options.inspectOnly = true;
    const OpenResult result = ProjectOpener::open(path, options);
    REQUIRE(result.ok());
    return int(result.document->records(TableId::Measurement).size());
}
} // namespace

TEST_CASE("CSV variants of Dutch exports are read", "[csv]")
{
    SECTION("semicolon, decimal comma, DD-MM-YYYY, UTF-8 with BOM, extra columns")
    {
        const CsvResult csv = readFixture(QStringLiteral("puntkomma-komma-bom.csv"));
        REQUIRE(csv.ok);
        CHECK(csv.table.delimiter == QLatin1Char(';'));
        CHECK(csv.table.header.constFirst() == QLatin1String("Datum")); // BOM gone
        const ImportPreview preview =
            previewMeasurements(csv.table, guessMeasurementColumns(csv.table.header), countIndicator(), {});
        REQUIRE(preview.canImport());
        REQUIRE(preview.lines.size() == 3);
        CHECK(preview.lines.at(0).date == QDate(2025, 3, 1));
        CHECK(preview.lines.at(0).value == 12.5);
        CHECK(preview.lines.at(0).note == QLatin1String("eerste maand"));
        CHECK(preview.lines.at(2).value == 1015.5);
        CHECK(preview.lines.at(0).lineNumber == 2);
        CHECK(preview.beforeBaseline == 0); // no baseline date: nothing to compare with

        // With a baseline after the first measurement, that line is counted (and still read).
        IndicatorDefinition withBaseline = countIndicator();
        withBaseline.baselineDate = preview.lines.at(1).date;
        const ImportPreview later =
            previewMeasurements(csv.table, guessMeasurementColumns(csv.table.header), withBaseline, {});
        CHECK(later.beforeBaseline == 1);
        CHECK(later.canImport());
    }
    SECTION("comma, decimal point, YYYY-MM-DD, quoted fields with separators and quotes")
    {
        const CsvResult csv = readFixture(QStringLiteral("komma-punt-iso.csv"));
        REQUIRE(csv.ok);
        CHECK(csv.table.delimiter == QLatin1Char(','));
        const ImportPreview preview =
            previewMeasurements(csv.table, guessMeasurementColumns(csv.table.header), countIndicator(), {});
        REQUIRE(preview.canImport());
        CHECK(preview.lines.at(0).source == QLatin1String("Registratie, meldpunt"));
        CHECK(preview.lines.at(0).note == QLatin1String("zegt \"hallo\""));
        CHECK(preview.lines.at(1).value == 14);
    }
    SECTION("Windows-1252")
    {
        const CsvResult csv = readFixture(QStringLiteral("windows-1252.csv"));
        REQUIRE(csv.ok);
        CHECK(csv.table.encoding == QLatin1String("Windows-1252"));
        CHECK(csv.table.rows.at(0).at(2) == QStringLiteral("Enquête café"));
        CHECK(csv.table.rows.at(1).at(2) == QStringLiteral("Overzicht € kosten"));
    }
    SECTION("a GGD-style export with a missing value")
    {
        const CsvResult csv = readFixture(QStringLiteral("ggd-export.csv"));
        REQUIRE(csv.ok);
        const ImportPreview preview =
            previewMeasurements(csv.table, guessMeasurementColumns(csv.table.header), countIndicator(), {});
        CHECK(preview.errorCount == 1);
        CHECK(preview.lines.at(0).value == 47.0);
        CHECK(preview.lines.at(1).error == QLatin1String("geen waarde"));
        CHECK(preview.lines.at(1).lineNumber == 3);
    }
    SECTION("columns named by number or header when the names are unknown")
    {
        const CsvResult csv = readFixture(QStringLiteral("kolommen-op-nummer.csv"));
        REQUIRE(csv.ok);
        MeasurementColumns columns = guessMeasurementColumns(csv.table.header);
        CHECK(columns.date == -1);
        columns.date = findColumn(csv.table.header, QStringLiteral("perioden"));
        columns.value = findColumn(csv.table.header, QStringLiteral("3"));
        const ImportPreview preview = previewMeasurements(csv.table, columns, countIndicator(), {});
        REQUIRE(preview.canImport());
        CHECK(preview.lines.at(1).value == 47.8);
    }
}

TEST_CASE("Bad CSV lines are marked with the reason", "[csv]")
{
    const CsvResult csv = readFixture(QStringLiteral("slechte-regels.csv"));
    REQUIRE(csv.ok);
    const ImportPreview preview = previewMeasurements(csv.table, guessMeasurementColumns(csv.table.header),
                                                      countIndicator(), {{QDate(2025, 3, 6), 1}});
    REQUIRE(preview.lines.size() == 7);
    CHECK(preview.lines.at(0).error.contains(QLatin1String("geen getal")));
    CHECK(preview.lines.at(1).error == QLatin1String("geen waarde"));
    CHECK(preview.lines.at(2).error.contains(QLatin1String("geen geldige datum")));
    CHECK(preview.lines.at(3).error == QLatin1String("geen datum"));
    CHECK(preview.lines.at(4).error.isEmpty());
    CHECK(preview.lines.at(5).error.contains(QLatin1String("al eerder")));
    CHECK(preview.lines.at(6).error.contains(QLatin1String("al een meting")));
    CHECK(preview.errorCount == 6);
    CHECK_FALSE(preview.canImport());
}

TEST_CASE("Files that are no CSV of measurements are refused in plain words", "[csv]")
{
    CHECK(readFixture(QStringLiteral("binair.csv")).message.contains(QLatin1String("geen tekstbestand")));
    CHECK(readFixture(QStringLiteral("leeg.csv")).message.contains(QLatin1String("leeg")));
    CHECK(readFixture(QStringLiteral("bestaat-niet.csv")).message.contains(QLatin1String("bestaat niet")));
    const CsvResult other = readFixture(QStringLiteral("andere-vorm.csv"));
    REQUIRE(other.ok);
    const ImportPreview preview =
        previewMeasurements(other.table, guessMeasurementColumns(other.table.header), countIndicator(), {});
    CHECK(preview.problem.contains(QLatin1String("kolom")));
    IndicatorDefinition percentage;
    percentage.unit = UnitKind::Percentage;
    const CsvResult range = readFixture(QStringLiteral("percentage-te-groot.csv"));
    const ImportPreview rangePreview =
        previewMeasurements(range.table, guessMeasurementColumns(range.table.header), percentage, {});
    CHECK(rangePreview.errorCount == 1);
    CHECK(rangePreview.lines.at(1).error.contains(QLatin1String("percentage")));
    CHECK(parseCsv(QByteArrayLiteral("a;b\n\"open;1\n")).message.contains(QLatin1String("niet afgesloten")));
}

TEST_CASE("A CSV over the size limit is refused without reading it", "[csv]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("groot.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(kMaxCsvBytes + 1));
    file.close();
    const CsvResult result = readCsvFile(path);
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QLatin1String("te groot")));
}

TEST_CASE("Reading can be cancelled through the progress callback", "[csv]")
{
    QByteArray big = "datum;waarde\n";
    for (int i = 0; i < 20000; ++i)
        big += "01-01-2025;1\n";
    int calls = 0;
    const CsvResult result = parseCsv(big, [&calls](int) { return ++calls < 2; });
    CHECK(result.cancelled);
    CHECK_FALSE(result.ok);
}

TEST_CASE("The import is all or nothing and one undo step", "[import]")
{
    test::Workspace workspace;
    QString indicatorId;
    const QString path = makeProject(workspace, &indicatorId);
    OpenResult opened = ProjectOpener::open(path);
    REQUIRE(opened.ok());
    ProjectDocument &document = *opened.document;
    const CsvResult csv = readFixture(QStringLiteral("puntkomma-komma-bom.csv"));
    const ImportPreview preview =
        previewMeasurements(csv.table, guessMeasurementColumns(csv.table.header), countIndicator(), {});
    REQUIRE(edit::appendRecords(document, TableId::Measurement, measurementRecords(preview, indicatorId),
                                QStringLiteral("Metingen inlezen")));
    CHECK(document.children(TableId::Measurement, indicatorId).size() == 3);
    CHECK(document.undoStack()->count() == 1);
    document.undoStack()->undo();
    CHECK(document.records(TableId::Measurement).isEmpty());
    document.undoStack()->redo();
    CHECK(document.records(TableId::Measurement).size() == 3);

    // A full disk half-way leaves nothing of the import behind.
    const qint64 pages = document.store().database().queryInt(QStringLiteral("PRAGMA page_count"));
    REQUIRE(document.store().database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    QList<Record> many;
    for (int i = 0; i < 3000; ++i) {
        Record r = emptyRecord(TableId::Measurement);
        r.parentId = indicatorId;
        r.values[0] = QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate);
        r.values[1] = double(i);
        r.values[3] = QString(200, QLatin1Char('n'));
        many.append(r);
    }
    CHECK_FALSE(edit::appendRecords(document, TableId::Measurement, many, QStringLiteral("Veel")));
    CHECK(document.records(TableId::Measurement).size() == 3);
    opened.document.reset();
    CHECK(measurementCount(path) == 3);
}

TEST_CASE("Numbers are read with a decimal comma or point, thousands and exponents", "[csv]")
{
    const std::vector<std::pair<QString, double>> good = {
        {QStringLiteral("12,5"), 12.5},     {QStringLiteral("12.5"), 12.5},       {QStringLiteral(" 12 "), 12},
        {QStringLiteral("1.234,5"), 1234.5}, {QStringLiteral("1,234.5"), 1234.5}, {QStringLiteral("1 234,5"), 1234.5},
        {QStringLiteral("1\u00A0234"), 1234}, {QStringLiteral("-3"), -3},          {QStringLiteral("+3"), 3},
        {QStringLiteral("1e3"), 1000},       {QStringLiteral("1,5E-2"), 0.015},   {QStringLiteral(",5"), 0.5},
        {QStringLiteral("5."), 5},           {QStringLiteral("1e+2"), 100},       {QStringLiteral("0"), 0},
    };
    for (const auto &[text, expected] : good) {
        INFO(text.toStdString());
        double value = -1;
        REQUIRE(parseDecimal(text, &value));
        CHECK(value == Approx(expected));
    }
    const QStringList bad = {QString(),         QStringLiteral(" "),    QStringLiteral("abc"),  QStringLiteral("12a"),
                             QStringLiteral("1,2,3"), QStringLiteral("1-"), QStringLiteral("--1"), QStringLiteral("1e"),
                             QStringLiteral("e5"),    QStringLiteral("inf"), QStringLiteral("nan"), QStringLiteral("1e999"),
                             QStringLiteral("0x10"),  QStringLiteral("."),   QStringLiteral("1e2.5"),
                             QString(80, QLatin1Char('1'))};
    for (const QString &text : bad) {
        INFO(text.toStdString());
        double value = 7;
        CHECK_FALSE(parseDecimal(text, &value));
        CHECK(value == 7); // left alone
    }
}

TEST_CASE("Dates are stored as YYYY-MM-DD", "[csv]")
{
    CHECK(isoDate(QDate(2024, 9, 1)) == QStringLiteral("2024-09-01"));
    CHECK(isoDate(QDate(1700, 12, 31)) == QStringLiteral("1700-12-31"));
    CHECK(isoDate(QDate(9999, 1, 1)) == QDate(9999, 1, 1).toString(Qt::ISODate));
    CHECK(isoDate(QDate()).isEmpty());
}

TEST_CASE("Undoing a large import takes its rows out, redo puts the same rows back", "[import][undo]")
{
    test::Workspace workspace;
    QString indicatorId;
    const QString path = makeProject(workspace, &indicatorId);
    OpenResult opened = ProjectOpener::open(path);
    REQUIRE(opened.ok());
    ProjectDocument &document = *opened.document;
    // One measurement typed in before: the import is appended after it and undo leaves it.
    Record typed = emptyRecord(TableId::Measurement);
    typed.parentId = indicatorId;
    typed.values[0] = QStringLiteral("1999-12-31");
    typed.values[1] = 1.0;
    const QString typedId = edit::insertRecord(document, TableId::Measurement, 0, typed);
    REQUIRE_FALSE(typedId.isEmpty());
    QList<Record> rows;
    for (int i = 0; i < 5000; ++i) {
        Record r = emptyRecord(TableId::Measurement);
        r.parentId = indicatorId;
        r.values[0] = isoDate(QDate(2000, 1, 1).addDays(i));
        r.values[1] = double(i);
        rows.append(r);
    }
    REQUIRE(edit::appendRecords(document, TableId::Measurement, std::move(rows), QStringLiteral("Veel")));
    const QList<Record> imported = document.records(TableId::Measurement).mid(1);
    REQUIRE(imported.size() == 5000);
    // Made one after the other, the keys sort in that order (see newRecordId()).
    for (int i = 1; i < imported.size(); ++i)
        REQUIRE(imported.at(i - 1).id < imported.at(i).id);

    document.undoStack()->undo();
    REQUIRE(document.records(TableId::Measurement).size() == 1);
    CHECK(document.records(TableId::Measurement).constFirst().id == typedId);
    opened.document.reset();
    CHECK(measurementCount(path) == 1);

    opened = ProjectOpener::open(path);
    REQUIRE(opened.ok());
    ProjectDocument &again = *opened.document;
    QList<Record> second;
    for (int i = 0; i < 3; ++i) {
        Record r = emptyRecord(TableId::Measurement);
        r.parentId = indicatorId;
        r.values[0] = isoDate(QDate(2010, 1, 1).addDays(i));
        second.append(r);
    }
    REQUIRE(edit::appendRecords(again, TableId::Measurement, second, QStringLiteral("Drie")));
    const QStringList ids = [&] {
        QStringList list;
        for (const Record &r : again.records(TableId::Measurement))
            list.append(r.id);
        return list;
    }();
    again.undoStack()->undo();
    again.undoStack()->redo();
    QStringList after;
    for (const Record &r : again.records(TableId::Measurement))
        after.append(r.id);
    CHECK(after == ids);
    CHECK(again.records(TableId::Measurement).size() == 4);
    opened.document.reset();
    CHECK(measurementCount(path) == 4);
}

TEST_CASE("Removing a goal takes its indicators and measurements along, and undo restores all", "[import][undo]")
{
    test::Workspace workspace;
    QString indicatorId;
    const QString path = makeProject(workspace, &indicatorId);
    OpenResult opened = ProjectOpener::open(path);
    REQUIRE(opened.ok());
    ProjectDocument &document = *opened.document;
    const QString goal = document.records(TableId::Goal).constFirst().id;
    Record m = emptyRecord(TableId::Measurement);
    m.parentId = indicatorId;
    m.values[0] = QStringLiteral("2025-01-01");
    m.values[1] = 4.0;
    REQUIRE_FALSE(edit::insertRecord(document, TableId::Measurement, 0, m).isEmpty());
    Record activity = emptyRecord(TableId::Activity);
    activity.values[1] = goal;
    const QString activityId = edit::insertRecord(document, TableId::Activity, 0, activity);

    REQUIRE(edit::removeRecord(document, TableId::Goal, goal));
    CHECK(document.records(TableId::Goal).isEmpty());
    CHECK(document.records(TableId::Indicator).isEmpty());
    CHECK(document.records(TableId::Measurement).isEmpty());
    CHECK(document.record(TableId::Activity, activityId)->values.at(1).toString().isEmpty());

    document.undoStack()->undo();
    CHECK(document.record(TableId::Goal, goal) != nullptr);
    CHECK(document.record(TableId::Indicator, indicatorId)->parentId == goal);
    CHECK(document.children(TableId::Measurement, indicatorId).size() == 1);
    CHECK(document.record(TableId::Activity, activityId)->values.at(1).toString() == goal);
    opened.document.reset();
    CHECK(measurementCount(path) == 1);
}

TEST_CASE("Headless import prints the count, or the bad lines and exits 2 without change", "[import][cli]")
{
    test::Workspace workspace;
    QString indicatorId;
    const QString path = makeProject(workspace, &indicatorId);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    ImportMeasurementsOptions options;
    options.projectPath = path;
    options.indicatorName = QStringLiteral("meldingen");

    options.csvPath = test::dataPath(QStringLiteral("csv/slechte-regels.csv"));
    const QByteArray before = test::readAll(path);
    CHECK(importMeasurementsTask(options, out, err) == 2);
    CHECK(errText.contains(QLatin1String("regel 2:")));
    CHECK(errText.contains(QLatin1String("regel 4:")));
    CHECK(test::readAll(path) == before);

    errText.clear();
    options.csvPath = test::dataPath(QStringLiteral("csv/kolommen-op-nummer.csv"));
    CHECK(importMeasurementsTask(options, out, err) == 2); // columns not found by name
    options.dateColumn = QStringLiteral("Perioden");
    options.valueColumn = QStringLiteral("Eenzaam_27");
    CHECK(importMeasurementsTask(options, out, err) == 0);
    CHECK(outText.contains(QLatin1String("Ingelezen metingen voor \"Meldingen\": 2.")));
    CHECK(measurementCount(path) == 2);

    options.indicatorName = QStringLiteral("bestaat niet");
    CHECK(importMeasurementsTask(options, out, err) == 2);
    CHECK(errText.contains(QLatin1String("geen indicator")));
}

TEST_CASE("List prints goals and indicators, tab-separated", "[cli]")
{
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    REQUIRE(listProjectTask(QStringLiteral(RK_DEMO_PROJECT), out, err) == 0);
    const QStringList all = outText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList lines = all.filter(QRegularExpression(QStringLiteral("^(goal|indicator)\t")));
    REQUIRE(lines.size() == 10);
    const QStringList organisations = all.filter(QRegularExpression(QStringLiteral("^organisation\t")));
    CHECK(organisations.size() == 40);
    CHECK(organisations.constFirst() ==
          QStringLiteral("organisation\tGemeente Voorbeeldstad, team Sociaal Domein\tGemeente\tCoalitiepartner, "
                         "Financier\tActief partner\t0"));
    CHECK(all.indexOf(organisations.constFirst()) > all.indexOf(lines.constLast()));
    CHECK(lines.at(0) == QStringLiteral("goal\tMinder inwoners voelen zich ernstig eenzaam\t2027-12-31"));
    CHECK(lines.at(1) == QStringLiteral("indicator\tErnstig eenzaam (18+)\t%\t13\t11\t12.1\tNiet aantoonbaar veranderd"));
    CHECK(lines.at(2).endsWith(QLatin1String("\tOp koers")));
    CHECK(lines.at(4).endsWith(QLatin1String("\tLoopt achter")));
    CHECK(lines.at(5).endsWith(QLatin1String("\tBereikt")));
    CHECK(lines.at(8).endsWith(QLatin1String("\tNog geen metingen")));
    CHECK(lines.at(9).startsWith(QLatin1String("goal\t")));
    CHECK(listProjectTask(QStringLiteral("/nergens.routekaart"), out, err) == 2);
}

TEST_CASE("Margins travel through CSV: the table's export is read back with its bounds", "[csv][margins]")
{
    // As the measurements table exports itself (its column names), with a decimal comma.
    const QByteArray exported = writeCsv({QStringLiteral("Datum"), QStringLiteral("Waarde"), QStringLiteral("Bron"),
                                          QStringLiteral("Opmerking"), QStringLiteral("Ondergrens (95%)"),
                                          QStringLiteral("Bovengrens (95%)")},
                                         {{QStringLiteral("01-10-2022"), QStringLiteral("13"), QStringLiteral("GGD"),
                                           QString(), QStringLiteral("11,8"), QStringLiteral("14,2")},
                                          {QStringLiteral("01-10-2024"), QStringLiteral("12,1"), QStringLiteral("GGD"),
                                           QString(), QStringLiteral("10,9"), QStringLiteral("13,3")},
                                          {QStringLiteral("01-10-2025"), QStringLiteral("12"), QString(), QString(),
                                           QString(), QString()}});
    const CsvResult csv = parseCsv(exported);
    REQUIRE(csv.ok);
    const MeasurementColumns columns = guessMeasurementColumns(csv.table.header);
    CHECK(columns.lower == 4);
    CHECK(columns.upper == 5);
    IndicatorDefinition percentage;
    percentage.unit = UnitKind::Percentage;
    const ImportPreview preview = previewMeasurements(csv.table, columns, percentage, {});
    REQUIRE(preview.canImport());
    const QList<Record> records = measurementRecords(preview, QStringLiteral("x"));
    REQUIRE(records.size() == 3);
    CHECK(field(records.at(1), MeasurementField::Lower).toDouble() == 10.9);
    CHECK(field(records.at(1), MeasurementField::Upper).toDouble() == 13.3);
    CHECK(field(records.at(2), MeasurementField::Lower).isNull()); // a line without bounds keeps none
    CHECK(measurementPoint(records.at(1))->hasInterval());

    // Bounds that do not fit are marked like any bad line.
    const CsvResult bad = parseCsv("datum;waarde;ondergrens;bovengrens\n"
                                   "01-10-2022;13;14;15\n"
                                   "01-10-2023;13;12;\n"
                                   "01-10-2024;13;x;14\n"
                                   "01-10-2025;13;12;14\n");
    REQUIRE(bad.ok);
    const ImportPreview refused =
        previewMeasurements(bad.table, guessMeasurementColumns(bad.table.header), percentage, {});
    CHECK(refused.lines.at(0).error == QLatin1String("de waarde ligt niet tussen de grenzen"));
    CHECK(refused.lines.at(1).error.contains(QLatin1String("beide grenzen")));
    CHECK(refused.lines.at(2).error.contains(QLatin1String("geen getal")));
    CHECK(refused.lines.at(3).error.isEmpty());
    CHECK(refused.errorCount == 3);
    CHECK_FALSE(refused.canImport());
}
