// A process killed in the middle of a burst of edits leaves a sound file that holds
// every edit it had committed.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <csignal>

using namespace rk;

TEST_CASE("SIGKILL during a burst of edits loses nothing that was committed", "[crash]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("crash.routekaart"));
    test::createProject(path).reset();

    // Fifty kills, each after a different, random number of committed edits.
    QRandomGenerator random(4242);
    for (int round = 0; round < 50; ++round) {
        const int commitsBeforeKill = 1 + int(random.bounded(60));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--edit-burst"), path});
        REQUIRE(child.waitForStarted(10000));
        int lastCommitted = 0;
        QByteArray pending;
        QElapsedTimer timer;
        timer.start();
        // Let it commit a while (a different number of edits each round), then kill it mid-burst.
        while (lastCommitted < commitsBeforeKill && timer.elapsed() < 30000) {
            child.waitForReadyRead(1000);
            pending += child.readAllStandardOutput();
            const int lastNewline = pending.lastIndexOf('\n');
            if (lastNewline < 0)
                continue;
            const QList<QByteArray> lines = pending.left(lastNewline).split('\n');
            lastCommitted = lines.constLast().toInt();
            pending = pending.mid(lastNewline + 1);
        }
        REQUIRE(lastCommitted > 0);
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished(10000);

        Database check;
        REQUIRE(check.open(path, Database::Mode::ReadWrite)); // a hot journal is rolled back here
        REQUIRE(check.queryText(QStringLiteral("PRAGMA integrity_check")) == QLatin1String("ok"));
        check.close();

        const OpenResult reopened = ProjectOpener::open(path);
        INFO("round " << round << ": " << reopened.message.toStdString());
        REQUIRE(reopened.ok());
        REQUIRE_FALSE(reopened.document->isReadOnly()); // the dead process's lock is taken over
        const QString notes = reopened.document->chapter(ChapterId::Verkenning).notes;
        REQUIRE(notes.startsWith(QLatin1String("edit ")));
        REQUIRE(notes.mid(5).toInt() >= lastCommitted);
    }
}

TEST_CASE("A second instance opens a file another process holds read-only and says who", "[crash][lock]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("twee.routekaart"));
    test::createProject(path).reset();
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), path});
    REQUIRE(child.waitForStarted(10000));
    REQUIRE(child.waitForReadyRead(60000)); // it holds the project now (slow under sanitizers)
    const OpenResult second = ProjectOpener::open(path);
    REQUIRE(second.ok());
    CHECK(second.document->readOnlyReason() == ReadOnlyReason::Locked);
    CHECK(second.document->readOnlyMessage().contains(QHostInfo::localHostName()));
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished(10000);
}

TEST_CASE("A file another program is writing to right now gets a 'busy' message, not 'damaged'", "[crash][lock]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("bezet.routekaart"));
    test::createProject(path).reset();
    // Another program in the middle of a write: it holds SQLite's exclusive lock.
    sqlite3 *writer = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &writer) == SQLITE_OK);
    REQUIRE(sqlite3_exec(writer, "BEGIN EXCLUSIVE; UPDATE project_meta SET value = value;", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    const OpenResult busy = ProjectOpener::open(path);
    CHECK_FALSE(busy.ok());
    CHECK(busy.problem == FileProblem::Busy);
    CHECK(busy.message.contains(QLatin1String("bezet")));
    CHECK_FALSE(busy.message.contains(QLatin1String("beschadigd")));
    sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(writer);
    // Once the other program is done, the file opens as usual.
    const OpenResult later = ProjectOpener::open(path);
    CHECK(later.ok());
}
