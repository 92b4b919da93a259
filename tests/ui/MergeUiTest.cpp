// A copy that comes back, as the coordinator meets it: the program recognises it, shows its
// changes for review, and takes the chosen ones over as one undo step.
#include "TestSupport.h"
#include "Widgets.h"
#include "core/ProjectDocument.h"
#include "core/ProjectOpener.h"
#include "core/commands/Edits.h"
#include "core/merge/ProjectMerge.h"
#include "core/records/Fields.h"
#include "core/share/ShareCopy.h"
#include "ui/common/HistoryDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/share/MergeReviewDialog.h"
#include "ui/shell/MainWindow.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace rk;

namespace {
using test::buttonWithText;

// The change rows of the review (the third level), each with the change it shows.
QList<QModelIndex> changeRows(const QTreeView *view)
{
    QList<QModelIndex> rows;
    const QAbstractItemModel *model = view->model();
    for (int c = 0; c < model->rowCount(); ++c) {
        const QModelIndex chapter = model->index(c, 0);
        for (int g = 0; g < model->rowCount(chapter); ++g) {
            const QModelIndex group = model->index(g, 0, chapter);
            for (int r = 0; r < model->rowCount(group); ++r)
                rows.append(model->index(r, 0, group));
        }
    }
    return rows;
}

struct Returned
{
    test::Workspace workspace;
    MainWindow window;
    QString copyPath;
    QString goal, indicator, activity;

    Returned()
    {
        window.resize(1366, 728);
        window.show();
        REQUIRE(window.openProject(test::copyDemo(workspace)));
        ProjectDocument &mine = *window.document();
        goal = mine.records(TableId::Goal).first().id;
        indicator = mine.records(TableId::Indicator).first().id;
        activity = mine.records(TableId::Activity).first().id;
        copyPath = workspace.path(QStringLiteral("kopie.routekaart"));
        QString error;
        REQUIRE(share::writeShareCopy(mine, copyPath, false, &error, QStringLiteral("els@welzijn.example")));
        {
            OpenResult copy = ProjectOpener::open(copyPath);
            REQUIRE(copy.ok());
            ProjectDocument &theirs = *copy.document;
            REQUIRE(edit::setRecordField(theirs, TableId::Goal, goal, int(GoalField::Description),
                                         QStringLiteral("Uitleg van Els")));
            REQUIRE(
                edit::setRecordField(theirs, TableId::Indicator, indicator, int(IndicatorField::TargetValue), 99.0));
            REQUIRE(edit::setRecordField(theirs, TableId::Activity, activity, int(ActivityField::Title),
                                         QStringLiteral("Activiteit van Els")));
            REQUIRE(edit::setChapterNotes(theirs, ChapterId::Preventie, QStringLiteral("Notitie van Els")));
        }
        REQUIRE(edit::setRecordField(mine, TableId::Indicator, indicator, int(IndicatorField::TargetValue), 77.0));
    }
};
} // namespace

TEST_CASE("The review: each change with a box, conflicts decided one by one, the chosen ones merged as one step",
          "[ui][merge]")
{
    Returned returned;
    ProjectDocument &mine = *returned.window.document();
    const int stepsBefore = mine.undoStack()->count();
    merge::OpenedCopy opened;
    QString error;
    REQUIRE(merge::openCopy(returned.copyPath, mine, &opened, &error));
    MergeReviewDialog dialog(&mine, std::move(opened), &returned.window);
    dialog.show();
    QTreeView *view = dialog.view();
    const QList<QModelIndex> rows = changeRows(view);
    REQUIRE(rows.size() == 4);
    QPushButton *mergeButton = buttonWithText(&dialog, QStringLiteral("Samenvoegen"));
    REQUIRE(mergeButton);
    // One conflict (the target both changed) waits for a choice: merging is not possible yet.
    CHECK(dialog.undecidedCount() == 1);
    CHECK_FALSE(mergeButton->isEnabled());
    // The review starts on the conflict.
    const int current = view->currentIndex().siblingAtColumn(0).data(Qt::UserRole + 1).toInt();
    CHECK(dialog.comparison().changes.at(current).conflict == merge::Conflict::BothChanged);

    // Keyboard: Space on the conflict takes the copy's version; the button keeps mine again.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(dialog.undecidedCount() == 0);
    CHECK(dialog.comparison().changes.at(current).accepted);
    buttonWithText(&dialog, QStringLiteral("Mijn versie houden"))->click();
    CHECK_FALSE(dialog.comparison().changes.at(current).accepted);
    CHECK(mergeButton->isEnabled());

    // Leave the activity's new title out, by its box.
    for (const QModelIndex &row : rows) {
        const merge::Change &change = dialog.comparison().changes.at(row.data(Qt::UserRole + 1).toInt());
        if (change.table == TableId::Activity && change.area == merge::Area::Record) {
            view->setCurrentIndex(row);
            QTest::keyClick(view, Qt::Key_Space);
            CHECK_FALSE(dialog.comparison().changes.at(row.data(Qt::UserRole + 1).toInt()).accepted);
        }
    }
    const QString activityTitle = mine.recordTitle(TableId::Activity, returned.activity);
    mergeButton->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(mine.record(TableId::Goal, returned.goal)->values.value(int(GoalField::Description)).toString() ==
          QLatin1String("Uitleg van Els"));
    CHECK(mine.chapter(ChapterId::Preventie).notes == QLatin1String("Notitie van Els"));
    CHECK(mine.record(TableId::Indicator, returned.indicator)
              ->values.value(int(IndicatorField::TargetValue))
              .toDouble() == 77.0);
    CHECK(mine.recordTitle(TableId::Activity, returned.activity) == activityTitle);
    CHECK(mine.undoStack()->count() == stepsBefore + 1);
    CHECK(dialog.lastMessage().startsWith(QLatin1String("2 wijziging")));

    // One undo puts all of it back.
    edit::undo(mine);
    CHECK(mine.chapter(ChapterId::Preventie).notes != QLatin1String("Notitie van Els"));
    CHECK(mine.record(TableId::Goal, returned.goal)->values.value(int(GoalField::Description)).toString() !=
          QLatin1String("Uitleg van Els"));
}

