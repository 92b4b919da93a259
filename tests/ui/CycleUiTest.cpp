// The yearly cycle in the window: the rounds of the checklist and the year at a glance.

#include "TestSupport.h"
#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "core/records/Fields.h"
#include "core/workbook/Rounds.h"
#include "ui/common/DateField.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/workbook/ChapterPage.h"
#include "ui/workbook/DashboardPage.h"
#include "ui/workbook/RoundsView.h"
#include "ui/workbook/YearPlanView.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rk;

namespace {
int rowOf(QTableWidget *table, const QString &startsWith)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text().startsWith(startsWith))
            return row;
    }
    return -1;
}
} // namespace

TEST_CASE("The rounds tab shows how each answer moved and begins a round as one undo step", "[ui][rounds]")
{
    test::Workspace workspace;
    MainWindow window;
    window.resize(1366, 728);
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    window.showChapter(ChapterId::MonitorenEvalueren);
    ChapterPage *page = window.chapterPage();
    REQUIRE(page);
    auto *rounds = page->findChild<RoundsView *>();
    REQUIRE(rounds);
    page->tabs()->setCurrentWidget(rounds);
    QTest::qWait(10);
    CHECK(page->tabs()->tabText(page->tabs()->indexOf(rounds)) == QLatin1String("&Rondes"));
    // Right after the checklist.
    CHECK(page->tabs()->tabText(page->tabs()->indexOf(rounds) - 1) == QLatin1String("&Checklist"));

    QTableWidget *trend = rounds->trendTable();
    REQUIRE(trend->columnCount() == 4); // question, 2025, 2026 (open), trend
    CHECK(trend->horizontalHeaderItem(1)->text() == QLatin1String("2025"));
    CHECK(trend->horizontalHeaderItem(2)->text() == QLatin1String("2026 (open)"));
    CHECK(rounds->summaryText().contains(QLatin1String("Open ronde: 2026")));
    CHECK(rounds->summaryText().contains(QLatin1String("8 beter, 0 minder")));
    // "Who owns the problem": nobody in 2025, the core group now.
    const int owner = rowOf(trend, QStringLiteral("5. Is duidelijk wie eigenaar"));
    REQUIRE(owner >= 0);
    CHECK(trend->item(owner, 1)->text() == QLatin1String("Nee"));
    CHECK(trend->item(owner, 2)->text() == QLatin1String("Ja"));
    CHECK(trend->item(owner, 3)->text() == QStringLiteral("nee → ja (beter)"));
    CHECK(trend->item(owner, 1)->toolTip() == QLatin1String("Niemand voelde zich eigenaar."));
    // The rounds themselves can be named and annotated, but not added as empty rows.
    CHECK(rounds->roundsPanel()->model()->rowCount() == 2);
    CHECK_FALSE(rounds->roundsPanel()->addAction()->isEnabled());

    // Begin round 2027: the dialog suggests the names; one undo step takes it back.
    QString suggestedClosing, suggestedNext;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (qobject_cast<DateField *>(edit))
                continue;
            (suggestedClosing.isEmpty() ? suggestedClosing : suggestedNext) = edit->text();
        }
        dialog->accept();
    });
    rounds->startButton()->click();
    QTest::qWait(20);
    CHECK(suggestedClosing == QLatin1String("2026"));
    CHECK(suggestedNext == QString::number(std::max(2027, QDate::currentDate().year())));
    REQUIRE(checklistRounds(*document).size() == 3);
    CHECK(trend->columnCount() == 5);
    CHECK(trend->item(owner, 4)->text() == QStringLiteral("nee → ja (beter)"));
    CHECK(rounds->roundsPanel()->model()->rowCount() == 3);
    // The dashboard follows, also when the round is undone.
    const auto dashboardSays = [&window](const QString &text) {
        window.showDashboard();
        QTest::qWait(20);
        auto *dashboard = window.findChild<DashboardPage *>();
        return dashboard && dashboard->summaryText().contains(text);
    };
    const QString next = QStringLiteral("Open ronde van de checklist: %1").arg(suggestedNext);
    CHECK(dashboardSays(next));
    document->undoStack()->undo();
    QTest::qWait(20);
    CHECK(checklistRounds(*document).size() == 2);
    CHECK(dashboardSays(QStringLiteral("Open ronde van de checklist: 2026")));
    window.showChapter(ChapterId::MonitorenEvalueren);
    page->tabs()->setCurrentWidget(rounds);
    QTest::qWait(20);
    CHECK(trend->columnCount() == 4);

    // A name that a closed round already has is refused, and nothing changes.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (!qobject_cast<DateField *>(edit) && edit->text() != QLatin1String("2026"))
                edit->setText(QStringLiteral("2025"));
        }
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTimer::singleShot(0, dialog, &QDialog::reject);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    rounds->startButton()->click();
    QTest::qWait(20);
    CHECK(MessageBox::lastText().contains(QLatin1String("Er is al een ronde met de naam 2025")));
    CHECK(checklistRounds(*document).size() == 2);

    // A change in this year's checklist shows in the trend at once.
    REQUIRE(document->checklistEntry(ChapterId::MonitorenEvalueren, QStringLiteral("p06")).answer ==
            ChecklistAnswer::No);
    const int intake = rowOf(trend, QStringLiteral("5. Komt eenzaamheid"));
    REQUIRE(intake >= 0);
    CHECK(trend->item(intake, 3)->text() == QLatin1String("steeds nee"));

    // Enter on a question opens it in the checklist of its chapter.
    trend->setCurrentCell(owner, 0);
    Q_EMIT trend->cellActivated(owner, 0);
    QTest::qWait(20);
    CHECK(window.chapterPage()->tabs()->currentWidget() != rounds);

    // The dashboard names the open round.
    window.showDashboard();
    QTest::qWait(10);
    auto *dashboard = window.findChild<DashboardPage *>();
    REQUIRE(dashboard);
    bool named = false;
    for (QLabel *label : dashboard->findChildren<QLabel *>())
        named = named || label->text().contains(QLatin1String("Open ronde van de checklist: 2026"));
    CHECK(named);
}

