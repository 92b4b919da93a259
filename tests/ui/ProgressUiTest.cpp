// Goals, indicators and progress charts in the window, and the CSV import dialog.

#include "TestSupport.h"

#include "core/ProjectDocument.h"
#include "core/share/ShareCopy.h"
#include "ui/common/IndicatorChart.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/progress/IndicatorPage.h"
#include "ui/progress/MeasurementImportDialog.h"
#include "ui/progress/ProgressOverview.h"
#include "ui/report/ReportDialog.h"
#include "ui/share/ShareDialog.h"
#include "ui/shell/ChapterListModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NoticeBar.h"
#include "ui/workbook/ChapterPage.h"
#include "ui/workbook/GoalsPanel.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QValueAxis>

using namespace rk;

namespace {
QString indicatorNamed(const ProjectDocument &document, const QString &name)
{
    for (const Record &row : document.records(TableId::Indicator)) {
        if (row.values.at(0).toString() == name)
            return row.id;
    }
    return {};
}
} // namespace

TEST_CASE("The monitoring overview charts every indicator with the stored values", "[ui][progress]")
{
    test::Workspace workspace;
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::MonitorenEvalueren);
    ChapterPage *page = window.chapterPage();
    REQUIRE(page->findChild<ProgressOverview *>());
    CHECK(page->tabs()->currentWidget() == page->findChild<ProgressOverview *>());
    QTest::qWait(100);
    const QList<IndicatorChartView *> charts = page->findChild<ProgressOverview *>()->charts();
    REQUIRE(charts.size() == window.document()->records(TableId::Indicator).size());

    // The first chart: "Ernstig eenzaam (18+)" with four monitor rounds and their margins,
    // baseline, target, path.
    const IndicatorChartParts &parts = charts.constFirst()->parts();
    REQUIRE(parts.measurements->count() == 4);
    CHECK(parts.measurements->at(2).y() == 13.0);
    CHECK(parts.measurements->at(3).y() == 12.1);
    CHECK(QDateTime::fromMSecsSinceEpoch(qint64(parts.measurements->at(3).x()), Qt::UTC).date() == QDate(2024, 10, 1));
    REQUIRE(marginBands(parts).size() == 1);
    CHECK(parts.baseline->at(0).y() == 13.0);
    CHECK(parts.target->at(0).y() == 11.0);
    CHECK(parts.path->count() == 2);
    // The indicator without measurements says so.
    CHECK(charts.constLast()->parts().measurements->count() == 0);
    CHECK(charts.constLast()->chart()->title().contains(QLatin1String("Nog geen metingen")));
}

TEST_CASE("One chart shown with one indicator after another keeps nothing of the one before", "[ui][progress]")
{
    IndicatorDefinition measured;
    measured.unit = UnitKind::Percentage;
    measured.baseline = 13;
    measured.baselineDate = QDate(2022, 9, 1);
    measured.target = 11;
    measured.targetDate = QDate(2027, 12, 31);
    const QList<MeasurementPoint> points = {{QDate(2022, 9, 1), 13}, {QDate(2024, 9, 1), 12.1}};
    IndicatorDefinition empty;
    empty.unit = UnitKind::Count;

    const IndicatorChartParts parts = createIndicatorChart(false);
    const std::unique_ptr<QChart> owner(parts.chart);
    showIndicator(parts, measured, points);
    CHECK(parts.measurements->count() == 2);
    CHECK(parts.baseline->count() == 1);
    CHECK(parts.path->count() == 2);
    CHECK(parts.chart->title().isEmpty());
    CHECK(parts.yAxis->titleText() == QStringLiteral("%"));
    CHECK(parts.xAxis->min().date().year() <= 2022);

    showIndicator(parts, empty, {});
    CHECK(parts.measurements->count() == 0);
    CHECK(parts.baseline->count() == 0);
    CHECK(parts.target->count() == 0);
    CHECK(parts.path->count() == 0);
    CHECK_FALSE(parts.chart->title().isEmpty()); // "no measurements yet"
    CHECK(parts.yAxis->titleText() != QStringLiteral("%"));

    showIndicator(parts, measured, points);
    CHECK(parts.measurements->count() == 2);
    CHECK(parts.chart->title().isEmpty());
    // The same as a chart built for it alone.
    const IndicatorChartParts fresh = buildIndicatorChart(measured, points, false);
    const std::unique_ptr<QChart> freshOwner(fresh.chart);
    CHECK(fresh.xAxis->min() == parts.xAxis->min());
    CHECK(fresh.xAxis->max() == parts.xAxis->max());
    CHECK(fresh.xAxis->tickCount() == parts.xAxis->tickCount());
    CHECK(fresh.yAxis->min() == parts.yAxis->min());
    CHECK(fresh.yAxis->max() == parts.yAxis->max());
    CHECK(fresh.yAxis->tickCount() == parts.yAxis->tickCount());
}

