#include "NetworkMatrixModel.h"

#include "core/ProjectDocument.h"
#include "ui/common/Colours.h"
#include "ui/common/TableChanges.h"

namespace rk {

NetworkMatrixModel::NetworkMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NetworkMatrixModel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        auto changed = [this](TableId table) {
            if (table == TableId::Goal || table == TableId::Organisation || table == TableId::Contribution)
                rebuild();
        };
        onTableChanges(m_document, this, changed);
    }
    rebuild();
}

void NetworkMatrixModel::rebuild()
{
    beginResetModel();
    m_matrix = m_document ? network::buildMatrix(*m_document) : network::Matrix();
    endResetModel();
}

int NetworkMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.organisationIds.size());
}

int NetworkMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.goalIds.size());
}

QVariant NetworkMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    const QString organisation = m_matrix.organisationIds.value(index.row());
    const QString goal = m_matrix.goalIds.value(index.column());
    const QStringList contributions = m_matrix.contributions(organisation, goal);
    switch (role) {
    case Qt::DisplayRole:
        if (contributions.isEmpty())
            return {};
        return contributions.size() == 1 ? tr("✓ draagt bij") : tr("✓ %1 bijdragen").arg(contributions.size());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList lines;
        for (const QString &id : contributions)
            lines.append(m_document->recordTitle(TableId::Contribution, id));
        const QString who = m_document->recordTitle(TableId::Organisation, organisation);
        const QString what = m_document->recordTitle(TableId::Goal, goal);
        return lines.isEmpty() ? tr("%1 draagt niet bij aan \"%2\". Enter maakt een bijdrage.").arg(who, what)
                               : tr("%1 aan \"%2\": %3").arg(who, what, lines.join(QStringLiteral("; ")));
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return contributions.isEmpty() ? QVariant() : QVariant(colours::informationBackground());
    default:
        return {};
    }
}

QVariant NetworkMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_document)
        return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return m_document->recordTitle(TableId::Organisation, m_matrix.organisationIds.value(section));
        return {};
    }
    const QString goal = m_matrix.goalIds.value(section);
    const bool gap = m_matrix.goalsWithoutContributor.contains(goal);
    if (role == Qt::DisplayRole) {
        const QString title = m_document->recordTitle(TableId::Goal, goal);
        return gap ? tr("%1\n(nog niemand)").arg(title) : title;
    }
    if (role == Qt::ToolTipRole)
        return m_document->recordTitle(TableId::Goal, goal);
    if (role == Qt::ForegroundRole && gap)
        return colours::orange();
    return {};
}

} // namespace rk
