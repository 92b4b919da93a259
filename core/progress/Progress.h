#pragma once

#include "records/Fields.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rk {

class ProjectDocument;

// How an indicator stands against its path from baseline to target.
//
// The rule: the expected value on a date lies on the straight line from the baseline
// (value and date) to the target (value and date), and stays at the target after the
// target date. The latest measurement is
//   - "bereikt" (Reached) when it is at or beyond the target in the good direction;
//   - "op koers" (OnTrack) when it is at or beyond the expected value in the good
//     direction, or short of it by at most 10% of the distance from baseline to target;
//   - "achter" (Behind) otherwise.
// Without measurements the verdict is NoData; without a complete, sensible baseline and
// target (both values and dates, target date after baseline date, target not equal to
// baseline) it is NoTarget, with the reason.
enum class Verdict
{
    NoData,
    NoTarget,
    Behind,
    OnTrack,
    Reached
};

struct MeasurementPoint
{
    QDate date;
    double value = 0;
};

struct IndicatorDefinition
{
    QString id;
    QString name;
    UnitKind unit = UnitKind::Percentage;
    QString unitLabel;
    bool lowerIsBetter = false;
    std::optional<double> baseline;
    QDate baselineDate;
    std::optional<double> target;
    QDate targetDate;
    QString source;

    // The unit as shown on axes and in text: "%", "aantal", "€", or the own label.
    QString unitText() const;
};

struct IndicatorProgress
{
    Verdict verdict = Verdict::NoData;
    QString problem; // why there is no target, translated
    std::optional<MeasurementPoint> latest;
    std::optional<double> expected; // on the latest measurement's date
    // The latest measurement is older than kMeasurementOldAfterMonths on the day of the
    // verdict: the verdict then says little about now, and every place that shows it says so.
    bool latestIsOld = false;
};

constexpr double kOnTrackMargin = 0.10;
// Until indicators have a cadence of their own, a measurement is old after a year.
constexpr int kMeasurementOldAfterMonths = 12;
inline bool isOldMeasurement(const QDate &measured, const QDate &today)
{
    return measured.isValid() && measured.addMonths(kMeasurementOldAfterMonths) < today;
}

IndicatorDefinition indicatorDefinition(const Record &indicator);
// A measurement row as a point; std::nullopt for a row without a date or a value.
std::optional<MeasurementPoint> measurementPoint(const Record &row);
// The measurements of one indicator, sorted by date (rows without a date or value left out).
QList<MeasurementPoint> measurementSeries(const ProjectDocument &document, const QString &indicatorId);
std::optional<double> expectedValue(const IndicatorDefinition &indicator, const QDate &date);
IndicatorProgress computeProgress(const IndicatorDefinition &indicator, const QList<MeasurementPoint> &series,
                                  const QDate &today = QDate::currentDate());

QString verdictName(Verdict verdict);
// A value with its unit, in the UI language: "47,5%", "€ 1.200", "12 meldingen".
QString formatValue(const IndicatorDefinition &indicator, double value);

} // namespace rk
