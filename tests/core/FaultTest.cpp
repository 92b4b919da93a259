// Writes that fail half-way (a full disk, simulated with a file size limit): a clear
// message, the original untouched, nothing partial left behind.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "commands/Edits.h"
#include "import/StatLine.h"
#include "share/ShareCopy.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace rk;

namespace {

std::unique_ptr<ProjectDocument> bigProject(const QString &path)
{
    auto document = test::createProject(path);
    for (const ChapterInfo &info : chapterInfos())
        REQUIRE(document->writeChapterNotes(info.id, QString(20000, QLatin1Char('a' + info.number))));
    return document;
}
} // namespace

TEST_CASE("A full disk during Save As leaves no partial copy", "[fault]")
{
    test::Workspace workspace;
    auto document = bigProject(workspace.path(QStringLiteral("bron.routekaart")));
    const QByteArray before = test::readAll(document->filePath());
    const QString copy = workspace.path(QStringLiteral("kopie.routekaart"));
    {
        test::FileSizeLimit limit(32 * 1024);
        CHECK_FALSE(document->saveCopyAs(copy));
    }
    CHECK(document->lastError().contains(QLatin1String("kon niet worden opgeslagen")));
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(test::readAll(document->filePath()) == before);
    CHECK(document->saveCopyAs(copy)); // and it works once there is room
}

TEST_CASE("A full disk during a share copy leaves nothing behind", "[fault][share]")
{
    test::Workspace workspace;
    auto document = bigProject(workspace.path(QStringLiteral("bron.routekaart")));
    const QByteArray before = test::readAll(document->filePath());
    const QString copy = workspace.path(QStringLiteral("gedeeld.routekaart"));
    QString error;
    {
        test::FileSizeLimit limit(32 * 1024);
        CHECK_FALSE(share::writeShareCopy(*document, copy, false, &error));
    }
    CHECK(error.contains(QLatin1String("genoeg ruimte")));
    const QStringList left = QDir(workspace.dir()).entryList(QDir::Files | QDir::Hidden);
    CHECK(left.filter(QStringLiteral("gedeeld")).isEmpty());
    CHECK(test::readAll(document->filePath()) == before);
}

TEST_CASE("A full disk during an edit keeps the file as it was", "[fault]")
{
    test::Workspace workspace;
    auto document = bigProject(workspace.path(QStringLiteral("bron.routekaart")));
    const QByteArray before = test::readAll(document->filePath());
    {
        // The journal cannot be written: the edit fails before it touches the file.
        test::FileSizeLimit limit(1024);
        CHECK_FALSE(document->writeChapterNotes(ChapterId::Preventie, QString(30000, QLatin1Char('z'))));
    }
    CHECK_FALSE(document->lastError().isEmpty());
    CHECK(test::readAll(document->filePath()) == before);
    document.reset();
    const OpenResult reopened = ProjectOpener::open(workspace.path(QStringLiteral("bron.routekaart")));
    REQUIRE(reopened.ok());
    CHECK(reopened.document->chapter(ChapterId::Preventie).notes.startsWith(QLatin1Char('a' + 7)));
}

TEST_CASE("A full disk during a StatLine import leaves the project as it was", "[fault][statline]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("monitor.routekaart")));
    const QString goalId = edit::insertRecord(*document, TableId::Goal, 0, emptyRecord(TableId::Goal));
    REQUIRE_FALSE(goalId.isEmpty());
    const QString path = test::dataPath(QStringLiteral("statline/50120NED_voorbeeldstad.csv"));
    const StatLineCatalogue catalogue = readStatLineCatalogue(path);
    StatLineSelection selection;
    selection.region = QStringLiteral("GM9001");
    selection.compareRegions = {QStringLiteral("NL01")};
    selection.topics = {QStringLiteral("Eenzaam"), QStringLiteral("SociaalEenzaam")};
    selection.ageGroup = QStringLiteral("20300");
    StatLinePlan plan =
        planStatLineImport(*document, catalogue, selection, readStatLineFigures(path, catalogue, selection), goalId);
    REQUIRE(plan.problem.isEmpty());
    const QByteArray before = test::readAll(document->filePath());
    {
        // The file may not grow: the rows are written part-way, then the transaction fails.
        test::FileSizeLimit limit(before.size());
        CHECK_FALSE(edit::applyChanges(*document, std::move(plan.changes), QStringLiteral("Cijfers inlezen")));
    }
    CHECK_FALSE(document->lastError().isEmpty());
    CHECK(document->records(TableId::Indicator).isEmpty());
    CHECK(document->records(TableId::Comparison).isEmpty());
    CHECK(test::readAll(document->filePath()) == before);
    document.reset();
    const OpenResult reopened = ProjectOpener::open(workspace.path(QStringLiteral("monitor.routekaart")));
    REQUIRE(reopened.ok());
    CHECK(reopened.document->records(TableId::Goal).size() == 1);
    CHECK(reopened.document->records(TableId::Measurement).isEmpty());
}
