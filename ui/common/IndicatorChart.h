#pragma once

#include "core/progress/Progress.h"

#include <QChartView>

class QAbstractSeries;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace rk {

// The progress chart of one indicator: its measurements as a line with their 95% interval as a
// band, the baseline and the target as points, the straight path between them, and the
// reference values of other areas (the Netherlands, the GGD region, comparable
// municipalities) as lines of their own. The same chart is drawn on screen and, through its
// scene, into the PDF report.
struct IndicatorChartParts
{
    QChart *chart = nullptr;
    QLineSeries *measurements = nullptr;
    QLineSeries *path = nullptr;
    QScatterSeries *baseline = nullptr;
    QScatterSeries *target = nullptr;
    QDateTimeAxis *xAxis = nullptr;
    QValueAxis *yAxis = nullptr;
    bool compact = false;
    // The value axis starts at zero when no value is below it (for paper, where a zoomed axis
    // without a break mark makes a small change look steep).
    bool fromZero = false;
};

// A new, empty chart (owned by the caller). `compact` leaves out legend and axis titles.
IndicatorChartParts createIndicatorChart(bool compact);
// Shows one indicator in a chart made by createIndicatorChart(): its points, ranges and
// titles. A report shows all its indicators one after the other in one chart.
void showIndicator(const IndicatorChartParts &parts, const IndicatorDefinition &indicator,
                   const QList<MeasurementPoint> &series, const QList<ReferenceSeries> &references = {});
// A new chart showing one indicator.
IndicatorChartParts buildIndicatorChart(const IndicatorDefinition &indicator, const QList<MeasurementPoint> &series,
                                        bool compact, const QList<ReferenceSeries> &references = {});
// The series a chart shows for the intervals and the reference lines (made anew for each
// indicator shown), in the order drawn.
QList<QAbstractSeries *> marginBands(const IndicatorChartParts &parts);
QList<QLineSeries *> referenceLines(const IndicatorChartParts &parts);

class IndicatorChartView : public QChartView
{
    Q_OBJECT

public:
    explicit IndicatorChartView(bool compact, QWidget *parent = nullptr);

    void setIndicator(const IndicatorDefinition &indicator, const QList<MeasurementPoint> &series,
                      const QList<ReferenceSeries> &references = {});
    const IndicatorChartParts &parts() const { return m_parts; }

private:
    bool m_compact;
    IndicatorChartParts m_parts;
};

} // namespace rk
