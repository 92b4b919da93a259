// Creating, reopening, identity, read-only states and the lock of project files.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "storage/ProjectStore.h"
#include "ProjectLock.h"
#include "ProjectOpener.h"
#include "commands/Edits.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QRegularExpression>
#include <QThread>
#include <QUndoStack>

using namespace rk;

TEST_CASE("A new project holds every field and all chapters after reopening", "[project]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("nieuw.routekaart"));
    {
        auto document = test::createProject(path);
        CHECK(document->project().gemeente == QLatin1String("Gemeente Testdorp"));
        CHECK(document->project().endYear() == 2028);
        for (const ChapterInfo &info : chapterInfos()) {
            CHECK(document->chapter(info.id).status == ChapterStatus::NotStarted);
            CHECK(document->chapter(info.id).notes.isEmpty());
        }
        ProjectInfo changed = document->project();
        changed.gemeente = QStringLiteral("Gemeente Ändere-Naam");
        changed.title = QStringLiteral("Titel met \"aanhalingstekens\" en 'quotes'");
        changed.startYear = 2030;
        changed.horizonYears = 5;
        REQUIRE(document->writeProjectInfo(changed));
        int n = 0;
        for (const ChapterInfo &info : chapterInfos()) {
            REQUIRE(document->writeChapterNotes(
                info.id, QStringLiteral("**Hoofdstuk %1**\n\n- één\n- twee <b>geen html</b>\n").arg(info.number)));
            REQUIRE(document->writeChapterStatus(info.id, static_cast<ChapterStatus>(n++ % 3)));
        }
        REQUIRE(document->writeMetaValue(QStringLiteral("test_key"), QStringLiteral("waarde")));
    }
    const OpenResult reopened = ProjectOpener::open(path);
    REQUIRE(reopened.ok());
    const ProjectDocument &document = *reopened.document;
    CHECK(document.project().gemeente == QStringLiteral("Gemeente Ändere-Naam"));
    CHECK(document.project().title == QStringLiteral("Titel met \"aanhalingstekens\" en 'quotes'"));
    CHECK(document.project().startYear == 2030);
    CHECK(document.project().horizonYears == 5);
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(document.project().id).hasMatch());
    CHECK(QDateTime::fromString(document.project().createdAt, Qt::ISODateWithMs).isValid());
    CHECK(document.project().updatedAt >= document.project().createdAt);
    int n = 0;
    for (const ChapterInfo &info : chapterInfos()) {
        const ChapterState &state = document.chapter(info.id);
        CHECK(state.notes == QStringLiteral("**Hoofdstuk %1**\n\n- één\n- twee <b>geen html</b>\n").arg(info.number));
        CHECK(state.status == static_cast<ChapterStatus>(n++ % 3));
        CHECK(state.id.size() == 36);
    }
    CHECK(document.metaValue(QStringLiteral("test_key")) == QLatin1String("waarde"));
    CHECK(document.schemaVersion() == schema::kCurrentVersion);
}

TEST_CASE("Rows are read in the order of their position, whatever the order stored", "[project]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("volgorde.routekaart"));
    {
        auto document = test::createProject(path);
        for (const char *name : {"Eerste", "Tweede", "Derde", "Vierde"}) {
            Record goal = emptyRecord(TableId::Goal);
            goal.values[0] = QString::fromLatin1(name);
            REQUIRE_FALSE(edit::insertRecord(*document, TableId::Goal, int(document->records(TableId::Goal).size()),
                                             goal)
                              .isEmpty());
        }
    }
    auto names = [&path] {
        OpenResult opened = ProjectOpener::open(path);
        REQUIRE(opened.ok());
        QStringList list;
        for (const Record &goal : opened.document->records(TableId::Goal))
            list.append(goal.values.at(0).toString());
        return list;
    };
    CHECK(names().join(u',') == QStringLiteral("Eerste,Tweede,Derde,Vierde"));
    // Stored last to first (as a file written elsewhere may be), and two rows sharing a
    // position: the one made first comes first.
    REQUIRE(test::runSql(path, QStringLiteral("UPDATE goal SET position = 3 - position;"
                                              "UPDATE goal SET position = 0, created_at = '2020-01-02T00:00:00.000Z' "
                                              "WHERE title = 'Tweede';"
                                              "UPDATE goal SET created_at = '2020-01-01T00:00:00.000Z' "
                                              "WHERE title = 'Vierde';")));
    CHECK(names().join(u',') == QStringLiteral("Vierde,Tweede,Derde,Eerste"));
}

TEST_CASE("A project file carries our identity and a rollback journal", "[project]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("id.routekaart"));
    test::createProject(path).reset();
    Database db;
    REQUIRE(db.open(path, Database::Mode::ReadOnly));
    CHECK(db.queryInt(QStringLiteral("PRAGMA application_id")) == schema::kApplicationId);
    CHECK(db.queryInt(QStringLiteral("PRAGMA user_version")) == schema::kCurrentVersion);
    CHECK(db.queryText(QStringLiteral("PRAGMA journal_mode")) == QLatin1String("delete"));
    CHECK(db.queryText(QStringLiteral("PRAGMA integrity_check")) == QLatin1String("ok"));
    // Nothing else beside the file once it is closed: no journal, no WAL, no lock.
    db.close();
    const QStringList entries = QDir(workspace.dir()).entryList(QDir::Files | QDir::Hidden);
    CHECK(entries == QStringList{QStringLiteral("id.routekaart")});
}

