#pragma once

#include <QPointer>
#include <QScrollArea>

class QChartView;
class QLabel;
class QListWidget;
class QTimer;

namespace rk {

class ChartTable;
class ProjectDocument;

// The network at a glance: organisations by kind and by commitment stage (bars), the
// growth of the network over time (a line), the roles in numbers, and the vindplaatsen
// and signaleerders, each leading to its organisation.
class NetworkOverview : public QScrollArea
{
    Q_OBJECT

public:
    explicit NetworkOverview(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void rebuild();
    QChartView *kindChart() const { return m_kinds; }
    QChartView *stageChart() const { return m_stages; }
    QChartView *growthChart() const { return m_growth; }
    QListWidget *vindplaatsen() const { return m_vindplaatsen; }
    QListWidget *signaleerders() const { return m_signaleerders; }
    QString summaryText() const;

Q_SIGNALS:
    void organisationRequested(const QString &organisationId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPointer<ProjectDocument> m_document;
    QLabel *m_summary;
    QChartView *m_kinds;
    QChartView *m_stages;
    QChartView *m_growth;
    ChartTable *m_kindsTable;
    ChartTable *m_stagesTable;
    ChartTable *m_growthTable;
    QListWidget *m_vindplaatsen;
    QListWidget *m_signaleerders;
    QTimer *m_timer;
    bool m_dirty = true;
};

} // namespace rk