TEST_CASE("An indicator's detail page shows its chart, verdict and measurements", "[ui][progress]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    const QString id = indicatorNamed(*window.document(), QStringLiteral("Meldingen bij het meldpunt per maand"));
    REQUIRE_FALSE(id.isEmpty());
    window.showIndicator(id);
    IndicatorPage *detail = window.indicatorPage();
    CHECK(detail->isVisible());
    CHECK(detail->verdictText().startsWith(QLatin1String("Bereikt")));
    const IndicatorChartParts &parts = detail->chart()->parts();
    REQUIRE(parts.measurements->count() == 12);
    CHECK(parts.measurements->at(9).y() == 35.0);
    CHECK(detail->measurements()->proxy()->rowCount() == 12);

    // Editing a measurement updates chart and verdict; undo puts both back.
    RecordTablePanel *table = detail->measurements();
    const QString last = window.document()->children(TableId::Measurement, id).constLast()->id;
    REQUIRE(table->model()->setData(table->model()->indexOfRecord(last, 1), QStringLiteral("12")));
    QTest::qWait(10);
    CHECK(detail->verdictText().startsWith(QLatin1String("Loopt achter")));
    // How the verdict is decided is said, in the indicator's own direction.
    CHECK(detail->verdictText().contains(QLatin1String("Op koers betekent hier: niet lager dan")));
    CHECK(detail->chart()->parts().measurements->at(11).y() == 12.0);
    window.undoAction()->trigger();
    QTest::qWait(10);
    CHECK(detail->verdictText().startsWith(QLatin1String("Bereikt")));

    // The back button leads to where the indicator was opened from: here the overview.
    CHECK(detail->backText() == QLatin1String("Terug naar het overzicht"));
    // From the goals of chapter 2 it leads back there, and the chapter list marks chapter 2.
    window.showChapter(ChapterId::PlanVanAanpak);
    ChapterPage *plan = window.chapterPage();
    plan->tabs()->setCurrentWidget(plan->goalsPanel());
    window.showIndicator(id);
    CHECK(detail->backText() == QLatin1String("Terug naar Plan van aanpak"));
    CHECK(window.navigator()->currentIndex().data(ChapterListModel::ChapterIdRole).toInt() ==
          int(ChapterId::PlanVanAanpak));
    QPushButton *back = nullptr;
    for (QPushButton *button : detail->findChildren<QPushButton *>()) {
        if (button->text().startsWith(QLatin1String("Terug naar")))
            back = button;
    }
    REQUIRE(back);
    back->click();
    CHECK(plan->isVisible());
    CHECK(plan->tabs()->currentWidget() == plan->goalsPanel());

    // "Terug naar de voortgang" leads back to the progress overview, by mouse and by the Back
    // key (Alt+Left), also when the monitoring chapter was the one shown before.
    window.showChapter(ChapterId::MonitorenEvalueren);
    window.showIndicator(id);
    CHECK(back->text() == QLatin1String("Terug naar de voort&gang"));
    back->click();
    CHECK_FALSE(detail->isVisible());
    CHECK(window.chapterPage(ChapterId::MonitorenEvalueren)->isVisible());
    CHECK(window.chapterPage(ChapterId::MonitorenEvalueren)->tabs()->currentIndex() == 0);
    window.showIndicator(id);
    REQUIRE(detail->isVisible());
    // Its mnemonic is its own on the page: two visible widgets with one mnemonic make Qt move
    // the focus between them instead of pressing either (Alt+T was also the add button of the measurements).
    const QKeySequence mnemonic = QKeySequence::mnemonic(back->text());
    CHECK(mnemonic == QKeySequence(Qt::ALT | Qt::Key_G));
    int sharing = 0;
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisible() && QKeySequence::mnemonic(button->text()) == mnemonic)
            ++sharing;
    }
    CHECK(sharing == 1);
    QApplication::setActiveWindow(&window);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Left, Qt::AltModifier);
    CHECK_FALSE(detail->isVisible());
}

