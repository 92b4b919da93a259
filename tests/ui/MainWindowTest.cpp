// The window, offscreen: opens the demo project, reaches and edits every chapter,
// undoes, reopens, and shows read-only states and bad files with a message.

#include "TestSupport.h"

#include "core/Language.h"
#include "core/ProjectDocument.h"
#include "core/ProjectOpener.h"
#include "core/records/RecordTables.h"
#include "core/storage/ProjectStore.h"
#include "core/workbook/WorkbookLocation.h"
#include "ui/common/MarkdownEditor.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/ChapterListModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NoticeBar.h"
#include "ui/shell/ProjectInfoDialog.h"
#include "ui/shell/RecentFiles.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/WindowRegistry.h"
#include "ui/workbook/ChapterPage.h"
#include "ui/workbook/DashboardPage.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

using namespace rk;

namespace {
void showNotes(MainWindow &window)
{
    window.chapterPage()->showLocation(
        {WorkbookLocation::Kind::Notes, window.chapterPage()->chapter(), {}, {}, {}, -1});
}

void typeInto(MarkdownEditor *editor, const QString &text)
{
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, text);
}
} // namespace

TEST_CASE("The window opens the demo project on the dashboard", "[ui]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    CHECK(window.windowTitle().contains(QLatin1String("Gemeente Voorbeeldstad")));
    CHECK(window.windowTitle().contains(QLatin1String("Voorbeeldstad.routekaart")));
    CHECK_FALSE(window.windowTitle().contains(QLatin1String("alleen-lezen")));
    CHECK(window.isDashboardShown());
    CHECK(window.chapterPage(ChapterId::Verkenning)
              ->notesEditor()
              ->toPlainText()
              .contains(QLatin1String("Gezondheidsmonitor")));
    // The overview, then two parts with five and four chapters in the navigator.
    QAbstractItemModel *model = window.navigator()->model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->rowCount(model->index(0, 0)) == 0);
    CHECK(model->rowCount(model->index(1, 0)) == 5);
    CHECK(model->rowCount(model->index(2, 0)) == 4);
}

TEST_CASE("A project opened while the window was built is shown, or its problem told", "[ui]")
{
    test::Workspace workspace;
    const QString path = test::copyDemo(workspace);
    std::future<OpenResult> opening = ProjectOpener::openInBackground(path);
    MainWindow window;
    window.show();
    REQUIRE(window.showOpened(path, opening.get()));
    CHECK(window.isDashboardShown());
    CHECK(window.windowTitle().contains(QLatin1String("Gemeente Voorbeeldstad")));
    CHECK(recentFiles::list().constFirst() == QFileInfo(path).absoluteFilePath());
    window.showChapter(ChapterId::Preventie);
    QComboBox *status = window.chapterPage()->statusBox();
    status->setCurrentIndex((status->currentIndex() + 1) % 3);
    Q_EMIT status->activated(status->currentIndex());
    CHECK(window.undoAction()->isEnabled());

    const QString missing = workspace.path(QStringLiteral("weg.routekaart"));
    MainWindow other;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(other.showOpened(missing, ProjectOpener::openInBackground(missing).get()));
    CHECK(MessageBox::lastText().contains(QLatin1String("weg.routekaart")));
    CHECK(other.document() == nullptr);
}

