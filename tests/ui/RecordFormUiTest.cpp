// A record with many fields is edited in a form beside its table: every field with its
// label and a proper editor, stored when left and undone like a cell; the list keeps its
// key columns. F6 moves between the panes of the window.

#include "TestSupport.h"

#include "core/ProjectDocument.h"
#include "core/records/Fields.h"
#include "ui/common/DateField.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/workbook/ChapterPage.h"
#include "ui/workbook/GoalsPanel.h"
#include "ui/workbook/GuidancePanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

using namespace rk;

namespace {

RecordTablePanel *organisations_(MainWindow &window)
{
    window.showChapter(ChapterId::SterkNetwerk);
    ChapterPage *page = window.chapterPage();
    RecordTablePanel *panel = page->tablePanel(TableId::Organisation);
    page->tabs()->setCurrentWidget(panel);
    QTest::qWait(10);
    return panel;
}

QString organisationValue(const ProjectDocument &document, const QString &id, OrganisationField field)
{
    const Record *record = document.record(TableId::Organisation, id);
    REQUIRE(record);
    return rk::field(*record, field).toString();
}

} // namespace

TEST_CASE("A table with many fields has a form with every field of the current row", "[ui][form]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    RecordTablePanel *panel = organisations_(window);
    RecordForm *form = panel->form();
    REQUIRE(form);

    // The table opens on its first row, and the form shows it.
    REQUIRE(panel->view()->currentIndex().row() == 0);
    const QString id = panel->currentRecordId();
    REQUIRE_FALSE(id.isEmpty());
    auto *name = qobject_cast<QLineEdit *>(form->editor(fieldIndex(OrganisationField::Name)));
    REQUIRE(name);
    CHECK(name->text() == organisationValue(*document, id, OrganisationField::Name));
    CHECK(name->accessibleName() == QLatin1String("Naam"));
    CHECK(qobject_cast<QPlainTextEdit *>(form->editor(fieldIndex(OrganisationField::Notes))));
    CHECK(qobject_cast<DateField *>(form->editor(fieldIndex(OrganisationField::StageDate))));
    CHECK(qobject_cast<QListWidget *>(form->editor(fieldIndex(OrganisationField::Roles))));
    // Contact persons are personal data, and the form says so.
    CHECK(form->editor(fieldIndex(OrganisationField::ContactEmail))->accessibleDescription().contains(
        QLatin1String("Persoonsgegeven")));

    // The list keeps its key columns; notes and the contact's details are in the form.
    CHECK_FALSE(panel->view()->isColumnHidden(fieldIndex(OrganisationField::Name)));
    CHECK_FALSE(panel->view()->isColumnHidden(fieldIndex(OrganisationField::ContactName)));
    CHECK(panel->view()->isColumnHidden(fieldIndex(OrganisationField::Notes)));
    CHECK(panel->view()->isColumnHidden(fieldIndex(OrganisationField::ContactEmail)));

    // A name typed in the form is stored when the field is left, and undone as one step.
    const QString before = name->text();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Sociaal Domein Voorbeeldstad"));
    QTest::keyClick(name, Qt::Key_Tab);
    CHECK(organisationValue(*document, id, OrganisationField::Name) == QLatin1String("Sociaal Domein Voorbeeldstad"));
    CHECK(panel->view()->currentIndex().data().toString() == QLatin1String("Sociaal Domein Voorbeeldstad"));
    // The status bar says it is stored.
    auto *saved = window.findChild<QLabel *>(QStringLiteral("savedState"));
    REQUIRE(saved);
    CHECK(saved->text().startsWith(QLatin1String("Opgeslagen om ")));
    document->undoStack()->undo();
    CHECK(organisationValue(*document, id, OrganisationField::Name) == before);
    CHECK(name->text() == before);

    // A choice is stored as it is made.
    auto *kind = qobject_cast<QComboBox *>(form->editor(fieldIndex(OrganisationField::Kind)));
    REQUIRE(kind);
    const int other = kind->currentIndex() == 1 ? 2 : 1;
    kind->setCurrentIndex(other);
    Q_EMIT kind->activated(other);
    CHECK(rk::field(*document->record(TableId::Organisation, id), OrganisationField::Kind).toInt() ==
          kind->itemData(other).toInt());

    // Long notes in several lines.
    auto *notes = qobject_cast<QPlainTextEdit *>(form->editor(fieldIndex(OrganisationField::Notes)));
    REQUIRE(notes);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Eerste regel"));
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, QStringLiteral("Tweede regel"));
    name->setFocus();
    CHECK(organisationValue(*document, id, OrganisationField::Notes).endsWith(QLatin1String("Eerste regel\nTweede regel")));

    // A date that cannot be read stays in its field with a message and is never stored.
    auto *date = qobject_cast<DateField *>(form->editor(fieldIndex(OrganisationField::StageDate)));
    REQUIRE(date);
    const QString storedDate = organisationValue(*document, id, OrganisationField::StageDate);
    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("31-02-2026"));
    QTest::keyClick(date, Qt::Key_Tab);
    CHECK(organisationValue(*document, id, OrganisationField::StageDate) == storedDate);
    CHECK(date->text() == QLatin1String("31-02-2026"));
    CHECK_FALSE(date->problemText().isEmpty());
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("1-3-2026"));
    QTest::keyClick(date, Qt::Key_Tab);
    CHECK(organisationValue(*document, id, OrganisationField::StageDate) == QLatin1String("2026-03-01"));

    // Another row: the form follows.
    panel->view()->setCurrentIndex(panel->view()->model()->index(2, 0));
    const QString third = panel->currentRecordId();
    auto *thirdName = qobject_cast<QLineEdit *>(form->editor(fieldIndex(OrganisationField::Name)));
    REQUIRE(thirdName);
    CHECK(thirdName->text() == organisationValue(*document, third, OrganisationField::Name));
}

