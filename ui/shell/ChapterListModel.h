#pragma once

#include "core/Chapter.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <optional>

namespace rk {

class ProjectDocument;

// The navigator's tree: the overview (dashboard), then the two parts of the routekaart,
// each with its chapters and each chapter's status. Follows the document's change signals.
class ChapterListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        ChapterIdRole = Qt::UserRole + 1,
    };

    explicit ChapterListModel(QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    // Compact: the status as an icon before the title only (its word stays in the tooltip
    // and for screen readers), for a list too narrow for both columns.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    QModelIndex indexOf(ChapterId chapter, int column = TitleColumn) const;
    QModelIndex dashboardIndex() const;
    static std::optional<ChapterId> chapterAt(const QModelIndex &index);
    static bool isDashboard(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void onChapterChanged(ChapterId chapter);

    QPointer<ProjectDocument> m_document;
    bool m_compact = false;
};

} // namespace rk
