// Measurements read from a file and written while it is read (the command line's import):
// every line in its order, one history line, all or nothing however late a bad line comes,
// and problems with the whole file said before anything is written.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "cli/CommandLineTasks.h"
#include "commands/Edits.h"
#include "import/MeasurementFileImport.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>
#include <QTextStream>
#include <QUndoStack>

using namespace rk;

namespace {
// More lines than several batches of the import and blocks of the store, and not a multiple
// of either.
constexpr int kLines = 5555;

struct Project
{
    std::unique_ptr<ProjectDocument> document;
    Record indicator;
};

Project makeProject(const test::Workspace &workspace)
{
    Project project;
    project.document = test::createProject(workspace.path(QStringLiteral("stroom.routekaart")));
    const QString goal = edit::insertRecord(*project.document, TableId::Goal, 0);
    Record indicator = emptyRecord(TableId::Indicator);
    indicator.parentId = goal;
    indicator.values[0] = QStringLiteral("Deelnemers");
    indicator.values[1] = qint64(1); // a count
    const QString id = edit::insertRecord(*project.document, TableId::Indicator, 0, indicator);
    REQUIRE_FALSE(id.isEmpty());
    project.indicator = *project.document->record(TableId::Indicator, id);
    return project;
}

// kLines lines, a day apart from 1 January 2000, value i; `bad` lines get a word for a value.
QString writeCsv(const test::Workspace &workspace, const QList<int> &bad = {})
{
    QByteArray data = "datum;waarde;bron\n";
    for (int i = 0; i < kLines; ++i) {
        data += QDate(2000, 1, 1).addDays(i).toString(QStringLiteral("dd-MM-yyyy")).toLatin1() + ';' +
                (bad.contains(i) ? QByteArray("veel") : QByteArray::number(i)) + ";Registratie\n";
    }
    const QString path = workspace.path(QStringLiteral("metingen.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
    return path;
}

QString writeText(const test::Workspace &workspace, const QByteArray &text)
{
    const QString path = workspace.path(QStringLiteral("los.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    return path;
}

} // namespace

TEST_CASE("A file read while it is written: every line in its order, one history line", "[import][stream]")
{
    test::Workspace workspace;
    Project project = makeProject(workspace);
    const MeasurementFileResult result =
        importMeasurementFile(*project.document, project.indicator, writeCsv(workspace));
    REQUIRE(result.problem.isEmpty());
    CHECK(result.imported);
    CHECK(result.count == kLines);
    CHECK(result.errorCount == 0);

    auto check = [&](const ProjectDocument &document) {
        const QList<Record> &rows = document.records(TableId::Measurement);
        REQUIRE(rows.size() == kLines);
        for (int i : {0, 99, 100, 1999, 2000, 4321, kLines - 1}) {
            CHECK(rows.at(i).parentId == project.indicator.id);
            CHECK(field(rows.at(i), MeasurementField::Date).toString() ==
                  QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate));
            CHECK(field(rows.at(i), MeasurementField::Value).toDouble() == i);
            CHECK(field(rows.at(i), MeasurementField::Source).toString() == QLatin1String("Registratie"));
        }
    };
    check(*project.document);
    const QList<HistoryEntry> history = project.document->history({});
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.constFirst().change == QLatin1String("added"));
    CHECK(history.constFirst().target == QLatin1String("measurement"));
    CHECK(history.constFirst().newValue == QString::number(kLines));

    // The file holds the same rows, in the same order.
    const QString path = project.document->filePath();
    project.document.reset();
    const OpenResult reopened = ProjectOpener::open(path);
    REQUIRE(reopened.ok());
    check(*reopened.document);
}

TEST_CASE("A bad line late in the file: nothing is written, and the rest is still read", "[import][stream]")
{
    test::Workspace workspace;
    Project project = makeProject(workspace);
    // Batches before the bad lines have reached the file's transaction by then.
    const QString csv = writeCsv(workspace, {4500, 4800, 5554});
    const QByteArray before = test::readAll(project.document->filePath());
    MeasurementFileOptions options;
    options.errorsKept = 2;
    const MeasurementFileResult result = importMeasurementFile(*project.document, project.indicator, csv, options);
    CHECK_FALSE(result.imported);
    CHECK(result.problem.isEmpty());
    CHECK(result.count == 0);
    CHECK(result.errorCount == 3);
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors.at(0).lineNumber == 4502); // the header is line 1
    CHECK(result.errors.at(1).lineNumber == 4802);
    CHECK(result.errors.at(0).error.contains(QLatin1String("geen getal")));
    CHECK(project.document->records(TableId::Measurement).isEmpty());
    CHECK(project.document->lastError().isEmpty());
    CHECK(test::readAll(project.document->filePath()) == before);

    // The same file mended goes in whole.
    const MeasurementFileResult mended =
        importMeasurementFile(*project.document, project.indicator, writeCsv(workspace));
    CHECK(mended.imported);
    CHECK(project.document->records(TableId::Measurement).size() == kLines);
}

TEST_CASE("Problems with the whole file are said and nothing is written", "[import][stream]")
{
    test::Workspace workspace;
    Project project = makeProject(workspace);
    const QByteArray before = test::readAll(project.document->filePath());
    auto import = [&](const QByteArray &text, const MeasurementFileOptions &options = {}) {
        return importMeasurementFile(*project.document, project.indicator, writeText(workspace, text), options);
    };

    MeasurementFileResult result = import("datum;waarde\n");
    CHECK(result.problem.contains(QLatin1String("geen regels")));

    result = import("datum;waarde\n01-01-2020;4\n02-01-2020;\"5\n03-01-2020;6\n");
    CHECK(result.problem.contains(QLatin1String("Regel 3")));
    CHECK(result.problem.contains(QLatin1String("aanhalingstekens")));

    result = import("wanneer;hoeveel\n01-01-2020;4\n");
    CHECK(result.problem.contains(QLatin1String("Kies welke kolom")));
    MeasurementFileOptions byNumber;
    byNumber.dateColumn = QStringLiteral("1");
    byNumber.valueColumn = QStringLiteral("hoeveel");
    result = import("wanneer;hoeveel\n01-01-2020;4\n", byNumber);
    CHECK(result.imported);
    CHECK(result.count == 1);
    CHECK(project.document->records(TableId::Measurement).size() == 1);

    result = import("\n\n");
    CHECK(result.problem.contains(QLatin1String("leeg")));
    result = importMeasurementFile(*project.document, project.indicator, workspace.path(QStringLiteral("geen.csv")));
    CHECK(result.problem.contains(QLatin1String("bestaat niet")));
    CHECK_FALSE(result.imported);
    CHECK(test::readAll(project.document->filePath()) != before); // only the one good import
}

TEST_CASE("A full disk during a file's import leaves the project as it was", "[import][stream][fault]")
{
    test::Workspace workspace;
    Project project = makeProject(workspace);
    const QString csv = writeCsv(workspace);
    const QString path = project.document->filePath();
    const QByteArray before = test::readAll(path);
    MeasurementFileResult result;
    {
        // The file may not grow: some batches are written, then the write fails.
        test::FileSizeLimit limit(before.size());
        result = importMeasurementFile(*project.document, project.indicator, csv);
    }
    CHECK_FALSE(result.imported);
    CHECK_FALSE(result.problem.isEmpty());
    CHECK(project.document->records(TableId::Measurement).isEmpty());
    CHECK(test::readAll(path) == before);
    // Put back at once, not left to the next program that opens it: no journal beside it, and
    // a look that may not write (--list, --verify) opens it.
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    OpenOptions look;
    look.inspectOnly = true;
    CHECK(ProjectOpener::open(path, look).ok());
    project.document.reset();
    const OpenResult reopened = ProjectOpener::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.document->records(TableId::Measurement).isEmpty());
    CHECK(reopened.document->records(TableId::Indicator).size() == 1);
}