TEST_CASE("A value the file refuses is named in the form", "[ui][form]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    RecordTablePanel *panel = organisations_(window);
    RecordForm *form = panel->form();
    auto *name = qobject_cast<QLineEdit *>(form->editor(fieldIndex(OrganisationField::Name)));
    REQUIRE(name);
    name->setMaxLength(100000);
    name->setFocus();
    name->setText(QString(600, QLatin1Char('x'))); // more than a name may hold
    QTest::keyClick(name, Qt::Key_Return); // stored on the next turn of the event loop
    QTest::qWait(20);
    CHECK(form->problemLabel()->isVisibleTo(form));
    CHECK_FALSE(form->problemLabel()->text().isEmpty());
    CHECK(organisationValue(*window.document(), panel->currentRecordId(), OrganisationField::Name).size() < 600);
    // A value that is stored takes the message away.
    name->setText(QStringLiteral("Gemeente Voorbeeldstad"));
    QTest::keyClick(name, Qt::Key_Return);
    QTest::qWait(20);
    CHECK_FALSE(form->problemLabel()->isVisibleTo(form));
}

TEST_CASE("Columns can be shown or hidden, and the choice is kept", "[ui][form]")
{
    test::Workspace workspace;
    MainWindow window;
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    RecordTablePanel *panel = organisations_(window);
    const int email = fieldIndex(OrganisationField::ContactEmail);
    REQUIRE(panel->view()->isColumnHidden(email));
    panel->setColumnShown(email, true);
    CHECK_FALSE(panel->view()->isColumnHidden(email));
    panel->setColumnShown(0, false); // the name says what a row is: always shown
    CHECK_FALSE(panel->view()->isColumnHidden(0));
    RecordTablePanel again(TableId::Organisation);
    CHECK_FALSE(again.view()->isColumnHidden(email));
    CHECK(again.view()->isColumnHidden(fieldIndex(OrganisationField::Notes)));
    panel->setColumnShown(email, false);

    // Short tables are edited in their cells and have no form.
    for (int t = 0; t < kTableCount; ++t) {
        const auto table = static_cast<TableId>(t);
        RecordTablePanel short_(table);
        CHECK((short_.form() != nullptr) == RecordTablePanel::needsForm(table));
    }
    CHECK_FALSE(RecordTablePanel::needsForm(TableId::Measurement));
    CHECK(RecordTablePanel::needsForm(TableId::Persona));
}