TEST_CASE("Every chapter can be reached and edited, undone and reopened", "[ui]")
{
    test::Workspace workspace;
    const QString path = test::copyDemo(workspace);
    {
        MainWindow window;
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openProject(path));
        for (const ChapterInfo &info : chapterInfos()) {
            // Reach each next chapter with the keyboard (Ctrl+PgDown), starting from the dashboard.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
            REQUIRE_FALSE(window.isDashboardShown());
            REQUIRE(window.chapterPage()->chapter() == info.id);
            showNotes(window);
            typeInto(window.chapterPage()->notesEditor(), QStringLiteral(" Extra %1").arg(info.number));
            REQUIRE(window.chapterPage()->commitPendingEdits());
            QComboBox *status = window.chapterPage()->statusBox();
            status->setCurrentIndex((status->currentIndex() + 1) % 3);
            Q_EMIT status->activated(status->currentIndex());
        }
        ProjectDocument *document = window.document();
        for (const ChapterInfo &info : chapterInfos())
            CHECK(document->chapter(info.id).notes.contains(QStringLiteral("Extra %1").arg(info.number)));

        // Undo the last two edits (status and notes of chapter 9), while chapter 1 is shown.
        window.showChapter(ChapterId::Verkenning);
        const ChapterStatus before = document->chapter(ChapterId::OndersteunenActiveren).status;
        window.undoAction()->trigger();
        CHECK(document->chapter(ChapterId::OndersteunenActiveren).status != before);
        CHECK(window.chapterPage()->chapter() == ChapterId::OndersteunenActiveren);
        window.undoAction()->trigger();
        CHECK_FALSE(document->chapter(ChapterId::OndersteunenActiveren).notes.contains(QLatin1String("Extra 9")));
        CHECK_FALSE(window.chapterPage()->notesEditor()->toPlainText().contains(QLatin1String("Extra 9")));
        window.redoAction()->trigger();
        CHECK(window.chapterPage()->notesEditor()->toPlainText().contains(QLatin1String("Extra 9")));
        REQUIRE(window.closeProject());
    }
    MainWindow window;
    REQUIRE(window.openProject(path));
    for (const ChapterInfo &info : chapterInfos()) {
        window.showChapter(info.id);
        CHECK(window.chapterPage()->notesEditor()->toPlainText().contains(QStringLiteral("Extra %1").arg(info.number)));
    }
}

TEST_CASE("Ctrl+Z in the notes editor undoes through the project", "[ui]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::Preventie);
    showNotes(window);
    MarkdownEditor *editor = window.chapterPage()->notesEditor();
    const QString original = window.document()->chapter(ChapterId::Preventie).notes;
    typeInto(editor, QStringLiteral(" toegevoegd"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.document()->chapter(ChapterId::Preventie).notes == original);
    CHECK_FALSE(editor->toPlainText().contains(QLatin1String("toegevoegd")));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(editor->toPlainText().contains(QLatin1String("toegevoegd")));
}

TEST_CASE("Bold and lists from the toolbar are stored as Markdown", "[ui]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("opmaak.routekaart"));
    test::createProject(path).reset();
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openProject(path));
    window.showChapter(ChapterId::Verkenning);
    showNotes(window);
    MarkdownEditor *editor = window.chapterPage()->notesEditor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("belangrijk"));
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Return);
    editor->bulletListAction()->trigger();
    QTest::keyClicks(editor, QStringLiteral("punt"));
    REQUIRE(window.chapterPage()->commitPendingEdits());
    const QString stored = window.document()->chapter(ChapterId::Verkenning).notes;
    INFO(stored.toStdString());
    CHECK(stored.contains(QLatin1String("**belangrijk**")));
    CHECK(stored.contains(QLatin1String("- punt")));
}

TEST_CASE("HTML typed in a note stays text", "[ui]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("html.routekaart"));
    {
        auto document = test::createProject(path);
        REQUIRE(document->writeChapterNotes(ChapterId::Verkenning,
                                            QStringLiteral("<b>vet?</b> <img src=\"file:///etc/passwd\">")));
    }
    MainWindow window;
    REQUIRE(window.openProject(path));
    const QString shown = window.chapterPage()->notesEditor()->toPlainText();
    CHECK(shown.contains(QLatin1String("<b>vet?</b>")));
}

TEST_CASE("Read-only projects say why and offer Opslaan als", "[ui][readonly]")
{
    test::Workspace workspace;
    const QString path = test::copyDemo(workspace);
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path));
    CHECK(window.windowTitle().contains(QLatin1String("(alleen-lezen)")));
    CHECK(window.noticeBar()->text().contains(QLatin1String("Opslaan als")));
    CHECK(window.chapterPage()->notesEditor()->isReadOnly());
    CHECK_FALSE(window.chapterPage()->statusBox()->isEnabled());

    const QString copy = workspace.path(QStringLiteral("bewerkbaar.routekaart"));
    REQUIRE(window.files().saveAs(copy));
    CHECK_FALSE(window.document()->isReadOnly());
    CHECK(window.document()->filePath() == copy);
    CHECK_FALSE(window.chapterPage()->notesEditor()->isReadOnly());
}

