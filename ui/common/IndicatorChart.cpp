#include "IndicatorChart.h"

#include "ui/common/Colours.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rk {

namespace {
qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

// Colours with at least 3:1 contrast against white for lines, told apart also by shape.
const QColor kMeasured = colours::blue();
constexpr qsizetype kMaxMarkedPoints = 36;
const QColor kPath = colours::grey();
const QColor kBaseline = colours::purple();
const QColor kTarget = colours::green();

// Marks the series made for one indicator (bands, reference lines), removed before the next.
constexpr const char *kExtraRole = "rkChartExtra";
enum class Extra
{
    Band = 1,
    Reference = 2
};

void removeExtras(QChart *chart)
{
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *series : all) {
        if (series->property(kExtraRole).isValid()) {
            chart->removeSeries(series);
            delete series;
        }
    }
}

void attach(const IndicatorChartParts &parts, QAbstractSeries *series, Extra role)
{
    series->setProperty(kExtraRole, int(role));
    parts.chart->addSeries(series);
    series->attachAxis(parts.xAxis);
    series->attachAxis(parts.yAxis);
}

// The 95% interval of the measurements: a band over each run of points that have one, and a
// short upright bar for a point alone.
void addBands(const IndicatorChartParts &parts, const QList<MeasurementPoint> &series)
{
    QColor fill = kMeasured;
    fill.setAlphaF(0.18);
    bool named = false;
    const auto addRun = [&](qsizetype from, qsizetype to) {
        QAbstractSeries *band = nullptr;
        if (to - from == 1) {
            auto *bar = new QLineSeries;
            const MeasurementPoint &p = series.at(from);
            bar->append(msecs(p.date), *p.lower);
            bar->append(msecs(p.date), *p.upper);
            QColor line = kMeasured;
            line.setAlphaF(0.45);
            bar->setPen(QPen(line, 6, Qt::SolidLine, Qt::FlatCap));
            band = bar;
        } else {
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            for (qsizetype i = from; i < to; ++i) {
                upper->append(msecs(series.at(i).date), *series.at(i).upper);
                lower->append(msecs(series.at(i).date), *series.at(i).lower);
            }
            auto *area = new QAreaSeries(upper, lower);
            upper->setParent(area);
            lower->setParent(area);
            area->setPen(Qt::NoPen);
            area->setBrush(fill);
            band = area;
        }
        band->setName(QCoreApplication::translate("rk::IndicatorChart", "Marge (95%)"));
        attach(parts, band, Extra::Band);
        // One legend entry for all the bands.
        for (QLegendMarker *marker : parts.chart->legend()->markers(band)) {
            marker->setVisible(!named);
            if (!named) {
                marker->setShape(QLegend::MarkerShapeRectangle);
                marker->setBrush(fill);
                marker->setPen(QPen(fill.darker(150)));
            }
        }
        named = true;
    };
    qsizetype start = -1;
    for (qsizetype i = 0; i <= series.size(); ++i) {
        const bool has = i < series.size() && series.at(i).hasInterval();
        if (has && start < 0)
            start = i;
        if (!has && start >= 0) {
            addRun(start, i);
            start = -1;
        }
    }
}

// Lines for the Netherlands, GGD regions and other municipalities, each its own colour and
// dash, so that they are told apart without colour too.
void addReferences(const IndicatorChartParts &parts, const QList<ReferenceSeries> &references)
{
    int other = 0;
    for (const ReferenceSeries &reference : references) {
        auto *line = new QLineSeries;
        line->setName(reference.name);
        for (const MeasurementPoint &point : reference.points)
            line->append(msecs(point.date), point.value);
        QPen pen;
        pen.setWidthF(parts.compact ? 1.5 : 2.0);
        switch (reference.kind) {
        case AreaKind::Netherlands:
            pen.setColor(Qt::black); // apart from the grey dashed path to the target
            pen.setStyle(Qt::DotLine);
            break;
        case AreaKind::GgdRegion:
            pen.setColor(colours::amber());
            pen.setStyle(Qt::DashDotLine);
            break;
        default:
            pen.setColor(other % 2 == 0 ? colours::teal() : colours::brown());
            pen.setStyle(other % 2 == 0 ? Qt::DashLine : Qt::DashDotDotLine);
            ++other;
            break;
        }
        line->setPen(pen);
        line->setPointsVisible(reference.points.size() <= kMaxMarkedPoints);
        line->setMarkerSize(parts.compact ? 4 : 5);
        attach(parts, line, Extra::Reference);
    }
}
} // namespace