TEST_CASE("Rows that stop coming: the append leaves nothing, and a table never passes its limit", "[import][stream]")
{
    test::Workspace workspace;
    Project project = makeProject(workspace);
    const QByteArray before = test::readAll(project.document->filePath());
    Record empty = emptyRecord(TableId::Measurement);
    empty.parentId = project.indicator.id;
    auto rows = [&](int count, int from) {
        QList<Record> batch;
        for (int i = 0; i < count; ++i) {
            Record row = empty;
            setField(row, MeasurementField::Date, QDate(2001, 1, 1).addDays(from + i).toString(Qt::ISODate));
            setField(row, MeasurementField::Value, double(i));
            batch.append(row);
        }
        return batch;
    };
    using Batch = ProjectDocument::BatchResult;
    int calls = 0;
    CHECK_FALSE(project.document->appendRecordsFrom(TableId::Measurement, [&](QList<Record> *batch) {
        if (++calls == 4)
            return Batch::Stop;
        *batch = rows(1000, calls * 1000);
        return Batch::Rows;
    }));
    CHECK(project.document->lastError().isEmpty()); // stopped, not failed
    CHECK(project.document->records(TableId::Measurement).isEmpty());
    CHECK(test::readAll(project.document->filePath()) == before);

    // A row that does not fit (a parent that is not there) refuses the whole append.
    calls = 0;
    CHECK_FALSE(project.document->appendRecordsFrom(TableId::Measurement, [&](QList<Record> *batch) {
        if (++calls == 3)
            return Batch::End;
        *batch = rows(500, calls * 500);
        if (calls == 2)
            (*batch)[7].parentId = QStringLiteral("00000000-0000-4000-8000-00000000beef");
        return Batch::Rows;
    }));
    CHECK_FALSE(project.document->lastError().isEmpty());
    CHECK(project.document->records(TableId::Measurement).isEmpty());

    calls = 0;
    CHECK_FALSE(project.document->appendRecordsFrom(TableId::Measurement, [&](QList<Record> *batch) {
        ++calls;
        *batch = rows(20000, 0);
        return Batch::Rows;
    }));
    CHECK(project.document->lastError().contains(QString::number(limits::kMaxRecordsPerTable)));
    CHECK(calls == 6); // the sixth batch would pass the limit
    CHECK(project.document->records(TableId::Measurement).isEmpty());
    CHECK(test::readAll(project.document->filePath()) == before);
}

