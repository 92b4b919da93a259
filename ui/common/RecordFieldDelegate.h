#pragma once

#include "core/records/RecordTables.h"

#include <QStyledItemDelegate>

namespace rk {

// Editors for the cells of chapter tables and checklists, by kind of field: a list for
// choices, a date box that can be left empty, several lines for long text, a checkable
// list for channels. Also used for the checklist's answer column.
class RecordFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // For a chapter table: the field kinds come from the table's spec.
    RecordFieldDelegate(TableId table, QObject *parent = nullptr);
    // For one column of fixed choices (index = stored value).
    RecordFieldDelegate(QStringList choiceLabels, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    const FieldSpec *fieldAt(const QModelIndex &index) const;

    bool m_forTable = false;
    TableId m_table = TableId::LocalFigure;
    QStringList m_choiceLabels;
};

} // namespace rk
