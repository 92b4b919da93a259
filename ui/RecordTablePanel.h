#pragma once

#include "records/RecordTables.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QTableView;

namespace rk {

class ProjectDocument;
class RecordTableModel;

// One chapter table with its buttons: add a row (Insert), remove the current row
// (Ctrl+Delete). Cells are edited in place; every change can be undone.
class RecordTablePanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecordTablePanel(TableId table, QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void showRecord(const QString &recordId, int field);
    QTableView *view() const { return m_view; }
    RecordTableModel *model() const { return m_model; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }

private:
    void addRow();
    void removeRow();
    void updateActions();

    TableId m_table;
    QPointer<ProjectDocument> m_document;
    RecordTableModel *m_model;
    QTableView *m_view;
    QAction *m_add;
    QAction *m_remove;
};

} // namespace rk