QList<QAbstractSeries *> marginBands(const IndicatorChartParts &parts)
{
    QList<QAbstractSeries *> bands;
    for (QAbstractSeries *series : parts.chart->series()) {
        if (series->property(kExtraRole).toInt() == int(Extra::Band))
            bands.append(series);
    }
    return bands;
}

QList<QLineSeries *> referenceLines(const IndicatorChartParts &parts)
{
    QList<QLineSeries *> lines;
    for (QAbstractSeries *series : parts.chart->series()) {
        if (series->property(kExtraRole).toInt() == int(Extra::Reference))
            lines.append(static_cast<QLineSeries *>(series));
    }
    return lines;
}

IndicatorChartParts createIndicatorChart(bool compact)
{
    IndicatorChartParts parts;
    auto *chart = new QChart;
    parts.chart = chart;
    parts.compact = compact;
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setMargins(compact ? QMargins(2, 2, 2, 2) : QMargins(8, 8, 8, 8));
    chart->legend()->setVisible(!compact);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Each entry drawn as its series is: a line (dashed or dotted as it is) for a line, the
    // square and the star for the baseline and the target.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    parts.measurements = new QLineSeries(chart);
    parts.measurements->setName(QCoreApplication::translate("rk::IndicatorChart", "Metingen"));
    parts.measurements->setPen(QPen(kMeasured, compact ? 2 : 2.5));
    parts.measurements->setColor(kMeasured);
    parts.measurements->setMarkerSize(compact ? 5 : 7);
    parts.path = new QLineSeries(chart);
    parts.path->setName(QCoreApplication::translate("rk::IndicatorChart", "Pad naar de streefwaarde"));
    parts.path->setPen(QPen(kPath, 1.5, Qt::DashLine));
    parts.baseline = new QScatterSeries(chart);
    parts.baseline->setName(QCoreApplication::translate("rk::IndicatorChart", "Nulmeting"));
    parts.baseline->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    parts.baseline->setColor(kBaseline);
    parts.baseline->setMarkerSize(compact ? 8 : 11);
    parts.target = new QScatterSeries(chart);
    parts.target->setName(QCoreApplication::translate("rk::IndicatorChart", "Streefwaarde"));
    parts.target->setMarkerShape(QScatterSeries::MarkerShapeStar);
    parts.target->setColor(kTarget);
    parts.target->setMarkerSize(compact ? 11 : 15);

    parts.xAxis = new QDateTimeAxis(chart);
    parts.yAxis = new QValueAxis(chart);
    parts.yAxis->setLabelFormat(QStringLiteral("%.1f"));
    if (!compact)
        parts.xAxis->setTitleText(QCoreApplication::translate("rk::IndicatorChart", "Datum"));
    QFont small = parts.xAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * (compact ? 0.8 : 1.0));
    parts.xAxis->setLabelsFont(small);
    parts.yAxis->setLabelsFont(small);
    chart->addAxis(parts.xAxis, Qt::AlignBottom);
    chart->addAxis(parts.yAxis, Qt::AlignLeft);
    for (QXYSeries *s : {static_cast<QXYSeries *>(parts.path), static_cast<QXYSeries *>(parts.measurements),
                         static_cast<QXYSeries *>(parts.baseline), static_cast<QXYSeries *>(parts.target)}) {
        chart->addSeries(s);
        s->attachAxis(parts.xAxis);
        s->attachAxis(parts.yAxis);
    }
    return parts;
}

