#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rk {

class ProjectDocument;
class RecordTablePanel;

// The goals of the plan, and under them the indicators of the goal chosen above.
class GoalsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GoalsPanel(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void showGoal(const QString &goalId);
    void showIndicator(const QString &goalId, const QString &indicatorId, int field);
    RecordTablePanel *goals() const { return m_goals; }
    RecordTablePanel *indicators() const { return m_indicators; }

Q_SIGNALS:
    void indicatorRequested(const QString &indicatorId);

private:
    void onGoalChanged(const QString &goalId);

    // In the order Tab takes: the goals, the button above the indicators, the indicators.
    RecordTablePanel *m_goals;
    QLabel *m_indicatorsLabel;
    QPushButton *m_openIndicator;
    RecordTablePanel *m_indicators;
};

} // namespace rk
