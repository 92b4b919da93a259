// Walks every page of the window and every dialog offscreen, as a keyboard and screen
// reader user meets them: each control that takes focus has an accessible name, each
// interactive control can be reached with Tab, and Tab goes through a page in reading
// order (it never jumps back up within a column).

#include "TestSupport.h"

#include "core/Language.h"
#include "core/ProjectDocument.h"
#include "ui/common/AccessibleNames.h"
#include "ui/common/ChartTable.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/common/Colours.h"
#include "ui/common/ReadableStyle.h"
#include "ui/network/OrganisationImportDialog.h"
#include "ui/progress/IndicatorPage.h"
#include "ui/progress/MeasurementImportDialog.h"
#include "ui/report/ReportDialog.h"
#include "ui/share/ShareDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProjectInfoDialog.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/workbook/ChapterPage.h"
#include "ui/workbook/DashboardPage.h"
#include "ui/workbook/SearchDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QToolButton>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace rk;

namespace {
bool takesTabFocus(const QWidget *widget)
{
    const QWidget *target = widget->focusProxy() ? widget->focusProxy() : widget;
    return (target->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// What a screen reader says for the control: its own name, or that of the widget it
// stands in for (the line edit inside a combo box or spin box).
QString accessibleName(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (!name.isEmpty())
            return name;
        const bool standsIn = w->parentWidget() &&
                              (w->parentWidget()->focusProxy() == w || qobject_cast<QComboBox *>(w->parentWidget()) ||
                               qobject_cast<QAbstractSpinBox *>(w->parentWidget()));
        if (!standsIn)
            break;
    }
    return {};
}

bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget);
}

// Controls that Tab rightly passes by: the scroll arrows of a tab bar, and tool buttons
// that stand for an action with a shortcut (the formatting buttons of the notes editor).
bool reachedOtherwise(const QWidget *widget)
{
    // Headers and the corner button of a table: sorting and selecting have keys in the view.
    if (qobject_cast<const QHeaderView *>(widget) || widget->inherits("QTableCornerButton"))
        return true;
    if (qobject_cast<const QTabBar *>(widget->parentWidget()))
        return true;
    // The clear button inside a line edit (the keyboard clears with select-all and delete).
    if (widget->inherits("QLineEditIconButton"))
        return true;
    // Radio buttons of one group: Tab enters the group, the arrow keys choose within it.
    if (auto *radio = qobject_cast<const QRadioButton *>(widget); radio && radio->autoExclusive()) {
        for (const QRadioButton *sibling : radio->parentWidget()->findChildren<QRadioButton *>())
            if (sibling != radio && sibling->isChecked())
                return true;
    }
    if (auto *tool = qobject_cast<const QToolButton *>(widget))
        return tool->defaultAction() && !tool->defaultAction()->shortcut().isEmpty();
    return false;
}

QString describe(const QWidget *widget)
{
    QString text = widget->objectName();
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text,
             widget->parentWidget() ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                                    : QString());
}

struct Findings
{
    QStringList unnamed;
    QStringList unreachable;
    QStringList outOfOrder;
    QStringList namedByValue;
    QStringList tabTraps;
    QStringList cellsOutOfReach;
};

// An editor named by its value ("(leeg)", "Aantal") tells a screen reader user nothing
// about what it is for.
QString valueOf(QWidget *widget)
{
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentText();
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        return text->toPlainText();
    return {};
}

bool hasEditableCell(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return false;
    for (int row = 0; row < std::min(model->rowCount(), 3); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->flags(model->index(row, column)) & Qt::ItemIsEditable)
                return true;
        }
    }
    return false;
}

// Tab from a table must leave it within two presses (arrows move inside it), and an
// editable cell must be reachable by arrows and editable by F2 or typing.
void checkView(QAbstractItemView *view, const QString &where, Findings &findings)
{
    if (qobject_cast<QHeaderView *>(view) || !view->isVisible() || !view->isEnabled())
        return;
    view->setFocus(Qt::TabFocusReason);
    if (view->hasFocus()) {
        QTest::keyClick(view, Qt::Key_Tab);
        if (view->hasFocus())
            QTest::keyClick(view, Qt::Key_Tab);
        if (view->hasFocus())
            findings.tabTraps.append(where + QStringLiteral(": ") + describe(view));
    }
    if (!hasEditableCell(view))
        return;
    const auto triggers = view->editTriggers();
    const bool byKey = (triggers & QAbstractItemView::EditKeyPressed) || (triggers & QAbstractItemView::AnyKeyPressed);
    const bool cells = view->selectionBehavior() == QAbstractItemView::SelectItems ||
                       qobject_cast<QTableView *>(view) != nullptr;
    if (!byKey || !cells)
        findings.cellsOutOfReach.append(where + QStringLiteral(": ") + describe(view));
}

