#pragma once

#include <QPointer>
#include <QScrollArea>

class QTimer;

namespace rk {

class IndicatorChartView;
class ProjectDocument;

// All indicators as small charts with their verdicts, grouped by goal. Each card has a
// button that opens the indicator's detail page.
class ProgressOverview : public QScrollArea
{
    Q_OBJECT

public:
    explicit ProgressOverview(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    QList<IndicatorChartView *> charts() const { return m_charts; }
    void rebuild();

Q_SIGNALS:
    void indicatorRequested(const QString &indicatorId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRebuild();

    QPointer<ProjectDocument> m_document;
    QTimer *m_timer;
    QList<IndicatorChartView *> m_charts;
    bool m_dirty = true; // charts are built only while the page is shown
};

} // namespace rk
