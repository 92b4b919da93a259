#pragma once

#include "core/records/RecordTables.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QBoxLayout;
class QDataWidgetMapper;
class QFormLayout;
class QLabel;

namespace rk {

class ProjectDocument;
class RecordFieldDelegate;

// Every field of one row of a table, as a form: a label and a proper editor per field,
// long texts as several lines, with the table's own delegate so that a value is read and
// checked as in a cell. A change is stored when the editor is left (or a choice is made)
// and can be undone; a value that cannot be stored is named below the heading. Shown
// beside or below a table whose rows have more than fits in cells.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    RecordForm(TableId table, QAbstractItemModel *model, QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    // The model row to show, or -1 for none.
    void setCurrentRow(int row);
    int currentRow() const;
    // The editor of a field (a column of the model), or null when no row is shown.
    QWidget *editor(int field) const;
    QLabel *problemLabel() const { return m_problem; }
    // Tab goes from `widget` (the table) into the form's first field.
    void setTabPredecessor(QWidget *widget) { m_tabPredecessor = widget; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void arrange();
    void updateHeading();
    void showProblem(const QString &message);

    TableId m_table;
    QAbstractItemModel *m_model;
    QPointer<ProjectDocument> m_document;
    RecordFieldDelegate *m_delegate;
    QDataWidgetMapper *m_mapper;
    QLabel *m_heading;
    QLabel *m_problem;
    QWidget *m_fields;
    QBoxLayout *m_columns = nullptr;
    int m_captionWidth = 0; // the longest label of the fields
    QFormLayout *m_shortFields;
    QFormLayout *m_longFields;
    QList<QWidget *> m_editors; // per field; null for fields without an editor here
    QPointer<QWidget> m_tabPredecessor;
    QPersistentModelIndex m_current;
    bool m_storing = false; // a value of the form is being stored // column 0 of the row shown
};

} // namespace rk
