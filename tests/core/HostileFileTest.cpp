// A project file from someone else is untrusted: what a crafted file, a fault or another
// local user could do, and what stops each. The crafted schemas themselves are in the
// broken-file corpus (tests/data/broken/); these are the cases that need more than a file.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "storage/ProjectStore.h"
#include "ProjectOpener.h"
#include "ProjectVerifier.h"
#include "cli/CommandLineTasks.h"
#include "desktop/SingleInstance.h"
#include "import/CsvReader.h"
#include "share/ShareCopy.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"
#include "storage/Schema.h"
#include "text/PrintableText.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <sys/stat.h>
#include <unistd.h>

using namespace rk;

namespace {

const QString kNow = QStringLiteral("2026-01-01T00:00:00.000Z");

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 0777);
}

QString makeVersion(const test::Workspace &workspace, const QString &name, int version)
{
    const QString path = workspace.path(name);
    REQUIRE(
        test::runSql(path, QString::fromUtf8(test::readAll(test::dataPath(QStringLiteral("fixtures/schema-v1.sql"))))));
    Database db;
    REQUIRE(db.open(path, Database::Mode::ReadWrite));
    REQUIRE(schema::migrate(db, 1, version));
    return path;
}

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QString activitySql(int n, const QString &owner)
{
    return QStringLiteral("INSERT INTO activity (id, position, title, owner, created_at, updated_at) "
                          "VALUES ('%1', %2, 'Activiteit %2', '%3', '%4', '%4');")
        .arg(uuid(n))
        .arg(n)
        .arg(owner, kNow);
}

QStringList partsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.part"), QStringLiteral("*.part-journal")},
                                  QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("Triggers and views never run on a project connection", "[hostile]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("t.routekaart"));
    test::createProject(path).reset();
    REQUIRE(test::runSql(path, QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON chapter_state "
                                              "BEGIN DELETE FROM project; END; "
                                              "CREATE VIEW everything AS SELECT * FROM project;")));
    Database db;
    REQUIRE(db.open(path, Database::Mode::ReadWrite));
    db.configureDefensive();
    REQUIRE(db.exec(QStringLiteral("UPDATE chapter_state SET notes = 'x'")));
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM project")) == 1);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM everything")) == -1);
}

TEST_CASE("A time budget stops a query that would run on and on", "[hostile]")
{
    Database db;
    REQUIRE(db.open(QString(), Database::Mode::Memory));
    db.configureDefensive();
    db.setTimeBudget(200);
    QElapsedTimer clock;
    clock.start();
    CHECK(db.queryInt(QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                                     "SELECT count(*) FROM n")) == -1);
    CHECK(db.wasOverBudget());
    CHECK(clock.elapsed() < 10000);
    db.setTimeBudget(-1);
    CHECK(db.queryInt(QStringLiteral("SELECT 42")) == 42);
}

TEST_CASE("A share copy or a new project never replaces a project that is open", "[hostile][share]")
{
    test::Workspace workspace;
    const QString held = workspace.path(QStringLiteral("open.routekaart"));
    auto open = test::createProject(held);
    REQUIRE(open->writeChapterNotes(ChapterId::Verkenning, QStringLiteral("werk van vandaag")));
    const QByteArray before = test::readAll(held);
    auto other = test::createProject(workspace.path(QStringLiteral("other.routekaart")));

    QString error;
    CHECK_FALSE(share::writeShareCopy(*other, held, false, &error));
    CHECK(error.contains(QLatin1String("geopend door")));
    CHECK(test::readAll(held) == before);
    CHECK(partsIn(workspace.dir()).isEmpty());

    const OpenResult created = ProjectOpener::create(held, test::sampleInfo(), true);
    CHECK_FALSE(created.ok());
    CHECK(test::readAll(held) == before);
    CHECK(open->writeChapterNotes(ChapterId::Verkenning, QStringLiteral("en nog steeds bewaard")));

    // A flow that picks the name itself takes a free one instead of overwriting.
    const QString first = share::freeCopyPath(*other, workspace.dir());
    REQUIRE(share::writeShareCopy(*other, first, false, &error));
    const QString second = share::freeCopyPath(*other, workspace.dir());
    CHECK(second != first);
    CHECK(second.endsWith(QLatin1String(" (2).routekaart")));
}

