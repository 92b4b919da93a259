// The network in the window: the matrix of contributions, the overview charts, removal
// with its question and undo, warnings on odd contact details, and the CSV import.

#include "TestSupport.h"

#include "core/ProjectDocument.h"
#include "core/network/Network.h"
#include "ui/common/ChartTable.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/network/NetworkMatrixModel.h"
#include "ui/network/NetworkMatrixView.h"
#include "ui/network/NetworkOverview.h"
#include "ui/network/OrganisationImportDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/workbook/ChapterPage.h"

#include <catch2/catch.hpp>

#include <QCategoryAxis>
#include <QDateTime>
#include <QSet>

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFile>
#include <QGraphicsTextItem>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>

using namespace rk;

namespace {
QString organisationNamed(const ProjectDocument &document, const QString &name)
{
    for (const Record &row : document.records(TableId::Organisation)) {
        if (row.values.at(0).toString() == name)
            return row.id;
    }
    return {};
}

// The window at a common size, on the network overview of `path`, laid out.
NetworkOverview *showNetworkOverview(MainWindow &window, const QString &path)
{
    window.resize(1200, 900);
    window.show();
    REQUIRE(window.openProject(path));
    window.showChapter(ChapterId::SterkNetwerk);
    ChapterPage *page = window.chapterPage();
    page->tabs()->setCurrentWidget(page->findChild<NetworkOverview *>());
    QTest::qWait(50);
    return page->findChild<NetworkOverview *>();
}
} // namespace

TEST_CASE("The matrix shows who contributes to which goal and the goal nobody serves", "[ui][network]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::Commitment);
    NetworkMatrixView *matrix = window.chapterPage()->findChild<NetworkMatrixView *>();
    REQUIRE(matrix);
    NetworkMatrixModel *model = matrix->model();
    CHECK(model->rowCount() == 40);
    CHECK(model->columnCount() == 4);
    REQUIRE(model->matrix().goalsWithoutContributor.size() == 1);
    CHECK(matrix->gapText().contains(QLatin1String("middengroep")));
    CHECK(model->headerData(3, Qt::Horizontal).toString().contains(QLatin1String("nog niemand")));
    // Welzijn (row 2) contributes to the first goal.
    CHECK(model->index(2, 0).data().toString().contains(QLatin1String("draagt bij")));
    CHECK(model->index(0, 0).data().toString().isEmpty());

    // Opening an empty cell creates a contribution there and shows it; undo takes it away.
    const int before = int(window.document()->records(TableId::Contribution).size());
    matrix->activate(model->index(0, 3));
    CHECK(window.document()->records(TableId::Contribution).size() == before + 1);
    CHECK(model->matrix().goalsWithoutContributor.isEmpty());
    RecordTablePanel *contributions = window.chapterPage()->tablePanel(TableId::Contribution);
    CHECK(window.chapterPage()->tabs()->currentWidget() == contributions);
    CHECK_FALSE(contributions->currentRecordId().isEmpty());
    window.undoAction()->trigger();
    CHECK(window.document()->records(TableId::Contribution).size() == before);
    CHECK(model->matrix().goalsWithoutContributor.size() == 1);
}

