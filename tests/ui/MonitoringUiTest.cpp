// Monitoring with official figures in the window: margins and reference lines on the chart,
// the indicator page's wijk table and logbook, and the StatLine import dialog.

#include "TestSupport.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "ui/common/IndicatorChart.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/progress/IndicatorPage.h"
#include "ui/progress/StatLineImportDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/workbook/ChapterPage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QValueAxis>

#include <cmath>

using namespace rk;

namespace {
const Record *indicatorNamed(const ProjectDocument &document, const QString &name)
{
    for (const Record &row : document.records(TableId::Indicator)) {
        if (field(row, IndicatorField::Name).toString() == name)
            return &row;
    }
    return nullptr;
}

QString fixture(const QString &name)
{
    return test::dataPath(QStringLiteral("statline/") + name);
}
} // namespace

TEST_CASE("The chart draws the margins as a band and the reference values as lines of their own", "[ui][statline]")
{
    IndicatorDefinition d;
    d.unit = UnitKind::Percentage;
    d.lowerIsBetter = true;
    d.baseline = 13;
    d.baselineDate = QDate(2022, 10, 1);
    const QList<MeasurementPoint> series = {{QDate(2020, 10, 1), 12.4, 11.2, 13.6},
                                            {QDate(2022, 10, 1), 13.0, 11.8, 14.2},
                                            {QDate(2024, 10, 1), 12.1, 10.9, 13.3}};
    QList<ReferenceSeries> references = {
        {QStringLiteral("Nederland"), QStringLiteral("NL01"), AreaKind::Netherlands, {{QDate(2024, 10, 1), 12.9}}},
        {QStringLiteral("Vergelijkstad"), QStringLiteral("GM9002"), AreaKind::Municipality,
         {{QDate(2022, 10, 1), 12.8}, {QDate(2024, 10, 1), 22.5}}}};
    const IndicatorChartParts parts = createIndicatorChart(false);
    const std::unique_ptr<QChart> owner(parts.chart);
    showIndicator(parts, d, series, references);

    const QList<QAbstractSeries *> bands = marginBands(parts);
    REQUIRE(bands.size() == 1);
    auto *band = qobject_cast<QAreaSeries *>(bands.constFirst());
    REQUIRE(band);
    CHECK(band->upperSeries()->count() == 3);
    CHECK(band->upperSeries()->at(2).y() == 13.3);
    CHECK(band->lowerSeries()->at(0).y() == 11.2);
    const QList<QLineSeries *> lines = referenceLines(parts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0)->name() == QLatin1String("Nederland"));
    CHECK(lines.at(1)->count() == 2);
    CHECK(lines.at(0)->pen().style() != lines.at(1)->pen().style()); // told apart without colour
    CHECK(parts.yAxis->max() >= 22.5); // the range holds the reference values too
    CHECK(parts.yAxis->min() <= 10.9); // and the band

    // A point alone gets a bar; the next indicator shown keeps nothing of these.
    showIndicator(parts, d, {{QDate(2024, 10, 1), 12.1, 10.9, 13.3}});
    REQUIRE(marginBands(parts).size() == 1);
    CHECK(qobject_cast<QLineSeries *>(marginBands(parts).constFirst()));
    CHECK(referenceLines(parts).isEmpty());
    showIndicator(parts, d, {{QDate(2024, 10, 1), 12.1}});
    CHECK(marginBands(parts).isEmpty());
    CHECK(parts.chart->series().size() == 4);
}

