#include "ChecklistModel.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "core/guidance/Guidance.h"

#include <QFont>

namespace rk {

namespace {
constexpr quintptr kTopLevel = 0;
}

ChecklistModel::ChecklistModel(ChapterId chapter, const ChapterGuidance &guidance, QObject *parent)
    : QAbstractItemModel(parent)
    , m_chapter(chapter)
    , m_guidance(guidance)
{
}

void ChecklistModel::setDocument(ProjectDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::checklistEntryChanged, this, &ChecklistModel::onEntryChanged);
    endResetModel();
}

QModelIndex ChecklistModel::indexOfItem(const QString &key, int column) const
{
    for (int c = 0; c < m_guidance.checklists.size(); ++c) {
        const auto &items = m_guidance.checklists.at(c).items;
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).key == key)
                return createIndex(i, column, quintptr(c + 1));
        }
    }
    return {};
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : kTopLevel);
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kTopLevel);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_guidance.checklists.size());
    if (parent.internalId() == kTopLevel && parent.column() == 0)
        return int(m_guidance.checklists.at(parent.row()).items.size());
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopLevel) {
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && index.column() == ItemColumn)
            return m_guidance.checklists.at(index.row()).title;
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const ChecklistItem &item = m_guidance.checklists.at(int(index.internalId()) - 1).items.at(index.row());
    const ChecklistEntry entry = m_document ? m_document->checklistEntry(m_chapter, item.key) : ChecklistEntry();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == ItemColumn)
            return item.text;
        if (index.column() == AnswerColumn)
            return checklistAnswerName(entry.answer);
        return entry.comment;
    case Qt::AccessibleDescriptionRole:
        // An answer or comment is heard with the question it belongs to.
        return index.column() == ItemColumn ? QVariant() : QVariant(item.text);
    case Qt::EditRole:
        if (index.column() == AnswerColumn)
            return int(entry.answer);
        return index.column() == CommentColumn ? entry.comment : item.text;
    case Qt::ToolTipRole:
        return index.column() == ItemColumn ? item.text : QVariant();
    case ItemKeyRole:
        return item.key;
    case Qt::FontRole:
        // Not yet answered: in italics, which stays readable in a selected row (a pale
        // colour would not).
        if (index.column() == AnswerColumn && entry.answer == ChecklistAnswer::Unanswered) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || role != Qt::EditRole || !index.isValid() || index.internalId() == kTopLevel)
        return false;
    const QString key = data(index, ItemKeyRole).toString();
    ChecklistEntry entry = m_document->checklistEntry(m_chapter, key);
    if (index.column() == AnswerColumn) {
        const int answer = value.toInt();
        if (answer < 0 || answer > 4)
            return false;
        entry.answer = static_cast<ChecklistAnswer>(answer);
    } else if (index.column() == CommentColumn) {
        entry.comment = value.toString().trimmed();
    } else {
        return false;
    }
    return edit::setChecklistEntry(*m_document, m_chapter, key, entry);
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Vraag");
    case AnswerColumn:
        return tr("Antwoord");
    case CommentColumn:
        return tr("Toelichting");
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kTopLevel && index.column() != ItemColumn && m_document && !m_document->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QModelIndex ChecklistModel::buddy(const QModelIndex &index) const
{
    if (index.isValid() && index.internalId() != kTopLevel && index.column() == ItemColumn)
        return index.siblingAtColumn(AnswerColumn);
    return index;
}

void ChecklistModel::onEntryChanged(ChapterId chapter, const QString &key)
{
    if (chapter != m_chapter)
        return;
    const QModelIndex first = indexOfItem(key, ItemColumn);
    if (first.isValid())
        Q_EMIT dataChanged(first, first.siblingAtColumn(CommentColumn));
}

} // namespace rk
