// rk-bench BUILD_DIR DEMO LARGE MEDIUM OUT.md MEASURED_CODE
// Runs every benchmark at least five times (where a run takes seconds, three; LibreOffice's
// conversion of the full report once) and writes a Markdown table. Beside each figure is a
// baseline or a peer program doing the same work, measured in the same run, so a busy machine
// shows as a slower peer too, not as a slower app. Whole-process figures (start to exit, with
// the peak memory) stand beside the figures measured inside the program.

#include "core/ProjectDocument.h"
#include "core/ProjectOpener.h"
#include "core/commands/Edits.h"
#include "core/import/CsvReader.h"
#include "core/import/MeasurementImport.h"
#include "core/merge/ProjectMerge.h"
#include "core/records/Fields.h"
#include "core/share/ShareCopy.h"
#include "ui/report/ReportRenderer.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <QStandardPaths>

#include <sqlite3.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

extern char **environ;

using namespace rk;

namespace {
constexpr int kRuns = 5;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min(int(values.size()) - 1, int(values.size() * p)));
}

struct Launch
{
    double wallMs = 0;  // start to exit
    double shownMs = 0; // start to the first paint done
    double openMs = 0;
    double peakMb = 0;
};

Launch launch(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    const auto startedAt = std::chrono::system_clock::now();
    process.start(program, arguments);
    process.waitForFinished(120000);
    Launch result;
    result.wallMs = timer.nsecsElapsed() / 1e6;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &part : out.simplified().split(QLatin1Char(' '))) {
        if (part.startsWith(QLatin1String("open_ms=")))
            result.openMs = part.mid(8).toDouble();
        if (part.startsWith(QLatin1String("painted_at_us="))) {
            const auto paintedAt =
                std::chrono::system_clock::time_point(std::chrono::microseconds(part.mid(14).toLongLong()));
            result.shownMs =
                std::chrono::duration_cast<std::chrono::microseconds>(paintedAt - startedAt).count() / 1000.0;
        }
        if (part.startsWith(QLatin1String("peak_kb=")))
            result.peakMb = part.mid(8).toDouble() / 1024.0;
    }
    return result;
}

// A whole process from start to exit: wall clock, processor time and peak memory (the
// largest resident set of it and the processes it waited for), its output thrown away.
struct ProcessRun
{
    double wallMs = -1;
    double cpuMs = 0;
    double peakMb = 0;
    int exitCode = -1;
};

// Runs a program and reports its use, as "WALL_MS CPU_MS PEAK_KB EXIT" on standard output.
// A process started from this one as it is during the benchmarks (hundreds of megabytes)
// would have that counted in its peak memory: Linux takes the peak over the memory the
// process had before it started the program too. rk-bench therefore starts a fresh,
// small copy of itself (`rk-bench --measure PROGRAM ARGS...`) that starts the program.
int measureChild(char **argv)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return 1;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return 1;
    const double wallMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const double cpuMs =
        (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    std::printf("%.3f %.3f %ld %d\n", wallMs, cpuMs, usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return 0;
}

ProcessRun runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(),
                  QStringList{QStringLiteral("--measure"), program} + arguments);
    process.waitForFinished(-1);
    const QList<QByteArray> parts = process.readAllStandardOutput().simplified().split(' ');
    ProcessRun run;
    if (process.exitCode() != 0 || parts.size() != 4)
        return run;
    run.wallMs = parts.at(0).toDouble();
    run.cpuMs = parts.at(1).toDouble();
    run.peakMb = parts.at(2).toDouble() / 1024.0;
    run.exitCode = parts.at(3).toInt();
    return run;
}

struct Runs
{
    QList<double> wall, cpu, peak;
    bool ok = true;
    void add(const ProcessRun &run)
    {
        ok = ok && run.exitCode == 0;
        wall.append(run.wallMs);
        cpu.append(run.cpuMs);
        peak.append(run.peakMb);
    }
};

// A copy that the benchmark may write to (the demo in the build folder is read-only).
QString writableCopy(const QString &from, const QString &to)
{
    QFile::remove(to);
    QFile::copy(from, to);
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return to;
}

struct Row
{
    QString what;
    QString measured;
    QString baseline;
    std::optional<double> ratio; // none where there is no peer to compare with
    QString target;
    bool met;
};

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 0);
}

QString mb(double value)
{
    return QStringLiteral("%1 MB").arg(value, 0, 'f', 0);
}