TEST_CASE("The year at a glance lists the fixed moments, activities and measurements due", "[ui][planning]")
{
    test::Workspace workspace;
    MainWindow window;
    window.resize(1366, 728);
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::PlanVanAanpak);
    ChapterPage *page = window.chapterPage();
    REQUIRE(page);
    auto *view = page->findChild<YearPlanView *>();
    REQUIRE(view);
    page->tabs()->setCurrentWidget(view);
    view->setYear(2026);
    QTreeWidget *tree = view->tree();
    QStringList lines;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        lines.append(tree->topLevelItem(i)->text(0) + QLatin1Char('|') + tree->topLevelItem(i)->text(1));
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    const QLocale locale;
    const auto day = [&locale](int y, int m, int d) { return locale.toString(QDate(y, m, d), QLocale::ShortFormat); };
    const auto month = [&locale](int m) {
        QString name = locale.standaloneMonthName(m);
        name[0] = name.at(0).toUpper();
        return name + QLatin1Char('|');
    };
    const QString week = QStringLiteral("%1 t/m %2|Week tegen Eenzaamheid 2026").arg(day(2026, 9, 24), day(2026, 10, 1));
    CHECK(lines.first() == month(1));
    CHECK(lines.contains(week));
    CHECK(lines.contains(day(2026, 11, 5) + QLatin1String("|Begroting 2027 in de raad")));
    CHECK(lines.indexOf(month(9)) >= 0);
    CHECK(lines.indexOf(month(9)) < lines.indexOf(week));
    // Enter on the national week opens its row in the yearly planning.
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(1) == QLatin1String("Week tegen Eenzaamheid 2026"))
            Q_EMIT tree->itemActivated(tree->topLevelItem(i), 0);
    }
    QTest::qWait(20);
    RecordTablePanel *moments = window.chapterPage()->tablePanel(TableId::PlanningMoment);
    REQUIRE(moments);
    CHECK(window.chapterPage()->tabs()->currentWidget() == moments);
    CHECK(window.document()->recordTitle(TableId::PlanningMoment, moments->currentRecordId()) ==
          QLatin1String("Week tegen Eenzaamheid 2026"));

    // The fixed moments of a new year in one step, the national week's date as the user set it.
    QAction *add = nullptr;
    for (QAction *action : moments->toolActions()) {
        if (action->text() == QLatin1String("&Vaste momenten toevoegen..."))
            add = action;
    }
    REQUIRE(add);
    const int before = int(window.document()->records(TableId::PlanningMoment).size());
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *year = dialog->findChild<QSpinBox *>();
        REQUIRE(year);
        year->setValue(2029);
        for (DateField *date : dialog->findChildren<DateField *>()) {
            if (date->accessibleName().startsWith(QLatin1String("&Week")))
                date->setDate(QDate(2029, 9, 27));
        }
        dialog->accept();
    });
    add->trigger();
    QTest::qWait(20);
    // Checklist round, voorjaarsnota, the week and the budget; 2029 has no monitor round.
    REQUIRE(window.document()->records(TableId::PlanningMoment).size() == before + 4);
    view->setYear(2029);
    bool week2029 = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        week2029 = week2029 || tree->topLevelItem(i)->text(0).startsWith(day(2029, 9, 27));
    CHECK(week2029);
    window.document()->undoStack()->undo();
    CHECK(window.document()->records(TableId::PlanningMoment).size() == before);
}