TEST_CASE("F6 moves between the chapter list, the work and the guidance", "[ui][keyboard]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::Verkenning);
    ChapterPage *page = window.chapterPage();
    window.navigator()->setFocus();
    QTest::qWait(10);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(page->tabs()->currentWidget()->isAncestorOf(QApplication::focusWidget()));
    // On a table's tab, F6 lands in the table, where the work is.
    page->tabs()->setCurrentWidget(page->tablePanel(TableId::LocalFigure));
    window.navigator()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(QApplication::focusWidget() == page->tablePanel(TableId::LocalFigure)->view());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(QApplication::focusWidget() == page->guidancePanel());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(QApplication::focusWidget() == window.navigator());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == page->guidancePanel());
}

TEST_CASE("The network in one place: organisations lead to contributions and back", "[ui][network]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    RecordTablePanel *organisations = organisations_(window);
    // An organisation that contributes.
    organisations->showRecord(
        field(window.document()->records(TableId::Contribution).constFirst(), ContributionField::OrganisationId)
            .toString(),
        0);
    QAction *toContributions = nullptr;
    for (QAction *action : organisations->toolActions()) {
        if (action->text() == QLatin1String("&Bijdragen bekijken"))
            toContributions = action;
    }
    REQUIRE(toContributions);
    toContributions->trigger();
    ChapterPage *commitment = window.chapterPage();
    REQUIRE(commitment->chapter() == ChapterId::Commitment);
    RecordTablePanel *contributions = commitment->tablePanel(TableId::Contribution);
    CHECK(commitment->tabs()->currentWidget() == contributions);

    contributions->view()->setCurrentIndex(contributions->view()->model()->index(0, 0));
    const Record *contribution =
        window.document()->record(TableId::Contribution, contributions->currentRecordId());
    REQUIRE(contribution);
    QAction *toOrganisation = nullptr;
    for (QAction *action : contributions->toolActions()) {
        if (action->text() == QLatin1String("Naar de &organisatie"))
            toOrganisation = action;
    }
    REQUIRE(toOrganisation);
    toOrganisation->trigger();
    REQUIRE(window.chapterPage()->chapter() == ChapterId::SterkNetwerk);
    CHECK(window.chapterPage()->tabs()->currentWidget() == organisations);
    CHECK(organisations->currentRecordId() == field(*contribution, ContributionField::OrganisationId).toString());
}

TEST_CASE("The goals page opens on the first goal with its indicators; its forms can be put away", "[ui][form]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::PlanVanAanpak);
    GoalsPanel *goals = window.chapterPage()->goalsPanel();
    REQUIRE(goals);
    const QString first = window.document()->records(TableId::Goal).constFirst().id;
    CHECK(goals->goals()->currentRecordId() == first);
    CHECK(goals->indicators()->proxy()->rowCount() ==
          int(window.document()->children(TableId::Indicator, first).size()));
    CHECK(goals->indicators()->proxy()->rowCount() > 0);
    CHECK_FALSE(goals->indicators()->currentRecordId().isEmpty());
    CHECK(goals->findChild<QPushButton *>()->isEnabled()); // "Voortgang van deze indicator"

    // Two tables on one page: the goals' form starts put away, the indicators' shown.
    CHECK_FALSE(goals->goals()->form()->isVisibleTo(goals));
    CHECK(goals->indicators()->form()->isVisibleTo(goals));
    goals->goals()->showFormAction()->trigger();
    CHECK(goals->goals()->form()->isVisibleTo(goals));
    RecordTablePanel again(TableId::Goal); // the choice is remembered
    CHECK(again.showFormAction()->isChecked());
    goals->goals()->showFormAction()->trigger();
}