TEST_CASE("Goals show their own indicators and lead to the progress page", "[ui][progress]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::PlanVanAanpak);
    GoalsPanel *goals = window.chapterPage()->goalsPanel();
    REQUIRE(goals);
    // The add buttons say what they add.
    CHECK(goals->goals()->addAction()->text() == QLatin1String("Doel toevoegen"));
    CHECK(goals->indicators()->addAction()->text() == QLatin1String("Indicator toevoegen"));
    REQUIRE(goals->goals()->proxy()->rowCount() == 4);
    goals->goals()->view()->setCurrentIndex(goals->goals()->proxy()->index(1, 0));
    CHECK(goals->indicators()->proxy()->rowCount() == 2);
    goals->goals()->view()->setCurrentIndex(goals->goals()->proxy()->index(3, 0));
    CHECK(goals->indicators()->proxy()->rowCount() == 0);
    goals->goals()->view()->setCurrentIndex(goals->goals()->proxy()->index(0, 0));
    goals->indicators()->view()->setCurrentIndex(goals->indicators()->proxy()->index(1, 0));
    goals->findChild<QPushButton *>()->click();
    REQUIRE(window.indicatorPage()->isVisible());
    CHECK(window.document()->recordTitle(TableId::Indicator, window.indicatorPage()->indicatorId()) ==
          QLatin1String("Eenzaam (18+)"));

    // Sorting by a column and filtering work on the table without changing the file.
    RecordTablePanel *activities = window.chapterPage(ChapterId::PlanVanAanpak)->tablePanel(TableId::Activity);
    REQUIRE(activities);
    activities->view()->sortByColumn(7, Qt::DescendingOrder); // budget
    CHECK(activities->proxy()->index(0, 0).data().toString() == QLatin1String("Meldpunt bij het Wmo-loket"));
    activities->filterEdit()->setText(QStringLiteral("humanitas"));
    CHECK(activities->proxy()->rowCount() == 2);
    CHECK(activities->proxy()->index(0, 1).data().toString().startsWith(QLatin1String("Minder inwoners")));
}

TEST_CASE("The import dialog previews, refuses bad files and imports as one undo step", "[ui][import]")
{
    test::Workspace workspace;
    MainWindow window;
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    const QString id = indicatorNamed(*document, QStringLiteral("Wmo-cliënten die zich gehoord voelen"));
    REQUIRE_FALSE(id.isEmpty());

    MeasurementImportDialog dialog(document, id, &window);
    REQUIRE(dialog.loadFile(test::dataPath(QStringLiteral("csv/slechte-regels.csv"))));
    CHECK(dialog.preview().errorCount == 5);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.previewTable()->item(0, 5)->text().contains(QLatin1String("geen getal")));
    CHECK(dialog.summaryText().contains(QLatin1String("niets")));

    // A CSV whose columns are not named "datum" and "waarde": map them by hand.
    REQUIRE(dialog.loadFile(test::dataPath(QStringLiteral("csv/kolommen-op-nummer.csv"))));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    dialog.dateColumnBox()->setCurrentIndex(1);
    dialog.valueColumnBox()->setCurrentIndex(3);
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.accept();
    CHECK(document->children(TableId::Measurement, id).size() == 2);
    // The window says what happened.
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("2 metingen ingelezen voor \"Wmo-cliënten die zich gehoord voelen\""));
    document->undoStack()->undo();
    CHECK(document->children(TableId::Measurement, id).isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.loadFile(test::dataPath(QStringLiteral("csv/binair.csv"))));
    CHECK_FALSE(dialog.importButton()->isEnabled());
}

