#pragma once

#include "core/merge/ProjectMerge.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTextBrowser;
class QTreeView;

namespace rk {

class ProjectDocument;

// "Wijzigingen van een kopie samenvoegen...": the changes in a copy that came back, grouped by
// chapter and record, each field as it was, as it is in the copy and as it is now, with a
// box to take it over or leave it out. What is no conflict starts taken over; each conflict
// waits for the user's choice (the copy's version or mine), one by one. Merging takes the
// chosen changes over as one undo step.
class MergeReviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `opened` holds the copy (and what was sent); the dialog compares it with `document`.
    MergeReviewDialog(ProjectDocument *document, merge::OpenedCopy opened, QWidget *parent = nullptr);
    ~MergeReviewDialog() override;

    // For tests and the window: the comparison as shown, with the choices made so far.
    const merge::Comparison &comparison() const { return m_comparison; }
    QTreeView *view() const { return m_view; }
    // The number of conflicts not decided yet.
    int undecidedCount() const;
    // What the last merge said (taken over, left out), or why it could not.
    QString lastMessage() const { return m_lastMessage; }

public Q_SLOTS:
    void accept() override;
    void reject() override;
    // For the current change (or every conflict of the current record): take the copy's
    // version, or keep mine.
    void takeTheirs();
    void keepMine();
    void acceptAllWithoutConflict();
    void acceptNothing();

private:
    static constexpr int kChangeRole = Qt::UserRole + 1;  // the change's index, -1 for a group
    static constexpr int kDecidedRole = Qt::UserRole + 2; // a conflict the user has decided
    // The choice second, so that it stays in view on a small screen; the values after it.
    enum Column
    {
        ChangeColumn,
        ChoiceColumn,
        BeforeColumn,
        TheirsColumn,
        MineColumn,
        ColumnCount
    };

    void buildModel();
    void onItemChanged(QStandardItem *item);
    void setChangeState(QStandardItem *item, Qt::CheckState state);
    void updateGroupState(QStandardItem *group);
    void updateSummary();
    void showDetails();
    QStandardItem *currentChangeItem() const;
    QList<QStandardItem *> currentChangeItems() const;
    // The record rows (under the chapters), each holding its changes.
    QList<QStandardItem *> groupItems() const;
    void decideCurrent(Qt::CheckState state);
    QString describe(const merge::Change &change) const;

    QPointer<ProjectDocument> m_document;
    merge::OpenedCopy m_opened;
    merge::Comparison m_comparison;
    QLabel *m_intro = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_theirs = nullptr;
    QPushButton *m_mine = nullptr;
    bool m_updating = false;
    QString m_lastMessage;
};

} // namespace rk