TEST_CASE("Looking at rows in a form writes nothing and leaves nothing to undo", "[ui][form]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    // Campaigns have channels (a list of check boxes), organisations their roles.
    for (const auto &[chapter, table] : {std::pair{ChapterId::Bewustwording, TableId::Campaign},
                                         std::pair{ChapterId::SterkNetwerk, TableId::Organisation}}) {
        window.showChapter(chapter);
        RecordTablePanel *panel = window.chapterPage()->tablePanel(table);
        window.chapterPage()->tabs()->setCurrentWidget(panel);
        for (int row = 0; row < std::min(4, panel->proxy()->rowCount()); ++row) {
            panel->view()->setCurrentIndex(panel->proxy()->index(row, 0));
            QTest::qWait(5);
        }
    }
    QTest::qWait(20);
    CHECK(document->undoStack()->count() == 0);
    CHECK_FALSE(window.undoAction()->isEnabled());
}

TEST_CASE("'Bijdragen bekijken' shows the contributions of the chosen organisation", "[ui][network]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    RecordTablePanel *organisations = organisations_(window);
    // An organisation that contributes, and one that does not.
    QString giver;
    QString none;
    for (const Record &organisation : document->records(TableId::Organisation)) {
        bool gives = false;
        for (const Record &contribution : document->records(TableId::Contribution))
            gives = gives || field(contribution, ContributionField::OrganisationId).toString() == organisation.id;
        QString &slot = gives ? giver : none;
        if (slot.isEmpty())
            slot = organisation.id;
    }
    REQUIRE_FALSE(giver.isEmpty());
    REQUIRE_FALSE(none.isEmpty());
    const auto viewContributions = [&](const QString &organisation) {
        window.showChapter(ChapterId::SterkNetwerk);
        organisations->showRecord(organisation, 0);
        for (QAction *action : organisations->toolActions()) {
            if (action->text() == QLatin1String("&Bijdragen bekijken"))
                action->trigger();
        }
        return window.chapterPage()->tablePanel(TableId::Contribution);
    };
    RecordTablePanel *contributions = viewContributions(giver);
    REQUIRE(window.chapterPage()->chapter() == ChapterId::Commitment);
    CHECK(contributions->filterEdit()->text() == document->recordTitle(TableId::Organisation, giver));
    const Record *current = document->record(TableId::Contribution, contributions->currentRecordId());
    REQUIRE(current);
    CHECK(field(*current, ContributionField::OrganisationId).toString() == giver);
    CHECK(contributions->view()->hasFocus());

    viewContributions(none);
    CHECK(window.statusBar()->currentMessage().startsWith(
        QStringLiteral("%1 draagt nog niet bij aan een doel.").arg(document->recordTitle(TableId::Organisation, none))));
    CHECK(window.chapterPage()->chapter() == ChapterId::SterkNetwerk); // nothing else is shown
    CHECK(organisations->currentRecordId() == none);
}

TEST_CASE("Every tab of a chapter has its own Alt letter", "[ui][keyboard]")
{
    test::Workspace workspace;
    MainWindow window;
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    for (const ChapterInfo &info : chapterInfos()) {
        window.showChapter(info.id);
        QTabWidget *tabs = window.chapterPage()->tabs();
        QSet<QChar> letters;
        for (int t = 0; t < tabs->count(); ++t) {
            const QString text = tabs->tabText(t);
            INFO(info.key << ": " << text.toStdString());
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            REQUIRE(at >= 0);
            const QChar letter = text.at(at + 1).toLower();
            CHECK_FALSE(letters.contains(letter));
            letters.insert(letter);
        }
    }
}

TEST_CASE("Ctrl+Tab goes through a chapter's tabs from anywhere on the page", "[ui][keyboard]")
{
    test::Workspace workspace;
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::Verkenning);
    ChapterPage *page = window.chapterPage();
    page->tabs()->setCurrentIndex(2); // a table
    RecordTablePanel *table = qobject_cast<RecordTablePanel *>(page->tabs()->currentWidget());
    REQUIRE(table);
    table->view()->setFocus();
    QTest::qWait(10);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(page->tabs()->currentIndex() == 3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page->tabs()->currentIndex() == 2);
}