TEST_CASE("Copies and their parts are private, and parts left by a crash are removed", "[hostile][share]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("bron.routekaart")));
    // What a killed process would have left: a part with its pid (no such process runs).
    const QString leftover = workspace.path(QStringLiteral(".routekaart-part-999999999-abcDEF.part"));
    {
        QFile file(leftover);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("contact details of a stopped copy");
    }
    // One of a process that still runs (this one) stays.
    const QString running =
        workspace.path(QStringLiteral(".routekaart-part-%1-abcDEF.part").arg(QCoreApplication::applicationPid()));
    QFile(running).open(QIODevice::WriteOnly);

    const QString copy = workspace.path(QStringLiteral("kopie.routekaart"));
    QString error;
    REQUIRE(share::writeShareCopy(*document, copy, false, &error));
    CHECK(modeOf(copy) == 0600);
    CHECK_FALSE(QFileInfo::exists(leftover));
    CHECK(QFileInfo::exists(running));
    CHECK(partsIn(workspace.dir()) == QStringList{QFileInfo(running).fileName()});

    // The same for a new project, and for Save As.
    const QString created = workspace.path(QStringLiteral("nieuw.routekaart"));
    REQUIRE(ProjectOpener::create(created, test::sampleInfo()).ok());
    CHECK(modeOf(created) == 0600);
    REQUIRE(document->saveCopyAs(workspace.path(QStringLiteral("als.routekaart"))));
    CHECK(modeOf(workspace.path(QStringLiteral("als.routekaart"))) == 0600);
    CHECK(partsIn(workspace.dir()).size() == 1);
}

TEST_CASE("The old owner column never travels in a share copy", "[hostile][share][migration]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("p.routekaart"));
    test::createProject(path).reset();
    // A file migrated by an earlier version kept the free text in the column.
    REQUIRE(test::runSql(path, activitySql(1, QStringLiteral("Jan Jansen (06-11111111, jan@example.nl)"))));
    OpenResult opened = ProjectOpener::open(path);
    REQUIRE(opened.ok());
    const QString copy = workspace.path(QStringLiteral("kopie.routekaart"));
    QString error;
    REQUIRE(share::writeShareCopy(*opened.document, copy, true, &error));
    Database db;
    REQUIRE(db.open(copy, Database::Mode::ReadOnly));
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM activity")) == 1);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM activity WHERE owner <> ''")) == 0);
    const QByteArray bytes = test::readAll(copy);
    CHECK_FALSE(bytes.contains("06-11111111"));
}

TEST_CASE("The migration to version 5 links owners by name and clears the old text", "[hostile][migration]")
{
    test::Workspace workspace;
    const QString path = makeVersion(workspace, QStringLiteral("v4.routekaart"), 4);
    REQUIRE(test::runSql(path, activitySql(1, QStringLiteral("Wijkteam Noord")) +
                                   activitySql(2, QStringLiteral("  wijkteam   noord ")) +
                                   activitySql(3, QStringLiteral("GGD")) + activitySql(4, QString())));
    Database db;
    REQUIRE(db.open(path, Database::Mode::ReadWrite));
    REQUIRE(schema::migrate(db, 4, 5));
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM organisation")) == 2);
    CHECK(db.queryText(QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM organisation "
                                      "ORDER BY position)")) == QLatin1String("Wijkteam Noord|GGD"));
    CHECK(db.queryInt(QStringLiteral("SELECT count(DISTINCT owner_id) FROM activity WHERE position IN (1, 2)")) == 1);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM activity WHERE owner_id = ''")) == 1);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM activity WHERE owner <> ''")) == 0);
    QString detail;
    CHECK(schema::matchesVersion(db, 5, &detail));
}