TEST_CASE("A file held by another editor opens read-only in the window", "[ui][lock]")
{
    test::Workspace workspace;
    const QString path = test::copyDemo(workspace);
    // Another program (a colleague's, or this one started apart) holds the file.
    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), path});
    REQUIRE(holder.waitForStarted(10000));
    REQUIRE(holder.waitForReadyRead(60000));
    MainWindow window;
    REQUIRE(window.openProject(path));
    CHECK(window.document()->isReadOnly());
    CHECK(window.noticeBar()->text().contains(QLatin1String("al geopend door")));
    holder.kill();
    holder.waitForFinished(10000);
}

TEST_CASE("A bad file gets a message and the window stays usable", "[ui][broken]")
{
    test::Workspace workspace;
    const QString good = test::copyDemo(workspace);
    MainWindow window;
    REQUIRE(window.openProject(good));
    const QString bad = workspace.path(QStringLiteral("kapot.routekaart"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openProject(bad));
    CHECK(MessageBox::lastText().contains(QLatin1String("kapot.routekaart")));
    // The open project is still there and editable.
    REQUIRE(window.document() != nullptr);
    CHECK(window.document()->filePath() == good);
}

TEST_CASE("A failed edit shows why and keeps the typed text", "[ui][fault]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    const qint64 pages = document->store().database().queryInt(QStringLiteral("PRAGMA page_count"));
    REQUIRE(document->store().database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    window.showChapter(ChapterId::Commitment);
    MarkdownEditor *editor = window.chapterPage()->notesEditor();
    editor->setPlainText(QStringLiteral("zorg ").repeated(30000));
    CHECK_FALSE(window.chapterPage()->commitPendingEdits());
    CHECK(window.noticeBar()->text().contains(QLatin1String("schijf is vol")));
    CHECK(editor->toPlainText().size() >= 150000);
    CHECK_FALSE(document->chapter(ChapterId::Commitment).notes.contains(QLatin1String("zorg zorg")));
    // Closing asks before the unsaved text is dropped; answering No keeps the project open.
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(window.closeProject());
    CHECK(window.document() != nullptr);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(window.closeProject());
}

TEST_CASE("A new project starts from the dialog with a three-year horizon", "[ui]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("nieuw.routekaart"));
    MainWindow window;
    bool sawDefaults = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ProjectInfoDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        const ProjectInfo defaults = dialog->info();
        sawDefaults = defaults.horizonYears == 3 && defaults.startYear == QDate::currentDate().year();
        auto *gemeente = dialog->findChild<QLineEdit *>();
        REQUIRE(gemeente);
        gemeente->setText(QStringLiteral("Gemeente Ljouwert-Súd"));
        dialog->accept();
    });
    REQUIRE(window.files().create(path));
    CHECK(sawDefaults);
    CHECK(window.document()->project().gemeente == QStringLiteral("Gemeente Ljouwert-Súd"));
    CHECK(window.windowTitle().contains(QStringLiteral("Ljouwert-Súd")));
    CHECK(window.isDashboardShown());
}

