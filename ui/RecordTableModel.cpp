#include "RecordTableModel.h"

#include "ProjectDocument.h"
#include "commands/Edits.h"

namespace rk {

RecordTableModel::RecordTableModel(TableId table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{
}

void RecordTableModel::setDocument(ProjectDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::recordAboutToBeInserted, this, [this](TableId table, int row) {
            if (table == m_table)
                beginInsertRows({}, row, row);
        });
        connect(m_document, &ProjectDocument::recordInserted, this, [this](TableId table) {
            if (table == m_table)
                endInsertRows();
        });
        connect(m_document, &ProjectDocument::recordAboutToBeRemoved, this, [this](TableId table, int row) {
            if (table == m_table)
                beginRemoveRows({}, row, row);
        });
        connect(m_document, &ProjectDocument::recordRemoved, this, [this](TableId table) {
            if (table == m_table)
                endRemoveRows();
        });
        connect(m_document, &ProjectDocument::recordChanged, this, [this](TableId table, int row, int field) {
            if (table == m_table)
                Q_EMIT dataChanged(index(row, field), index(row, field));
        });
    }
    endResetModel();
}

QModelIndex RecordTableModel::indexOfRecord(const QString &recordId, int column) const
{
    const int row = m_document ? m_document->recordRow(m_table, recordId) : -1;
    return row < 0 ? QModelIndex() : index(row, column);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->records(m_table).size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(tableSpec(m_table).fields.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document || index.row() >= rowCount())
        return {};
    const FieldSpec &field = tableSpec(m_table).fields.at(std::size_t(index.column()));
    const Record &record = m_document->records(m_table).at(index.row());
    const QVariant value = record.values.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return field.type == FieldType::Flag ? QVariant() : QVariant(displayValue(field, value));
    case Qt::ToolTipRole:
        return field.type == FieldType::LongText ? value : QVariant();
    case Qt::EditRole:
        return value;
    case Qt::CheckStateRole:
        if (field.type == FieldType::Flag)
            return value.toLongLong() != 0 ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (field.type == FieldType::Integer || field.type == FieldType::Real)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole:
        return record.id;
    case FieldTypeRole:
        return int(field.type);
    default:
        return {};
    }
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !m_document)
        return false;
    const FieldSpec &field = tableSpec(m_table).fields.at(std::size_t(index.column()));
    QVariant newValue = value;
    if (role == Qt::CheckStateRole && field.type == FieldType::Flag)
        newValue = qint64(value.toInt() == Qt::Checked ? 1 : 0);
    else if (role != Qt::EditRole)
        return false;
    const QString id = data(index, RecordIdRole).toString();
    return edit::setRecordField(*m_document, m_table, id, index.column(), newValue);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return fieldLabel(m_table, section);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document || m_document->isReadOnly())
        return flags;
    const FieldSpec &field = tableSpec(m_table).fields.at(std::size_t(index.column()));
    return flags | (field.type == FieldType::Flag ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

} // namespace rk