// One committed edit through the bare SQLite C API with the project's pragmas.
QList<double> bareUpdates(const QString &path, int count)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_stmt *update = nullptr;
    sqlite3_prepare_v2(db, "UPDATE chapter_state SET status = ?1, updated_at = ?2 WHERE chapter = 'preventie'", -1,
                       &update, nullptr);
    QList<double> times;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_int(update, 1, i % 3);
        sqlite3_bind_text(update, 2, "2026-01-01T00:00:00.000Z", -1, SQLITE_STATIC);
        sqlite3_step(update);
        sqlite3_reset(update);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        times.append(timer.nsecsElapsed() / 1e6);
    }
    sqlite3_finalize(update);
    sqlite3_close(db);
    return times;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc > 2 && std::strcmp(argv[1], "--measure") == 0)
        return measureChild(argv + 2);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        QTextStream(stderr) << "usage: rk-bench BUILD_DIR DEMO LARGE MEDIUM OUT.md MEASURED_CODE\n";
        return 1;
    }
    const QString build = args.at(1);
    const QString demo = args.at(2);
    const QString large = args.at(3);
    const QString medium = args.at(4);
    const QString app_ = build + QStringLiteral("/bin/routekaart");
    const QString bare = build + QStringLiteral("/tests/bench/rk-bare-window");
    QTemporaryDir work;
    QList<Row> rows;
    QTextStream log(stdout);

    // RK_BENCH_ONLY=merge (or startup, open, edit, report, import, statline, history) runs one section,
    // while working on it; BENCHMARKS.md is written from a run of all of them.
    const QString only = qEnvironmentVariable("RK_BENCH_ONLY");
    // Each section starts on a settled machine: what the sections before it wrote (reports of
    // hundreds of megabytes, LibreOffice's profile) is on disk first, so that a section's own
    // flush to disk does not wait for theirs.
    const auto wanted = [&only](const QString &section) {
        const bool run = only.isEmpty() || only == section;
        if (run) {
            ::sync();
            QThread::msleep(500);
        }
        return run;
    };

    // 1. Startup with the demo project against a bare window.
    if (wanted(QStringLiteral("startup"))) {
        const QString copy = work.filePath(QStringLiteral("demo.routekaart"));
        QFile::copy(demo, copy);
        QList<double> appRuns, bareRuns, labelRuns;
        for (int i = 0; i < 3 * kRuns; ++i) {
            bareRuns.append(launch(bare, {}).shownMs);
            labelRuns.append(launch(bare, {QStringLiteral("--label")}).shownMs);
            appRuns.append(launch(app_, {QStringLiteral("--quit-after-paint"), copy}).shownMs);
        }
        const double ratio = median(appRuns) / median(bareRuns);
        // For comparison only: the same window with one line of text.
        const QString label = QStringLiteral("; with one line of text: %1, %2x")
                                  .arg(ms(median(labelRuns)))
                                  .arg(median(labelRuns) / median(bareRuns), 0, 'f', 2);
        // The target is the point where people notice a wait; the bare window is context.
        rows.append({QStringLiteral("Startup to first paint, demo project"), ms(median(appRuns)),
                     ms(median(bareRuns)) + QStringLiteral(" (bare QMainWindow") + label + QLatin1Char(')'), ratio,
                     QStringLiteral("< 100 ms"), median(appRuns) < 100});
        log << "startup done\n";
    }
    // 2. Opening the medium and large projects to the painted dashboard.
    if (wanted(QStringLiteral("open"))) {
        QList<double> bareRuns;
        for (int i = 0; i < kRuns; ++i)
            bareRuns.append(launch(bare, {}).wallMs);
        for (const auto &[name, file] :
             {std::pair<QString, QString>{QStringLiteral("medium"), medium}, {QStringLiteral("large"), large}}) {
            const QString copy = work.filePath(name + QStringLiteral(".routekaart"));
            QFile::copy(file, copy);
            QList<double> open, wall, peak;
            for (int i = 0; i < kRuns; ++i) {
                const Launch run = launch(app_, {QStringLiteral("--quit-after-paint"), copy});
                open.append(run.openMs);
                wall.append(run.wallMs);
                peak.append(run.peakMb);
            }
            const double ratio = median(wall) / median(bareRuns);
            // The budget is for opening, measured in the program from the window's start;
            // the whole process adds loading Qt and quitting.
            rows.append({QStringLiteral("Open %1 project to dashboard painted").arg(name),
                         QStringLiteral("%1 in the program; whole process %2, %3 peak")
                             .arg(ms(median(open)), ms(median(wall)), mb(median(peak))),
                         ms(median(bareRuns)) + QStringLiteral(" (bare window, whole process)"), ratio,
                         QStringLiteral("< 300 ms, < 150 MB"), median(open) < 300 && median(peak) < 150});
        }
        log << "open done\n";
    }
    // 3. One committed edit through the undo command path, against a bare SQLite UPDATE.
    if (wanted(QStringLiteral("edit"))) {
        const QString ours = work.filePath(QStringLiteral("edit.routekaart"));
        const QString theirs = work.filePath(QStringLiteral("bare.routekaart"));
        QFile::copy(large, ours);
        QFile::copy(large, theirs);
        QList<double> edits;
        {
            OpenResult opened = ProjectOpener::open(ours);
            ProjectDocument &document = *opened.document;
            const QString indicator = document.records(TableId::Indicator).constFirst().id;
            for (int i = 0; i < 200; ++i) {
                QElapsedTimer timer;
                timer.start();
                if (i % 2 == 0)
                    edit::setChapterStatus(document, ChapterId::Preventie, static_cast<ChapterStatus>((i / 2) % 3));
                else
                    edit::setRecordField(document, TableId::Indicator, indicator, 8, QStringLiteral("Bron %1").arg(i));
                edits.append(timer.nsecsElapsed() / 1e6);
            }
        }
        const QList<double> baseline = bareUpdates(theirs, 200);
        const double ratio = median(edits) / median(baseline);
        rows.append({QStringLiteral("One edit committed (median; p99)"),
                     ms(median(edits)) + QStringLiteral("; ") + ms(percentile(edits, 0.99)),
                     ms(median(baseline)) + QStringLiteral("; ") + ms(percentile(baseline, 0.99)) +
                         QStringLiteral(" (bare SQLite UPDATE)"),
                     ratio, QStringLiteral("≤ 2x"), ratio <= 2.0});
        log << "edit done\n";
    }
    // 4. Reports: the full report of the large project, the short one of the demo, inside the
    // program and as whole processes, against LibreOffice converting the program's own ODT
    // of the same report to PDF.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    const QString officeProfile =
        QStringLiteral("-env:UserInstallation=file://") + work.filePath(QStringLiteral("office-profile"));
    auto officeConvert = [&](const QString &odt) {
        return runProcess(soffice, {officeProfile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                    QStringLiteral("pdf"), QStringLiteral("--outdir"),
                                    work.filePath(QStringLiteral("office")), odt});
    };
    if (wanted(QStringLiteral("report"))) {
        QList<double> empty;
        for (int i = 0; i < kRuns; ++i) {
            QElapsedTimer timer;
            timer.start();
            QPdfWriter writer(work.filePath(QStringLiteral("empty.pdf")));
            QPainter painter(&writer);
            painter.drawText(100, 100, QStringLiteral("x"));
            painter.end();
            empty.append(timer.nsecsElapsed() / 1e6);
        }
        if (!soffice.isEmpty()) {
            // LibreOffice's first start sets up its profile: not part of a conversion.
            const QString warmUp = work.filePath(QStringLiteral("warm-up.odt"));
            runProcess(app_, {QStringLiteral("--export-odt"), warmUp, demo});
            officeConvert(warmUp);
        }
        for (const auto &[name, file, kind, limit] :
             {std::tuple<QString, QString, ReportOptions::Kind, double>{
                  QStringLiteral("Full PDF report, large project"), large, ReportOptions::Kind::Full, 5000},
              {QStringLiteral("Short PDF report, demo project"), demo, ReportOptions::Kind::Short, 1000}}) {
            const bool full = kind == ReportOptions::Kind::Full;
            const int count = full ? 3 : kRuns;
            {
                OpenOptions options;
                options.readOnly = true;
                OpenResult opened = ProjectOpener::open(file, options);
                QList<double> runs;
                ReportOptions report;
                report.kind = kind;
                for (int i = 0; i < count; ++i) {
                    QElapsedTimer timer;
                    timer.start();
                    QString error;
                    ReportRenderer::exportPdf(*opened.document, report, work.filePath(QStringLiteral("r.pdf")), &error);
                    runs.append(timer.nsecsElapsed() / 1e6);
                }
                rows.append({name + QStringLiteral(", in the program"), ms(median(runs)),
                             ms(median(empty)) + QStringLiteral(" (one-page PDF)"), median(runs) / median(empty),
                             QStringLiteral("< %1 s").arg(limit / 1000), median(runs) < limit});
            }
            const QString kindName = full ? QStringLiteral("full") : QStringLiteral("short");
            Runs ours;
            for (int i = 0; i < count; ++i)
                ours.add(runProcess(app_, {QStringLiteral("--export-pdf"), work.filePath(QStringLiteral("p.pdf")),
                                           QStringLiteral("--report"), kindName, file}));
            QString peer = QStringLiteral("LibreOffice not installed here: no comparison");
            std::optional<double> ratio;
            if (!soffice.isEmpty()) {
                const QString odt = work.filePath(kindName + QStringLiteral(".odt"));
                runProcess(app_, {QStringLiteral("--export-odt"), odt, QStringLiteral("--report"), kindName, file});
                Runs office;
                for (int i = 0; i < (full ? 1 : kRuns); ++i)
                    office.add(officeConvert(odt));
                if (office.ok) {
                    ratio = median(ours.wall) / median(office.wall);
                    peer = QStringLiteral("LibreOffice converting this report's ODT to PDF: %1, %2 peak%3")
                               .arg(ms(median(office.wall)), mb(median(office.peak)),
                                    full ? QStringLiteral(" (one run)") : QString());
                } else {
                    peer = QStringLiteral("LibreOffice failed to convert the ODT: no comparison");
                }
            }
            rows.append({name + QStringLiteral(", whole process (`--export-pdf`)"),
                         QStringLiteral("%1 (processor %2), %3 peak")
                             .arg(ms(median(ours.wall)), ms(median(ours.cpu)), mb(median(ours.peak))),
                         peer, ratio, QStringLiteral("< %1 s").arg(limit / 1000),
                         ours.ok && median(ours.wall) < limit});
        }
        log << "reports done\n";
    }
    // 5. Import of measurements: inside the program (a new project), and as a whole process
    // (`--import-measurements` of 99,000 lines into the demo project) against SQLite's own
    // command-line tool importing the same file into a plain table, and the same rows into
    // the project's own table.
    if (wanted(QStringLiteral("import"))) {
        auto writeMeasurements = [](const QString &path, int lines) {
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            QByteArray data = "datum;waarde;bron\n";
            for (int i = 0; i < lines; ++i)
                data += QDate(1700, 1, 1).addDays(i).toString(QStringLiteral("dd-MM-yyyy")).toLatin1() + ';' +
                        QByteArray::number(i % 99) + ",5;Registratie\n";
            file.write(data);
        };
        const QString csv = work.filePath(QStringLiteral("metingen.csv"));
        writeMeasurements(csv, 100000);
        QList<double> imports, reads;
        for (int i = 0; i < kRuns; ++i) {
            QElapsedTimer timer;
            timer.start();
            QFile file(csv);
            file.open(QIODevice::ReadOnly);
            const QList<QByteArray> lines = file.readAll().split('\n');
            reads.append(timer.nsecsElapsed() / 1e6 + 0 * lines.size());

            const QString target = work.filePath(QStringLiteral("import%1.routekaart").arg(i));
            ProjectInfo info;
            info.gemeente = QStringLiteral("G");
            info.title = QStringLiteral("T");
            info.startYear = 2025;
            OpenResult created = ProjectOpener::create(target, info);
            ProjectDocument &document = *created.document;
            const QString goal = edit::insertRecord(document, TableId::Goal, 0);
            Record indicator = emptyRecord(TableId::Indicator);
            indicator.parentId = goal;
            indicator.values[1] = qint64(1);
            const QString id = edit::insertRecord(document, TableId::Indicator, 0, indicator);
            timer.restart();
            const CsvResult read = readCsvFile(csv);
            const ImportPreview preview =
                previewMeasurements(read.table, guessMeasurementColumns(read.table.header),
                                    indicatorDefinition(*document.record(TableId::Indicator, id)), {});
            const bool ok =
                preview.canImport() && edit::appendRecords(document, TableId::Measurement,
                                                           measurementRecords(preview, id), QStringLiteral("x"));
            imports.append(ok ? timer.nsecsElapsed() / 1e6 : -1);
        }
        rows.append({QStringLiteral("Import 100,000-line CSV of measurements, in the program"), ms(median(imports)),
                     ms(median(reads)) + QStringLiteral(" (read and split the file)"), median(imports) / median(reads),
                     QStringLiteral("< 1 s"), median(imports) > 0 && median(imports) < 1000});

        const QString lines99 = work.filePath(QStringLiteral("metingen-99000.csv"));
        writeMeasurements(lines99, 99000);
        QString indicatorName;
        int before = 0;
        {
            OpenOptions options;
            options.readOnly = true;
            const OpenResult opened = ProjectOpener::open(demo, options);
            indicatorName = opened.document->records(TableId::Indicator).constFirst().values.at(0).toString();
            before = int(opened.document->records(TableId::Measurement).size());
        }
        auto importOnce = [&] {
            const QString copy = writableCopy(demo, work.filePath(QStringLiteral("demo-import.routekaart")));
            return runProcess(app_, {QStringLiteral("--import-measurements"), lines99, copy,
                                     QStringLiteral("--indicator"), indicatorName});
        };
        Runs ours;
        ours.add(importOnce()); // also gives the rows for SQLite's own import below
        // The rows exactly as the program wrote them, for SQLite to import into the same table.
        const QString rowsCsv = work.filePath(QStringLiteral("rows.csv"));
        {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(QFile::encodeName(work.filePath(QStringLiteral("demo-import.routekaart"))).constData(), &db,
                            SQLITE_OPEN_READONLY, nullptr);
            sqlite3_stmt *select = nullptr;
            sqlite3_prepare_v2(db,
                               "SELECT id, indicator_id, position, date, value, source, note, created_at, updated_at "
                               "FROM measurement WHERE position >= ?1 ORDER BY position",
                               -1, &select, nullptr);
            sqlite3_bind_int(select, 1, before);
            QFile out(rowsCsv);
            out.open(QIODevice::WriteOnly);
            while (sqlite3_step(select) == SQLITE_ROW) {
                QByteArrayList fields;
                for (int c = 0; c < 9; ++c)
                    fields.append(reinterpret_cast<const char *>(sqlite3_column_text(select, c)));
                out.write(fields.join(',') + '\n');
            }
            sqlite3_finalize(select);
            sqlite3_close(db);
        }
        const QString sqliteTool = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        // Short processes on a shared machine: ours and the peers take turns, so that a busy
        // moment falls on all of them alike, and more runs than elsewhere.
        Runs plain, sameTable;
        for (int i = 0; i < 2 * kRuns - 1; ++i) {
            if (i > 0)
                ours.add(importOnce());
            const QString plainDb = work.filePath(QStringLiteral("plain.db"));
            QFile::remove(plainDb);
            plain.add(runProcess(sqliteTool, {plainDb, QStringLiteral("-cmd"), QStringLiteral(".mode csv"),
                                              QStringLiteral("-cmd"), QStringLiteral(".separator ;"),
                                              QStringLiteral(".import ") + lines99 + QStringLiteral(" m")}));
            const QString copy = writableCopy(demo, work.filePath(QStringLiteral("demo-sqlite.routekaart")));
            sameTable.add(runProcess(
                sqliteTool, {copy, QStringLiteral(".import --csv ") + rowsCsv + QStringLiteral(" measurement")}));
        }
        const double ratio = median(ours.wall) / median(plain.wall);
        rows.append(
            {QStringLiteral("Import 99,000 lines into the demo project, whole process (`--import-measurements`)"),
             QStringLiteral("%1 (processor %2), %3 peak")
                 .arg(ms(median(ours.wall)), ms(median(ours.cpu)), mb(median(ours.peak))),
             QStringLiteral("`sqlite3 .import` of the same file into a plain table: %1; of the same rows into "
                            "the project's own table (its keys, indexes and checks): %2, %3x")
                 .arg(ms(median(plain.wall)), ms(median(sameTable.wall)))
                 .arg(median(ours.wall) / median(sameTable.wall), 0, 'f', 2),
             ratio, QStringLiteral("≤ 3x, < 100 MB"), ours.ok && plain.ok && ratio <= 3 && median(ours.peak) < 100});
        log << "import done\n";
    }
    // 6. The health monitor's national export from StatLine (every buurt of 345 municipalities,
    // four rounds, three age groups, the value and its two bounds: about 600,000 lines), read
    // into the demo project for one municipality with the Netherlands, its GGD region and its
    // wijken and buurten, as a whole process; beside it SQLite's own tool importing the same
    // file into a plain table.
    if (wanted(QStringLiteral("statline"))) {
        const QString national = work.filePath(QStringLiteral("50120NED_national.csv"));
        {
            QFile file(national);
            file.open(QIODevice::WriteOnly);
            struct Area
            {
                QByteArray code, municipality, kind;
            };
            QList<Area> areas = {{"NL01", "Nederland", "Land"}};
            for (int g = 1; g <= 25; ++g)
                areas.append({"GG" + QByteArray::number(9900 + g), "GGD-regio " + QByteArray::number(g), "GGD-regio"});
            for (int g = 1; g <= 345; ++g) {
                const QByteArray number = QByteArray::number(9000 + g);
                const QByteArray name = "Gemeente " + QByteArray::number(g);
                areas.append({"GM" + number, name, "Gemeente"});
                for (int w = 1; w <= 9; ++w)
                    areas.append({"WK" + number + QByteArray::number(w).rightJustified(2, '0'), name, "Wijk"});
                for (int b = 0; b < 38; ++b)
                    areas.append({"BU" + number + QByteArray::number(b % 9 + 1).rightJustified(2, '0') +
                                      QByteArray::number(b / 9 + 1).rightJustified(2, '0'),
                                  name, "Buurt"});
            }
            QByteArray data = "\"ID\";\"Marges\";\"Leeftijd\";\"Perioden\";\"WijkenEnBuurten\";\"Gemeentenaam_1\";"
                              "\"SoortRegio_2\";\"Codering_3\";\"Eenzaam_27\";\"ErnstigZeerErnstigEenzaam_28\";"
                              "\"EmotioneelEenzaam_29\";\"SociaalEenzaam_30\"\n";
            int id = 0;
            const auto quoted = [](const QByteArray &text, int width) {
                return '"' + text.leftJustified(width, ' ') + '"';
            };
            const auto number = [](double value) {
                return '"' + QByteArray::number(value, 'f', 1).rightJustified(8, ' ') + '"';
            };
            for (const auto &[margin, offset] :
                 {std::pair<QByteArray, double>{"MW00000", 0}, {"MOG0095", -2}, {"MBG0095", 2}}) {
                for (const QByteArray age : {"20300", "53115", "21700"}) {
                    for (const QByteArray period : {"2016JJ00", "2020JJ00", "2022JJ00", "2024JJ00"}) {
                        for (const Area &area : std::as_const(areas)) {
                            const double value = 40 + (qHash(area.code) % 100) / 10.0;
                            data += '"' + QByteArray::number(id++) + "\";\"" + margin + "\";\"" + age + "\";\"" +
                                    period + "\";" + quoted(area.code, 10) + ';' + quoted(area.municipality, 24) + ';' +
                                    quoted(area.kind, 10) + ';' + quoted(area.code, 10) + ';' + number(value + offset) +
                                    ';' + number(value / 3 + offset / 2) + ';' + number(value * 0.7 + offset) + ';' +
                                    number(value * 0.74 + offset) + '\n';
                        }
                        file.write(data);
                        data.clear();
                    }
                }
            }
            log << "national export: " << id << " lines, " << file.size() / (1024 * 1024) << " MB\n";
        }
        Runs ours;
        for (int i = 0; i < kRuns; ++i) {
            const QString copy = writableCopy(demo, work.filePath(QStringLiteral("demo-statline.routekaart")));
            ours.add(runProcess(app_, {QStringLiteral("--import-statline"), national, copy, QStringLiteral("--region"),
                                       QStringLiteral("GM9001"), QStringLiteral("--age"), QStringLiteral("20300"),
                                       QStringLiteral("--compare"), QStringLiteral("NL01"), QStringLiteral("--compare"),
                                       QStringLiteral("GG9901")}));
        }
        const QString sqliteTool = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        Runs plain;
        for (int i = 0; i < kRuns; ++i) {
            const QString plainDb = work.filePath(QStringLiteral("plain-national.db"));
            QFile::remove(plainDb);
            plain.add(runProcess(sqliteTool, {plainDb, QStringLiteral("-cmd"), QStringLiteral(".mode csv"),
                                              QStringLiteral("-cmd"), QStringLiteral(".separator ;"),
                                              QStringLiteral(".import ") + national + QStringLiteral(" n")}));
        }
        rows.append(
            {QStringLiteral("StatLine national export, about 600,000 lines (90 MB), one municipality with its "
                            "wijken and buurten, whole process (`--import-statline`)"),
             QStringLiteral("%1 (processor %2), %3 peak")
                 .arg(ms(median(ours.wall)), ms(median(ours.cpu)), mb(median(ours.peak))),
             QStringLiteral("`sqlite3 .import` of the same file into a plain table: %1").arg(ms(median(plain.wall))),
             median(ours.wall) / median(plain.wall), QStringLiteral("< 3 s, < 200 MB"),
             ours.ok && median(ours.wall) < 3000 && median(ours.peak) < 200});
        log << "statline done\n";
    }

    // 7. A copy of the large project that comes back with 5,000 changes: compared three ways (the
    // copy and what was sent opened with every check, then compared with the project) and
    // merged as one step, in the program; and `--merge` as a whole process.
    if (wanted(QStringLiteral("merge"))) {
        const QString project = writableCopy(large, work.filePath(QStringLiteral("large-shared.routekaart")));
        const QString copy = work.filePath(QStringLiteral("large-copy.routekaart"));
        {
            OpenResult opened = ProjectOpener::open(project);
            QString error;
            if (!opened.ok() || !share::writeShareCopy(*opened.document, copy, false, &error)) {
                log << "merge: cannot share the large project\n";
                return 1;
            }
        }
        {
            OpenResult theirs = ProjectOpener::open(copy);
            RecordChanges changes;
            const QList<Record> &measurements = theirs.document->records(TableId::Measurement);
            for (int i = 0; i < 4000; ++i)
                changes.writes.append({TableId::Measurement, measurements.at(i * 12).id, int(MeasurementField::Note),
                                       QStringLiteral("Nagekeken %1").arg(i)});
            const QList<Record> &indicators = theirs.document->records(TableId::Indicator);
            for (int i = 0; i < 500; ++i)
                changes.writes.append(
                    {TableId::Indicator, indicators.at(i).id, int(IndicatorField::TargetValue), 1000.5 + i});
            const QList<Record> &activities = theirs.document->records(TableId::Activity);
            for (int i = 0; i < 500; ++i)
                changes.writes.append({TableId::Activity, activities.at(i * 4).id, int(ActivityField::Title),
                                       QStringLiteral("Activiteit %1, bijgewerkt").arg(i)});
            if (!theirs.ok() || !edit::applyChanges(*theirs.document, std::move(changes), QStringLiteral("bench"))) {
                log << "merge: cannot change the copy\n";
                return 1;
            }
        }
        const QString target = work.filePath(QStringLiteral("large-merge.routekaart"));
        QList<double> diffRuns, mergeRuns;
        int changeCount = 0;
        bool ok = true;
        for (int i = 0; i < kRuns; ++i) {
            writableCopy(project, target);
            OpenResult mine = ProjectOpener::open(target);
            QElapsedTimer timer;
            timer.start();
            merge::OpenedCopy opened;
            QString error;
            ok = ok && mine.ok() && merge::openCopy(copy, *mine.document, &opened, &error);
            if (!ok)
                break;
            merge::Comparison comparison = merge::compare(opened.ancestor.get(), *opened.theirs, *mine.document);
            diffRuns.append(double(timer.nsecsElapsed()) / 1e6);
            changeCount = int(comparison.changes.size());
            ok = ok && comparison.threeWay;
            timer.restart();
            merge::acceptAll(&comparison, false);
            merge::MergePlan plan = merge::plan(comparison, *mine.document);
            ok = ok && edit::applyChanges(*mine.document, std::move(plan.changes), QStringLiteral("merge"));
            mergeRuns.append(double(timer.nsecsElapsed()) / 1e6);
        }
        Runs whole;
        for (int i = 0; i < kRuns; ++i) {
            writableCopy(project, target);
            whole.add(runProcess(app_, {QStringLiteral("--merge"), copy, target}));
        }
        const double inProgram = median(diffRuns) + median(mergeRuns);
        rows.append({QStringLiteral("A copy of the large project back with %1 changes: compared three ways and merged "
                                    "as one step, in the program")
                         .arg(changeCount),
                     QStringLiteral("%1 (compare %2, merge %3)")
                         .arg(ms(inProgram), ms(median(diffRuns)), ms(median(mergeRuns))),
                     QStringLiteral("whole process (`--merge`, with opening the project): %1, %2 peak")
                         .arg(ms(median(whole.wall)), mb(median(whole.peak))),
                     std::nullopt, QStringLiteral("< 1 s"), ok && whole.ok && changeCount == 5000 && inProgram < 1000});
        log << "merge done\n";
    }

    // 8. The history after 10,000 single edits of the large project (each its own step and
    // transaction, as typed): what the file grows by, and the history's own pages.
    if (wanted(QStringLiteral("history"))) {
        const QString file = writableCopy(large, work.filePath(QStringLiteral("large-history.routekaart")));
        const qint64 before = QFileInfo(file).size();
        // The lines and pages the history had before (the generated project's own edits).
        const auto historySize = [&file](qint64 *bytes, qint64 *lines) {
            *bytes = -1;
            *lines = -1;
            sqlite3 *db = nullptr;
            if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
                sqlite3_stmt *statement = nullptr;
                if (sqlite3_prepare_v2(db,
                                       "SELECT (SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE "
                                       "'change_log%'), (SELECT count(*) FROM change_log)",
                                       -1, &statement, nullptr) == SQLITE_OK &&
                    sqlite3_step(statement) == SQLITE_ROW) {
                    *bytes = sqlite3_column_int64(statement, 0);
                    *lines = sqlite3_column_int64(statement, 1);
                }
                sqlite3_finalize(statement);
            }
            sqlite3_close(db);
        };
        qint64 bytesBefore = 0;
        qint64 linesBefore = 0;
        historySize(&bytesBefore, &linesBefore);
        double editsMs = 0;
        bool ok = true;
        {
            OpenResult opened = ProjectOpener::open(file);
            ok = opened.ok();
            if (ok) {
                const QList<Record> &measurements = opened.document->records(TableId::Measurement);
                QElapsedTimer timer;
                timer.start();
                for (int i = 0; i < 10000 && ok; ++i)
                    ok =
                        edit::setRecordField(*opened.document, TableId::Measurement, measurements.at(i * 5).id,
                                             int(MeasurementField::Note), QStringLiteral("Nagekeken op dag %1").arg(i));
                editsMs = double(timer.nsecsElapsed()) / 1e6;
            }
        }
        const qint64 after = QFileInfo(file).size();
        qint64 historyBytes = -1;
        qint64 historyRows = -1;
        historySize(&historyBytes, &historyRows);
        // What the 10,000 edits added (a file of schema 10 has no history before it is opened).
        historyBytes -= std::max<qint64>(bytesBefore, 0);
        historyRows -= std::max<qint64>(linesBefore, 0);
        const double perEdit = historyRows > 0 ? double(historyBytes) / double(historyRows) : 0;
        const auto mb1 = [](qint64 bytes) {
            return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
        };
        rows.append({QStringLiteral("The history after 10,000 single edits of the large project (each its own step)"),
                     QStringLiteral("%1 lines in %2 (%3 bytes a line); the file grew %4 to %5")
                         .arg(historyRows)
                         .arg(mb1(historyBytes))
                         .arg(perEdit, 0, 'f', 0)
                         .arg(mb1(after - before), mb1(after)),
                     QStringLiteral("the 10,000 edits took %1 (%2 each)").arg(ms(editsMs), ms(editsMs / 10000)),
                     std::nullopt, QStringLiteral("small: < 5 MB for 10,000 edits"),
                     ok && historyRows == 10000 && historyBytes >= 0 && historyBytes < 5 * 1024 * 1024});
        log << "history done\n";
    }

    // The analysis below the table is written by hand (from its first "## " heading on); keep it.
    QByteArray analysis;
    {
        QFile previous(args.at(5));
        if (previous.open(QIODevice::ReadOnly)) {
            const QByteArray text = previous.readAll();
            const qsizetype start = text.indexOf("\n## ");
            if (start >= 0)
                analysis = text.mid(start);
        }
    }
    if (!only.isEmpty()) {
        for (const Row &row : std::as_const(rows))
            log << row.what << ": " << row.measured << " | " << row.baseline << (row.met ? " | met\n" : " | NOT met\n");
        return 0;
    }
    QFile out(args.at(5));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QTextStream md(&out);
    md << "# Benchmarks\n\n";
    md << "Written by `tests/bench/run-benchmarks.sh` on " << QDateTime::currentDateTime().toString(Qt::ISODate)
       << ". Measured code: `" << args.at(6)
       << "` (the digest of the files that tests/bench/measured-code.cmake names; the test \"bench: BENCHMARKS.md "
          "measured on the current code\" fails once any of them changes). Machine: "
       << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
       << QThread::idealThreadCount() << " cores; build type Release; Qt " << qVersion() << ", SQLite "
       << sqlite3_libversion() << ". Medians of at least " << kRuns << " runs (startup: " << 3 * kRuns
       << " runs, taking turns with the baselines; the import as a whole process: " << 2 * kRuns - 1
       << " runs, taking turns with SQLite's tool; the full report: 3 runs, LibreOffice's conversion of it: one). "
          "Each section starts once what the ones before it wrote is on disk. A ratio divides the measured "
          "median by the baseline's or peer's median from the same run.\n\n";
    md << "| What | Measured | Baseline or peer | Ratio | Target | Met |\n|---|---|---|---|---|---|\n";
    for (const Row &row : std::as_const(rows))
        md << "| " << row.what << " | " << row.measured << " | " << row.baseline << " | "
           << (row.ratio ? QString::number(*row.ratio, 'f', 2) + QLatin1Char('x') : QStringLiteral("–")) << " | "
           << row.target << " | " << (row.met ? "yes" : "**no**") << " |\n";
    md << "\nThe large project has 50 goals, 500 indicators, 50,000 measurements, 1,000 organisations and 2,000 "
          "activities (`rk-generate-project --size large`); medium is a tenth of that.\n";
    md << QString::fromUtf8(analysis);
    log << "written " << args.at(5) << '\n';
    return 0;
}