TEST_CASE("Opening a copy of the open project says so and offers the review", "[ui][merge]")
{
    Returned returned;
    const QString project = returned.window.document()->filePath();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK(returned.window.openProject(returned.copyPath));
    CHECK(MessageBox::lastText().startsWith(QLatin1String("Dit is een kopie van uw project")));
    CHECK(MessageBox::lastText().contains(QLatin1String("els@welzijn.example")));
    CHECK(MessageBox::lastText().contains(QLatin1String("4 wijziging")));
    CHECK(returned.window.document()->filePath() == project);

    // "De kopie zelf openen" opens it as any file.
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK(returned.window.openProject(returned.copyPath));
    CHECK(QFileInfo(returned.window.document()->filePath()).fileName() == QLatin1String("kopie.routekaart"));
}

TEST_CASE("The review of a copy of another project is refused with a message", "[ui][merge]")
{
    Returned returned;
    const QString other = returned.workspace.path(QStringLiteral("ander.routekaart"));
    test::createProject(other);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    returned.window.reviewCopy(other);
    CHECK(MessageBox::lastText().contains(QLatin1String("geen kopie van dit project")));
    CHECK(returned.window.document()->undoStack()->count() == 1);
}

TEST_CASE("The history shows the edits and the merge, by person, chapter and record", "[ui][history]")
{
    Returned returned;
    ProjectDocument &mine = *returned.window.document();
    merge::OpenedCopy opened;
    QString error;
    REQUIRE(merge::openCopy(returned.copyPath, mine, &opened, &error));
    MergeReviewDialog review(&mine, std::move(opened), &returned.window);
    review.keepMine(); // the one conflict, chosen at the start
    review.accept();
    REQUIRE(review.result() == QDialog::Accepted);

    HistoryDialog history(&mine, {}, &returned.window);
    const QAbstractItemModel *model = history.view()->model();
    REQUIRE(model->rowCount() >= 4);
    // Newest first: the merge's edits, each naming the step.
    CHECK(model->index(0, 6).data().toString().startsWith(QLatin1String("Samengevoegd uit de kopie")));
    bool notes = false;
    for (int row = 0; row < model->rowCount(); ++row)
        notes = notes || (model->index(row, 3).data().toString() == QLatin1String("Notities") &&
                          model->index(row, 5).data().toString() == QLatin1String("Notitie van Els"));
    CHECK(notes);
    // The chapter filter keeps Preventie's lines only.
    history.chapterFilter()->setCurrentIndex(history.chapterFilter()->findText(chapterTitle(ChapterId::Preventie)));
    CHECK(model->rowCount() == 1);

    // One row's history: its field changes with what they were.
    HistoryDialog one(&mine, returned.goal, &returned.window);
    REQUIRE(one.view()->model()->rowCount() == 1);
    CHECK(one.view()->model()->index(0, 3).data().toString() == fieldLabel(TableId::Goal, int(GoalField::Description)));
    CHECK(one.view()->model()->index(0, 5).data().toString() == QLatin1String("Uitleg van Els"));
}
