// `routekaart --verify` verdicts, through the function the command line calls.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectVerifier.h"
#include "storage/Schema.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace rk;

TEST_CASE("Verify says OK for a good project and changes nothing", "[verify]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("goed.routekaart"));
    test::createProject(path).reset();
    const QByteArray before = test::readAll(path);
    const VerifyOutcome outcome = verifyProjectFile(path);
    CHECK(outcome.exitCode == 0);
    CHECK(outcome.line ==
          QStringLiteral("OK: Gemeente Testdorp - Aanpak eenzaamheid, schema %1").arg(schema::kCurrentVersion));
    CHECK(test::readAll(path) == before);
    CHECK_FALSE(QFileInfo::exists(workspace.path(QStringLiteral(".goed.routekaart.lock"))));
}

TEST_CASE("Verify refuses bad files and says which would be read-only", "[verify]")
{
    test::Workspace workspace;
    SECTION("refused")
    {
        const QString path = workspace.path(QStringLiteral("tekst.routekaart"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("geen project");
        file.close();
        const VerifyOutcome outcome = verifyProjectFile(path);
        CHECK(outcome.exitCode == 2);
        CHECK(outcome.line.startsWith(QLatin1String("GEWEIGERD:")));
    }
    SECTION("held by another editor")
    {
        const QString path = workspace.path(QStringLiteral("open.routekaart"));
        auto holder = test::createProject(path);
        const VerifyOutcome outcome = verifyProjectFile(path);
        CHECK(outcome.exitCode == 2);
        CHECK(outcome.line.startsWith(QLatin1String("ALLEEN-LEZEN:")));
        CHECK(outcome.line.contains(QLatin1String("al geopend door")));
    }
    SECTION("newer version")
    {
        const QString path = workspace.path(QStringLiteral("nieuwer.routekaart"));
        test::createProject(path).reset();
        REQUIRE(test::runSql(path, QStringLiteral("PRAGMA user_version = %1").arg(schema::kCurrentVersion + 1)));
        const VerifyOutcome outcome = verifyProjectFile(path);
        CHECK(outcome.exitCode == 2);
        CHECK(outcome.line.contains(QLatin1String("nieuwere versie")));
    }
}
