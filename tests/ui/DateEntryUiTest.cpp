// Dates are typed in table cells as people type them; a date that cannot be read stays in
// its editor with a message and is never dropped; the calendar opens on the date or today.

#include "TestSupport.h"

#include "core/ProjectDocument.h"
#include "core/records/Fields.h"
#include "ui/common/DateField.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/progress/IndicatorPage.h"
#include "ui/shell/MainWindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCalendarWidget>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace rk;

namespace {

QString firstIndicator(const ProjectDocument &document)
{
    for (const Record &indicator : document.records(TableId::Indicator)) {
        if (!document.children(TableId::Measurement, indicator.id).isEmpty())
            return indicator.id;
    }
    return {};
}

// Opens the editor of the first measurement's date and returns it.
DateField *editFirstDate(RecordTablePanel *table)
{
    QTableView *view = table->view();
    const QModelIndex cell = view->model()->index(0, fieldIndex(MeasurementField::Date));
    view->setCurrentIndex(cell);
    view->edit(cell);
    QApplication::processEvents();
    return view->findChild<DateField *>();
}

QString storedDate(const ProjectDocument &document, const QString &indicatorId)
{
    return field(*document.children(TableId::Measurement, indicatorId).constFirst(), MeasurementField::Date).toString();
}

void type(DateField *editor, const QString &text, Qt::Key finish)
{
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, finish);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("Dates are typed as people type them, and a wrong one is kept with a message", "[ui][date]")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    const QString id = firstIndicator(*window.document());
    REQUIRE_FALSE(id.isEmpty());
    window.showIndicator(id);
    RecordTablePanel *table = window.indicatorPage()->measurements();
    table->view()->sortByColumn(fieldIndex(MeasurementField::Date), Qt::AscendingOrder);

    DateField *editor = editFirstDate(table);
    REQUIRE(editor);
    const QString before = storedDate(*window.document(), id);
    // The editor shows the date as the cell does.
    CHECK(editor->text() == QLocale().toString(QDate::fromString(before, Qt::ISODate), QLocale::ShortFormat));

    SECTION("two-digit years and digits only are read")
    {
        type(editor, QStringLiteral("31-12-28"), Qt::Key_Return);
        CHECK(window.document()->children(TableId::Measurement, id).size() > 0);
        bool found = false;
        for (const Record *row : window.document()->children(TableId::Measurement, id))
            found = found || field(*row, MeasurementField::Date).toString() == QLatin1String("2028-12-31");
        CHECK(found);
    }
    SECTION("a date that cannot be read stays in the editor with a message, and nothing is stored")
    {
        const int rows = int(window.document()->children(TableId::Measurement, id).size());
        type(editor, QStringLiteral("31-02-2028"), Qt::Key_Return);
        REQUIRE(table->view()->findChild<DateField *>() == editor);
        CHECK(editor->isVisible());
        CHECK(editor->text() == QLatin1String("31-02-2028"));
        CHECK(editor->accessibleDescription().contains(QLatin1String("geen datum")));
        QTest::keyClick(editor, Qt::Key_Tab);
        QApplication::processEvents();
        CHECK(editor->isVisible());
        CHECK(storedDate(*window.document(), id) == before);
        CHECK(int(window.document()->children(TableId::Measurement, id).size()) == rows);
        // Corrected, it is stored and the message goes.
        type(editor, QStringLiteral("vandaag"), Qt::Key_Return);
        bool found = false;
        for (const Record *row : window.document()->children(TableId::Measurement, id))
            found = found || field(*row, MeasurementField::Date).toString() == QDate::currentDate().toString(Qt::ISODate);
        CHECK(found);
    }
    SECTION("the calendar opens on the cell's date, and on today for an empty one")
    {
        editor->openCalendar();
        auto *calendar = editor->findChild<QCalendarWidget *>();
        REQUIRE(calendar);
        CHECK(calendar->selectedDate() == QDate::fromString(before, Qt::ISODate));
        editor->setText(QString());
        editor->openCalendar();
        CHECK(calendar->selectedDate() == QDate::currentDate());
    }
}

TEST_CASE("In English the editor shows dates as the table does and reads Dutch forms too", "[ui][date]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    DateField field;
    field.setDate(QDate(2028, 12, 31));
    CHECK(field.text() == QLatin1String("31/12/2028"));
    field.setText(QStringLiteral("31-12-2028"));
    CHECK(field.isAcceptable());
    CHECK(field.date() == QDate(2028, 12, 31));
    field.setText(QStringLiteral("today"));
    CHECK(field.date() == QDate::currentDate());
    field.setText(QStringLiteral("(leeg)1122028"));
    CHECK_FALSE(field.isAcceptable());
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}
