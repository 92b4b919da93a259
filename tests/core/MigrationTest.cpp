// Files of an older schema are moved forward one step at a time, after a backup.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "storage/ProjectStore.h"
#include "ProjectOpener.h"
#include "ProjectVerifier.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace rk;

namespace {
QString makeVersion1(const test::Workspace &workspace, const QString &name)
{
    const QString path = workspace.path(name);
    REQUIRE(
        test::runSql(path, QString::fromUtf8(test::readAll(test::dataPath(QStringLiteral("fixtures/schema-v1.sql"))))));
    return path;
}
} // namespace

TEST_CASE("The version 1 fixture is exactly a version 1 file", "[migration]")
{
    test::Workspace workspace;
    const QString path = makeVersion1(workspace, QStringLiteral("v1.routekaart"));
    Database db;
    REQUIRE(db.open(path, Database::Mode::ReadOnly));
    QString detail;
    CHECK(schema::matchesVersion(db, 1, &detail));
    INFO(detail.toStdString());
    CHECK_FALSE(schema::matchesVersion(db, 2, &detail));
}

TEST_CASE("Opening a version 1 file migrates it after writing a backup", "[migration]")
{
    test::Workspace workspace;
    const QString path = makeVersion1(workspace, QStringLiteral("Oudstad.routekaart"));
    const QByteArray original = test::readAll(path);

    const VerifyOutcome verify = verifyProjectFile(path);
    CHECK(verify.exitCode == 0);
    CHECK(verify.line.contains(QLatin1String("schema 1")));
    CHECK(test::readAll(path) == original); // --verify changes nothing

    const OpenResult result = ProjectOpener::open(path);
    INFO(result.message.toStdString() << result.detail.toStdString());
    REQUIRE(result.ok());
    CHECK_FALSE(result.document->isReadOnly());
    CHECK(result.document->schemaVersion() == schema::kCurrentVersion);
    CHECK(result.document->project().gemeente == QLatin1String("Gemeente Oudstad"));
    CHECK(result.document->chapter(ChapterId::Verkenning).notes == QLatin1String("Cijfers van de **GGD** verzameld."));
    CHECK(result.document->chapter(ChapterId::Verkenning).status == ChapterStatus::Done);
    CHECK(result.document->chapter(ChapterId::Preventie).notes == QLatin1String("- rouw\n- pensioen"));
    CHECK(result.document->metaValue(QStringLiteral("schema_history")) == QLatin1String("1"));
    // The workbook of version 3 is there and empty: every question shows unanswered.
    CHECK(result.document->answer(ChapterId::Verkenning, QStringLiteral("probleem")).isEmpty());
    CHECK(result.document->checklistEntry(ChapterId::Verkenning, QStringLiteral("k1a")).answer ==
          ChecklistAnswer::Unanswered);
    CHECK(result.document->records(TableId::Persona).isEmpty());
    CHECK(result.document->writeAnswer(ChapterId::Verkenning, QStringLiteral("probleem"), QStringLiteral("groot")));
    REQUIRE(result.notices.size() == 1);
    CHECK(result.notices.constFirst().contains(QLatin1String("Oudstad.v1.routekaart")));

    const QString backup = workspace.path(QStringLiteral("Oudstad.v1.routekaart"));
    CHECK(test::readAll(backup) == original);
    // The migrated file now matches the current schema exactly and stays editable.
    CHECK(result.document->writeChapterNotes(ChapterId::Commitment, QStringLiteral("na migratie")));
    Database db;
    REQUIRE(db.open(path, Database::Mode::ReadOnly));
    QString detail;
    CHECK(schema::matchesVersion(db, schema::kCurrentVersion, &detail));
    CHECK(db.queryInt(QStringLiteral("PRAGMA user_version")) == schema::kCurrentVersion);
}

TEST_CASE("A second backup does not overwrite the first", "[migration]")
{
    test::Workspace workspace;
    const QString path = makeVersion1(workspace, QStringLiteral("p.routekaart"));
    QFile::copy(path, workspace.path(QStringLiteral("p.v1.routekaart")));
    CHECK(ProjectOpener::backupPathFor(path, 1) == workspace.path(QStringLiteral("p.v1 (2).routekaart")));
}

TEST_CASE("An old file in a read-only place is shown as a migrated copy", "[migration][readonly]")
{
    test::Workspace workspace;
    const QString folder = workspace.path(QStringLiteral("cd"));
    QDir().mkpath(folder);
    const QString path = makeVersion1(workspace, QStringLiteral("cd/oud.routekaart"));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const QByteArray original = test::readAll(path);
    QString temporary;
    {
        const OpenResult result = ProjectOpener::open(path);
        REQUIRE(result.ok());
        CHECK(result.document->readOnlyReason() == ReadOnlyReason::MigratedCopy);
        CHECK(result.document->project().title == QLatin1String("Eerste plan"));
        temporary = result.document->store().database().path();
        CHECK(temporary != path);
        CHECK(QFileInfo::exists(temporary));
    }
    CHECK_FALSE(QFileInfo::exists(temporary));
    CHECK(test::readAll(path) == original);
}

TEST_CASE("A migration step that fails leaves the file at its old version", "[migration][fault]")
{
    test::Workspace workspace;
    const QString path = makeVersion1(workspace, QStringLiteral("fail.routekaart"));
    // A table named like the one the step creates makes the step fail half-way.
    Database db;
    REQUIRE(db.open(path, Database::Mode::ReadWrite));
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE project_meta (x)")));
    CHECK_FALSE(schema::migrate(db, 1, 2));
    CHECK(db.queryInt(QStringLiteral("PRAGMA user_version")) == 1);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM chapter_state")) == 9);
}

TEST_CASE("The compiled-in schema digests are those of the versions built in memory", "[migration][schema]")
{
    for (int version = schema::kFirstVersion; version <= schema::kCurrentVersion; ++version) {
        const QByteArray built = schema::digestOfVersion(version);
        INFO("version " << version << ": the digest to list is " << built.toStdString());
        REQUIRE(built.size() == 64);
        CHECK(schema::knownDigest(version).toStdString() == built.toStdString());
    }
    CHECK(schema::knownDigest(schema::kCurrentVersion + 1).isEmpty());
    CHECK(schema::digestOfVersion(schema::kCurrentVersion + 1).isEmpty());
}

TEST_CASE("A file that differs from the known schema is still told apart exactly", "[migration][schema]")
{
    test::Workspace workspace;
    const QString path = makeVersion1(workspace, QStringLiteral("v1.routekaart"));
    {
        Database db;
        REQUIRE(db.open(path, Database::Mode::ReadWrite));
        // Same names, one extra column: only the exact comparison can name it.
        REQUIRE(db.exec(QStringLiteral("ALTER TABLE project ADD COLUMN extra TEXT")));
    }
    Database db;
    REQUIRE(db.open(path, Database::Mode::ReadOnly));
    QString detail;
    CHECK_FALSE(schema::matchesVersion(db, 1, &detail));
    CHECK(detail == QLatin1String("table project differs"));
}
