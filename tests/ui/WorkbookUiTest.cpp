// The chapter workbooks in the window: every page's questions, checklist and tables,
// the dashboard, search (Ctrl+F) and the guidance (F1), offscreen.

#include "TestSupport.h"

#include "core/ProjectDocument.h"
#include "core/ProjectOpener.h"
#include "core/guidance/Guidance.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/progress/IndicatorPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/workbook/AnswerEditor.h"
#include "ui/workbook/ChapterPage.h"
#include "ui/workbook/ChecklistModel.h"
#include "ui/workbook/DashboardPage.h"
#include "ui/workbook/GoalsPanel.h"
#include "ui/workbook/GuidancePanel.h"
#include "ui/workbook/QuestionsPanel.h"
#include "ui/workbook/SearchDialog.h"

#include <QSortFilterProxyModel>

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rk;

namespace {
const GuidanceLibrary &dutch()
{
    return GuidanceLibrary::forLanguage(QStringLiteral("nl"));
}
} // namespace

TEST_CASE("Every chapter page offers its questions, checklist and tables, and stores edits", "[ui][workbook]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("leeg.routekaart"));
    test::createProject(path).reset();
    {
        MainWindow window;
        window.show();
        REQUIRE(window.openProject(path));
        for (const ChapterInfo &info : chapterInfos()) {
            window.showChapter(info.id);
            ChapterPage *page = window.chapterPage();
            REQUIRE(page->chapter() == info.id);
            const ChapterGuidance &guidance = dutch().chapter(info.id);
            // Tabs: questions, checklist (when the chapter has one), each table, notes.
            const int expectedTabs = 2 + (guidance.checklists.isEmpty() ? 0 : 1) +
                                     int(tablesOfChapter(info.id).size()) +
                                     (info.id == ChapterId::MonitorenEvalueren ? 2 : 0) + // the progress overview, the rounds
                                     (info.id == ChapterId::PlanVanAanpak ? 1 : 0) +      // the year at a glance
                                     (info.id == ChapterId::SterkNetwerk ? 1 : 0) +       // the network overview
                                     (info.id == ChapterId::Commitment ? 1 : 0) +         // who contributes what
                                     (info.id == ChapterId::OndersteunenActiveren ? 1 : 0); // what works
            CHECK(page->tabs()->count() == expectedTabs);
            CHECK_FALSE(page->guidancePanel()->toPlainText().isEmpty());

            // Answer the first question by typing.
            const QString firstKey = guidance.questions.constFirst().key;
            page->showLocation({WorkbookLocation::Kind::Question, info.id, firstKey, {}, {}, -1});
            AnswerEditor *editor = page->questionsPanel()->editorFor(firstKey);
            REQUIRE(editor);
            QTest::keyClicks(editor, QStringLiteral("Antwoord %1").arg(info.number));
            REQUIRE(page->commitPendingEdits());

            // Answer the first checklist item through the model, as the delegate does.
            if (page->checklistView()) {
                const QString itemKey = guidance.checklists.constFirst().items.constFirst().key;
                auto *model = static_cast<ChecklistModel *>(page->checklistView()->model());
                REQUIRE(model->setData(model->indexOfItem(itemKey, ChecklistModel::AnswerColumn), 2));
                REQUIRE(model->setData(model->indexOfItem(itemKey, ChecklistModel::CommentColumn),
                                       QStringLiteral("deels klaar")));
            }
            // Add a row to each table with the Insert action and fill its first cell.
            for (TableId table : tablesOfChapter(info.id)) {
                RecordTablePanel *panel =
                    table == TableId::Goal ? page->goalsPanel()->goals() : page->tablePanel(table);
                REQUIRE(panel);
                panel->addAction()->trigger();
                REQUIRE(panel->model()->rowCount() == 1);
                const QModelIndex first = panel->model()->index(0, 0);
                const FieldType type = tableSpec(table).fields.front().type;
                if (type != FieldType::Reference)
                    REQUIRE(panel->model()->setData(first, type == FieldType::Date ? QStringLiteral("2026-01-01")
                                                                                   : QStringLiteral("Eerste regel")));
            }
        }
        REQUIRE(window.closeProject());
    }
    OpenResult reopened = ProjectOpener::open(path);
    REQUIRE(reopened.ok());
    for (const ChapterInfo &info : chapterInfos()) {
        const ChapterGuidance &guidance = dutch().chapter(info.id);
        CHECK(reopened.document->answer(info.id, guidance.questions.constFirst().key) ==
              QStringLiteral("Antwoord %1").arg(info.number));
        if (!guidance.checklists.isEmpty()) {
            const ChecklistEntry entry =
                reopened.document->checklistEntry(info.id, guidance.checklists.constFirst().items.constFirst().key);
            CHECK(entry.answer == ChecklistAnswer::Partly);
            CHECK(entry.comment == QLatin1String("deels klaar"));
        }
        for (TableId table : tablesOfChapter(info.id))
            CHECK(reopened.document->records(table).size() == 1);
    }
}