TEST_CASE("A project title of the maximum length does not widen the window", "[ui][title]")
{
    test::Workspace workspace;
    struct Widths
    {
        int window = 0;
        int central = 0;
    };
    int number = 0;
    auto widthsWith = [&](const QString &gemeente, const QString &title) {
        ProjectInfo info = test::sampleInfo();
        info.gemeente = gemeente;
        info.title = title;
        const QString path = workspace.path(QStringLiteral("titel%1.routekaart").arg(++number));
        test::createProject(path, info).reset();
        MainWindow window;
        window.show();
        REQUIRE(window.openProject(path));
        QApplication::processEvents();
        REQUIRE(window.document()->project().title == title);
        // The whole title stays available: to a screen reader always, as a tooltip when shortened.
        const QList<QLabel *> labels = window.dashboardPage()->findChildren<QLabel *>();
        const bool shortened = title.size() == limits::kNameLength;
        CHECK(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
            return label->accessibleName().contains(title) &&
                   (!shortened || (label->toolTip().contains(title) && label->text().endsWith(QChar(0x2026))));
        }));
        return Widths{window.minimumSizeHint().width(), window.centralWidget()->minimumSizeHint().width()};
    };
    const Widths usual = widthsWith(test::sampleInfo().gemeente, test::sampleInfo().title);
    // The longest title the dialog allows: one unbreakable word, and long words with spaces.
    QString longWords;
    while (longWords.size() < limits::kNameLength)
        longWords += QStringLiteral("Eenzaamheidsbestrijdingsprogrammacoördinatiewerkgroep ");
    longWords = longWords.left(limits::kNameLength).trimmed();
    for (const auto &[gemeente, title] :
         {std::pair{test::sampleInfo().gemeente, QString(limits::kNameLength, QLatin1Char('W'))},
          std::pair{test::sampleInfo().gemeente, longWords},
          std::pair{QString(limits::kNameLength, QLatin1Char('M')), QString(limits::kNameLength, QLatin1Char('W'))}}) {
        INFO(title.left(20).toStdString() << "... " << usual.window << " " << usual.central);
        const Widths widths = widthsWith(gemeente, title);
        CHECK(widths.window <= 1366);
        CHECK(widths.central <= 1366);
        CHECK(widths.window <= usual.window + 8);
        CHECK(widths.central <= usual.central + 8);
    }
}

TEST_CASE("The project dialog refuses an empty gemeente", "[ui]")
{
    ProjectInfoDialog dialog(ProjectInfoDialog::Purpose::NewProject);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    dialog.findChild<QLineEdit *>()->setText(QStringLiteral("Gemeente X"));
    CHECK(ok->isEnabled());
}

TEST_CASE("Closing returns to the welcome page with the file in the recent list", "[ui]")
{
    test::Workspace workspace;
    const QString path = test::copyDemo(workspace);
    MainWindow window;
    REQUIRE(window.openProject(path));
    REQUIRE(window.closeProject());
    CHECK(window.document() == nullptr);
    CHECK(window.windowTitle().isEmpty());
    CHECK(recentFiles::list().constFirst() == QFileInfo(path).absoluteFilePath());
    // Opening it again from the recent list works; a vanished file is dropped from it.
    REQUIRE(window.openProject(recentFiles::list().constFirst()));
    REQUIRE(window.closeProject());
    QFile::remove(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openProject(path));
    CHECK_FALSE(recentFiles::list().contains(QFileInfo(path).absoluteFilePath()));
}

TEST_CASE("Files from outside open in a free window or a new one, never twice", "[ui][instance]")
{
    test::Workspace workspace;
    const QString first = test::copyDemo(workspace);
    const QString second = workspace.path(QStringLiteral("Tweede.routekaart"));
    REQUIRE(QFile::copy(first, second));
    QFile(second).setPermissions(QFile(second).permissions() | QFileDevice::WriteOwner);
    auto mainWindows = [] {
        QList<MainWindow *> windows;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
                windows.append(window);
        }
        return windows;
    };

    MainWindow window;
    window.show();
    // The first file goes to the window that has no project yet.
    WindowRegistry::openFromOutside({first}, &window);
    REQUIRE(window.document());
    CHECK(mainWindows().size() == 1);
    // The same file again (also by another spelling of its path) raises that window.
    WindowRegistry::openFromOutside({workspace.dir() + QStringLiteral("/./") + QFileInfo(first).fileName()}, &window);
    CHECK(mainWindows().size() == 1);
    CHECK_FALSE(window.document()->isReadOnly());
    // Another file gets a window of its own; the first window keeps its project.
    WindowRegistry::openFromOutside({second}, &window);
    const QList<MainWindow *> windows = mainWindows();
    REQUIRE(windows.size() == 2);
    MainWindow *other = windows.at(0) == &window ? windows.at(1) : windows.at(0);
    REQUIRE(other->document());
    CHECK(other->document()->filePath() == QFileInfo(second).absoluteFilePath());
    CHECK_FALSE(other->document()->isReadOnly());
    CHECK(window.document()->filePath() == QFileInfo(first).absoluteFilePath());
    CHECK(WindowRegistry::windowWithProject(second) == other);
    // Opening the second file from the first window's File menu goes to the other window.
    CHECK(window.openProject(second));
    CHECK(window.document()->filePath() == QFileInfo(first).absoluteFilePath());
    other->close(); // deletes itself
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(mainWindows().size() == 1);
}

