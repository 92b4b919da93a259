#include "RecordTablePanel.h"

#include "ProjectDocument.h"
#include "RecordFieldDelegate.h"
#include "RecordTableModel.h"
#include "commands/Edits.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rk {

RecordTablePanel::RecordTablePanel(TableId table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_model(new RecordTableModel(table, this))
    , m_view(new QTableView(this))
    , m_add(new QAction(tr("Regel &toevoegen"), this))
    , m_remove(new QAction(tr("Regel &verwijderen"), this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RecordFieldDelegate(table, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tableTitle(table));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const FieldType type = tableSpec(table).fields.at(std::size_t(column)).type;
        m_view->setColumnWidth(column, type == FieldType::LongText ? 240 : 140);
    }

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

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_add);
    bar->addAction(m_remove);
    bar->setAccessibleName(tr("Regels"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    if (table == TableId::MeldpuntCount) {
        auto *privacy =
            new QLabel(tr("Alleen aantallen: vul hier nooit namen of andere gegevens van inwoners in."), this);
        privacy->setWordWrap(true);
        layout->addWidget(privacy);
    }

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RecordTablePanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordTablePanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordTablePanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTablePanel::updateActions);
    updateActions();
}

void RecordTablePanel::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    updateActions();
}

void RecordTablePanel::showRecord(const QString &recordId, int field)
{
    const QModelIndex index = m_model->indexOfRecord(recordId, std::max(0, field));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

void RecordTablePanel::addRow()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    const QString id = edit::insertRecord(*m_document, m_table, row);
    if (id.isEmpty())
        return;
    const QModelIndex first = m_model->indexOfRecord(id, 0);
    m_view->setCurrentIndex(first);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(first);
}

void RecordTablePanel::removeRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_document || m_document->isReadOnly() || !current.isValid())
        return;
    const int row = current.row();
    const int column = current.column();
    edit::removeRecord(*m_document, m_table, m_model->data(current, RecordTableModel::RecordIdRole).toString());
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), column));
}

void RecordTablePanel::updateActions()
{
    const bool editable = m_document && !m_document->isReadOnly();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && m_view->currentIndex().isValid());
}

} // namespace rk
