#pragma once

#include "core/records/RecordTables.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace rk {

class ProjectDocument;

// One chapter table (lokale cijfers, persona's, campagnes, ...) as a table model over
// the document. Every change goes through an undo command; the model follows the
// document's row signals, so undo and redo show at once.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RecordIdRole = Qt::UserRole + 1,
        SortRole,
        ReferenceChoicesRole, // for Reference fields: [[id, title], ...] of the referenced table
    };

    explicit RecordTableModel(TableId table, QObject *parent = nullptr);

    TableId table() const { return m_table; }
    void setDocument(ProjectDocument *document);
    // For child tables: show only the rows of this parent (an indicator's measurements).
    void setParentFilter(const QString &parentId);
    QString parentFilter() const { return m_parentId; }
    QString recordIdAt(int row) const;
    QModelIndex indexOfRecord(const QString &recordId, int column = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rebuildRows();
    int documentRow(int row) const { return m_filtered ? m_rows.value(row, -1) : row; }
    int modelRow(int documentRow) const;

    TableId m_table;
    QPointer<ProjectDocument> m_document;
    bool m_filtered = false;
    QString m_parentId;
    QList<int> m_rows; // document rows shown, when filtered
    // For organisations: how often each name occurs, to mark duplicates without a scan per cell.
    QString warningAt(const Record &record) const;
    mutable QHash<QString, int> m_nameCounts;
    mutable bool m_nameCountsValid = false;
};

} // namespace rk