TEST_CASE("Creating never overwrites unless asked, and replaces only when complete", "[project]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("bestaand.routekaart"));
    test::createProject(path).reset();
    const QByteArray before = test::readAll(path);
    const OpenResult refused = ProjectOpener::create(path, test::sampleInfo());
    CHECK(refused.problem == FileProblem::AlreadyExists);
    CHECK(test::readAll(path) == before);

    ProjectInfo other = test::sampleInfo();
    other.gemeente = QStringLiteral("Gemeente Nieuw");
    const OpenResult replaced = ProjectOpener::create(path, other, true);
    REQUIRE(replaced.ok());
    CHECK(replaced.document->project().gemeente == QLatin1String("Gemeente Nieuw"));

    const OpenResult inMissingFolder =
        ProjectOpener::create(workspace.path(QStringLiteral("bestaat/niet/x.routekaart")), test::sampleInfo());
    CHECK(inMissingFolder.problem == FileProblem::CannotCreate);
    CHECK_FALSE(inMissingFolder.message.isEmpty());
}

TEST_CASE("A second opener gets the project read-only and learns who holds it", "[project][lock]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("gedeeld.routekaart"));
    auto first = test::createProject(path);
    CHECK_FALSE(first->isReadOnly());
    CHECK(QFileInfo::exists(ProjectLock::lockPathFor(path)));

    const OpenResult second = ProjectOpener::open(path);
    REQUIRE(second.ok());
    CHECK(second.document->isReadOnly());
    CHECK(second.document->readOnlyReason() == ReadOnlyReason::Locked);
    const QString message = second.document->readOnlyMessage();
    CHECK(message.contains(QHostInfo::localHostName()));
    CHECK(message.contains(QLatin1String("sinds")));
    // The read-only copy refuses edits and the file keeps the first editor's work.
    CHECK_FALSE(second.document->writeChapterNotes(ChapterId::Preventie, QStringLiteral("poging")));
    CHECK(second.document->lastError().contains(QLatin1String("alleen-lezen")));
    REQUIRE(first->writeChapterNotes(ChapterId::Preventie, QStringLiteral("eerste")));

    // When the first editor closes, the lock goes and the next open can edit.
    first.reset();
    CHECK_FALSE(QFileInfo::exists(ProjectLock::lockPathFor(path)));
    const OpenResult third = ProjectOpener::open(path);
    REQUIRE(third.ok());
    CHECK_FALSE(third.document->isReadOnly());
    CHECK(third.document->chapter(ChapterId::Preventie).notes == QLatin1String("eerste"));
}

TEST_CASE("A project opened on a worker thread belongs to the caller and keeps its lock", "[project][lock]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("achtergrond.routekaart"));
    test::createProject(path).reset();

    OpenResult opened = ProjectOpener::openInBackground(path).get();
    REQUIRE(opened.ok());
    ProjectDocument &document = *opened.document;
    CHECK(document.thread() == QThread::currentThread());
    CHECK(document.undoStack()->thread() == QThread::currentThread());
    CHECK_FALSE(document.isReadOnly());
    CHECK(QFileInfo::exists(ProjectLock::lockPathFor(path)));
    // Signals reach receivers of this thread at once, and undo works as for any project.
    int changed = 0;
    QObject receiver;
    QObject::connect(&document, &ProjectDocument::chapterChanged, &receiver, [&changed] { ++changed; });
    REQUIRE(edit::setChapterStatus(document, ChapterId::Preventie, ChapterStatus::InProgress));
    CHECK(changed == 1);
    document.undoStack()->undo();
    CHECK(document.chapter(ChapterId::Preventie).status == ChapterStatus::NotStarted);
    // A second opener sees the lock that the worker thread took.
    const OpenResult second = ProjectOpener::open(path);
    REQUIRE(second.ok());
    CHECK(second.document->readOnlyReason() == ReadOnlyReason::Locked);

    const OpenResult missing = ProjectOpener::openInBackground(workspace.path(QStringLiteral("weg.routekaart"))).get();
    CHECK_FALSE(missing.ok());
    CHECK(missing.problem == FileProblem::NotFound);
}