TEST_CASE("The indicator page tells noise from change, ranks the wijken and keeps a logbook", "[ui][statline]")
{
    test::Workspace workspace;
    MainWindow window;
    window.resize(1366, 728);
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    const Record *severe = indicatorNamed(*document, QStringLiteral("Ernstig eenzaam (18+)"));
    const Record *lonely = indicatorNamed(*document, QStringLiteral("Eenzaam (18+)"));
    REQUIRE(severe);
    REQUIRE(lonely);

    window.showIndicator(severe->id);
    IndicatorPage *page = window.indicatorPage();
    CHECK(page->verdictText().startsWith(QLatin1String("Niet aantoonbaar veranderd")));
    INFO(page->verdictText().toStdString());
    CHECK(page->verdictText().contains(formatPoint(indicatorDefinition(*severe), {QDate(2024, 10, 1), 12.1, 10.9, 13.3})));
    CHECK(page->verdictText().contains(QLatin1String("overlappen: het verschil kan toeval zijn")));
    CHECK(referenceLines(page->chart()->parts()).size() == 3); // the Netherlands, the GGD region, Vergelijkstad
    CHECK(page->comparisons()->view()->model()->rowCount() == 12 * 4 - 1);

    // The wijken of 2024, highest first: Kanaalzone and De Horst clearly higher, Kanaalzone
    // with the maatjesproject, which leads to the activity.
    window.showIndicator(lonely->id);
    QTableWidget *areas = page->areaTable();
    REQUIRE(areas->rowCount() == 9);
    CHECK(areas->item(0, 0)->text() == QLatin1String("Havenkwartier"));
    int kanaalzone = -1;
    for (int row = 0; row < areas->rowCount(); ++row) {
        if (areas->item(row, 0)->text() == QLatin1String("Kanaalzone"))
            kanaalzone = row;
        if (areas->item(row, 0)->text() == QLatin1String("Oost"))
            CHECK(areas->item(row, 3)->text() == QLatin1String("Duidelijk lager (beter)"));
        if (areas->item(row, 0)->text() == QLatin1String("Centrum"))
            CHECK(areas->item(row, 3)->text() == QLatin1String("Niet duidelijk anders"));
    }
    REQUIRE(kanaalzone >= 0);
    CHECK(areas->item(kanaalzone, 3)->text() == QLatin1String("Duidelijk hoger (slechter)"));
    CHECK(areas->item(kanaalzone, 4)->text().startsWith(QLatin1String("Maatjesproject")));
    Q_EMIT areas->activated(areas->model()->index(kanaalzone, 0));
    QTest::qWait(10);
    REQUIRE(window.chapterPage());
    CHECK(window.chapterPage()->chapter() == ChapterId::PlanVanAanpak);
    RecordTablePanel *activities = window.chapterPage()->tablePanel(TableId::Activity);
    REQUIRE(activities);
    CHECK(field(*document->record(TableId::Activity, activities->currentRecordId()), ActivityField::TargetArea)
              .toString() == QLatin1String("Kanaalzone"));

    // The logbook: two notes on this indicator; a new one through the page's dialog.
    window.showIndicator(lonely->id);
    CHECK(page->logTable()->rowCount() == 2);
    CHECK(page->logTable()->item(0, 2)->text().startsWith(QLatin1String("Het maatjesproject"))); // newest first
    auto *add = page->findChild<QPushButton *>();
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Notitie toevoegen..."))
            add = button;
    }
    REQUIRE(add->text() == QLatin1String("Notitie toevoegen..."));
    const int before = int(document->records(TableId::LogEntry).size());
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Gesprek met de wijkteams over Oost."));
        dialog->accept();
    });
    add->click();
    QTest::qWait(10);
    REQUIRE(document->records(TableId::LogEntry).size() == before + 1);
    CHECK(page->logTable()->rowCount() == 3);
    CHECK(page->tabs()->tabText(3) == QLatin1String("&Logboek (3)"));
    document->undoStack()->undo();
    QTest::qWait(10);
    CHECK(page->logTable()->rowCount() == 2);

    // Enter on a note goes to the chapter's logbook, where notes are changed and removed.
    const QString noteId = page->logTable()->item(0, 0)->data(Qt::UserRole).toString();
    Q_EMIT page->logTable()->activated(page->logTable()->model()->index(0, 0));
    QTest::qWait(10);
    REQUIRE(window.chapterPage());
    CHECK(window.chapterPage()->chapter() == ChapterId::MonitorenEvalueren);
    RecordTablePanel *logbook = window.chapterPage()->tablePanel(TableId::LogEntry);
    REQUIRE(logbook);
    CHECK(window.chapterPage()->tabs()->currentWidget() == logbook);
    CHECK(logbook->currentRecordId() == noteId);

    // An import undone while its indicator is shown leaves nothing of it in view.
    window.showIndicator(lonely->id);
    REQUIRE(referenceLines(page->chart()->parts()).size() == 3);
    const QString lonelyId = lonely->id;
    REQUIRE(edit::removeRecord(*document, TableId::Indicator, lonelyId));
    QTest::qWait(10);
    CHECK(referenceLines(page->chart()->parts()).isEmpty());
    CHECK(page->areaTable()->rowCount() == 0);
}

