#include "MergeReviewDialog.h"

#include <QStandardItemModel>
#include <QTreeView>

// The review's choices: a change's box, a record's box, the buttons that decide a conflict.
namespace rk {

// The choice of one change: in the comparison, and in the words of its last column.
void MergeReviewDialog::setChangeState(QStandardItem *item, Qt::CheckState state)
{
    const int index = item->data(kChangeRole).toInt();
    merge::Change &change = m_comparison.changes[index];
    const bool updating = m_updating;
    m_updating = true;
    item->setCheckState(state);
    m_updating = updating;
    change.accepted = state == Qt::Checked;
    QStandardItem *choice = item->parent()->child(item->row(), ChoiceColumn);
    if (!change.isConflict()) {
        choice->setText(state == Qt::Checked ? tr("Overnemen") : tr("Niet overnemen"));
        choice->setToolTip({});
        return;
    }
    // Short, so that it stays in view; why it is a conflict is in the tooltip and the details.
    const bool decided = item->data(kDecidedRole).toBool();
    choice->setText(!decided ? tr("Conflict: kies")
                             : (state == Qt::Checked ? tr("Conflict: kopie") : tr("Conflict: uw versie")));
    choice->setToolTip(merge::conflictText(change.conflict));
    // What a screen reader says of the box: the choice, not only checked or not.
    item->setData(tr("%1, %2").arg(item->text(), choice->text()), Qt::AccessibleTextRole);
}

void MergeReviewDialog::updateGroupState(QStandardItem *group)
{
    int checked = 0;
    for (int r = 0; r < group->rowCount(); ++r)
        checked += group->child(r)->checkState() == Qt::Checked ? 1 : 0;
    const bool updating = m_updating;
    m_updating = true;
    group->setCheckState(checked == 0 ? Qt::Unchecked
                                      : (checked == group->rowCount() ? Qt::Checked : Qt::PartiallyChecked));
    m_updating = updating;
}

void MergeReviewDialog::onItemChanged(QStandardItem *item)
{
    if (m_updating || item->column() != ChangeColumn || !item->isCheckable())
        return;
    const int index = item->data(kChangeRole).toInt();
    if (index >= 0) {
        // A conflict the user clicks or presses Space on is decided by it (with the other
        // fields filled in for the same contact person).
        const Qt::CheckState state = item->checkState() == Qt::Checked ? Qt::Checked : Qt::Unchecked;
        QStandardItem *group = item->parent();
        const bool person = m_comparison.changes.at(index).conflict == merge::Conflict::PersonalFilled;
        for (int r = 0; r < group->rowCount(); ++r) {
            QStandardItem *sibling = group->child(r);
            if (sibling != item && !(person && m_comparison.changes.at(sibling->data(kChangeRole).toInt()).conflict ==
                                                   merge::Conflict::PersonalFilled))
                continue;
            sibling->setData(true, kDecidedRole);
            setChangeState(sibling, state);
        }
        updateGroupState(group);
    } else {
        // A record's box takes over (or leaves out) what in it is no conflict: conflicts are
        // decided one by one.
        const Qt::CheckState wanted = item->checkState() == Qt::Unchecked ? Qt::Unchecked : Qt::Checked;
        for (int r = 0; r < item->rowCount(); ++r) {
            QStandardItem *child = item->child(r);
            if (!m_comparison.changes.at(child->data(kChangeRole).toInt()).isConflict())
                setChangeState(child, wanted);
        }
        updateGroupState(item);
    }
    updateSummary();
    showDetails();
}

QList<QStandardItem *> MergeReviewDialog::currentChangeItems() const
{
    // A change, or every conflict of the record chosen.
    QList<QStandardItem *> items;
    if (QStandardItem *item = currentChangeItem())
        return {item};
    const QModelIndex current = m_view->currentIndex();
    QStandardItem *group = current.isValid() ? m_model->itemFromIndex(current.siblingAtColumn(ChangeColumn)) : nullptr;
    if (!group || !group->isCheckable())
        return items;
    for (int r = 0; r < group->rowCount(); ++r) {
        if (m_comparison.changes.at(group->child(r)->data(kChangeRole).toInt()).isConflict())
            items.append(group->child(r));
    }
    return items;
}

QStandardItem *MergeReviewDialog::currentChangeItem() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    QStandardItem *item = m_model->itemFromIndex(current.siblingAtColumn(ChangeColumn));
    return item && item->data(kChangeRole).toInt() >= 0 && item->isCheckable() ? item : nullptr;
}

void MergeReviewDialog::decideCurrent(Qt::CheckState state)
{
    QList<QStandardItem *> items = currentChangeItems();
    // A contact person is one person: what is filled in for them is taken (or not) together.
    if (items.size() == 1 &&
        m_comparison.changes.at(items.first()->data(kChangeRole).toInt()).conflict == merge::Conflict::PersonalFilled) {
        QStandardItem *group = items.first()->parent();
        items.clear();
        for (int r = 0; r < group->rowCount(); ++r) {
            if (m_comparison.changes.at(group->child(r)->data(kChangeRole).toInt()).conflict ==
                merge::Conflict::PersonalFilled)
                items.append(group->child(r));
        }
    }
    for (QStandardItem *item : items) {
        item->setData(true, kDecidedRole);
        setChangeState(item, state);
        updateGroupState(item->parent());
    }
    if (!items.isEmpty()) {
        updateSummary();
        showDetails();
    }
}

void MergeReviewDialog::takeTheirs()
{
    decideCurrent(Qt::Checked);
}

void MergeReviewDialog::keepMine()
{
    decideCurrent(Qt::Unchecked);
}

void MergeReviewDialog::acceptAllWithoutConflict()
{
    for (QStandardItem *group : groupItems()) {
        for (int r = 0; r < group->rowCount(); ++r) {
            QStandardItem *item = group->child(r);
            if (!m_comparison.changes.at(item->data(kChangeRole).toInt()).isConflict())
                setChangeState(item, Qt::Checked);
        }
        updateGroupState(group);
    }
    updateSummary();
    showDetails();
}

void MergeReviewDialog::acceptNothing()
{
    for (QStandardItem *group : groupItems()) {
        for (int r = 0; r < group->rowCount(); ++r) {
            QStandardItem *item = group->child(r);
            if (m_comparison.changes.at(item->data(kChangeRole).toInt()).isConflict())
                item->setData(true, kDecidedRole);
            setChangeState(item, Qt::Unchecked);
        }
        updateGroupState(group);
    }
    updateSummary();
    showDetails();
}

QList<QStandardItem *> MergeReviewDialog::groupItems() const
{
    QList<QStandardItem *> groups;
    for (int c = 0; c < m_model->rowCount(); ++c) {
        QStandardItem *chapter = m_model->item(c);
        for (int g = 0; g < chapter->rowCount(); ++g)
            groups.append(chapter->child(g));
    }
    return groups;
}

int MergeReviewDialog::undecidedCount() const
{
    int undecided = 0;
    for (const QStandardItem *group : groupItems()) {
        for (int r = 0; r < group->rowCount(); ++r) {
            const QStandardItem *item = group->child(r);
            undecided += m_comparison.changes.at(item->data(kChangeRole).toInt()).isConflict() &&
                                 !item->data(kDecidedRole).toBool()
                             ? 1
                             : 0;
        }
    }
    return undecided;
}

} // namespace rk