TEST_CASE("A stale lock of a process that is gone is taken over", "[project][lock]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("oud.routekaart"));
    test::createProject(path).reset();
    QFile lock(ProjectLock::lockPathFor(path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    // pid 2^22+1 is above Linux's default pid_max and so not a running process.
    lock.write(QByteArrayLiteral("4194305\nroutekaart\n") + QHostInfo::localHostName().toUtf8() + "\n");
    lock.close();
    const OpenResult result = ProjectOpener::open(path);
    REQUIRE(result.ok());
    CHECK_FALSE(result.document->isReadOnly());
}

TEST_CASE("Files in read-only places open read-only and can be saved elsewhere", "[project][readonly]")
{
    test::Workspace workspace;
    const QString folder = workspace.path(QStringLiteral("alleenlezen"));
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/project.routekaart");
    {
        auto document = test::createProject(path);
        REQUIRE(document->writeChapterNotes(ChapterId::Verkenning, QStringLiteral("bewaard")));
    }
    const QByteArray before = test::readAll(path);

    SECTION("read-only folder")
    {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    SECTION("read-only file")
    {
        QFile::setPermissions(path, QFileDevice::ReadOwner);
    }
    const OpenResult result = ProjectOpener::open(path);
    REQUIRE(result.ok());
    CHECK(result.document->readOnlyReason() == ReadOnlyReason::NotWritable);
    CHECK(result.document->readOnlyMessage().contains(QLatin1String("Opslaan als")));
    CHECK(result.document->chapter(ChapterId::Verkenning).notes == QLatin1String("bewaard"));
    CHECK_FALSE(result.document->writeChapterStatus(ChapterId::Verkenning, ChapterStatus::Done));
    CHECK_FALSE(QFileInfo::exists(ProjectLock::lockPathFor(path)));

    const QString copy = workspace.path(QStringLiteral("kopie.routekaart"));
    REQUIRE(result.document->saveCopyAs(copy));
    const OpenResult copied = ProjectOpener::open(copy);
    REQUIRE(copied.ok());
    CHECK_FALSE(copied.document->isReadOnly());
    CHECK(copied.document->chapter(ChapterId::Verkenning).notes == QLatin1String("bewaard"));
    CHECK(test::readAll(path) == before);
}

TEST_CASE("Asking for read-only is honoured", "[project][readonly]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("lezen.routekaart"));
    test::createProject(path).reset();
    OpenOptions options;
    options.readOnly = true;
    const OpenResult result = ProjectOpener::open(path, options);
    REQUIRE(result.ok());
    CHECK(result.document->readOnlyReason() == ReadOnlyReason::Requested);
}

TEST_CASE("A full disk fails the edit and leaves the file as it was", "[project][fault]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("vol.routekaart"));
    auto document = test::createProject(path);
    REQUIRE(document->writeChapterNotes(ChapterId::Verkenning, QStringLiteral("voor de volle schijf")));
    const qint64 pages = document->store().database().queryInt(QStringLiteral("PRAGMA page_count"));
    REQUIRE(document->store().database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    const QByteArray before = test::readAll(path);

    QString reported;
    QObject::connect(document.get(), &ProjectDocument::writeFailed, [&](const QString &m) { reported = m; });
    const QString big = QString(150000, QLatin1Char('x'));
    CHECK_FALSE(document->writeChapterNotes(ChapterId::Preventie, big));
    CHECK(reported.contains(QLatin1String("schijf is vol")));
    CHECK(document->chapter(ChapterId::Preventie).notes.isEmpty());
    CHECK(test::readAll(path) == before);

    // Small edits that fit still work, and the failed one left nothing behind.
    CHECK(document->writeChapterStatus(ChapterId::Preventie, ChapterStatus::InProgress));
    document.reset();
    const OpenResult reopened = ProjectOpener::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.document->chapter(ChapterId::Preventie).notes.isEmpty());
    CHECK(reopened.document->chapter(ChapterId::Preventie).status == ChapterStatus::InProgress);
    CHECK(reopened.document->chapter(ChapterId::Verkenning).notes == QLatin1String("voor de volle schijf"));
}

TEST_CASE("Values beyond the limits are refused before they reach the file", "[project]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("grens.routekaart")));
    CHECK_FALSE(
        document->writeChapterNotes(ChapterId::Verkenning, QString(limits::kNotesLength + 1, QLatin1Char('a'))));
    CHECK(document->lastError().contains(QLatin1String("te lang")));
    ProjectInfo info = document->project();
    info.gemeente.clear();
    CHECK_FALSE(document->writeProjectInfo(info));
    info = document->project();
    info.startYear = 1850;
    CHECK_FALSE(document->writeProjectInfo(info));
    CHECK(document->project().startYear == 2026);
}

TEST_CASE("Save as writes a clean single-file copy and never overwrites", "[project]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("bron.routekaart")));
    REQUIRE(document->writeChapterNotes(ChapterId::Commitment, QStringLiteral("afspraken")));
    const QString copy = workspace.path(QStringLiteral("kopie.routekaart"));
    REQUIRE(document->saveCopyAs(copy));
    CHECK_FALSE(document->saveCopyAs(copy));
    CHECK(document->lastError().contains(QLatin1String("bestaat al")));
    CHECK_FALSE(document->saveCopyAs(workspace.path(QStringLiteral("geen/map/kopie.routekaart"))));
    const OpenResult opened = ProjectOpener::open(copy);
    REQUIRE(opened.ok());
    CHECK(opened.document->chapter(ChapterId::Commitment).notes == QLatin1String("afspraken"));
    CHECK(opened.document->project().id == document->project().id);
}
