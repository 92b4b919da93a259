#include "GoalsPanel.h"

#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTablePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rk {

GoalsPanel::GoalsPanel(QWidget *parent)
    : QWidget(parent)
    , m_goals(new RecordTablePanel(TableId::Goal, this))
    , m_indicatorsLabel(new QLabel(this))
    , m_openIndicator(new QPushButton(tr("V&oortgang van deze indicator"), this))
    , m_indicators(new RecordTablePanel(TableId::Indicator, this))
{
    m_indicatorsLabel->setTextFormat(Qt::PlainText);
    m_indicatorsLabel->setWordWrap(true);
    QFont bold = m_indicatorsLabel->font();
    bold.setBold(true);
    m_indicatorsLabel->setFont(bold);
    m_indicatorsLabel->setBuddy(m_indicators->view());

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_indicatorsLabel, 1);
    header->addWidget(m_openIndicator);
    lowerLayout->addLayout(header);
    lowerLayout->addWidget(m_indicators, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_goals);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_goals, &RecordTablePanel::currentRecordChanged, this, &GoalsPanel::onGoalChanged);
    connect(m_indicators, &RecordTablePanel::currentRecordChanged, this,
            [this](const QString &id) { m_openIndicator->setEnabled(!id.isEmpty()); });
    connect(m_openIndicator, &QPushButton::clicked, this, [this] {
        const QString id = m_indicators->currentRecordId();
        if (!id.isEmpty())
            Q_EMIT indicatorRequested(id);
    });
    onGoalChanged({});
}

void GoalsPanel::setDocument(ProjectDocument *document)
{
    m_goals->setDocument(document); // on its first row
    m_indicators->setDocument(document);
    onGoalChanged(m_goals->currentRecordId());
}

void GoalsPanel::showGoal(const QString &goalId)
{
    m_goals->showRecord(goalId, 0);
}

void GoalsPanel::showIndicator(const QString &goalId, const QString &indicatorId, int field)
{
    m_goals->showRecord(goalId, 0);
    m_indicators->showRecord(indicatorId, field);
}

void GoalsPanel::onGoalChanged(const QString &goalId)
{
    m_indicators->setParentRecord(goalId);
    m_indicatorsLabel->setText(goalId.isEmpty() ? tr("Indicatoren: kies hierboven een doel")
                                                : tr("Indicatoren bij het gekozen doel"));
    m_openIndicator->setEnabled(!m_indicators->currentRecordId().isEmpty());
}

} // namespace rk
