#include "RecordTablePanel.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "core/import/CsvReader.h"
#include "core/network/Network.h"
#include "core/records/Fields.h"
#include "ui/common/FrozenColumn.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordFieldDelegate.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/SuggestedPath.h"

#include "ui/common/HistoryDialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rk {

namespace {
constexpr int kFitRowsLimit = 200;
}

RecordTablePanel::RecordTablePanel(TableId table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_model(new RecordTableModel(table, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_bar(new QWidget(this))
    , m_filter(new QLineEdit(this))
    , m_add(new QAction(addRowLabel(table), this))
    , m_remove(new QAction(tr("Regel &verwijderen"), this))
    , m_export(new QAction(tr("&Exporteren naar CSV..."), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RecordTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new RecordFieldDelegate(table, m_view));
    // Tab leaves the table, arrows move inside it (F2 or typing edits a cell): Tab from cell
    // to cell would take hundreds of presses to get past a table.
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(true);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_proxy->sort(-1); // the table's own order until the user picks a column
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tableTitle(table));

    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_add->setToolTip(tr("Voegt een regel toe onder de huidige (Insert)"));
    m_remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_remove->setToolTip(tr("Verwijdert de huidige regel (Ctrl+Delete). Ongedaan maken zet hem terug."));
    for (QAction *action : {m_add, m_remove}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &RecordTablePanel::addRow);
    connect(m_remove, &QAction::triggered, this, &RecordTablePanel::removeRow);
    connect(m_export, &QAction::triggered, this, &RecordTablePanel::exportInteractive);

    m_filter->setPlaceholderText(tr("Filteren"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter op %1").arg(tableTitle(table)));
    m_filter->setMaximumWidth(240);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    // A row of buttons, not a tool bar: a tool bar that runs out of room hides its last
    // buttons behind an overflow button that Tab does not reach. What is used less goes in
    // the "Meer" menu, so that the row stays short.
    m_barLayout = new QHBoxLayout(m_bar);
    m_barLayout->setContentsMargins(0, 2, 0, 2);
    m_barLayout->setSpacing(2);
    m_barLayout->addWidget(barButton(m_add));
    if (tableSpec(m_table).ownView)
        m_barLayout->itemAt(m_barLayout->count() - 1)->widget()->hide();
    m_barLayout->addWidget(barButton(m_remove));
    m_more = new QMenu(this);
    m_more->addAction(m_export);
    auto *history = new QAction(tr("&Geschiedenis van deze regel..."), this);
    connect(history, &QAction::triggered, this, [this] {
        if (!m_document || currentRecordId().isEmpty())
            return;
        HistoryDialog dialog(m_document, currentRecordId(), this);
        dialog.exec();
    });
    m_more->addAction(history);
    auto *moreButton = new QToolButton(m_bar);
    moreButton->setText(tr("Meer"));
    moreButton->setAccessibleName(tr("Meer acties bij %1").arg(tableTitle(table)));
    moreButton->setToolTip(tr("Exporteren naar CSV en andere acties bij deze tabel"));
    moreButton->setMenu(m_more);
    moreButton->setPopupMode(QToolButton::InstantPopup);
    moreButton->setAutoRaise(true);
    moreButton->setFocusPolicy(Qt::TabFocus);
    m_barLayout->addWidget(moreButton);
    m_barLayout->addStretch(1);
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 40);
    m_barLayout->addWidget(m_filter, 1);
    m_bar->setAccessibleName(tr("Regels"));
    arrangeTabOrder();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    if (needsForm(table)) {
        // The list keeps a few key columns; the form below has every field of the current row.
        m_form = new RecordForm(table, m_proxy, this);
        m_form->setTabPredecessor(m_view);
        m_splitter = new QSplitter(Qt::Vertical, this);
        m_splitter->setObjectName(QStringLiteral("recordSplitter"));
        m_splitter->addWidget(m_view);
        m_splitter->addWidget(m_form);
        m_splitter->setChildrenCollapsible(false);
        m_splitter->setStretchFactor(0, 1);
        m_splitter->setStretchFactor(1, 1);
        layout->addWidget(m_splitter, 1);
        QSettings settings;
        m_splitter->restoreState(settings.value(settingsKey(QStringLiteral("splitter"))).toByteArray());
        connect(m_splitter, &QSplitter::splitterMoved, this,
                [this] { QSettings().setValue(settingsKey(QStringLiteral("splitter")), m_splitter->saveState()); });
        // The form can be put away where room is short (the goals page has two tables).
        m_showForm = new QAction(tr("Details"), this);
        m_showForm->setCheckable(true);
        m_showForm->setToolTip(tr("Toont of verbergt alle velden van de gekozen regel onder de tabel"));
        m_showForm->setChecked(settings.value(settingsKey(QStringLiteral("form")), table != TableId::Goal).toBool());
        m_form->setVisible(m_showForm->isChecked());
        connect(m_showForm, &QAction::toggled, this, [this](bool shown) {
            m_form->setVisible(shown);
            QSettings().setValue(settingsKey(QStringLiteral("form")), shown);
        });
        m_barLayout->insertWidget(3, barButton(m_showForm));
        arrangeTabOrder();
    } else {
        layout->addWidget(m_view, 1);
    }
    setUpColumns();
    fitColumns();
    // The first column says what a row is: it stays in view when the table scrolls sideways.
    m_frozen = new FrozenColumn(m_view, tr("%1: eerste kolom").arg(tableTitle(table)));
    if (table == TableId::MeldpuntCount) {
        auto *privacy =
            new QLabel(tr("Alleen aantallen: vul hier nooit namen of andere gegevens van inwoners in."), this);
        privacy->setWordWrap(true);
        layout->addWidget(privacy);
    }

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_form)
            m_form->setCurrentRow(current.row());
        updateActions();
        Q_EMIT currentRecordChanged(currentRecordId());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordTablePanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordTablePanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordTablePanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordTablePanel::selectFirstRow);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordTablePanel::fitColumns);
    updateActions();
}

