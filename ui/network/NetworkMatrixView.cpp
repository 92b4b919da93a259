#include "NetworkMatrixView.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "ui/network/NetworkMatrixModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace rk {

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
    m_view->setTabKeyNavigation(false); // Tab leaves the matrix; arrows move inside it
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
    setField(contribution, ContributionField::OrganisationId, organisation);
    setField(contribution, ContributionField::GoalId, goal);
    setField(contribution, ContributionField::Status, storedChoice(ContributionStatus::Proposed));
    const QString id = edit::insertRecord(*m_document, TableId::Contribution,
                                          int(m_document->records(TableId::Contribution).size()), contribution);
    if (!id.isEmpty())
        Q_EMIT contributionRequested(id);
}

} // namespace rk
