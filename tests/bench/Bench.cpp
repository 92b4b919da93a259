// rk-bench BUILD_DIR DEMO LARGE MEDIUM OUT.md
// Runs every benchmark at least five times and writes a Markdown table. Each figure is a
// ratio against a baseline measured in the same run, so a busy machine shows as a slower
// baseline too, not as a slower app.

#include "core/ProjectDocument.h"
#include "core/ProjectOpener.h"
#include "core/commands/Edits.h"
#include "core/import/CsvReader.h"
#include "core/import/MeasurementImport.h"
#include "ui/report/ReportRenderer.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>

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

struct Row
{
    QString what;
    QString measured;
    QString baseline;
    double ratio;
    QString target;
    bool met;
};

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 0);
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
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        QTextStream(stderr) << "usage: rk-bench BUILD_DIR DEMO LARGE MEDIUM OUT.md\n";
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

    // 1. Startup with the demo project against a bare window.
    {
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
        rows.append({QStringLiteral("Startup to first paint, demo project"), ms(median(appRuns)),
                     ms(median(bareRuns)) + QStringLiteral(" (bare QMainWindow") + label + QLatin1Char(')'), ratio,
                     QStringLiteral("≤ 1.5x"), ratio <= 1.5});
        log << "startup done\n";
    }
    // 2. Opening the medium and large projects to the painted dashboard.
    {
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
            rows.append({QStringLiteral("Open %1 project to dashboard painted").arg(name),
                         QStringLiteral("%1 in the app, %2 MB peak").arg(ms(median(open))).arg(median(peak), 0, 'f', 0),
                         ms(median(bareRuns)) + QStringLiteral(" (bare window; whole process: ") + ms(median(wall)) +
                             QLatin1Char(')'),
                         ratio, QStringLiteral("< 300 ms, < 150 MB"), median(open) < 300 && median(peak) < 150});
        }
        log << "open done\n";
    }
    // 3. One committed edit through the undo command path, against a bare SQLite UPDATE.
    {
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
    // 4. Reports: the full report of the large project, the short one of the demo.
    {
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
        for (const auto &[name, file, kind, limit] :
             {std::tuple<QString, QString, ReportOptions::Kind, double>{
                  QStringLiteral("Full PDF report, large project"), large, ReportOptions::Kind::Full, 5000},
              {QStringLiteral("Short PDF report, demo project"), demo, ReportOptions::Kind::Short, 1000}}) {
            OpenOptions options;
            options.readOnly = true;
            OpenResult opened = ProjectOpener::open(file, options);
            QList<double> runs;
            ReportOptions report;
            report.kind = kind;
            for (int i = 0; i < (kind == ReportOptions::Kind::Full ? 3 : kRuns); ++i) {
                QElapsedTimer timer;
                timer.start();
                QString error;
                ReportRenderer::exportPdf(*opened.document, report, work.filePath(QStringLiteral("r.pdf")), &error);
                runs.append(timer.nsecsElapsed() / 1e6);
            }
            const double ratio = median(runs) / median(empty);
            rows.append({name, ms(median(runs)), ms(median(empty)) + QStringLiteral(" (one-page PDF)"), ratio,
                         QStringLiteral("< %1 s").arg(limit / 1000), median(runs) < limit});
        }
        log << "reports done\n";
    }
    // 5. Import of a 100,000-line measurements CSV.
    {
        const QString csv = work.filePath(QStringLiteral("metingen.csv"));
        {
            QFile file(csv);
            file.open(QIODevice::WriteOnly);
            QByteArray data = "datum;waarde;bron\n";
            for (int i = 0; i < 100000; ++i)
                data += QDate(1800, 1, 1).addDays(i).toString(QStringLiteral("dd-MM-yyyy")).toLatin1() + ';' +
                        QByteArray::number(i % 1000) + ",5;Registratie\n";
            file.write(data);
        }
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
        const double ratio = median(imports) / median(reads);
        rows.append({QStringLiteral("Import 100,000-line CSV of measurements"), ms(median(imports)),
                     ms(median(reads)) + QStringLiteral(" (read and split the file)"), ratio, QStringLiteral("< 1 s"),
                     median(imports) > 0 && median(imports) < 1000});
        log << "import done\n";
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
    QFile out(args.at(5));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QTextStream md(&out);
    md << "# Benchmarks\n\n";
    md << "Written by `tests/bench/run-benchmarks.sh` on " << QDateTime::currentDateTime().toString(Qt::ISODate)
       << ". Machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
       << QThread::idealThreadCount() << " cores; build type Release; Qt " << qVersion() << ", SQLite "
       << sqlite3_libversion() << ". Medians of at least " << kRuns << " runs (startup: " << 3 * kRuns
       << " runs, taking turns with the baselines; the full report of the large project: 3 runs). Each ratio "
          "divides the measured median by the baseline's median from the same run.\n\n";
    md << "| What | Measured | Baseline | Ratio | Target | Met |\n|---|---|---|---|---|---|\n";
    for (const Row &row : std::as_const(rows))
        md << "| " << row.what << " | " << row.measured << " | " << row.baseline << " | "
           << QString::number(row.ratio, 'f', 2) << "x | " << row.target << " | " << (row.met ? "yes" : "**no**")
           << " |\n";
    md << "\nThe large project has 50 goals, 500 indicators, 50,000 measurements, 1,000 organisations and 2,000 "
          "activities (`rk-generate-project --size large`); medium is a tenth of that.\n";
    md << QString::fromUtf8(analysis);
    log << "written " << args.at(5) << '\n';
    return 0;
}