void walk(QWidget *root, const QString &where, Findings &findings)
{
    QCoreApplication::processEvents();
    QList<QWidget *> stops;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->window() != root->window())
            continue;
        if (isInteractive(widget) && !takesTabFocus(widget) && !reachedOtherwise(widget))
            findings.unreachable.append(where + QStringLiteral(": ") + describe(widget));
        if (!takesTabFocus(widget) || widget->focusProxy())
            continue;
        stops.append(widget);
        const QString name = accessibleName(widget);
        if (name.isEmpty())
            findings.unnamed.append(where + QStringLiteral(": ") + describe(widget));
        const QString value = valueOf(widget);
        if (!name.isEmpty() && !value.isEmpty() && name == value)
            findings.namedByValue.append(where + QStringLiteral(": ") + describe(widget) + QStringLiteral(" = ") + value);
    }
    for (QWidget *widget : std::as_const(stops)) {
        if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            checkView(view, where, findings);
    }
    // The order Tab takes, limited to this page.
    QList<QWidget *> chain;
    QWidget *start = root->window();
    for (QWidget *w = start->nextInFocusChain(); w && w != start; w = w->nextInFocusChain()) {
        if (stops.contains(w) && !chain.contains(w))
            chain.append(w);
    }
    for (int i = 1; i < chain.size(); ++i) {
        const QRect a(chain.at(i - 1)->mapTo(root->window(), QPoint(0, 0)), chain.at(i - 1)->size());
        const QRect b(chain.at(i)->mapTo(root->window(), QPoint(0, 0)), chain.at(i)->size());
        const bool sameColumn = b.left() < a.right() && a.left() < b.right();
        if (sameColumn && b.bottom() < a.top())
            findings.outOfOrder.append(
                QStringLiteral("%1: %2 comes after %3").arg(where, describe(chain.at(i)), describe(chain.at(i - 1))));
    }
}

void check(const Findings &findings)
{
    INFO("without accessible name:\n" << findings.unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(findings.unnamed.isEmpty());
    INFO("interactive but skipped by Tab:\n" << findings.unreachable.join(QLatin1Char('\n')).toStdString());
    CHECK(findings.unreachable.isEmpty());
    INFO("Tab order against the reading order:\n" << findings.outOfOrder.join(QLatin1Char('\n')).toStdString());
    CHECK(findings.outOfOrder.isEmpty());
    INFO("named by their value:\n" << findings.namedByValue.join(QLatin1Char('\n')).toStdString());
    CHECK(findings.namedByValue.isEmpty());
    INFO("Tab does not leave within two presses:\n" << findings.tabTraps.join(QLatin1Char('\n')).toStdString());
    CHECK(findings.tabTraps.isEmpty());
    INFO("editable cells out of the keyboard's reach:\n"
         << findings.cellsOutOfReach.join(QLatin1Char('\n')).toStdString());
    CHECK(findings.cellsOutOfReach.isEmpty());
}
} // namespace

TEST_CASE("Every page of the window: named controls, all reachable by Tab, in reading order", "[ui][a11y]")
{
    installAccessibleNames(); // as the program does at start
    test::Workspace workspace;
    MainWindow window;
    window.resize(1300, 900);
    window.show();
    QApplication::setActiveWindow(&window);
    Findings findings;
    walk(&window, QStringLiteral("welkom"), findings);
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    walk(&window, QStringLiteral("overzicht"), findings);
    for (const ChapterInfo &info : chapterInfos()) {
        window.showChapter(info.id);
        QTabWidget *tabs = window.chapterPage()->tabs();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            walk(&window, QStringLiteral("%1 / %2").arg(QLatin1String(info.key), tabs->tabText(t)), findings);
        }
    }
    const QList<Record> &indicators = window.document()->records(TableId::Indicator);
    REQUIRE_FALSE(indicators.isEmpty());
    window.showIndicator(indicators.constFirst().id);
    walk(&window, QStringLiteral("indicator"), findings);
    window.indicatorPage()->findChild<ChartTable *>()->toggle()->click();
    walk(&window, QStringLiteral("indicator met tabel"), findings);
    check(findings);
}