void RecordTablePanel::setDocument(ProjectDocument *document)
{
    m_document = document;
    if (m_form)
        m_form->setDocument(document);
    m_model->setDocument(document);
    updateActions();
    // Another project starts at its first row and column, whatever the last one showed: a
    // table kept scrolled sideways hides the columns that say what each row is.
    m_view->scrollToTop();
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->minimum());
    // The model's reset has fitted the columns and chosen the first row (see the constructor).
}

// A table opens on its first row, so that its form shows something and the arrows start there.
void RecordTablePanel::selectFirstRow()
{
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

// The narrowest a column of a kind may be: a date or an amount is never cut off, in the
// cell or in its editor.
int RecordTablePanel::leastWidth(FieldType type) const
{
    const QFontMetrics metrics = m_view->fontMetrics();
    switch (type) {
    case FieldType::Date:
        return metrics.horizontalAdvance(QStringLiteral("00-00-0000")) + 36; // and the calendar button
    case FieldType::Integer:
    case FieldType::Real:
    case FieldType::Money:
        return metrics.horizontalAdvance(QStringLiteral("000.000,00")) + 16;
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Reference:
        return metrics.horizontalAdvance(QLatin1Char('x')) * 20;
    case FieldType::Flag:
        return 50;
    default:
        return metrics.horizontalAdvance(QLatin1Char('x')) * 12;
    }
}

// Columns as wide as their header and the rows in view, within bounds, so that a number is
// never clipped and one long text does not push the others out of view.
void RecordTablePanel::fitColumns()
{
    constexpr int kNarrowest = 60;
    constexpr int kWidest = 320;
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_view->isColumnHidden(column))
            continue;
        const int least = leastWidth(tableSpec(m_table).fields.at(std::size_t(column)).type);
        const int wanted = std::max({header->sectionSizeHint(column),
                                     static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(column), least});
        m_view->setColumnWidth(column, std::clamp(wanted, kNarrowest, kWidest));
    }
}

void RecordTablePanel::setParentRecord(const QString &parentId)
{
    m_model->setParentFilter(parentId);
    updateActions();
}

QString RecordTablePanel::currentRecordId() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? m_model->recordIdAt(current.row()) : QString();
}