TEST_CASE("The StatLine dialog reads an export with the code lists beside it and imports as one step", "[ui][statline]")
{
    test::Workspace workspace;
    MainWindow window;
    window.resize(1366, 728);
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    const QString goal = document->records(TableId::Goal).constFirst().id;
    StatLineImportDialog dialog(document, goal, &window);
    dialog.show();
    QTest::qWait(10);
    // The work starts at choosing the file, not in the read-only field that shows it.
    REQUIRE(dialog.focusWidget());
    CHECK(qobject_cast<QPushButton *>(dialog.focusWidget()));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    REQUIRE(dialog.loadFile(fixture(QStringLiteral("50120NED_voorbeeldstad.csv"))));
    // Names from the code lists that lie beside the export.
    CHECK(dialog.regionBox()->findData(QStringLiteral("GM9001")) == 0); // municipalities first
    CHECK(dialog.regionBox()->itemText(0) == QLatin1String("Voorbeeldstad (GM9001)"));
    CHECK(dialog.ageBox()->findText(QStringLiteral("65 jaar of ouder (21700)")) >= 0);
    REQUIRE(dialog.topicList()->count() == 4);
    CHECK(dialog.topicList()->item(1)->text().startsWith(QLatin1String("Ernstig of zeer ernstig eenzaam")));
    // The Netherlands is checked to compare with; the area itself is not offered.
    bool netherlands = false;
    for (int i = 0; i < dialog.compareList()->count(); ++i) {
        QListWidgetItem *item = dialog.compareList()->item(i);
        CHECK(item->data(Qt::UserRole).toString() != QLatin1String("GM9001"));
        if (item->data(Qt::UserRole).toString() == QLatin1String("NL01"))
            netherlands = item->checkState() == Qt::Checked;
    }
    CHECK(netherlands);
    // Tab into the list lands on an item, which Space then checks.
    CHECK(dialog.compareList()->currentItem());

    // 65 and older, loneliness only: one new indicator.
    dialog.ageBox()->setCurrentIndex(dialog.ageBox()->findData(QStringLiteral("21700")));
    for (int i = 1; i < dialog.topicList()->count(); ++i)
        dialog.topicList()->item(i)->setCheckState(Qt::Unchecked);
    dialog.updatePreview();
    CHECK(dialog.previewTable()->rowCount() == 4);
    CHECK(dialog.previewTable()->item(3, 1)->text() == QLatin1String("2024"));
    CHECK(dialog.summaryText().contains(QLatin1String("nieuwe indicatoren: 1")));
    REQUIRE(dialog.importButton()->isEnabled());
    const int indicators = int(document->records(TableId::Indicator).size());
    dialog.importButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(document->records(TableId::Indicator).size() == indicators + 1);
    const Record *old = indicatorNamed(*document, QStringLiteral("Eenzaam (65 jaar of ouder)"));
    REQUIRE(old);
    CHECK(old->parentId == goal);
    CHECK(document->children(TableId::Measurement, old->id).size() == 4);
    document->undoStack()->undo();
    CHECK(document->records(TableId::Indicator).size() == indicators);

    // A file that is not an export: a message, nothing chosen.
    const QString wrong = workspace.path(QStringLiteral("bevolking.csv"));
    QFile file(wrong);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\"ID\";\"Perioden\";\"TotaleBevolking_1\"\n\"0\";\"2022JJ00\";\"17590672\"\n");
    file.close();
    StatLineImportDialog second(document, goal, &window);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(second.loadFile(wrong));
    CHECK(MessageBox::lastText().contains(QLatin1String("WijkenEnBuurten")));
    CHECK(second.regionBox()->count() == 0);
    CHECK_FALSE(second.importButton()->isEnabled());
}

TEST_CASE("Counts are charted on whole numbers", "[ui][chart]")
{
    IndicatorDefinition d;
    d.unit = UnitKind::Count;
    d.baseline = 9;
    d.baselineDate = QDate(2025, 1, 1);
    d.target = 18;
    d.targetDate = QDate(2026, 12, 1);
    const QList<MeasurementPoint> series = {{QDate(2025, 1, 1), 9}, {QDate(2025, 6, 1), 11}, {QDate(2025, 10, 1), 35}};
    for (bool compact : {false, true}) {
        const IndicatorChartParts parts = buildIndicatorChart(d, series, compact);
        const std::unique_ptr<QChart> owner(parts.chart);
        CHECK(parts.yAxis->labelFormat() == QLatin1String("%.0f"));
        const double step = (parts.yAxis->max() - parts.yAxis->min()) / (parts.yAxis->tickCount() - 1);
        CHECK(step == std::round(step));
        CHECK(parts.yAxis->min() == std::round(parts.yAxis->min()));
        CHECK(parts.yAxis->max() >= 35);
    }
    d.unit = UnitKind::Percentage;
    const IndicatorChartParts percent = buildIndicatorChart(d, series, false);
    const std::unique_ptr<QChart> owner(percent.chart);
    CHECK(percent.yAxis->labelFormat() == QLatin1String("%.1f"));
}

