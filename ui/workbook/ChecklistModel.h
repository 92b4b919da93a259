#pragma once

#include "core/Chapter.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace rk {

class ProjectDocument;
struct ChapterGuidance;

// The checklists of one chapter as a tree: each checklist with its items, and per item
// the answer (ja / deels / nee / n.v.t.) and a comment. Edits go through undo commands.
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        ItemColumn,
        AnswerColumn,
        CommentColumn,
        ColumnCount
    };
    enum Role
    {
        ItemKeyRole = Qt::UserRole + 1
    };

    ChecklistModel(ChapterId chapter, const ChapterGuidance &guidance, QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    QModelIndex indexOfItem(const QString &key, int column = AnswerColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // F2, Enter or typing on a question edits its answer (the question itself is not editable).
    QModelIndex buddy(const QModelIndex &index) const override;

private:
    void onEntryChanged(ChapterId chapter, const QString &key);

    ChapterId m_chapter;
    const ChapterGuidance &m_guidance;
    QPointer<ProjectDocument> m_document;
};

} // namespace rk