TEST_CASE("Every dialog: named controls, all reachable by Tab, in reading order", "[ui][a11y]")
{
    installAccessibleNames();
    test::Workspace workspace;
    MainWindow window;
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    const QString indicator = document->records(TableId::Indicator).constFirst().id;
    Findings findings;
    auto visit = [&](QDialog *dialog, const QString &name) {
        dialog->show();
        QApplication::setActiveWindow(dialog);
        walk(dialog, name, findings);
        dialog->hide();
    };
    SettingsDialog settings(&window);
    visit(&settings, QStringLiteral("instellingen"));
    ProjectInfoDialog info(ProjectInfoDialog::Purpose::EditProject, &window);
    visit(&info, QStringLiteral("projectgegevens"));
    ReportDialog report(document, &window);
    visit(&report, QStringLiteral("rapport"));
    ShareDialog share(document, false, &window);
    visit(&share, QStringLiteral("delen"));
    ShareDialog mail(document, true, &window);
    visit(&mail, QStringLiteral("mailen"));
    SearchDialog search(&window);
    search.setDocument(document);
    search.setQuery(QStringLiteral("eenzaam"));
    visit(&search, QStringLiteral("zoeken"));
    MeasurementImportDialog measurements(document, indicator, &window);
    visit(&measurements, QStringLiteral("metingen inlezen"));
    OrganisationImportDialog organisations(document, &window);
    visit(&organisations, QStringLiteral("organisaties inlezen"));
    check(findings);
}

TEST_CASE("A choice list is heard by its label, with its choice as the value; a cell with its row", "[ui][a11y]")
{
    installAccessibleNames();
    test::Workspace workspace;
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    window.showChapter(ChapterId::SterkNetwerk);
    QComboBox *status = window.chapterPage()->statusBox();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(status);
    REQUIRE(iface);
    CHECK(iface->role() == QAccessible::ComboBox);
    CHECK(iface->text(QAccessible::Name) == QLatin1String("Status van het hoofdstuk"));
    CHECK(iface->text(QAccessible::Value) == status->currentText());
    CHECK(iface->childCount() == 1); // the list of choices
    // A combo box named only by its label takes the label's text.
    QWidget form;
    auto *label = new QLabel(QStringLiteral("&Eenheid:"), &form);
    auto *unit = new QComboBox(&form);
    unit->addItems({QStringLiteral("Aantal"), QStringLiteral("Percentage")});
    label->setBuddy(unit);
    CHECK(QAccessible::queryAccessibleInterface(unit)->text(QAccessible::Name) == QLatin1String("Eenheid:"));
    CHECK(QAccessible::queryAccessibleInterface(unit)->text(QAccessible::Value) == QLatin1String("Aantal"));

    // Page titles are headings.
    QAccessibleInterface *title = nullptr;
    for (QLabel *l : window.chapterPage()->findChildren<QLabel *>()) {
        if (l->text().startsWith(QLatin1String("4. Sterk netwerk")))
            title = QAccessible::queryAccessibleInterface(l);
    }
    REQUIRE(title);
    CHECK(title->role() == QAccessible::Heading);
    CHECK(title->text(QAccessible::Name) == QLatin1String("4. Sterk netwerk"));

    // Table cells and checklist answers carry their row: the organisation, the question.
    RecordTablePanel *organisations = window.chapterPage()->tablePanel(TableId::Organisation);
    const QModelIndex cell = organisations->view()->model()->index(2, 1);
    CHECK(cell.data(Qt::AccessibleDescriptionRole).toString() ==
          QStringLiteral("Regel 3: %1").arg(organisations->view()->model()->index(2, 0).data().toString()));
    QTreeView *checklist = window.chapterPage()->checklistView();
    const QModelIndex group = checklist->model()->index(0, 0);
    const QModelIndex answer = checklist->model()->index(0, 1, group);
    CHECK(answer.data(Qt::AccessibleDescriptionRole).toString() ==
          checklist->model()->index(0, 0, group).data().toString());
}

TEST_CASE("A chart's data can be read as a table", "[ui][a11y]")
{
    test::Workspace workspace;
    language::install(QStringLiteral("nl"));
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    const Record &indicator = window.document()->records(TableId::Indicator).constFirst();
    window.showIndicator(indicator.id);
    auto *table = window.indicatorPage()->findChild<ChartTable *>();
    REQUIRE(table);
    CHECK_FALSE(table->table()->isVisible());
    table->toggle()->click();
    CHECK(table->table()->isVisible());
    CHECK(table->table()->hasFocus());
    // Every measurement of the indicator is a row of the table.
    const int measurements = int(window.document()->children(TableId::Measurement, indicator.id).size());
    QAbstractItemModel *model = table->table()->model();
    int measuredRows = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        measuredRows += model->index(row, 2).data().toString().isEmpty() ? 0 : 1;
    CHECK(measuredRows >= measurements);
    CHECK(measurements > 0);
    // Dates and numbers in the UI language (Dutch here: day-month-year).
    CHECK(model->index(0, 1).data().toString().contains(QRegularExpression(QStringLiteral("^\\d{2}-\\d{2}-\\d{4}$"))));
}