TEST_CASE("Changing the language rebuilds the windows in it, with the project and place kept", "[ui][language]")
{
    test::Workspace workspace;
    const QString path = test::copyDemo(workspace);
    language::install(QStringLiteral("nl"));
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    REQUIRE(window->openProject(path));
    window->showChapter(ChapterId::Commitment);
    CHECK(window->menuBar()->actions().constFirst()->text() == QStringLiteral("&Bestand"));
    // An edit before the change, to undo after it.
    const ChapterStatus statusBefore = window->document()->chapter(ChapterId::Commitment).status;
    QComboBox *status = window->chapterPage()->statusBox();
    status->setCurrentIndex((status->currentIndex() + 1) % 3);
    Q_EMIT status->activated(status->currentIndex());
    REQUIRE(window->document()->chapter(ChapterId::Commitment).status != statusBefore);
    const ProjectDocument *document = window->document();
    CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1.234,5"));
    CHECK(QLocale().toString(QDate(2026, 11, 23), QLocale::ShortFormat) == QStringLiteral("23-11-2026"));

    // Money and dates as shown in the tables.
    const TableSpec &activities = tableSpec(TableId::Activity);
    const FieldSpec *budget = nullptr;
    const FieldSpec *start = nullptr;
    for (const FieldSpec &field : activities.fields) {
        if (QLatin1String(field.column) == QLatin1String("budget"))
            budget = &field;
        if (QLatin1String(field.column) == QLatin1String("start_date"))
            start = &field;
    }
    REQUIRE(budget);
    REQUIRE(start);
    CHECK(displayValue(*budget, 1234.5) == QStringLiteral("€\u00a01.234,50"));
    CHECK(displayValue(*start, QStringLiteral("2026-11-23")) == QStringLiteral("23-11-2026"));

    auto changeTo = [](const QString &lang) {
        SettingsDialog dialog;
        auto *choice = dialog.findChild<QComboBox *>();
        REQUIRE(choice);
        choice->setCurrentIndex(choice->findData(lang));
        dialog.accept();
        REQUIRE(dialog.languageChanged());
        WindowRegistry::rebuildAllWindows();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        MainWindow *shown = nullptr;
        int count = 0;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *candidate = qobject_cast<MainWindow *>(widget); candidate && candidate->isVisible()) {
                shown = candidate;
                ++count;
            }
        }
        REQUIRE(count == 1);
        return shown;
    };

    MainWindow *english = changeTo(QStringLiteral("en"));
    CHECK(english->menuBar()->actions().constFirst()->text() == QStringLiteral("&File"));
    REQUIRE(english->document());
    CHECK(english->document()->filePath() == QFileInfo(path).absoluteFilePath());
    CHECK_FALSE(english->document()->isReadOnly()); // the lock went along
    CHECK(english->document() == document);         // handed over, not opened again
    CHECK(english->chapterPage()->chapter() == ChapterId::Commitment);
    CHECK(english->chapterPage()->isVisible());
    // The undo history came along: the edit made in Dutch can be undone and redone.
    REQUIRE(english->undoAction()->isEnabled());
    english->undoAction()->trigger();
    CHECK(english->document()->chapter(ChapterId::Commitment).status == statusBefore);
    CHECK(english->chapterPage()->statusBox()->currentData().toInt() == int(statusBefore));
    english->redoAction()->trigger();
    CHECK(english->document()->chapter(ChapterId::Commitment).status != statusBefore);
    CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1,234.5"));
    CHECK(QLocale().toString(QDate(2026, 11, 23), QLocale::ShortFormat) == QStringLiteral("23/11/2026"));
    CHECK(displayValue(*budget, 1234.5) == QStringLiteral("€1,234.50"));
    CHECK(displayValue(*start, QStringLiteral("2026-11-23")) == QStringLiteral("23/11/2026"));

    MainWindow *dutch = changeTo(QStringLiteral("nl"));
    CHECK(dutch->menuBar()->actions().constFirst()->text() == QStringLiteral("&Bestand"));
    CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1.234,5"));
    dutch->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