TEST_CASE("A new council report starts from a draft of its key messages, as one undo step", "[ui][council]")
{
    test::Workspace workspace;
    MainWindow window;
    window.resize(1366, 728);
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    window.showChapter(ChapterId::MonitorenEvalueren);
    RecordTablePanel *reports = window.chapterPage()->tablePanel(TableId::CouncilReport);
    REQUIRE(reports);
    window.chapterPage()->tabs()->setCurrentWidget(reports);
    const QString id = edit::insertRecord(*document, TableId::CouncilReport, 1);
    REQUIRE_FALSE(id.isEmpty());
    reports->showRecord(id, 0);
    QTest::qWait(10);
    REQUIRE(reports->currentRecordId() == id);
    // A report added in the table starts as the last one ended: same sender, department and
    // alderman, dated today, a draft.
    {
        const Record fresh = RecordTablePanel::newRow(*document, TableId::CouncilReport);
        CHECK(field(fresh, CouncilReportField::Sender).toString() ==
              QLatin1String("College van burgemeester en wethouders van Voorbeeldstad"));
        // Money is entered for this year, unless the user says otherwise.
        CHECK(field(RecordTablePanel::newRow(*document, TableId::Funding), FundingField::Year).toLongLong() ==
              QDate::currentDate().year());
        const Record demoRow = document->records(TableId::CouncilReport).constFirst();
        const Record next = [&] {
            const int before = int(document->records(TableId::CouncilReport).size());
            reports->showRecord(demoRow.id, 0);
            reports->addAction()->trigger();
            QTest::qWait(10);
            REQUIRE(document->records(TableId::CouncilReport).size() == before + 1);
            return *document->record(TableId::CouncilReport, reports->currentRecordId());
        }();
        CHECK(field(next, CouncilReportField::Department).toString() == QLatin1String("Team Sociaal Domein"));
        CHECK(field(next, CouncilReportField::PortfolioHolder).toString() == QLatin1String("Wethouder Zorg en Welzijn"));
        CHECK(storedDate(field(next, CouncilReportField::Date)) == QDate::currentDate());
        CHECK(field(next, CouncilReportField::KeyMessages).toString().isEmpty());
        edit::undo(*document);
        reports->showRecord(id, 0);
        QTest::qWait(10);
    }
    QAction *draft = nullptr;
    for (QAction *action : reports->toolActions()) {
        if (action->text() == QLatin1String("&Kernboodschap voorstellen"))
            draft = action;
    }
    REQUIRE(draft);
    draft->trigger();
    QTest::qWait(10);
    const Record *row = document->record(TableId::CouncilReport, id);
    REQUIRE(row);
    const QString messages = field(*row, CouncilReportField::KeyMessages).toString();
    CHECK(messages.startsWith(QLatin1String("Van de 6 indicatoren:")));
    CHECK(messages.count(QLatin1Char('\n')) >= 2);
    CHECK(field(*row, CouncilReportField::Subject).toString().startsWith(QLatin1String("Voortgang Samen tegen eenzaamheid")));
    CHECK(field(*row, CouncilReportField::Sender).toString() ==
          QLatin1String("College van burgemeester en wethouders, Gemeente Voorbeeldstad"));
    CHECK(choiceOf<ReportStatus>(field(*row, CouncilReportField::Status)) == ReportStatus::Concept);
    // Own words are not replaced without asking.
    REQUIRE(edit::setRecordField(*document, TableId::CouncilReport, id, fieldIndex(CouncilReportField::KeyMessages),
                                 QStringLiteral("Eigen woorden.")));
    MessageBox::setNextAnswer(QMessageBox::No);
    draft->trigger();
    QTest::qWait(10);
    CHECK(field(*document->record(TableId::CouncilReport, id), CouncilReportField::KeyMessages).toString() ==
          QLatin1String("Eigen woorden."));
    edit::undo(*document); // own words
    edit::undo(*document); // the draft, in one step
    row = document->record(TableId::CouncilReport, id);
    REQUIRE(row);
    CHECK(field(*row, CouncilReportField::KeyMessages).toString().isEmpty());
    CHECK(field(*row, CouncilReportField::Subject).toString().isEmpty());
}
