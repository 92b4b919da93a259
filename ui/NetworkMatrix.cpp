#include "NetworkMatrix.h"

#include "Colours.h"
#include "ProjectDocument.h"
#include "commands/Edits.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

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
        connect(m_document, &ProjectDocument::recordInserted, this, changed);
        connect(m_document, &ProjectDocument::recordRemoved, this, changed);
        connect(m_document, &ProjectDocument::recordChanged, this, changed);
        connect(m_document, &ProjectDocument::tableReset, this, changed);
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

NetworkMatrixView::NetworkMatrixView(QWidget *parent)
    : QWidget(parent)
    , m_model(new NetworkMatrixModel(this))
    , m_view(new QTableView(this))
    , m_gaps(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Wie draagt bij aan welk doel"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setDefaultSectionSize(170);
    m_view->horizontalHeader()->setMinimumHeight(60);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_gaps->setWordWrap(true);
    m_gaps->setTextFormat(Qt::PlainText);
    auto *intro = new QLabel(tr("Per organisatie (regels) en doel (kolommen): wie draagt bij. Enter of dubbelklik "
                                "opent de bijdrage, of maakt er een."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_gaps);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, &NetworkMatrixView::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NetworkMatrixView::updateGaps);
}

void NetworkMatrixView::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
}

QString NetworkMatrixView::gapText() const
{
    return m_gaps->text();
}

void NetworkMatrixView::updateGaps()
{
    if (!m_document) {
        m_gaps->clear();
        return;
    }
    QStringList titles;
    for (const QString &goal : m_model->matrix().goalsWithoutContributor)
        titles.append(m_document->recordTitle(TableId::Goal, goal));
    m_gaps->setText(titles.isEmpty() ? tr("Elk doel heeft minstens één organisatie die bijdraagt.")
                                     : tr("Nog niemand draagt bij aan: %1.").arg(titles.join(QStringLiteral("; "))));
}

void NetworkMatrixView::activate(const QModelIndex &index)
{
    if (!m_document || !index.isValid())
        return;
    const QString organisation = m_model->matrix().organisationIds.value(index.row());
    const QString goal = m_model->matrix().goalIds.value(index.column());
    const QStringList existing = m_model->matrix().contributions(organisation, goal);
    if (!existing.isEmpty()) {
        Q_EMIT contributionRequested(existing.constFirst());
        return;
    }
    if (m_document->isReadOnly())
        return;
    Record contribution = emptyRecord(TableId::Contribution);
    contribution.values[network::ContributionOrganisation] = organisation;
    contribution.values[network::ContributionGoal] = goal;
    contribution.values[network::ContributionStatus] = qint64(0);
    const QString id = edit::insertRecord(*m_document, TableId::Contribution,
                                          int(m_document->records(TableId::Contribution).size()), contribution);
    if (!id.isEmpty())
        Q_EMIT contributionRequested(id);
}

} // namespace rk