void RecordTablePanel::showRecord(const QString &recordId, int field)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfRecord(recordId, std::max(0, field)));
    if (!index.isValid()) {
        m_view->setFocus(Qt::OtherFocusReason); // the table, where the user can go on
        return;
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

// What a new row starts with: empty, except where the last row says what the next will be (a
// council report is sent by the same college, department and alderman; money is for this year).
Record RecordTablePanel::newRow(const ProjectDocument &document, TableId table)
{
    Record record = emptyRecord(table);
    const QList<Record> &rows = document.records(table);
    const QDate today = QDate::currentDate();
    if (table == TableId::CouncilReport) {
        // From the latest report that names its sender.
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            if (field(*it, CouncilReportField::Sender).toString().trimmed().isEmpty())
                continue;
            for (CouncilReportField f : {CouncilReportField::Sender, CouncilReportField::Department,
                                         CouncilReportField::PortfolioHolder, CouncilReportField::AskKind})
                setField(record, f, field(*it, f));
            break;
        }
        setField(record, CouncilReportField::Date, today.toString(Qt::ISODate));
        setField(record, CouncilReportField::ReferenceDate, today.toString(Qt::ISODate));
        setField(record, CouncilReportField::Status, storedChoice(ReportStatus::Concept));
    } else if (table == TableId::Funding) {
        setField(record, FundingField::Year, qint64(today.year()));
    }
    return record;
}

void RecordTablePanel::addRow()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const TableSpec &spec = tableSpec(m_table);
    Record record = newRow(*m_document, m_table);
    int row = int(m_document->records(m_table).size());
    if (spec.hasParent()) {
        if (m_model->parentFilter().isEmpty())
            return;
        record.parentId = m_model->parentFilter();
    } else {
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        if (current.isValid())
            row = m_document->recordRow(m_table, m_model->recordIdAt(current.row())) + 1;
    }
    m_filter->clear(); // a new, empty row would not pass a filter
    const QString id = edit::insertRecord(*m_document, m_table, row, record);
    if (id.isEmpty())
        return;
    const QModelIndex first = m_proxy->mapFromSource(m_model->indexOfRecord(id, 0));
    m_view->setCurrentIndex(first);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(first);
}

void RecordTablePanel::removeRow()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id = currentRecordId();
    if (!m_document || m_document->isReadOnly() || id.isEmpty())
        return;
    const int row = current.row();
    const int column = current.column();
    const int dependents = network::dependentCount(*m_document, m_table, id);
    if (dependents > 0) {
        const auto answer = MessageBox::question(
            this, tr("Regel verwijderen"),
            tr("Aan \"%1\" hangen nog %2 andere regels (zoals bijdragen, activiteiten of indicatoren). Bijdragen en "
               "onderliggende regels gaan mee; bij andere regels vervalt de koppeling. Ongedaan maken zet alles "
               "terug. Toch verwijderen?")
                .arg(m_document->recordTitle(m_table, id))
                .arg(dependents),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    edit::removeRecord(*m_document, m_table, id);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(std::min(row, m_proxy->rowCount() - 1), column));
}

bool RecordTablePanel::exportCsv(const QString &path)
{
    QStringList header;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        header.append(m_proxy->headerData(column, Qt::Horizontal).toString());
    QList<QStringList> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QStringList values;
        for (int column = 0; column < m_proxy->columnCount(); ++column) {
            const QModelIndex index = m_proxy->index(row, column);
            const QVariant check = index.data(Qt::CheckStateRole);
            values.append(check.isValid() ? (check.toInt() == Qt::Checked ? tr("ja") : tr("nee"))
                                          : index.data(Qt::DisplayRole).toString());
        }
        rows.append(values);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(writeCsv(header, rows));
    return file.commit();
}

void RecordTablePanel::exportInteractive()
{
    const QString suggestion = suggestedPath(m_document, tableTitle(m_table), QStringLiteral(".csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Exporteren naar CSV"), suggestion, tr("CSV-bestanden (*.csv)"));
    if (path.isEmpty())
        return;
    if (!exportCsv(path))
        MessageBox::warning(this, tr("Exporteren naar CSV"),
                            tr("Het bestand %1 kon niet worden geschreven. Controleer of de map bestaat en of er "
                               "genoeg ruimte is.")
                                .arg(QDir::toNativeSeparators(path)));
}

void RecordTablePanel::updateActions()
{
    // Rows fit their text in short tables; long tables keep one height, because measuring
    // thousands of rows would make opening slow.
    const auto mode = m_proxy->rowCount() > kFitRowsLimit ? QHeaderView::Interactive : QHeaderView::ResizeToContents;
    if (m_view->verticalHeader()->sectionResizeMode(0) != mode || m_proxy->rowCount() == 0)
        m_view->verticalHeader()->setSectionResizeMode(mode);
    const bool editable = m_document && !m_document->isReadOnly();
    const bool parentOk = !tableSpec(m_table).hasParent() || !m_model->parentFilter().isEmpty();
    // The rows of a table with a view of its own are begun there (a new round), never empty.
    m_add->setEnabled(editable && parentOk && !tableSpec(m_table).ownView);
    m_remove->setEnabled(editable && m_view->currentIndex().isValid());
    m_export->setEnabled(m_document != nullptr);
}