void showIndicator(const IndicatorChartParts &parts, const IndicatorDefinition &d, const QList<MeasurementPoint> &series,
                   const QList<ReferenceSeries> &references)
{
    const bool compact = parts.compact;
    removeExtras(parts.chart);
    addBands(parts, series);
    addReferences(parts, references);
    // With reference lines the legend no longer fits on one line under a report's chart:
    // then it stands beside it, one entry per line.
    parts.chart->legend()->setAlignment(references.isEmpty() ? Qt::AlignBottom : Qt::AlignRight);
    // Each measurement gets a marker while they can be told apart; a long series is a line.
    parts.measurements->setPointsVisible(series.size() <= kMaxMarkedPoints);
    QList<QPointF> measured;
    measured.reserve(series.size());
    for (const MeasurementPoint &point : series)
        measured.append(QPointF(msecs(point.date), point.value));
    parts.measurements->replace(measured);

    QList<QPointF> baseline, target, path;
    if (d.baseline && d.baselineDate.isValid())
        baseline.append(QPointF(msecs(d.baselineDate), *d.baseline));
    if (d.target && d.targetDate.isValid())
        target.append(QPointF(msecs(d.targetDate), *d.target));
    if (baseline.size() == 1 && target.size() == 1 && d.targetDate > d.baselineDate)
        path = {baseline.constFirst(), target.constFirst()};
    parts.baseline->replace(baseline);
    parts.target->replace(target);
    parts.path->replace(path);
    // The legend names only what the chart shows (no path or target where none is set).
    for (QXYSeries *s : {static_cast<QXYSeries *>(parts.baseline), static_cast<QXYSeries *>(parts.target),
                         static_cast<QXYSeries *>(parts.path)}) {
        for (QLegendMarker *marker : parts.chart->legend()->markers(s))
            marker->setVisible(s->count() > 0);
    }

    // Ranges that hold every point, with some room, and stay sensible for one point or none.
    QList<QDate> dates;
    QList<double> values;
    for (const MeasurementPoint &point : series) {
        dates.append(point.date);
        values.append(point.value);
        if (point.hasInterval()) {
            values.append(*point.lower);
            values.append(*point.upper);
        }
    }
    for (const ReferenceSeries &reference : references) {
        for (const MeasurementPoint &point : reference.points) {
            dates.append(point.date);
            values.append(point.value);
        }
    }
    if (d.baselineDate.isValid())
        dates.append(d.baselineDate);
    if (d.targetDate.isValid())
        dates.append(d.targetDate);
    if (d.baseline)
        values.append(*d.baseline);
    if (d.target)
        values.append(*d.target);
    QDate first = dates.isEmpty() ? QDate::currentDate().addYears(-1) : *std::min_element(dates.begin(), dates.end());
    QDate last = dates.isEmpty() ? QDate::currentDate().addYears(1) : *std::max_element(dates.begin(), dates.end());
    if (first.daysTo(last) < 60) {
        first = first.addMonths(-3);
        last = last.addMonths(3);
    }
    const qint64 spanDays = first.daysTo(last);
    first = first.addDays(-spanDays / 20);
    last = last.addDays(spanDays / 20);
    double low = values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
    double high = values.isEmpty() ? 10 : *std::max_element(values.begin(), values.end());
    const double pad = std::max((high - low) * 0.15, std::max(std::abs(high) * 0.05, 0.5));
    low -= pad;
    high += pad;
    if ((low < 0 || parts.fromZero) && values.size() > 0 && *std::min_element(values.begin(), values.end()) >= 0)
        low = 0;
    if (d.unit == UnitKind::Percentage && high > 100 && *std::max_element(values.begin(), values.end()) <= 100)
        high = 100;

    const bool years = first.daysTo(last) > 3 * 365 || compact;
    int ticks = compact ? 3 : 6;
    if (years) {
        // A tick at the start of every year (or every few years), so that each label is a
        // different year, in order, under its own year. Qt spaces ticks evenly, and leap days
        // would pull one back into the year before: the third of January leaves room for that.
        // A small chart has room for fewer labels.
        const int most = compact ? 4 : 8;
        QDate start(first.year(), 1, 3);
        if (start > first)
            start = start.addYears(-1);
        const int span = last.year() - start.year() + 1;
        const int step = std::max(1, (span + most - 1) / most);
        int steps = (span + step - 1) / step;
        while (start.addYears(steps * step) < last)
            ++steps;
        first = start;
        last = start.addYears(steps * step);
        ticks = steps + 1;
    }
    if (!years) {
        // A tick at the start of every month, or every two, three or six months: each label a
        // different month, in order. Months differ in length and Qt spaces ticks evenly: ticks
        // on the fourth of the month stay inside their month.
        QDate start(first.year(), first.month(), 4);
        if (start > first)
            start = start.addMonths(-1);
        const int months = (last.year() - start.year()) * 12 + last.month() - start.month() + 1;
        int step = 1;
        for (const int candidate : {1, 2, 3, 6, 12}) {
            step = candidate;
            if ((months + candidate - 1) / candidate <= 8)
                break;
        }
        int steps = std::max(1, (months + step - 1) / step);
        while (start.addMonths(steps * step) < last)
            ++steps;
        first = start;
        last = start.addMonths(steps * step);
        ticks = steps + 1;
    }
    parts.xAxis->setFormat(years ? QStringLiteral("yyyy") : QStringLiteral("MM-yyyy"));
    parts.xAxis->setRange(first.startOfDay(Qt::UTC), last.startOfDay(Qt::UTC));
    parts.xAxis->setTickCount(ticks);
    // Qt's nice numbers, worked out on an axis of no chart: the chart's own axis lays out
    // its labels again on every change, so it gets the result in one step.
    QValueAxis nice;
    nice.setRange(low, high);
    nice.setTickCount(compact ? 3 : 6);
    nice.applyNiceNumbers();
    double lowest = nice.min();
    double highest = nice.max();
    int yTicks = nice.tickCount();
    // Counts and amounts are whole numbers: their ticks fall on whole numbers, written without
    // decimals ("150", not "150,0").
    const bool whole = d.unit == UnitKind::Count || d.unit == UnitKind::Euro;
    if (whole) {
        lowest = std::floor(lowest);
        const double step = std::max(1.0, std::ceil((highest - lowest) / std::max(1, yTicks - 1)));
        yTicks = std::max(2, int(std::ceil((highest - lowest) / step)) + 1);
        highest = lowest + step * (yTicks - 1);
    }
    parts.yAxis->setLabelFormat(whole ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    parts.yAxis->setTickCount(yTicks);
    parts.yAxis->setRange(lowest, highest);
    if (!compact)
        parts.yAxis->setTitleText(d.unitText().isEmpty() ? QCoreApplication::translate("rk::IndicatorChart", "Waarde")
                                                         : d.unitText());
    parts.chart->setTitle(series.isEmpty() ? QCoreApplication::translate("rk::IndicatorChart", "Nog geen metingen")
                                           : QString());
}

IndicatorChartParts buildIndicatorChart(const IndicatorDefinition &d, const QList<MeasurementPoint> &series,
                                        bool compact, const QList<ReferenceSeries> &references)
{
    IndicatorChartParts parts = createIndicatorChart(compact);
    showIndicator(parts, d, series, references);
    return parts;
}

IndicatorChartView::IndicatorChartView(bool compact, QWidget *parent)
    : QChartView(parent)
    , m_compact(compact)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::NoFocus);
}

void IndicatorChartView::setIndicator(const IndicatorDefinition &indicator, const QList<MeasurementPoint> &series,
                                      const QList<ReferenceSeries> &references)
{
    QChart *old = chart();
    m_parts = buildIndicatorChart(indicator, series, m_compact, references);
    setChart(m_parts.chart);
    setAccessibleName(QCoreApplication::translate("rk::IndicatorChart", "Grafiek van %1").arg(indicator.name));
    delete old;
}

} // namespace rk
