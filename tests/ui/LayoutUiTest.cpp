// What a policy officer on a small screen sees: windows and dialogs that fit, a print
// preview with the PDF's pages, and a chapter status that follows the work.

#include "TestSupport.h"

#include "core/ProjectDocument.h"
#include "core/guidance/Guidance.h"
#include "core/records/Fields.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/common/WindowSize.h"
#include "ui/progress/IndicatorPage.h"
#include "ui/network/OrganisationImportDialog.h"
#include "ui/progress/MeasurementImportDialog.h"
#include "ui/report/ReportDialog.h"
#include "ui/share/ShareDialog.h"
#include "ui/shell/ChapterListModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProjectInfoDialog.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/workbook/ChapterPage.h"
#include "ui/workbook/SearchDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace rk;

namespace {

// The pages of a PDF that QPdfWriter wrote: its page objects.
int pdfPageCount(const QString &path)
{
    const QByteArray pdf = test::readAll(path);
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// The areas that windows may use on the screens policy officers have: 1366x768 at 100%,
// 1920x1080 at 150% (1280x720 in device-independent pixels) and 1366x768 at 150%
// (910x512), less a task bar.
const QList<QRect> kScreens{QRect(0, 0, 1366, 728), QRect(0, 0, 1280, 680), QRect(0, 0, 910, 472)};

void checkFits(QWidget *window, const QString &what)
{
    INFO(what.toStdString());
    window->ensurePolished();
    // As opened, within the screen the tests run on.
    const QRect usable = usableScreenArea(window);
    CHECK(window->width() <= usable.width());
    CHECK(window->height() <= usable.height());
    for (const QRect &area : kScreens) {
        INFO("screen " << area.width() << "x" << area.height());
        const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
        CHECK(minimum.width() <= area.width());
        CHECK(minimum.height() <= area.height());
        resizeToFit(window, QSize(4000, 3000), area);
        CHECK(window->width() <= area.width());
        CHECK(window->height() <= area.height());
    }
}

} // namespace

TEST_CASE("Every window and dialog fits a 1366x768 screen and 150% scaling", "[ui][layout]")
{
    test::Workspace workspace;
    MainWindow window;
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    QString indicator;
    for (const Record &record : document->records(TableId::Indicator))
        indicator = record.id;
    REQUIRE_FALSE(indicator.isEmpty());

    checkFits(&window, QStringLiteral("main window"));
    std::vector<std::pair<QString, std::unique_ptr<QWidget>>> dialogs;
    dialogs.emplace_back(QStringLiteral("report"), std::make_unique<ReportDialog>(document, &window));
    dialogs.emplace_back(QStringLiteral("measurement import"),
                         std::make_unique<MeasurementImportDialog>(document, indicator, &window));
    dialogs.emplace_back(QStringLiteral("organisation import"),
                         std::make_unique<OrganisationImportDialog>(document, &window));
    dialogs.emplace_back(QStringLiteral("search"), std::make_unique<SearchDialog>(&window));
    dialogs.emplace_back(QStringLiteral("share copy"), std::make_unique<ShareDialog>(document, false, &window));
    dialogs.emplace_back(QStringLiteral("share by mail"), std::make_unique<ShareDialog>(document, true, &window));
    dialogs.emplace_back(QStringLiteral("settings"), std::make_unique<SettingsDialog>(&window));
    dialogs.emplace_back(QStringLiteral("new project"),
                         std::make_unique<ProjectInfoDialog>(ProjectInfoDialog::Purpose::NewProject, &window));
    dialogs.emplace_back(QStringLiteral("project details"),
                         std::make_unique<ProjectInfoDialog>(ProjectInfoDialog::Purpose::EditProject, &window));
    for (auto &[name, dialog] : dialogs)
        checkFits(dialog.get(), name);
}

TEST_CASE("The print preview has the saved PDF's pages, with zoom", "[ui][report]")
{
    test::Workspace workspace;
    MainWindow window;
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ReportDialog dialog(window.document(), &window);
    dialog.show();
    QTest::qWait(50);
    QPrintPreviewWidget *preview = dialog.preview();
    preview->updatePreview();
    const QString shortPdf = workspace.path(QStringLiteral("kort.pdf"));
    REQUIRE(dialog.savePdf(shortPdf));
    CHECK(pdfPageCount(shortPdf) >= 2);
    CHECK(dialog.previewPageCount() == pdfPageCount(shortPdf));

    const qreal zoom = preview->zoomFactor();
    QTest::keySequence(&dialog, QKeySequence::ZoomIn);
    CHECK(preview->zoomFactor() > zoom);
    CHECK(preview->zoomMode() == QPrintPreviewWidget::CustomZoom);
    QTest::keyClick(&dialog, Qt::Key_1, Qt::ControlModifier);
    CHECK(preview->zoomMode() == QPrintPreviewWidget::FitInView);
    QTest::keyClick(&dialog, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(preview->currentPage() == 2);
    CHECK(dialog.pageLabelText() == QStringLiteral("Pagina 2 van %1").arg(pdfPageCount(shortPdf)));
    // Where it was saved is said in the dialog too.
    CHECK(dialog.savedText() == QStringLiteral("PDF opgeslagen in %1").arg(shortPdf));
}

TEST_CASE("The print preview of the full workbook has the PDF's pages", "[ui][report]")
{
    test::Workspace workspace;
    MainWindow window;
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ReportDialog dialog(window.document(), &window);
    dialog.show();
    for (QRadioButton *button : dialog.findChildren<QRadioButton *>()) {
        if (button->text().contains(QLatin1String("werkboek")))
            button->setChecked(true);
    }
    REQUIRE(dialog.options().kind == ReportOptions::Kind::Full);
    dialog.preview()->updatePreview();
    const QString pdf = workspace.path(QStringLiteral("werkboek.pdf"));
    REQUIRE(dialog.savePdf(pdf));
    CHECK(pdfPageCount(pdf) > 5);
    CHECK(dialog.previewPageCount() == pdfPageCount(pdf));
}

TEST_CASE("A chapter's status follows the work in the window; Afgerond is offered when all is answered",
          "[ui][workbook]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    auto created = test::createProject(workspace.path(QStringLiteral("status.routekaart")));
    const QString path = created->filePath();
    created.reset();
    REQUIRE(window.openProject(path));
    ProjectDocument *document = window.document();
    const ChapterId chapter = ChapterId::OndersteunenActiveren;
    window.showChapter(chapter);
    ChapterPage *page = window.chapterPage();
    REQUIRE(page->chapter() == chapter);
    const QModelIndex row = static_cast<ChapterListModel *>(window.navigator()->model())
                                ->indexOf(chapter, ChapterListModel::StatusColumn);
    CHECK(row.data().toString() == QLatin1String("Niet gestart"));
    CHECK(page->statusBox()->currentText() == QLatin1String("Niet gestart"));

    // One answer: "Bezig" in the page and the list, and "Niet gestart" is no longer a choice.
    const ChapterGuidance &guidance = GuidanceLibrary::forLanguage(QStringLiteral("nl")).chapter(chapter);
    REQUIRE(document->writeAnswer(chapter, guidance.questions.constFirst().key, QStringLiteral("Via de huisartsen")));
    CHECK(page->statusBox()->currentText() == QLatin1String("Bezig"));
    CHECK(row.data().toString() == QLatin1String("Bezig"));
    auto *choices = qobject_cast<QStandardItemModel *>(page->statusBox()->model());
    REQUIRE(choices);
    CHECK_FALSE(choices->item(0)->isEnabled());
    CHECK_FALSE(page->statusBox()->toolTip().isEmpty());
    CHECK_FALSE(page->markDoneButton()->isVisible());

    // Everything answered: the page offers "Afgerond"; the user takes it, and undo takes it back.
    for (const GuidanceQuestion &question : guidance.questions)
        REQUIRE(document->writeAnswer(chapter, question.key, QStringLiteral("ja")));
    for (const Checklist &checklist : guidance.checklists) {
        for (const ChecklistItem &item : checklist.items)
            REQUIRE(document->writeChecklistEntry(chapter, item.key, {ChecklistAnswer::Partly, {}}));
    }
    CHECK(page->statusBox()->currentText() == QLatin1String("Bezig"));
    REQUIRE(page->markDoneButton()->isVisible());
    QTest::mouseClick(page->markDoneButton(), Qt::LeftButton);
    CHECK(document->chapter(chapter).status == ChapterStatus::Done);
    CHECK(page->statusBox()->currentText() == QLatin1String("Afgerond"));
    CHECK(row.data().toString() == QLatin1String("Afgerond"));
    CHECK_FALSE(page->markDoneButton()->isVisible());
    document->undoStack()->undo();
    CHECK(page->statusBox()->currentText() == QLatin1String("Bezig"));
    CHECK(page->markDoneButton()->isVisible());
}

TEST_CASE("Recent projects show their folder", "[ui][layout]")
{
    test::Workspace workspace;
    const QString path = test::copyDemo(workspace);
    {
        MainWindow window;
        REQUIRE(window.openProject(path));
    }
    MainWindow window; // on its welcome page, with the list of recent projects
    auto *recent = window.findChild<QListWidget *>();
    REQUIRE(recent);
    REQUIRE(recent->count() > 0);
    CHECK(recent->item(0)->text() ==
          QStringLiteral("%1 (in %2)").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(workspace.dir())));
}

TEST_CASE("The chapter list and the guidance can be put away, and F1 brings the guidance back", "[ui][layout]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::Preventie);
    ChapterPage *page = window.chapterPage();
    QTest::qWait(10);
    REQUIRE(page->isGuidanceShown());

    window.showGuidanceAction()->trigger(); // put away
    CHECK_FALSE(window.showGuidanceAction()->isChecked());
    CHECK_FALSE(page->isGuidanceShown());
    window.showChapter(ChapterId::Commitment); // another chapter: also put away
    QTest::qWait(10);
    CHECK_FALSE(window.chapterPage()->isGuidanceShown());
    window.chapterPage()->showGuidance(); // F1
    CHECK(window.chapterPage()->isGuidanceShown());
    CHECK(window.showGuidanceAction()->isChecked());

    window.showChapterListAction()->trigger();
    CHECK_FALSE(window.navigator()->isVisible());
    MainWindow second; // remembered
    second.show();
    CHECK_FALSE(second.navigator()->isVisible());
    window.showChapterListAction()->trigger();
    CHECK(window.navigator()->isVisible());
}

TEST_CASE("Dates and amounts in tables are never cut off", "[ui][layout]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    const QString indicator = window.document()->records(TableId::Indicator).constFirst().id;
    window.showIndicator(indicator);
    QTest::qWait(10);
    RecordTablePanel *measurements = window.indicatorPage()->measurements();
    QTableView *view = measurements->view();
    REQUIRE(measurements->proxy()->rowCount() > 0);
    for (const int column : {fieldIndex(MeasurementField::Date), fieldIndex(MeasurementField::Value)}) {
        const QString shown = measurements->proxy()->index(0, column).data().toString();
        INFO(shown.toStdString());
        CHECK(view->columnWidth(column) >= view->fontMetrics().horizontalAdvance(shown) + 8);
    }
}

TEST_CASE("The first column stays in view when a table is scrolled sideways", "[ui][layout]")
{
    test::Workspace workspace;
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::SterkNetwerk);
    RecordTablePanel *panel = window.chapterPage()->tablePanel(TableId::Organisation);
    window.chapterPage()->tabs()->setCurrentWidget(panel);
    for (int column = 1; column < panel->model()->columnCount(); ++column)
        panel->setColumnShown(column, true); // wider than the pane
    QTest::qWait(20);
    QTableView *view = panel->view();
    QTableView *frozen = panel->frozenColumn();
    REQUIRE(frozen);
    CHECK_FALSE(frozen->isVisible()); // not scrolled: the table's own first column shows
    REQUIRE(view->horizontalScrollBar()->maximum() > 0);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
    view->verticalScrollBar()->setValue(3);
    QTest::qWait(20);
    CHECK(frozen->isVisible());
    CHECK(frozen->columnWidth(0) == view->columnWidth(0));
    CHECK(frozen->isColumnHidden(1));
    // Row for row beside the table, with the same selection; it never takes the focus.
    for (int row = 3; row < 6; ++row)
        CHECK(frozen->rowViewportPosition(row) == view->rowViewportPosition(row));
    CHECK(frozen->selectionModel() == view->selectionModel());
    CHECK(frozen->focusPolicy() == Qt::NoFocus);
    CHECK(frozen->indexAt(QPoint(5, frozen->rowViewportPosition(4) + 2)).data().toString() ==
          panel->proxy()->index(4, 0).data().toString());
    view->horizontalScrollBar()->setValue(0);
    CHECK_FALSE(frozen->isVisible());
    for (int column = 1; column < panel->model()->columnCount(); ++column)
        panel->setColumnShown(column, RecordTablePanel::isListColumnByDefault(TableId::Organisation, column));
}

TEST_CASE("A narrow chapter list shows each status as an icon before its title", "[ui][layout]")
{
    test::Workspace workspace;
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    auto *model = static_cast<ChapterListModel *>(window.navigator()->model());
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    REQUIRE(splitter);
    const QModelIndex title = model->indexOf(ChapterId::Verkenning, ChapterListModel::TitleColumn);
    splitter->setSizes({400, 800});
    QTest::qWait(20);
    CHECK_FALSE(window.navigator()->isColumnHidden(ChapterListModel::StatusColumn));
    CHECK(title.data(Qt::DecorationRole).isNull());
    splitter->setSizes({170, 1030});
    QTest::qWait(20);
    CHECK(window.navigator()->isColumnHidden(ChapterListModel::StatusColumn));
    CHECK_FALSE(title.data(Qt::DecorationRole).isNull());
    CHECK(title.data(Qt::ToolTipRole).toString().contains(QLatin1String("Afgerond"))); // the word stays
    splitter->setSizes({400, 800});
    QTest::qWait(20);
    CHECK_FALSE(window.navigator()->isColumnHidden(ChapterListModel::StatusColumn));
}
