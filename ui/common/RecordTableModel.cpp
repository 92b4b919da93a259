#include "RecordTableModel.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "core/network/Network.h"

#include <QApplication>
#include <QStyle>

namespace rk {

RecordTableModel::RecordTableModel(TableId table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
    , m_filtered(tableSpec(table).hasParent())
{
}

void RecordTableModel::setParentFilter(const QString &parentId)
{
    beginResetModel();
    m_parentId = parentId;
    rebuildRows();
    endResetModel();
}

void RecordTableModel::rebuildRows()
{
    m_rows.clear();
    if (!m_document || !m_filtered)
        return;
    const QList<Record> &records = m_document->records(m_table);
    for (int i = 0; i < records.size(); ++i) {
        if (records.at(i).parentId == m_parentId)
            m_rows.append(i);
    }
}

int RecordTableModel::modelRow(int documentRow) const
{
    return m_filtered ? int(m_rows.indexOf(documentRow)) : documentRow;
}

QString RecordTableModel::warningAt(const Record &record) const
{
    if (!m_nameCountsValid) {
        m_nameCounts.clear();
        for (const Record &row : m_document->records(m_table))
            ++m_nameCounts[network::nameKey(field(row, OrganisationField::Name).toString())];
        m_nameCountsValid = true;
    }
    const QString key = network::nameKey(field(record, OrganisationField::Name).toString());
    return network::warningFor(record, !key.isEmpty() && m_nameCounts.value(key) > 1);
}

QString RecordTableModel::recordIdAt(int row) const
{
    const int at = documentRow(row);
    return m_document && at >= 0 && at < m_document->records(m_table).size() ? m_document->records(m_table).at(at).id
                                                                             : QString();
}

void RecordTableModel::setDocument(ProjectDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    rebuildRows();
    m_nameCountsValid = false;
    if (m_document) {
        ProjectDocument *doc = m_document;
        auto invalidate = [this](TableId t) {
            if (t == m_table)
                m_nameCountsValid = false;
        };
        connect(doc, &ProjectDocument::recordAboutToBeInserted, this, invalidate);
        connect(doc, &ProjectDocument::recordAboutToBeRemoved, this, invalidate);
        connect(doc, &ProjectDocument::recordChanged, this, invalidate);
        connect(doc, &ProjectDocument::tableAboutToBeReset, this, invalidate);
        if (m_filtered) {
            // A filtered view maps rows; a change of the table is simplest shown as a reset.
            connect(doc, &ProjectDocument::recordAboutToBeInserted, this, [this](TableId t) {
                if (t == m_table)
                    beginResetModel();
            });
            connect(doc, &ProjectDocument::recordAboutToBeRemoved, this, [this](TableId t) {
                if (t == m_table)
                    beginResetModel();
            });
            auto finish = [this](TableId t) {
                if (t == m_table) {
                    rebuildRows();
                    endResetModel();
                }
            };
            connect(doc, &ProjectDocument::recordInserted, this, finish);
            connect(doc, &ProjectDocument::recordRemoved, this, finish);
        } else {
            connect(doc, &ProjectDocument::recordAboutToBeInserted, this, [this](TableId table, int row) {
                if (table == m_table)
                    beginInsertRows({}, row, row);
            });
            connect(doc, &ProjectDocument::recordInserted, this, [this](TableId table) {
                if (table == m_table)
                    endInsertRows();
            });
            connect(doc, &ProjectDocument::recordAboutToBeRemoved, this, [this](TableId table, int row) {
                if (table == m_table)
                    beginRemoveRows({}, row, row);
            });
            connect(doc, &ProjectDocument::recordRemoved, this, [this](TableId table) {
                if (table == m_table)
                    endRemoveRows();
            });
        }
        connect(doc, &ProjectDocument::tableAboutToBeReset, this, [this](TableId t) {
            if (t == m_table)
                beginResetModel();
        });
        connect(doc, &ProjectDocument::tableReset, this, [this](TableId t) {
            if (t == m_table) {
                rebuildRows();
                endResetModel();
            }
        });
        connect(doc, &ProjectDocument::recordChanged, this, [this](TableId table, int row, int field) {
            if (table == m_table) {
                const int shown = modelRow(row);
                if (shown >= 0)
                    Q_EMIT dataChanged(index(shown, field), index(shown, field));
            }
            // Titles shown in reference columns follow their rows.
            for (const FieldSpec &f : tableSpec(m_table).fields) {
                if (f.type == FieldType::Reference && f.referenceTable == int(table) && rowCount() > 0) {
                    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
                    break;
                }
            }
        });
    }
    endResetModel();
}

QModelIndex RecordTableModel::indexOfRecord(const QString &recordId, int column) const
{
    const int row = m_document ? modelRow(m_document->recordRow(m_table, recordId)) : -1;
    return row < 0 ? QModelIndex() : index(row, column);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return m_filtered ? int(m_rows.size()) : int(m_document->records(m_table).size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(tableSpec(m_table).fields.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const FieldSpec &field = tableSpec(m_table).fields.at(std::size_t(index.column()));
    const Record &record = m_document->records(m_table).at(documentRow(index.row()));
    const QVariant value = record.values.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (field.type == FieldType::Reference)
            return m_document->recordTitle(static_cast<TableId>(field.referenceTable), value.toString());
        return field.type == FieldType::Flag ? QVariant() : QVariant(displayValue(field, value));
    case Qt::AccessibleDescriptionRole:
        // A cell is heard with the row it belongs to: "Regel 3: Humanitas Voorbeeldstad".
        return tr("Regel %1: %2").arg(index.row() + 1).arg(m_document->recordTitle(m_table, record.id));
    case Qt::ToolTipRole:
        if (m_table == TableId::Organisation && index.column() == 0) {
            const QString warning = warningAt(record);
            if (!warning.isEmpty())
                return warning;
        }
        return field.type == FieldType::LongText ? value : QVariant();
    case Qt::DecorationRole:
        // Odd emails, phone numbers and repeated names are kept as typed, with a warning
        // (from the cached name counts: this runs for every painted row).
        if (m_table == TableId::Organisation && index.column() == 0 && !warningAt(record).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::EditRole:
        return value;
    case ReferenceChoicesRole: {
        if (field.type != FieldType::Reference)
            return {};
        QVariantList list;
        const auto referenced = static_cast<TableId>(field.referenceTable);
        for (const Record &row : m_document->records(referenced))
            list.append(QVariant(QStringList{row.id, m_document->recordTitle(referenced, row.id)}));
        return list;
    }
    case SortRole:
        if (field.type == FieldType::Date || field.type == FieldType::Text || field.type == FieldType::LongText)
            return value.toString().toLower();
        if (field.type == FieldType::Reference)
            return m_document->recordTitle(static_cast<TableId>(field.referenceTable), value.toString()).toLower();
        return value.isNull() ? QVariant(-1e300) : value;
    case Qt::CheckStateRole:
        if (field.type == FieldType::Flag)
            return value.toLongLong() != 0 ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (field.type == FieldType::Integer || field.type == FieldType::Real || field.type == FieldType::Money)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole:
        return record.id;
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
    const QString id = recordIdAt(index.row());
    return edit::setRecordField(*m_document, m_table, id, index.column(), newValue);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip gives a header in full where its column is too narrow for it.
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < columnCount() ? QVariant(fieldLabel(m_table, section)) : QVariant();
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