TEST_CASE("The report dialog previews the report and saves it", "[ui][report]")
{
    test::Workspace workspace;
    MainWindow window;
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ReportDialog dialog(window.document(), &window);
    dialog.show();
    QTest::qWait(50);
    CHECK(dialog.previewPageCount() >= 2);
    // "Opslaan als" starts beside the project, with a name made from its title.
    const QString suggested = dialog.suggestedPath(QStringLiteral(".pdf"));
    CHECK(QFileInfo(suggested).absolutePath() == QFileInfo(window.document()->filePath()).absolutePath());
    CHECK(QFileInfo(suggested).fileName() ==
          QLatin1String("Gemeente Voorbeeldstad - Samen tegen eenzaamheid - raadsrapport.pdf"));
    const QString pdf = workspace.path(QStringLiteral("raad.pdf"));
    REQUIRE(dialog.savePdf(pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    // The window says where it went, and offers its folder.
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("PDF opgeslagen in %1").arg(pdf));
    auto *openFolder = window.statusBar()->findChild<QPushButton *>(QStringLiteral("openFolderButton"));
    REQUIRE(openFolder);
    CHECK(openFolder->isVisibleTo(&window));
    CHECK(openFolder->property("folder").toString() == workspace.dir());
    window.statusBar()->clearMessage(); // the message goes; the button stays for the user to find
    CHECK(openFolder->isVisibleTo(&window));
    const QString odt = workspace.path(QStringLiteral("raad.odt"));
    REQUIRE(dialog.saveOdt(odt));
    CHECK(QFileInfo(odt).size() > 1000);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.savePdf(window.document()->filePath()));
    CHECK(MessageBox::lastText().contains(QLatin1String("project zelf")));
}

TEST_CASE("Sharing by e-mail without a mail program says so and where the files are", "[ui][share]")
{
    test::Workspace workspace;
    MainWindow window;
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ShareDialog::setMailHandlerQuery([] { return QString(); }); // no program for mailto: links
    ShareDialog dialog(window.document(), true, &window);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    ShareDialog::setMailHandlerQuery(nullptr);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    CHECK(MessageBox::lastText().contains(QLatin1String("geen e-mailprogramma ingesteld")));
    CHECK(MessageBox::lastText().contains(QDir::toNativeSeparators(documents)));
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Kopie en e-mailconcept staan in %1").arg(QDir::toNativeSeparators(documents)));
    // The copy and the draft are there, readable by their owner only.
    const QStringList written = QDir(documents).entryList({QStringLiteral("*.routekaart"), QStringLiteral("*.eml")});
    CHECK(written.size() == 2);
    for (const QString &name : written) {
        const QString path = QDir(documents).filePath(name);
        CHECK_FALSE(QFile::permissions(path) & QFileDevice::ReadOther);
        QFile::remove(path);
    }
}

TEST_CASE("A copy made for sharing says so when it is opened", "[ui][share]")
{
    test::Workspace workspace;
    MainWindow window;
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    const QString copy = workspace.path(QStringLiteral("gedeeld.routekaart"));
    QString error;
    REQUIRE(share::writeShareCopy(*window.document(), copy, false, &error));
    // Asked whether to review its changes (see MergeUiTest), the user opens the copy itself.
    MessageBox::setNextAnswer(QMessageBox::No);
    REQUIRE(window.openProject(copy));
    CHECK(MessageBox::lastText().startsWith(QLatin1String("Dit is een kopie van uw project")));
    CHECK(window.noticeBar()->text().contains(QLatin1String("gemaakt om te delen")));
}