TEST_CASE("Files of schema 3 and 4 verify and list without being changed", "[hostile][verify][migration]")
{
    test::Workspace workspace;
    for (const int version : {3, 4}) {
        const QString path = makeVersion(workspace, QStringLiteral("v%1.routekaart").arg(version), version);
        const QByteArray before = test::readAll(path);
        const VerifyOutcome verify = verifyProjectFile(path);
        INFO(verify.line.toStdString());
        CHECK(verify.exitCode == 0);
        CHECK(verify.line.contains(QStringLiteral("schema %1").arg(version)));
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        CHECK(listProjectTask(path, outStream, errStream) == 0);
        INFO(err.toStdString());
        CHECK(err.isEmpty());
        CHECK(test::readAll(path) == before);
        CHECK(QDir(workspace.dir()).entryList({QStringLiteral("*.v*.routekaart")}, QDir::Files).isEmpty());
    }
    // No copy of this process is left behind (the names carry the process id; tests running
    // beside this one may have copies of their own there).
    const QString scratch = privatefiles::scratchFolder();
    REQUIRE_FALSE(scratch.isEmpty());
    CHECK(QDir(scratch)
              .entryList({QStringLiteral("*%1-*").arg(QCoreApplication::applicationPid())}, QDir::Files | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("An old file in a read-only place is migrated in a private copy", "[hostile][migration][readonly]")
{
    test::Workspace workspace;
    QDir().mkpath(workspace.path(QStringLiteral("cd")));
    const QString path = makeVersion(workspace, QStringLiteral("cd/oud.routekaart"), 1);
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    QFile::setPermissions(workspace.path(QStringLiteral("cd")), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const QString scratch = privatefiles::scratchFolder();
    REQUIRE_FALSE(scratch.isEmpty());
    const QString leftover = QDir(scratch).filePath(QStringLiteral("opened-999999999-abcDEF.routekaart"));
    QFile(leftover).open(QIODevice::WriteOnly);

    const OpenResult result = ProjectOpener::open(path);
    REQUIRE(result.ok());
    CHECK(result.document->readOnlyReason() == ReadOnlyReason::MigratedCopy);
    const QString copy = result.document->store().database().path();
    CHECK(QFileInfo(copy).absolutePath() == scratch);
    CHECK(modeOf(copy) == 0600);
    CHECK(modeOf(scratch) == 0700);
    CHECK_FALSE(QFileInfo::exists(leftover));
}

TEST_CASE("Only regular files are read: a FIFO never blocks", "[hostile]")
{
    test::Workspace workspace;
    const QString fifo = workspace.path(QStringLiteral("pipe.routekaart"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QElapsedTimer clock;
    clock.start();
    const OpenResult result = ProjectOpener::open(fifo);
    CHECK_FALSE(result.ok());
    CHECK(result.problem == FileProblem::NotAFile);
    CHECK(result.message.contains(QLatin1String("geen gewoon bestand")));
    CHECK(verifyProjectFile(fifo).exitCode == 2);
    const CsvResult csv = readCsvFile(fifo);
    CHECK_FALSE(csv.ok);
    CHECK(csv.message.contains(QLatin1String("geen gewoon bestand")));
    CHECK(clock.elapsed() < 5000);
}

TEST_CASE("A journal left by a stopped write is explained on read-only paths, and played back on open",
          "[hostile][readonly]")
{
    test::Workspace workspace;
    const QString source = workspace.path(QStringLiteral("bron.routekaart"));
    auto document = test::createProject(source);
    REQUIRE(document->writeChapterNotes(ChapterId::Verkenning, QString(50000, QLatin1Char('a'))));
    document.reset();
    const QByteArray committed = test::readAll(source);

    // A transaction that has spilled into the file, caught as a kill would leave it: the
    // files copied while it is open have a hot journal and no process holding them.
    const QString path = workspace.path(QStringLiteral("gestopt.routekaart"));
    {
        Database writer;
        REQUIRE(writer.open(source, Database::Mode::ReadWrite));
        REQUIRE(writer.exec(QStringLiteral("PRAGMA cache_size = 1; BEGIN; "
                                           "UPDATE chapter_state SET notes = printf('%.60000c', 'b');")));
        REQUIRE(QFile::copy(source, path));
        REQUIRE(QFile::copy(source + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
        writer.exec(QStringLiteral("ROLLBACK"));
    }
    REQUIRE(test::readAll(path) != committed); // pages of the unfinished write are in it

    const VerifyOutcome verify = verifyProjectFile(path);
    INFO(verify.line.toStdString());
    CHECK(verify.exitCode == 2);
    CHECK(verify.line.contains(QLatin1String("werd nog geschreven")));
    CHECK_FALSE(verify.line.contains(QLatin1String("beschadigd")));
    OpenOptions readOnly;
    readOnly.readOnly = true;
    CHECK(ProjectOpener::open(path, readOnly).problem == FileProblem::UnfinishedWrite);

    const OpenResult opened = ProjectOpener::open(path);
    REQUIRE(opened.ok());
    CHECK(opened.document->chapter(ChapterId::Verkenning).notes == QString(50000, QLatin1Char('a')));
}

TEST_CASE("A project in a folder reached through a symbolic link opens as usual", "[hostile]")
{
    test::Workspace workspace;
    QDir().mkpath(workspace.path(QStringLiteral("echt")));
    test::createProject(workspace.path(QStringLiteral("echt/p.routekaart"))).reset();
    REQUIRE(QFile::link(workspace.path(QStringLiteral("echt")), workspace.path(QStringLiteral("Documenten"))));
    const OpenResult result = ProjectOpener::open(workspace.path(QStringLiteral("Documenten/p.routekaart")));
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    CHECK_FALSE(result.document->isReadOnly());
    CHECK(result.document->filePath() == QFileInfo(workspace.path(QStringLiteral("echt/p.routekaart"))).canonicalFilePath());
}

TEST_CASE("Names made from user text hold no control characters and fit the file system", "[hostile][share]")
{
    test::Workspace workspace;
    ProjectInfo info = test::sampleInfo();
    info.title = QStringLiteral("Plan\x1b[31m rood \u202Etxt.exe");
    auto document = test::createProject(workspace.path(QStringLiteral("a.routekaart")), info);
    const QString name = share::copyFileName(*document, QDate(2026, 12, 2));
    CHECK_FALSE(text::hasControlCharacters(name));
    CHECK(name.endsWith(QLatin1String(" - 2026-12-02.routekaart")));
    const VerifyOutcome verify = verifyProjectFile(document->filePath());
    CHECK_FALSE(text::hasControlCharacters(verify.line));

    info.title = QString(200, QChar(0x00E9)); // 400 bytes in UTF-8
    auto longTitle = test::createProject(workspace.path(QStringLiteral("b.routekaart")), info);
    const QString copy = share::freeCopyPath(*longTitle, workspace.dir());
    CHECK(QFileInfo(copy).fileName().toUtf8().size() <= 255);
    CHECK(copy.endsWith(QLatin1String(".routekaart")));
    QString error;
    CHECK(share::writeShareCopy(*longTitle, copy, false, &error));
    INFO(error.toStdString());
}

TEST_CASE("An e-mail address with a line break is refused", "[hostile][share]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("a.routekaart")));
    QString error;
    const QByteArray eml = share::buildEmlDraft(QStringLiteral("a@b.nl\r\nBcc: spion@example.nl"),
                                                QStringLiteral("Onderwerp"), QStringLiteral("Tekst"),
                                                document->filePath(), &error);
    CHECK(eml.isEmpty());
    CHECK(error.contains(QLatin1String("regeleinde")));
    CHECK_FALSE(share::buildEmlDraft(QStringLiteral("a@b.nl"), QStringLiteral("Onderwerp"), QStringLiteral("Tekst"),
                                     document->filePath(), &error)
                    .isEmpty());
}

TEST_CASE("The single-instance socket lives in a folder that is the user's own", "[hostile][instance]")
{
    const QString folder = SingleInstance::runtimeFolder();
    REQUIRE_FALSE(folder.isEmpty());
    CHECK(SingleInstance::defaultName().startsWith(folder + QLatin1Char('/')));
    CHECK((modeOf(folder) & 077) == 0);

    test::Workspace workspace;
    const QString real = workspace.path(QStringLiteral("real"));
    QDir().mkpath(real);
    const QString link = workspace.path(QStringLiteral("link"));
    REQUIRE(QFile::link(real, link));
    QString detail;
    CHECK_FALSE(privatefiles::ensurePrivateFolder(link, &detail));
    CHECK(privatefiles::ensurePrivateFolder(real, &detail));
    CHECK(modeOf(real) == 0700);
    if (::getuid() == 0) {
        // As root a folder can be given away: one of another user is never taken as ours.
        const QString foreign = workspace.path(QStringLiteral("foreign"));
        QDir().mkpath(foreign);
        REQUIRE(::chown(QFile::encodeName(foreign).constData(), 65534, 65534) == 0);
        CHECK_FALSE(privatefiles::ensurePrivateFolder(foreign, &detail));
    }
}

TEST_CASE("A full disk while taking the lock is called a full disk, not read-only", "[hostile][fault]")
{
    test::Workspace workspace;
    const QString source = workspace.path(QStringLiteral("p.routekaart"));
    test::createProject(source).reset();
    const QString disk = workspace.path(QStringLiteral("disk"));
    QDir().mkpath(disk);
    // A small file system of its own, filled up; only root may make one.
    if (::getuid() != 0 || QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                                        QStringLiteral("-o"), QStringLiteral("size=1m"),
                                                                        QStringLiteral("tmpfs"), disk}) != 0) {
        WARN("skipped: a small file system needs root and mount");
        return;
    }
    struct Unmount
    {
        QString path;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
    } unmount{disk};
    const QString path = disk + QStringLiteral("/p.routekaart");
    REQUIRE(QFile::copy(source, path));
    {
        QFile filler(disk + QStringLiteral("/filler"));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    const OpenResult result = ProjectOpener::open(path);
    REQUIRE(result.ok());
    CHECK(result.document->readOnlyReason() == ReadOnlyReason::NoSpace);
    CHECK(result.document->readOnlyMessage().contains(QLatin1String("schijf is vol")));
}

TEST_CASE("What the attack found after the first round stays fixed", "[hostile]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("p.routekaart"));
    test::createProject(path).reset();

    SECTION("a copy of a newer version is never called free of personal data")
    {
        REQUIRE(test::runSql(path, QStringLiteral("ALTER TABLE organisation ADD COLUMN contact_mobile TEXT; "
                                                  "PRAGMA user_version = 99;")));
        const OpenResult opened = ProjectOpener::open(path);
        REQUIRE(opened.ok());
        QString error;
        CHECK_FALSE(share::writeShareCopy(*opened.document, workspace.path(QStringLiteral("c.routekaart")), false,
                                          &error));
        CHECK(error.contains(QLatin1String("nieuwere versie")));
        CHECK(share::writeShareCopy(*opened.document, workspace.path(QStringLiteral("c.routekaart")), true, &error));
    }
    SECTION("a runtime folder that others may enter is refused, not changed")
    {
        const QString shared = workspace.path(QStringLiteral("shared"));
        QDir().mkpath(shared);
        REQUIRE(::chmod(QFile::encodeName(shared).constData(), 01777) == 0);
        CHECK_FALSE(privatefiles::ensurePrivateFolder(shared, nullptr, false));
        CHECK(modeOf(shared) == 0777);
    }
    SECTION("the e-mail draft is as private as the copy, and the copy's name keeps its date")
    {
        ProjectInfo info = test::sampleInfo();
        info.gemeente = QString(200, QChar(0x4E2D)); // 600 bytes in UTF-8
        test::createProject(workspace.path(QStringLiteral("lang.routekaart")), info).reset();
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const QString eml = workspace.path(QStringLiteral("concept.eml"));
        REQUIRE(writeEmlTask(workspace.path(QStringLiteral("lang.routekaart")), eml, QStringLiteral("a@b.nl"),
                             outStream, errStream) == 0);
        CHECK(modeOf(eml) == 0600);
        const QStringList copies = QDir(workspace.dir()).entryList({QStringLiteral("*-*-*.routekaart")}, QDir::Files);
        REQUIRE(copies.size() == 1);
        CHECK(copies.first().toUtf8().size() <= 200 + int(qstrlen(".routekaart")));
        CHECK(copies.first().endsWith(QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".routekaart")));
    }
    SECTION("paths in messages carry no escape sequences, and a folder is no CSV file")
    {
        const QString odd = workspace.path(QStringLiteral("a\x1b[31m\u202Eb.routekaart"));
        REQUIRE(QFile::copy(path, odd));
        REQUIRE(test::runSql(odd, QStringLiteral("CREATE TABLE extra (x)")));
        const OpenResult result = ProjectOpener::open(odd);
        CHECK_FALSE(result.ok());
        CHECK_FALSE(text::hasControlCharacters(result.message));
        const CsvResult csv = readCsvFile(workspace.dir());
        CHECK_FALSE(csv.ok);
        CHECK(csv.message.contains(QLatin1String("is een map")));
    }
}
