#include "ChapterListModel.h"

#include "core/ProjectDocument.h"
#include "ui/common/StatusIcons.h"

#include <QFont>

namespace rk {

namespace {
// Top-level rows: the dashboard, then the two parts. Chapter rows carry their part's
// top-level row number as internal id; top-level rows carry 0.
constexpr quintptr kTopLevel = 0;
constexpr int kDashboardRow = 0;
constexpr int kTopLevelCount = 3;

ChapterPart partOfRow(int row)
{
    return row == 1 ? ChapterPart::Organise : ChapterPart::Act;
}

// Chapters 1-5 are part A, 6-9 part B.
int firstChapterOf(ChapterPart part)
{
    return part == ChapterPart::Organise ? 0 : 5;
}

int chapterCountOf(ChapterPart part)
{
    return part == ChapterPart::Organise ? 5 : 4;
}
} // namespace

ChapterListModel::ChapterListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ChapterListModel::setDocument(ProjectDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
    {
        connect(m_document, &ProjectDocument::chapterChanged, this, &ChapterListModel::onChapterChanged);
        connect(m_document, &ProjectDocument::chapterWorkChanged, this, &ChapterListModel::onChapterChanged);
    }
    endResetModel();
}

QModelIndex ChapterListModel::indexOf(ChapterId chapter, int column) const
{
    const ChapterInfo &info = chapterInfo(chapter);
    const int partRow = info.part == ChapterPart::Organise ? 1 : 2;
    return createIndex(chapterIndex(chapter) - firstChapterOf(info.part), column, quintptr(partRow));
}

QModelIndex ChapterListModel::dashboardIndex() const
{
    return createIndex(kDashboardRow, TitleColumn, kTopLevel);
}

bool ChapterListModel::isDashboard(const QModelIndex &index)
{
    return index.isValid() && index.internalId() == kTopLevel && index.row() == kDashboardRow;
}

std::optional<ChapterId> ChapterListModel::chapterAt(const QModelIndex &index)
{
    const QVariant value = index.siblingAtColumn(TitleColumn).data(ChapterIdRole);
    if (!value.isValid())
        return std::nullopt;
    return static_cast<ChapterId>(value.toInt());
}

QModelIndex ChapterListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex ChapterListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()), 0, kTopLevel);
}

int ChapterListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kTopLevelCount;
    if (parent.internalId() == kTopLevel && parent.column() == 0 && parent.row() != kDashboardRow)
        return chapterCountOf(partOfRow(parent.row()));
    return 0;
}

int ChapterListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChapterListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopLevel) {
        if (role == Qt::DisplayRole && index.column() == TitleColumn)
            return index.row() == kDashboardRow ? tr("Overzicht") : chapterPartTitle(partOfRow(index.row()));
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const ChapterPart part = partOfRow(int(index.internalId()));
    const auto chapter = static_cast<ChapterId>(firstChapterOf(part) + index.row());
    const ChapterStatus status = m_document ? m_document->chapterStatus(chapter) : ChapterStatus::NotStarted;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return QStringLiteral("%1. %2").arg(chapterInfo(chapter).number).arg(chapterTitle(chapter));
        return chapterStatusName(status);
    case Qt::DecorationRole:
        return index.column() == (m_compact ? TitleColumn : StatusColumn) ? QVariant(statusIcon(status)) : QVariant();
    case Qt::ToolTipRole:
        // The whole title too, for a list too narrow to show it.
        return tr("%1. %2 (status: %3)")
            .arg(chapterInfo(chapter).number)
            .arg(chapterTitle(chapter), chapterStatusName(status));
    case Qt::AccessibleDescriptionRole:
        return tr("Status: %1").arg(chapterStatusName(status));
    case ChapterIdRole:
        return int(chapter);
    default:
        return {};
    }
}

QVariant ChapterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Hoofdstuk") : tr("Status");
}

Qt::ItemFlags ChapterListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kTopLevel && index.row() != kDashboardRow)
        return Qt::ItemIsEnabled;
    return m_document ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable) : Qt::NoItemFlags;
}

void ChapterListModel::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int part = 1; part < rowCount(); ++part) {
        const QModelIndex parent = index(part, 0);
        Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

void ChapterListModel::onChapterChanged(ChapterId chapter)
{
    Q_EMIT dataChanged(indexOf(chapter, TitleColumn), indexOf(chapter, StatusColumn));
}

} // namespace rk
