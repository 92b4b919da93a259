// Undo and redo through the edit functions reach the file, also across chapters.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "commands/Edits.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace rk;

namespace {
QString storedNotes(const QString &path, ChapterId chapter)
{
    OpenOptions options;
    options.inspectOnly = true;
    const OpenResult result = ProjectOpener::open(path, options);
    REQUIRE(result.ok());
    return result.document->chapter(chapter).notes;
}
} // namespace

TEST_CASE("Undo and redo replay edits in the file", "[undo]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("undo.routekaart"));
    auto document = test::createProject(path);
    QUndoStack *stack = document->undoStack();

    REQUIRE(edit::setChapterNotes(*document, ChapterId::Verkenning, QStringLiteral("a")));
    REQUIRE(edit::setChapterStatus(*document, ChapterId::Preventie, ChapterStatus::InProgress));
    REQUIRE(edit::setChapterNotes(*document, ChapterId::Commitment, QStringLiteral("c")));
    ProjectInfo info = document->project();
    info.title = QStringLiteral("Nieuwe titel");
    REQUIRE(edit::setProjectInfo(*document, info));
    CHECK(stack->count() == 4);

    stack->undo();
    CHECK(document->project().title == QLatin1String("Aanpak eenzaamheid"));
    stack->undo();
    CHECK(document->chapter(ChapterId::Commitment).notes.isEmpty());
    CHECK(storedNotes(path, ChapterId::Commitment).isEmpty());
    stack->undo();
    CHECK(document->chapter(ChapterId::Preventie).status == ChapterStatus::NotStarted);
    stack->redo();
    CHECK(document->chapter(ChapterId::Preventie).status == ChapterStatus::InProgress);
    stack->redo();
    CHECK(storedNotes(path, ChapterId::Commitment) == QLatin1String("c"));
    stack->redo();
    CHECK(document->project().title == QLatin1String("Nieuwe titel"));
    CHECK_FALSE(stack->canRedo());
}

TEST_CASE("Edits that change nothing are not pushed", "[undo]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("noop.routekaart")));
    CHECK(edit::setChapterNotes(*document, ChapterId::Verkenning, QString()));
    CHECK(edit::setChapterStatus(*document, ChapterId::Verkenning, ChapterStatus::NotStarted));
    CHECK(edit::setProjectInfo(*document, document->project()));
    CHECK(document->undoStack()->count() == 0);
}

TEST_CASE("Typing into one chapter merges into one undo step", "[undo]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("merge.routekaart")));
    REQUIRE(edit::setChapterNotes(*document, ChapterId::Verkenning, QStringLiteral("H")));
    REQUIRE(edit::setChapterNotes(*document, ChapterId::Verkenning, QStringLiteral("Ha")));
    REQUIRE(edit::setChapterNotes(*document, ChapterId::Verkenning, QStringLiteral("Hal")));
    CHECK(document->undoStack()->count() == 1);
    REQUIRE(edit::setChapterNotes(*document, ChapterId::Preventie, QStringLiteral("ander")));
    CHECK(document->undoStack()->count() == 2);
    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK(document->chapter(ChapterId::Verkenning).notes.isEmpty());

    // Typing back to the original text leaves no step at all.
    document->undoStack()->clear();
    REQUIRE(edit::setChapterNotes(*document, ChapterId::Commitment, QStringLiteral("x")));
    REQUIRE(edit::setChapterNotes(*document, ChapterId::Commitment, QString()));
    CHECK(document->undoStack()->count() == 0);
}

TEST_CASE("A failed edit pushes nothing and a failed undo keeps stack and file in step", "[undo][fault]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("fault.routekaart"));
    auto document = test::createProject(path);
    REQUIRE(edit::setChapterStatus(*document, ChapterId::Verkenning, ChapterStatus::Done));
    REQUIRE(edit::setChapterNotes(*document, ChapterId::Preventie, QString(120000, QLatin1Char('p'))));
    const qint64 pages = document->database().queryInt(QStringLiteral("PRAGMA page_count"));
    REQUIRE(document->database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    CHECK_FALSE(edit::setChapterNotes(*document, ChapterId::Commitment, QString(150000, QLatin1Char('c'))));
    CHECK(document->undoStack()->count() == 2);
    CHECK(document->chapter(ChapterId::Commitment).notes.isEmpty());

    // Read-only documents refuse through the same path.
    OpenOptions options;
    options.readOnly = true;
    const OpenResult other = ProjectOpener::open(workspace.path(QStringLiteral("fault.routekaart")), options);
    REQUIRE(other.ok());
    CHECK_FALSE(edit::setChapterStatus(*other.document, ChapterId::Verkenning, ChapterStatus::InProgress));
    CHECK(other.document->undoStack()->count() == 0);

    // Undo works as long as the write fits.
    document->undoStack()->undo();
    CHECK(document->chapter(ChapterId::Preventie).notes.isEmpty());
    document->undoStack()->undo();
    CHECK(document->chapter(ChapterId::Verkenning).status == ChapterStatus::NotStarted);
    CHECK(document->undoStack()->index() == 0);
}