TEST_CASE("The network overview charts kinds, stages and growth, and lists vindplaatsen", "[ui][network]")
{
    test::Workspace workspace;
    MainWindow window;
    NetworkOverview *overview = showNetworkOverview(window, test::copyDemo(workspace));
    ChapterPage *page = window.chapterPage();
    CHECK(overview->summaryText().contains(QLatin1String("40 organisaties")));
    auto *stages = qobject_cast<QHorizontalBarSeries *>(overview->stageChart()->chart()->series().constFirst());
    REQUIRE(stages);
    int total = 0;
    for (int i = 0; i < stages->barSets().constFirst()->count(); ++i)
        total += int(stages->barSets().constFirst()->at(i));
    CHECK(total == 40);
    auto *growth = qobject_cast<QLineSeries *>(overview->growthChart()->chart()->series().constFirst());
    REQUIRE(growth);
    CHECK(growth->at(growth->count() - 1).y() == 39); // one organisation dropped out
    // Month labels on the first of their month, none twice.
    auto *months = qobject_cast<QCategoryAxis *>(overview->growthChart()->chart()->axes(Qt::Horizontal).constFirst());
    REQUIRE(months);
    const QStringList labels = months->categoriesLabels();
    CHECK(labels.size() >= 2);
    CHECK(QSet<QString>(labels.cbegin(), labels.cend()).size() == labels.size());
    for (const QString &label : labels) {
        const QDate month = QDateTime::fromMSecsSinceEpoch(qint64(months->endValue(label)), Qt::UTC).date();
        CHECK(month.day() == 1);
        CHECK(label == month.toString(QStringLiteral("MM-yyyy")));
    }
    REQUIRE(overview->vindplaatsen()->count() == 11); // the wijkteam among them
    Q_EMIT overview->vindplaatsen()->itemActivated(overview->vindplaatsen()->item(0));
    RecordTablePanel *organisations = page->tablePanel(TableId::Organisation);
    CHECK(page->tabs()->currentWidget() == organisations);
    CHECK(organisations->currentRecordId() ==
          organisationNamed(*window.document(), QStringLiteral("Gemeente Voorbeeldstad, Wmo-loket")));
}

TEST_CASE("The overview's bar charts show every label whole, first on top, on whole-number ticks", "[ui][network]")
{
    test::Workspace workspace;
    MainWindow window;
    NetworkOverview *overview = showNetworkOverview(window, test::copyDemo(workspace));
    const network::Counts counts = network::countOrganisations(*window.document());
    for (const auto &[view, list, values] : {std::tuple<QChartView *, ChoiceList, QList<int>>{
                                                 overview->kindChart(), ChoiceList::OrganisationKind, counts.byKind},
                                             {overview->stageChart(), ChoiceList::CommitmentStage, counts.byStage}}) {
        QStringList texts;
        QHash<QString, qreal> heights;
        for (QGraphicsItem *item : view->scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
                texts.append(text->toPlainText());
                heights.insert(text->toPlainText(), text->scenePos().y());
            }
        }
        QStringList expected;
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i) > 0)
                expected.append(choiceLabel(list, i));
        }
        REQUIRE(expected.size() > 3);
        for (const QString &label : std::as_const(expected)) {
            INFO(label.toStdString() << " among " << texts.join(QLatin1Char('|')).toStdString());
            CHECK(texts.contains(label));
        }
        // The first kind or stage is drawn on top, and the table under the chart reads the same way.
        CHECK(heights.value(expected.constFirst()) < heights.value(expected.constLast()));
        auto *table = view->parentWidget()->findChildren<ChartTable *>().value(view == overview->kindChart() ? 0 : 1);
        REQUIRE(table);
        table->toggle()->click(); // the table is made when first shown
        REQUIRE(table->table()->model());
        CHECK(table->table()->model()->index(0, 1).data().toString() == expected.constFirst());
        // Ticks on whole numbers only.
        for (QAbstractAxis *axis : view->chart()->axes(Qt::Horizontal)) {
            auto *value = qobject_cast<QValueAxis *>(axis);
            REQUIRE(value);
            CHECK(value->tickType() == QValueAxis::TicksDynamic);
            CHECK(value->tickInterval() >= 1);
            CHECK(value->tickInterval() == std::floor(value->tickInterval()));
            CHECK(value->max() > *std::max_element(values.cbegin(), values.cend()));
        }
    }
}