TEST_CASE("Rows left in the file come back on first use, and edits after them see them", "[import][stream]")
{
    test::Workspace workspace;
    Project project = makeProject(workspace);
    REQUIRE(importMeasurementFile(*project.document, project.indicator, writeCsv(workspace)).imported);
    // An edit after the import: the table is read back first, so the new row comes last.
    Record extra = emptyRecord(TableId::Measurement);
    extra.parentId = project.indicator.id;
    setField(extra, MeasurementField::Date, QStringLiteral("2030-01-01"));
    setField(extra, MeasurementField::Value, 7.0);
    const QString extraId = edit::insertRecord(*project.document, TableId::Measurement, kLines, extra);
    REQUIRE_FALSE(extraId.isEmpty());
    CHECK(project.document->records(TableId::Measurement).size() == kLines + 1);
    CHECK(project.document->recordRow(TableId::Measurement, extraId) == kLines);
    // Undo takes off that row only.
    project.document->undoStack()->undo();
    CHECK(project.document->records(TableId::Measurement).size() == kLines);

    const QString path = project.document->filePath();
    project.document.reset();
    const OpenResult reopened = ProjectOpener::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.document->records(TableId::Measurement).size() == kLines);
}

TEST_CASE("A table that cannot be read back: no rows shown, no more edits, a clear message", "[import][stream]")
{
    test::Workspace workspace;
    Project project = makeProject(workspace);
    REQUIRE(importMeasurementFile(*project.document, project.indicator, writeCsv(workspace)).imported);
    // Someone cuts the file short behind the program's back.
    const QString path = project.document->filePath();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.resize(8192));
    file.close();
    CHECK(project.document->records(TableId::Measurement).isEmpty());
    CHECK(edit::insertRecord(*project.document, TableId::Goal, 0).isEmpty());
    CHECK(project.document->lastError().contains(QLatin1String("opnieuw")));
}

TEST_CASE("The command line names the first bad lines and how many more there are", "[import][stream][cli]")
{
    test::Workspace workspace;
    Project project = makeProject(workspace);
    const QString path = project.document->filePath();
    project.document.reset();
    QList<int> bad;
    for (int i = 100; i < 112; ++i)
        bad.append(i);
    ImportMeasurementsOptions options;
    options.projectPath = path;
    options.indicatorName = QStringLiteral("Deelnemers");
    options.csvPath = writeCsv(workspace, bad);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    CHECK(importMeasurementsTask(options, out, err) == 2);
    CHECK(errText.contains(QLatin1String("Aantal regels met een fout: 12.")));
    CHECK(errText.contains(QLatin1String("regel 102: \"veel\" is geen getal")));
    CHECK_FALSE(errText.contains(QLatin1String("regel 112:")));
    CHECK(errText.contains(QLatin1String("en nog 2 regels met een fout")));
}