TEST_CASE("The app's own colours keep 4.5:1 contrast", "[ui][a11y]")
{
    const QColor white(Qt::white);
    for (const QColor &mark :
         {colours::green(), colours::blue(), colours::orange(), colours::amber(), colours::purple(), colours::grey(),
          colours::teal(), colours::brown()}) {
        INFO(mark.name().toStdString());
        CHECK(colours::contrastRatio(mark, white) >= 4.5);
    }
    for (const QColor &background :
         {colours::informationBackground(), colours::warningBackground(), colours::errorBackground()}) {
        INFO(background.name().toStdString());
        CHECK(colours::contrastRatio(colours::noticeText(), background) >= 4.5);
        CHECK(colours::contrastRatio(Qt::black, background) >= 4.5);
        CHECK(colours::contrastRatio(colours::orange(), background) >= 4.5);
    }
    // The formula itself: black on white is 21, a colour on itself 1.
    CHECK(colours::contrastRatio(Qt::black, white) == Approx(21.0));
    CHECK(colours::contrastRatio(colours::blue(), colours::blue()) == Approx(1.0));
}

TEST_CASE("Text, placeholders, the selection and the focus mark are readable in the palette", "[ui][a11y]")
{
    // A palette as systems ship it: half-strength placeholders, a light selection colour.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette system = fusion->standardPalette();
    QColor pale = system.color(QPalette::Text);
    pale.setAlpha(128);
    system.setColor(QPalette::PlaceholderText, pale);
    system.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    const QPalette dark = [] {
        QPalette p;
        p.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        p.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        p.setColor(QPalette::Text, QColor(0x90, 0x90, 0x90));
        p.setColor(QPalette::WindowText, QColor(0xd0, 0xd0, 0xd0));
        p.setColor(QPalette::PlaceholderText, QColor(0x50, 0x50, 0x50));
        p.setColor(QPalette::Highlight, QColor(0x30, 0x30, 0x60));
        p.setColor(QPalette::HighlightedText, Qt::white);
        return p;
    }();
    for (const QPalette &given : {system, dark}) {
        const QPalette palette = ReadableStyle::readable(given);
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            const QColor base = palette.color(group, QPalette::Base);
            CHECK(colours::contrastRatio(palette.color(group, QPalette::Text), base) >= 4.5);
            CHECK(colours::contrastRatio(palette.color(group, QPalette::PlaceholderText), base) >= 4.5);
            CHECK(colours::contrastRatio(palette.color(group, QPalette::WindowText),
                                         palette.color(group, QPalette::Window)) >= 4.5);
            CHECK(colours::contrastRatio(palette.color(group, QPalette::HighlightedText),
                                         palette.color(group, QPalette::Highlight)) >= 4.5);
            // The selection and the focus mark, drawn in it, stand out from the field: 3:1.
            CHECK(colours::contrastRatio(palette.color(group, QPalette::Highlight), base) >= 3.0);
        }
    }

    // The focus mark around a current cell is drawn, two pixels wide, in that colour.
    ReadableStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QStyleOptionFocusRect option;
    option.rect = image.rect();
    option.palette = ReadableStyle::readable(system);
    option.state = QStyle::State_HasFocus | QStyle::State_Enabled;
    {
        QPainter painter(&image);
        style.drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter);
    }
    for (const QPoint &edge : {QPoint(0, 10), QPoint(1, 10), QPoint(20, 0), QPoint(20, 1), QPoint(39, 10)}) {
        INFO(edge.x() << "," << edge.y());
        CHECK(colours::contrastRatio(image.pixelColor(edge), Qt::white) >= 3.0);
    }
    CHECK(image.pixelColor(20, 10) == QColor(Qt::white)); // a frame, not a filled cell
}

TEST_CASE("Text follows the system font size", "[ui][a11y]")
{
    test::Workspace workspace;
    const QFont original = QApplication::font();
    QFont large = original;
    large.setPointSizeF(20);
    QApplication::setFont(large);
    {
        MainWindow window;
        window.show();
        REQUIRE(window.openProject(test::copyDemo(workspace)));
        // Body text takes the system size; headings stay larger than it, not a fixed size.
        CHECK(window.navigator()->font().pointSizeF() == Approx(20));
        QLabel *title = nullptr;
        for (QLabel *label : window.dashboardPage()->findChildren<QLabel *>()) {
            if (!title || label->font().pointSizeF() > title->font().pointSizeF())
                title = label;
        }
        REQUIRE(title);
        CHECK(title->font().pointSizeF() > 20);
    }
    QApplication::setFont(original);
}