TEST_CASE("Removing an organisation asks, takes its contributions along, and undo restores all", "[ui][network]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    const QString welzijn = organisationNamed(*document, QStringLiteral("Stichting Welzijn Voorbeeldstad"));
    REQUIRE(network::dependentCount(*document, TableId::Organisation, welzijn) == 2); // a contribution, an activity
    window.showChapter(ChapterId::SterkNetwerk);
    RecordTablePanel *organisations = window.chapterPage()->tablePanel(TableId::Organisation);
    organisations->showRecord(welzijn, 0);
    const int contributions = int(document->records(TableId::Contribution).size());

    MessageBox::setNextAnswer(QMessageBox::No);
    organisations->removeAction()->trigger();
    CHECK(document->record(TableId::Organisation, welzijn) != nullptr);
    CHECK(MessageBox::lastText().contains(QLatin1String("2 andere regels")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    organisations->removeAction()->trigger();
    CHECK(document->record(TableId::Organisation, welzijn) == nullptr);
    CHECK(document->records(TableId::Contribution).size() == contributions - 1);
    window.undoAction()->trigger();
    CHECK(document->record(TableId::Organisation, welzijn) != nullptr);
    CHECK(document->records(TableId::Contribution).size() == contributions);
    bool ownerBack = false;
    for (const Record &activity : document->records(TableId::Activity))
        ownerBack = ownerBack || activity.values.at(3).toString() == welzijn;
    CHECK(ownerBack);
}

TEST_CASE("Odd emails, phone numbers and repeated names are kept but marked", "[ui][network]")
{
    test::Workspace workspace;
    MainWindow window;
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    RecordTablePanel *organisations = window.chapterPage(ChapterId::SterkNetwerk)->tablePanel(TableId::Organisation);
    RecordTableModel *model = organisations->model();
    const QModelIndex name = model->index(0, 0);
    CHECK(name.data(Qt::DecorationRole).isNull());
    REQUIRE(model->setData(model->index(0, fieldIndex(OrganisationField::ContactEmail)), QStringLiteral("marieke-at-voorbeeldstad")));
    CHECK(document->records(TableId::Organisation).at(0).values.at(fieldIndex(OrganisationField::ContactEmail)).toString() ==
          QLatin1String("marieke-at-voorbeeldstad"));
    CHECK(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("e-mailadres")));
    CHECK_FALSE(name.data(Qt::DecorationRole).isNull());
    REQUIRE(model->setData(model->index(1, fieldIndex(OrganisationField::ContactPhone)), QStringLiteral("bel maar")));
    CHECK(model->index(1, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("telefoonnummer")));
    REQUIRE(model->setData(model->index(2, 0), QStringLiteral("Humanitas Voorbeeldstad")));
    CHECK(model->index(2, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("al eerder")));
    CHECK(network::looksLikeEmail(QStringLiteral("a.b@voorbeeldstad.nl")));
    CHECK(network::looksLikePhone(QStringLiteral("+31 (0)6 12 34 56 78")));
}

TEST_CASE("Organisations import from a social map CSV, skipping known names unless chosen", "[ui][network][import]")
{
    test::Workspace workspace;
    MainWindow window;
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    const int before = int(document->records(TableId::Organisation).size());
    OrganisationImportDialog dialog(document);
    REQUIRE(dialog.loadFile(test::dataPath(QStringLiteral("csv/sociale-kaart.csv"))));
    const network::OrganisationPreview &preview = dialog.preview();
    REQUIRE(preview.lines.size() == 4);
    CHECK(preview.duplicateCount == 1);
    CHECK(preview.lines.at(2).note.contains(QLatin1String("Anders")));
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.accept();
    CHECK(document->records(TableId::Organisation).size() == before + 3);
    const Record &added = document->records(TableId::Organisation).at(before);
    CHECK(added.values.at(fieldIndex(OrganisationField::Notes)).toString().contains(QLatin1String("Kerkstraat 4")));
    document->undoStack()->undo();
    CHECK(document->records(TableId::Organisation).size() == before);

    OrganisationImportDialog withDuplicates(document);
    REQUIRE(withDuplicates.loadFile(test::dataPath(QStringLiteral("csv/sociale-kaart.csv"))));
    withDuplicates.duplicatesBox()->setChecked(true);
    withDuplicates.accept();
    CHECK(document->records(TableId::Organisation).size() == before + 4);

    OrganisationImportDialog bad(document);
    REQUIRE(bad.loadFile(test::dataPath(QStringLiteral("csv/sociale-kaart-zonder-naam.csv"))));
    CHECK(bad.preview().errorCount == 1);
    CHECK_FALSE(bad.importButton()->isEnabled());
}