TEST_CASE("A choice made in a form is undone from another tab, and stays undone", "[ui][undo][form]")
{
    test::Workspace workspace;
    MainWindow window;
    window.resize(1366, 728);
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    window.showChapter(ChapterId::SterkNetwerk);
    ChapterPage *page = window.chapterPage();
    RecordTablePanel *organisations = page->tablePanel(TableId::Organisation);
    page->tabs()->setCurrentWidget(organisations);
    const QString id = document->records(TableId::Organisation).at(2).id;
    organisations->showRecord(id, fieldIndex(OrganisationField::Sector));
    QTest::qWait(10);
    REQUIRE(organisations->form());
    auto *sector = qobject_cast<QComboBox *>(organisations->form()->editor(fieldIndex(OrganisationField::Sector)));
    REQUIRE(sector);
    const QVariant before = field(*document->record(TableId::Organisation, id), OrganisationField::Sector);
    sector->setFocus();
    const int other = sector->currentIndex() == 1 ? 2 : 1;
    sector->setCurrentIndex(other);
    Q_EMIT sector->activated(other);
    QTest::qWait(10);
    const QVariant changed = field(*document->record(TableId::Organisation, id), OrganisationField::Sector);
    REQUIRE(changed != before);

    // To the network overview, and undo from there.
    page->tabs()->setCurrentIndex(page->tabs()->indexOf(organisations) + 1);
    QTest::qWait(10);
    window.undoAction()->trigger();
    QTest::qWait(50);
    CHECK(field(*document->record(TableId::Organisation, id), OrganisationField::Sector) == before);
    // Moving on (the focus leaves the form, other tabs) does not write the undone choice back.
    page->tabs()->setCurrentIndex(0);
    QTest::qWait(50);
    CHECK(field(*document->record(TableId::Organisation, id), OrganisationField::Sector) == before);
    CHECK(document->undoStack()->canRedo());
}

TEST_CASE("A time axis of months puts each tick in its own month, at whole steps", "[ui][chart]")
{
    IndicatorDefinition d;
    d.unit = UnitKind::Count;
    QList<MeasurementPoint> series;
    for (int m = 0; m < 24; ++m)
        series.append({QDate(2025, 1, 1).addMonths(m), double(10 + m % 7)});
    const IndicatorChartParts parts = buildIndicatorChart(d, series, false);
    const std::unique_ptr<QChart> owner(parts.chart);
    REQUIRE(parts.xAxis->format() == QLatin1String("MM-yyyy"));
    const qint64 from = parts.xAxis->min().toMSecsSinceEpoch();
    const qint64 to = parts.xAxis->max().toMSecsSinceEpoch();
    const int ticks = parts.xAxis->tickCount();
    REQUIRE(ticks >= 3);
    QList<QDate> dates;
    for (int i = 0; i < ticks; ++i)
        dates.append(QDateTime::fromMSecsSinceEpoch(from + (to - from) * i / (ticks - 1), Qt::UTC).date());
    const int step = (dates.at(1).year() - dates.at(0).year()) * 12 + dates.at(1).month() - dates.at(0).month();
    CHECK((step == 1 || step == 2 || step == 3 || step == 6 || step == 12));
    for (int i = 1; i < dates.size(); ++i) {
        INFO(dates.at(i - 1).toString(Qt::ISODate).toStdString() << " " << dates.at(i).toString(Qt::ISODate).toStdString());
        // Every label a different month, the same number of months apart.
        CHECK((dates.at(i).year() - dates.at(i - 1).year()) * 12 + dates.at(i).month() - dates.at(i - 1).month() ==
              step);
    }
    CHECK(dates.constFirst() <= QDate(2025, 1, 1));
    CHECK(dates.constLast() >= QDate(2026, 12, 1));
}