TEST_CASE("Table rows are added, removed and restored with undo in the window", "[ui][workbook]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::OndersteunenActiveren);
    RecordTablePanel *panel = window.chapterPage()->tablePanel(TableId::Offer);
    const int before = panel->model()->rowCount();
    REQUIRE(before == 6);
    panel->view()->setCurrentIndex(panel->proxy()->index(1, 0));
    const QString removedName = panel->model()->index(1, 0).data().toString();
    panel->removeAction()->trigger();
    CHECK(panel->model()->rowCount() == before - 1);
    window.undoAction()->trigger();
    REQUIRE(panel->model()->rowCount() == before);
    CHECK(panel->model()->index(1, 0).data().toString() == removedName);
    // Choices show their label; an invalid value is refused and the cell keeps its value.
    CHECK(panel->model()->index(1, 1).data().toString() == QStringLiteral("Eén-op-één contact"));
    CHECK(panel->model()->index(1, 2).data().toString() == QLatin1String("Telefonisch"));
    CHECK_FALSE(panel->model()->setData(panel->model()->index(1, 5), QStringLiteral("veel")));
    CHECK(panel->model()->index(1, 5).data().toString() == QLatin1String("24"));
}

TEST_CASE("The dashboard shows the demo project's figures and leads to open items", "[ui][dashboard]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    REQUIRE(window.isDashboardShown());
    DashboardPage *dashboard = window.dashboardPage();
    CHECK(dashboard->summaryText().contains(QLatin1String("2 van de 9 hoofdstukken afgerond")));
    CHECK(dashboard->summaryText().contains(QLatin1String("38 van de 38 vragen beantwoord")));
    REQUIRE(dashboard->chapterList()->topLevelItemCount() == 9);
    CHECK(dashboard->chapterList()->topLevelItem(0)->text(1) == QLatin1String("Afgerond"));

    // The demo's open items are checklist points, and chapters where everything is answered
    // ask whether they are done; a checklist point leads to its row.
    QTreeWidget *open = dashboard->openItemList();
    REQUIRE(open->topLevelItemCount() > 0);
    QTreeWidgetItem *item = nullptr;
    QTreeWidgetItem *oldMeasurement = nullptr;
    QStringList suggestions, overdue;
    for (int g = 0; g < open->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = open->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            const QString text = group->child(c)->text(0);
            if (text.startsWith(QLatin1String("Checklist:"))) {
                if (!item)
                    item = group->child(c);
            } else if (text.startsWith(QLatin1String("Indicator Meldingen bij het meldpunt per maand: laatste meting "))) {
                oldMeasurement = group->child(c); // counted every month, last in December 2025
            } else if (text.startsWith(QLatin1String("Activiteit "))) {
                overdue.append(text);
            } else if (!text.startsWith(QLatin1String("Indicator "))) {
                CHECK(text.endsWith(QLatin1String("alles is beantwoord. Is het afgerond?")));
                suggestions.append(text);
            }
        }
    }
    // The demo's talks with residents of 45-65 ended in June 2026 and are still "Gepland".
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.constFirst().startsWith(QLatin1String("Activiteit Gesprekken met inwoners van 45-65 jaar: einddatum ")));
    CHECK(overdue.constFirst().endsWith(QLatin1String(" voorbij, status nog \"Gepland\"")));
    REQUIRE(oldMeasurement);
    CHECK(oldMeasurement->text(0).endsWith(QLatin1String("ouder dan een maand")));
    REQUIRE(item);
    Q_EMIT open->itemActivated(item, 0);
    CHECK_FALSE(window.isDashboardShown());
    ChapterPage *page = window.chapterPage();
    REQUIRE(page->checklistView());
    CHECK(page->tabs()->currentWidget() == page->checklistView());
    const QString key = page->checklistView()->currentIndex().data(ChecklistModel::ItemKeyRole).toString();
    CHECK(item->text(0).contains(dutch().chapter(page->chapter()).checklistItem(key)->text));

    // Answering it there takes it off the dashboard.
    auto openCount = [dashboard] {
        int count = 0;
        for (int i = 0; i < dashboard->openItemList()->topLevelItemCount(); ++i)
            count += dashboard->openItemList()->topLevelItem(i)->childCount();
        return count;
    };
    const int openBefore = openCount();
    auto *model = static_cast<ChecklistModel *>(page->checklistView()->model());
    REQUIRE(model->setData(model->indexOfItem(key), 1));
    QTest::qWait(10);
    window.showDashboard();
    CHECK(openCount() == openBefore - 1);

    // An old measurement leads to its indicator, whose verdict says the same. (The list is
    // made anew when the dashboard is shown: find the item again.)
    QTreeWidgetItem *toIndicator = nullptr;
    for (int g = 0; g < open->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = open->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            if (group->child(c)->text(0).startsWith(QLatin1String("Indicator Meldingen bij het meldpunt per maand")))
                toIndicator = group->child(c);
        }
    }
    REQUIRE(toIndicator);
    Q_EMIT open->itemActivated(toIndicator, 0);
    REQUIRE(window.indicatorPage()->isVisible());
    CHECK(window.indicatorPage()->verdictText().contains(QLatin1String("ouder dan een maand")));
}

