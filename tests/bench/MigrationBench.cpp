// rk-bench-migration FIXTURE_V1_SQL
// Times the step from schema 4 to 5 (free-text owners of activities become organisations)
// on files with 10,000, 50,000 and 100,000 activities, each with an owner of its own (the
// worst case: one organisation per activity). Prints a Markdown table: a step that takes
// time in proportion to the file shows a constant time per activity.

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace rk;

namespace {

bool makeVersion4(const QString &path, const QString &fixture, int activities)
{
    QFile sql(fixture);
    if (!sql.open(QIODevice::ReadOnly))
        return false;
    Database db;
    if (!db.open(path, Database::Mode::Create) || !db.exec(QString::fromUtf8(sql.readAll())) ||
        !schema::migrate(db, 1, 4))
        return false;
    Transaction transaction(db);
    Statement insert(db, QStringLiteral("INSERT INTO activity (id, position, title, owner, created_at, updated_at) "
                                        "VALUES (?1, ?2, 'Activiteit', ?3, '2026-01-01', '2026-01-01')"));
    for (int i = 0; i < activities; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')))
            .bind(2, i)
            .bind(3, QStringLiteral("Organisatie %1").arg(i));
        if (!insert.exec())
            return false;
    }
    return transaction.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        QTextStream(stderr) << "usage: rk-bench-migration FIXTURE_V1_SQL\n";
        return 64;
    }
    const QString fixture = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    out << "| Activities, each with its own owner | Migration 4 to 5 (median of 3) | Per activity |\n"
           "|---|---|---|\n";
    for (const int size : {10000, 50000, 100000}) {
        QList<double> runs;
        for (int run = 0; run < 3; ++run) {
            const QString path = dir.filePath(QStringLiteral("v4-%1-%2.routekaart").arg(size).arg(run));
            if (!makeVersion4(path, fixture, size)) {
                QTextStream(stderr) << "could not build the version 4 file\n";
                return 1;
            }
            Database db;
            db.open(path, Database::Mode::ReadWrite);
            db.configureDefensive();
            QElapsedTimer timer;
            timer.start();
            if (!schema::migrate(db, 4, 5)) {
                QTextStream(stderr) << "migration failed: " << db.errorMessage() << "\n";
                return 1;
            }
            runs.append(timer.nsecsElapsed() / 1e6);
        }
        std::sort(runs.begin(), runs.end());
        const double median = runs.at(1);
        out << "| " << size << " | " << QString::number(median, 'f', 0) << " ms | "
            << QString::number(median * 1000.0 / size, 'f', 1) << " µs |\n";
    }
    return 0;
}
