#include "FrozenColumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

namespace rk {

FrozenColumn::FrozenColumn(QTableView *table, const QString &accessibleName)
    : QTableView(table)
    , m_table(table)
{
    setObjectName(QStringLiteral("frozenColumn"));
    setAccessibleName(accessibleName);
    setModel(table->model());
    setSelectionModel(table->selectionModel());
    setFocusPolicy(Qt::NoFocus);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(table->selectionBehavior());
    setSelectionMode(table->selectionMode());
    setItemDelegate(table->itemDelegate());
    setWordWrap(table->wordWrap());
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(table->verticalScrollMode());
    setFrameShape(QFrame::NoFrame);
    hide();
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, verticalScrollBar(), &QScrollBar::setValue);
    connect(table->horizontalScrollBar(), &QScrollBar::valueChanged, this, &FrozenColumn::place);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, &FrozenColumn::place);
    connect(table->verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { setRowHeight(row, size); });
    connect(table->model(), &QAbstractItemModel::modelReset, this, &FrozenColumn::showOnlyFirstColumn);
    connect(table->model(), &QAbstractItemModel::layoutChanged, this, &FrozenColumn::place);
    m_viewport = table->viewport();
    m_viewport->installEventFilter(this);
    showOnlyFirstColumn();
}

void FrozenColumn::showOnlyFirstColumn()
{
    for (int column = 0; column < model()->columnCount(); ++column)
        setColumnHidden(column, column != 0);
    place();
}

void FrozenColumn::place()
{
    const QScrollBar *sideways = m_table->horizontalScrollBar();
    const bool scrolled = sideways->value() > sideways->minimum();
    const bool appearing = scrolled && isHidden();
    setVisible(scrolled);
    if (!scrolled)
        return;
    if (appearing) {
        // From here on the table's row heights follow through sectionResized.
        for (int row = 0; row < model()->rowCount(); ++row)
            setRowHeight(row, m_table->rowHeight(row));
    }
    const QHeaderView *rows = m_table->verticalHeader();
    const int left = m_table->frameWidth() + (rows->isVisible() ? rows->width() : 0);
    setColumnWidth(0, m_table->columnWidth(0));
    horizontalHeader()->setFixedHeight(m_table->horizontalHeader()->height());
    setGeometry(left, m_table->frameWidth(), m_table->columnWidth(0) + 1,
                m_table->viewport()->height() + m_table->horizontalHeader()->height());
    verticalScrollBar()->setValue(m_table->verticalScrollBar()->value());
    raise();
}

bool FrozenColumn::eventFilter(QObject *object, QEvent *event)
{
    // The stored viewport, not m_table->viewport(): events still come while the table is
    // being destroyed, when it can no longer be asked.
    if (object == m_viewport && event->type() == QEvent::Resize)
        place();
    return QTableView::eventFilter(object, event);
}

} // namespace rk