TEST_CASE("Ctrl+F finds text and jumps to it", "[ui][search]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    SearchDialog *search = window.searchDialog();
    REQUIRE(search->isVisible());
    search->setQuery(QStringLiteral("telefooncirkel"));
    QTreeWidget *results = search->results();
    REQUIRE(results->topLevelItemCount() >= 2);
    // Find the hit in the table of local offer and go there.
    QTreeWidgetItem *tableHit = nullptr;
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        if (results->topLevelItem(i)->text(0).contains(QLatin1String("Lokaal aanbod")))
            tableHit = results->topLevelItem(i);
    }
    REQUIRE(tableHit);
    Q_EMIT results->itemActivated(tableHit, 0);
    ChapterPage *page = window.chapterPage();
    CHECK(page->chapter() == ChapterId::OndersteunenActiveren);
    RecordTablePanel *panel = page->tablePanel(TableId::Offer);
    CHECK(page->tabs()->currentWidget() == panel);
    CHECK(panel->view()->currentIndex().data().toString() == QLatin1String("Telefooncirkel"));

    search->setQuery(QStringLiteral("geen enkele treffer hier"));
    CHECK(results->topLevelItemCount() == 0);
}

TEST_CASE("F1 shows the guidance of the current chapter", "[ui][guidance]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::Preventie);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    GuidancePanel *guidance = window.chapterPage()->guidancePanel();
    CHECK(guidance->hasFocus());
    CHECK(guidance->toPlainText().contains(dutch().chapter(ChapterId::Preventie).tips.constFirst()));
}

TEST_CASE("Undo of an answer shows the question it changed", "[ui][undo]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::Preventie);
    ChapterPage *page = window.chapterPage();
    page->showLocation({WorkbookLocation::Kind::Question, ChapterId::Preventie, QStringLiteral("timing"), {}, {}, -1});
    AnswerEditor *editor = page->questionsPanel()->editorFor(QStringLiteral("timing"));
    const QString original = editor->toPlainText();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" En soms eerder."));
    REQUIRE(page->commitPendingEdits());
    window.showDashboard();
    window.undoAction()->trigger();
    CHECK(window.document()->answer(ChapterId::Preventie, QStringLiteral("timing")) == original);
    CHECK(editor->toPlainText() == original);
    CHECK(window.chapterPage()->chapter() == ChapterId::Preventie);
    CHECK_FALSE(window.isDashboardShown());
}

