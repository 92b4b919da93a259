#pragma once

#include "core/records/RecordTables.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QHBoxLayout;
class QToolButton;

namespace rk {

class ProjectDocument;
class RecordForm;
class RecordTableModel;

// One table (a chapter table, goals, indicators, measurements, activities) with its
// buttons: add a row (Insert), remove the current row (Ctrl+Delete), export to CSV, and
// a quick filter. Click a column header to sort. Cells are edited in place; every change
// can be undone.
class RecordTablePanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecordTablePanel(TableId table, QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    // For child tables: the parent row whose rows are shown and added to.
    void setParentRecord(const QString &parentId);
    void showRecord(const QString &recordId, int field);
    // The id of the row at the view's current index, or empty.
    QString currentRecordId() const;
    bool exportCsv(const QString &path);

    QTableView *view() const { return m_view; }
    RecordTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QWidget *toolBar() const { return m_bar; }
    // Adds an action to the bar's "Meer" menu, after export.
    void addToolAction(QAction *action);
    // The bar's actions and those of its "Meer" menu.
    QList<QAction *> toolActions() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    // The form with every field of the current row, for tables with long texts or many
    // columns; null for short tables, which are edited in their cells.
    RecordForm *form() const { return m_form; }
    // Shows or hides the form (null without a form).
    QAction *showFormAction() const { return m_showForm; }
    void setColumnShown(int column, bool shown);

    static bool needsForm(TableId table);
    // The values a row added here starts with (see the .cpp).
    static Record newRow(const ProjectDocument &document, TableId table);
    // Whether a column is in the list before the user chooses (the form has them all).
    static bool isListColumnByDefault(TableId table, int field);

    // The view that keeps the first column in view while the table is scrolled sideways.
    QTableView *frozenColumn() const { return m_frozen; }

Q_SIGNALS:
    void currentRecordChanged(const QString &recordId);

private:
    void arrangeTabOrder();
    QToolButton *barButton(QAction *action);
    void setUpColumns();

    void fitColumns();
    int leastWidth(FieldType type) const;
    void selectFirstRow();
    QString settingsKey(const QString &what) const;
    void addRow();
    void removeRow();
    void exportInteractive();
    void updateActions();

    TableId m_table;
    QPointer<ProjectDocument> m_document;
    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QWidget *m_bar;
    QHBoxLayout *m_barLayout = nullptr;
    QLineEdit *m_filter;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_export;
    QMenu *m_more = nullptr;
    RecordForm *m_form = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_showForm = nullptr;
    QTableView *m_frozen = nullptr; // a FrozenColumn
};

} // namespace rk