bool RecordTablePanel::needsForm(TableId table)
{
    const auto &fields = tableSpec(table).fields;
    return fields.size() > 6 || std::any_of(fields.cbegin(), fields.cend(),
                                            [](const FieldSpec &field) { return field.type == FieldType::LongText; });
}

bool RecordTablePanel::isListColumnByDefault(TableId table, int field)
{
    const auto &fields = tableSpec(table).fields;
    const FieldSpec &spec = fields.at(std::size_t(field));
    if (!needsForm(table) || field == 0)
        return true;
    if (spec.type == FieldType::LongText || spec.type == FieldType::ChoiceSet)
        return false;
    // Where an imported indicator's figures come from: for the import, not for reading.
    if (table == TableId::Indicator && field == fieldIndex(IndicatorField::StatlineKey))
        return false;
    // Of a contact person, the name is enough in the list.
    return !spec.personal || !fields.at(std::size_t(field - 1)).personal;
}

QString RecordTablePanel::settingsKey(const QString &what) const
{
    return QStringLiteral("tables/%1/%2").arg(QLatin1String(tableSpec(m_table).sqlName), what);
}

// Columns: the key ones shown, sized to their content; the header's menu shows or hides
// the others, and the choice is remembered per table.
void RecordTablePanel::setUpColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QStringList stored = QSettings().value(settingsKey(QStringLiteral("hidden"))).toStringList();
    const bool hasChoice = QSettings().contains(settingsKey(QStringLiteral("hidden")));
    const auto &fields = tableSpec(m_table).fields;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QLatin1String name(fields.at(std::size_t(column)).column);
        const bool hidden = column > 0 && (hasChoice ? stored.contains(name) : !isListColumnByDefault(m_table, column));
        m_view->setColumnHidden(column, hidden);
    }
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &position) {
        QMenu menu(this);
        menu.setTitle(tr("Kolommen"));
        for (int column = 1; column < m_model->columnCount(); ++column) {
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
            connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
        }
        menu.exec(header->viewport()->mapToGlobal(position));
    });
}

void RecordTablePanel::setColumnShown(int column, bool shown)
{
    if (column <= 0 || column >= m_model->columnCount())
        return; // the first column says what a row is: always shown
    m_view->setColumnHidden(column, !shown);
    if (shown)
        m_view->resizeColumnToContents(column);
    QStringList hidden;
    const auto &fields = tableSpec(m_table).fields;
    for (int c = 1; c < m_model->columnCount(); ++c) {
        if (m_view->isColumnHidden(c))
            hidden.append(QLatin1String(fields.at(std::size_t(c)).column));
    }
    QSettings().setValue(settingsKey(QStringLiteral("hidden")), hidden);
}

void RecordTablePanel::addToolAction(QAction *action)
{
    m_more->addAction(action);
}

QList<QAction *> RecordTablePanel::toolActions() const
{
    QList<QAction *> actions;
    for (const QToolButton *button : m_bar->findChildren<QToolButton *>()) {
        if (button->defaultAction())
            actions.append(button->defaultAction());
    }
    actions.append(m_more->actions());
    return actions;
}

QToolButton *RecordTablePanel::barButton(QAction *action)
{
    auto *button = new QToolButton(m_bar);
    button->setDefaultAction(action);
    // Two tables on one page each have these buttons: the name says which table.
    button->setAccessibleName(tr("%1 (%2)").arg(QString(action->text()).remove(QLatin1Char('&')), tableTitle(m_table)));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

// Keyboard users reach every button of the bar with Tab, in the order they are shown,
// before the table below it.
void RecordTablePanel::arrangeTabOrder()
{
    QWidget *previous = nullptr;
    for (int i = 0; i < m_barLayout->count(); ++i) {
        QWidget *widget = m_barLayout->itemAt(i)->widget();
        if (!widget)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
    if (previous)
        QWidget::setTabOrder(previous, m_view);
}

} // namespace rk
