// Undo and redo through the edit functions reach the file, also across chapters.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "commands/ChangeValue.h"
#include "commands/Edits.h"
#include "records/Fields.h"
#include "storage/ProjectStore.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
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
    // Room for the history of a few more edits, not for 150,000 more characters.
    const qint64 pages = document->store().database().queryInt(QStringLiteral("PRAGMA page_count")) + 4;
    REQUIRE(document->store().database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

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

// The value-change template itself, with a field of its own (one project meta value that
// merges like typing) and through the edit functions built on it.
namespace {
struct MetaField
{
    using Key = QString;
    using Value = QString;
    static constexpr int mergeId = 1000;

    static std::optional<QString> read(const ProjectDocument &document, const QString &key)
    {
        return document.metaValue(key);
    }
    static bool write(ProjectDocument &document, const QString &key, const QString &value)
    {
        return document.writeMetaValue(key, value);
    }
    static QString text(const QString &key, const QString &) { return QStringLiteral("Meta %1").arg(key); }
};
using MetaCommand = ChangeValue<MetaField>;

const QString kMetaKey = QStringLiteral("test_value");

// Stands in for the merge window's clock during one test; the monotonic clock comes back after it.
struct FakeMergeClock
{
    qint64 now = 1000000;
    FakeMergeClock()
    {
        MergeClock::setSourceForTesting([this] { return now; });
    }
    ~FakeMergeClock() { MergeClock::setSourceForTesting({}); }
};
} // namespace

TEST_CASE("A value change whose write fails is obsolete and not on the stack", "[undo][changevalue]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("readonly.routekaart"));
    test::createProject(path).reset();
    OpenOptions options;
    options.readOnly = true;
    const OpenResult opened = ProjectOpener::open(path, options);
    REQUIRE(opened.ok());
    ProjectDocument &document = *opened.document;
    REQUIRE(document.isReadOnly());

    int failures = 0;
    QObject::connect(&document, &ProjectDocument::writeFailed, [&failures] { ++failures; });
    CHECK_FALSE(MetaCommand::push(document, kMetaKey, QStringLiteral("x")));
    CHECK(failures == 1);
    CHECK(document.undoStack()->count() == 0);
    CHECK(document.metaValue(kMetaKey).isEmpty());

    // The command itself: redo() that cannot write marks it obsolete, for the stack to drop.
    MetaCommand command(&document, kMetaKey, QString(), QStringLiteral("x"));
    CHECK_FALSE(command.isObsolete());
    command.redo();
    CHECK(command.isObsolete());

    // The same for the edit functions built on the template.
    CHECK_FALSE(edit::setAnswer(document, ChapterId::Verkenning, QStringLiteral("q1"), QStringLiteral("a")));
    CHECK_FALSE(edit::setChecklistEntry(document, ChapterId::Verkenning, QStringLiteral("c1"),
                                        {ChecklistAnswer::Yes, QString()}));
    CHECK(document.undoStack()->count() == 0);
}

TEST_CASE("A value change whose write failed does not merge into the step before it", "[undo][changevalue]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("failmerge.routekaart"));
    auto document = test::createProject(path);
    OpenOptions options;
    options.readOnly = true;
    const OpenResult readOnly = ProjectOpener::open(path, options);
    REQUIRE(readOnly.ok());

    FakeMergeClock clock;
    MetaCommand first(document.get(), kMetaKey, QString(), QStringLiteral("a"));
    first.redo();
    REQUIRE_FALSE(first.isObsolete());
    MetaCommand failed(readOnly.document.get(), kMetaKey, QStringLiteral("a"), QStringLiteral("ab"));
    failed.redo();
    REQUIRE(failed.isObsolete());
    CHECK_FALSE(first.mergeWith(&failed));
    CHECK(first.newValue() == QLatin1String("a"));
}

TEST_CASE("Value changes in one field merge within the merge window and not after it", "[undo][changevalue]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("window.routekaart")));
    QUndoStack *stack = document->undoStack();
    FakeMergeClock clock;

    REQUIRE(MetaCommand::push(*document, kMetaKey, QStringLiteral("a")));
    clock.now += kTypingMergeWindowMs; // at the edge of the window: still one step
    REQUIRE(MetaCommand::push(*document, kMetaKey, QStringLiteral("ab")));
    CHECK(stack->count() == 1);
    clock.now += kTypingMergeWindowMs; // the window runs from the last edit taken in
    REQUIRE(MetaCommand::push(*document, kMetaKey, QStringLiteral("abc")));
    CHECK(stack->count() == 1);
    clock.now += kTypingMergeWindowMs + 1; // past it: a step of its own
    REQUIRE(MetaCommand::push(*document, kMetaKey, QStringLiteral("abcd")));
    CHECK(stack->count() == 2);
    // Another field never merges, however quick.
    REQUIRE(MetaCommand::push(*document, QStringLiteral("other_value"), QStringLiteral("z")));
    CHECK(stack->count() == 3);

    stack->undo();
    stack->undo();
    CHECK(document->metaValue(kMetaKey) == QLatin1String("abc"));
    stack->undo();
    CHECK(document->metaValue(kMetaKey).isEmpty());
    stack->redo();
    CHECK(document->metaValue(kMetaKey) == QLatin1String("abc"));

    // The same window for answers typed through the edit functions.
    stack->clear();
    REQUIRE(edit::setAnswer(*document, ChapterId::Verkenning, QStringLiteral("q1"), QStringLiteral("J")));
    clock.now += 1000;
    REQUIRE(edit::setAnswer(*document, ChapterId::Verkenning, QStringLiteral("q1"), QStringLiteral("Ja")));
    CHECK(stack->count() == 1);
    REQUIRE(edit::setAnswer(*document, ChapterId::Verkenning, QStringLiteral("q2"), QStringLiteral("Nee")));
    CHECK(stack->count() == 2);
    clock.now += kTypingMergeWindowMs + 1;
    REQUIRE(edit::setAnswer(*document, ChapterId::Verkenning, QStringLiteral("q2"), QStringLiteral("Nee.")));
    CHECK(stack->count() == 3);

    // Checklist comments merge; a change of the answer itself is a step of its own.
    stack->clear();
    const QString item = QStringLiteral("c1");
    REQUIRE(edit::setChecklistEntry(*document, ChapterId::Preventie, item, {ChecklistAnswer::Yes, QString()}));
    REQUIRE(
        edit::setChecklistEntry(*document, ChapterId::Preventie, item, {ChecklistAnswer::Yes, QStringLiteral("o")}));
    REQUIRE(
        edit::setChecklistEntry(*document, ChapterId::Preventie, item, {ChecklistAnswer::Yes, QStringLiteral("ok")}));
    CHECK(stack->count() == 1);
    REQUIRE(
        edit::setChecklistEntry(*document, ChapterId::Preventie, item, {ChecklistAnswer::No, QStringLiteral("ok")}));
    CHECK(stack->count() == 2);
    stack->undo();
    CHECK(document->checklistEntry(ChapterId::Preventie, item) ==
          ChecklistEntry{ChecklistAnswer::Yes, QStringLiteral("ok")});
}

TEST_CASE("A value change that would change nothing pushes nothing", "[undo][changevalue]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("noop-template.routekaart")));
    QUndoStack *stack = document->undoStack();

    CHECK(MetaCommand::push(*document, kMetaKey, QString()));
    CHECK(edit::setAnswer(*document, ChapterId::Verkenning, QStringLiteral("q1"), QString()));
    CHECK(edit::setChecklistEntry(*document, ChapterId::Verkenning, QStringLiteral("c1"), ChecklistEntry{}));
    CHECK(stack->count() == 0);

    // A cell compares in normalised form: text with spaces around it is the same text.
    const QString id = edit::insertRecord(*document, TableId::LocalFigure, 0);
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(edit::setRecordField(*document, TableId::LocalFigure, id, 0, QStringLiteral("Noord")));
    CHECK(stack->count() == 2);
    CHECK(edit::setRecordField(*document, TableId::LocalFigure, id, 0, QStringLiteral("  Noord ")));
    CHECK(stack->count() == 2);
    // A row that is gone is refused, and nothing is pushed.
    CHECK_FALSE(
        edit::setRecordField(*document, TableId::LocalFigure, QStringLiteral("no-such-row"), 0, QStringLiteral("x")));
    CHECK(stack->count() == 2);

    // Typing back to where the step began removes the step.
    FakeMergeClock clock;
    REQUIRE(MetaCommand::push(*document, kMetaKey, QStringLiteral("a")));
    CHECK(stack->count() == 3);
    REQUIRE(MetaCommand::push(*document, kMetaKey, QString()));
    CHECK(stack->count() == 2);
    CHECK(document->metaValue(kMetaKey).isEmpty());
}

TEST_CASE("Value changes keep their undo texts", "[undo][changevalue]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("texts.routekaart")));
    QUndoStack *stack = document->undoStack();
    const auto lastText = [stack] { return stack->text(stack->count() - 1); };
    const QString chapter = chapterTitle(ChapterId::Verkenning);

    REQUIRE(edit::setChapterNotes(*document, ChapterId::Verkenning, QStringLiteral("n")));
    CHECK(lastText() ==
          QCoreApplication::translate("rk::ChapterNotesCommand", "Notities bij %1 wijzigen").arg(chapter));
    REQUIRE(edit::setChapterStatus(*document, ChapterId::Verkenning, ChapterStatus::Done));
    CHECK(lastText() == QCoreApplication::translate("rk::ChapterStatusCommand", "Status van %1 op \"%2\" zetten")
                            .arg(chapter, chapterStatusName(ChapterStatus::Done)));
    REQUIRE(edit::setAnswer(*document, ChapterId::Verkenning, QStringLiteral("q1"), QStringLiteral("a")));
    CHECK(lastText() == QCoreApplication::translate("rk::AnswerCommand", "Antwoord bij %1 wijzigen").arg(chapter));
    REQUIRE(edit::setChecklistEntry(*document, ChapterId::Verkenning, QStringLiteral("c1"),
                                    {ChecklistAnswer::Yes, QString()}));
    CHECK(lastText() ==
          QCoreApplication::translate("rk::ChecklistEntryCommand", "Checklist bij %1 invullen").arg(chapter));
    ProjectInfo info = document->project();
    info.gemeente = QStringLiteral("Elders");
    REQUIRE(edit::setProjectInfo(*document, info));
    CHECK(lastText() == QCoreApplication::translate("rk::ProjectInfoCommand", "Projectgegevens wijzigen"));
    const QString id = edit::insertRecord(*document, TableId::LocalFigure, 0);
    REQUIRE(edit::setRecordField(*document, TableId::LocalFigure, id, 0, QStringLiteral("Noord")));
    CHECK(lastText() == QCoreApplication::translate("rk::RecordCommands", "%1 wijzigen in %2")
                            .arg(fieldLabel(TableId::LocalFigure, 0), tableTitle(TableId::LocalFigure)));
}

TEST_CASE("No new step is taken while a step is undone or redone", "[undo]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("replay.routekaart")));
    const QString goal = edit::insertRecord(*document, TableId::Goal, 0);
    REQUIRE(
        edit::setRecordField(*document, TableId::Goal, goal, fieldIndex(GoalField::Title), QStringLiteral("Nieuw")));
    // A view that writes back what it still shows whenever the row changes (as a form's editor
    // did when focus moved during an undo).
    const auto connection = QObject::connect(document.get(), &ProjectDocument::recordChanged, document.get(), [&] {
        edit::setRecordField(*document, TableId::Goal, goal, fieldIndex(GoalField::Title), QStringLiteral("Nieuw"));
    });
    const int steps = document->undoStack()->count();
    edit::undo(*document);
    CHECK(field(*document->record(TableId::Goal, goal), GoalField::Title).toString().isEmpty());
    CHECK(document->undoStack()->count() == steps);
    CHECK(document->undoStack()->canRedo());
    edit::redo(*document);
    CHECK(field(*document->record(TableId::Goal, goal), GoalField::Title).toString() == QLatin1String("Nieuw"));
    QObject::disconnect(connection);
    CHECK_FALSE(document->isReplaying());
}
