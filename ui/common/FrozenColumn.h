#pragma once

#include <QTableView>

namespace rk {

// Keeps a table's first column in view when the table is scrolled sideways: a second view of
// the same rows, showing only that column, lies over the table's left edge while it is
// scrolled. It shares the table's model and selection, follows its rows' scrolling and
// heights, takes no focus and edits nothing, so keyboard and screen-reader users meet the
// one table as before.
class FrozenColumn : public QTableView
{
    Q_OBJECT

public:
    FrozenColumn(QTableView *table, const QString &accessibleName);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void showOnlyFirstColumn();
    void place();

    QTableView *m_table;
    QObject *m_viewport = nullptr;
};

} // namespace rk