TEST_CASE("Another project opens with its tables at the first row and column", "[ui][tables]")
{
    test::Workspace workspace;
    MainWindow window;
    window.resize(700, 500);
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::Verkenning);
    RecordTablePanel *figures = window.chapterPage(ChapterId::Verkenning)->tablePanel(TableId::LocalFigure);
    REQUIRE(figures);
    window.chapterPage(ChapterId::Verkenning)->tabs()->setCurrentWidget(figures);
    QApplication::processEvents();
    QScrollBar *sideways = figures->view()->horizontalScrollBar();
    REQUIRE(sideways->maximum() > 0); // narrower than its columns: it can scroll sideways
    sideways->setValue(sideways->maximum());
    REQUIRE(sideways->value() > 0);

    test::Workspace second;
    REQUIRE(window.openProject(test::copyDemo(second)));
    window.showChapter(ChapterId::Verkenning);
    QApplication::processEvents();
    CHECK(sideways->value() == sideways->minimum());
}

TEST_CASE("Tab leaves every table at once; arrows move inside it", "[ui][keyboard]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    QApplication::setActiveWindow(&window);
    int tables = 0;
    for (const ChapterInfo &info : chapterInfos()) {
        window.showChapter(info.id);
        ChapterPage *page = window.chapterPage(info.id);
        for (QTableView *view : page->findChildren<QTableView *>()) {
            QWidget *tab = view;
            while (tab && page->tabs()->indexOf(tab) < 0)
                tab = tab->parentWidget();
            if (!tab)
                continue;
            page->tabs()->setCurrentWidget(tab);
            QApplication::processEvents();
            if (!view->isVisible() || view->model()->rowCount() < 2)
                continue;
            INFO(info.key << " " << view->accessibleName().toStdString());
            view->setFocus();
            view->setCurrentIndex(view->model()->index(0, 0));
            QTest::keyClick(view, Qt::Key_Down);
            CHECK(view->currentIndex().row() == 1); // arrows move inside
            QTest::keyClick(view, Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            CHECK((focus && focus != view && !view->isAncestorOf(focus)));
            ++tables;
        }
    }
    CHECK(tables >= 8);
}

TEST_CASE("The checklist is answered from its own tab by keyboard", "[ui][keyboard]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    const QString path = workspace.path(QStringLiteral("nieuw.routekaart"));
    test::createProject(path).reset();
    REQUIRE(window.openProject(path));
    QApplication::setActiveWindow(&window);
    window.showChapter(ChapterId::Verkenning);
    ChapterPage *page = window.chapterPage(ChapterId::Verkenning);
    QTreeView *view = page->findChild<QTreeView *>();
    REQUIRE(view);
    QWidget *tab = view;
    while (tab && page->tabs()->indexOf(tab) < 0)
        tab = tab->parentWidget();
    REQUIRE(tab);
    page->tabs()->setCurrentWidget(tab);
    QApplication::processEvents();
    QAbstractItemModel *model = view->model();
    const QModelIndex question = model->index(0, ChecklistModel::ItemColumn, model->index(0, 0));
    REQUIRE(question.isValid());
    const QString key = question.data(ChecklistModel::ItemKeyRole).toString();
    view->setFocus();
    view->setCurrentIndex(question);

    // F2 on the question opens the answer's editor.
    QTest::keyClick(view, Qt::Key_F2);
    QApplication::processEvents();
    auto *answer = view->findChild<QComboBox *>();
    REQUIRE(answer);
    answer->setCurrentIndex(int(ChecklistAnswer::Partly));
    QTest::keyClick(answer, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(window.document()->checklistEntry(ChapterId::Verkenning, key).answer == ChecklistAnswer::Partly);

    // Right reaches the comment; F2 edits it.
    view->setCurrentIndex(question);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(view->currentIndex().column() == ChecklistModel::CommentColumn);
    QTest::keyClick(view, Qt::Key_F2);
    QApplication::processEvents();
    auto *comment = view->findChild<QLineEdit *>();
    REQUIRE(comment);
    comment->setText(QStringLiteral("met de GGD besproken"));
    QTest::keyClick(comment, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(window.document()->checklistEntry(ChapterId::Verkenning, key).comment == QLatin1String("met de GGD besproken"));
}
