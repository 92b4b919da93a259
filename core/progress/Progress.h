#pragma once

#include "records/Fields.h"

#include <QDate>
#include <QHash>
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
//
// When the latest measurement carries its 95% interval, the verdict first asks whether it
// differs from the baseline at all (docs/verdicts.md): when the latest interval overlaps the
// baseline's (the interval of the measurement on the baseline date, or the baseline value
// itself when that has none) the change lies within the noise and the verdict is
// NotMeasurablyChanged. A measurable change in the wrong direction is Behind; a measurable
// change in the good direction is judged by the rule above.
enum class Verdict
{
    NoData,
    NoTarget,
    Behind,
    OnTrack,
    Reached,
    NotMeasurablyChanged
};

struct MeasurementPoint
{
    MeasurementPoint() = default;
    MeasurementPoint(const QDate &on, double measured, std::optional<double> low = std::nullopt,
                     std::optional<double> high = std::nullopt)
        : date(on)
        , value(measured)
        , lower(low)
        , upper(high)
    {
    }

    QDate date;
    double value = 0;
    // The 95% interval, when known (both bounds, containing the value).
    std::optional<double> lower;
    std::optional<double> upper;

    bool hasInterval() const { return lower && upper; }
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
    // How often it is measured, in months (12 when the indicator does not say).
    int cadenceMonths = 12;
    bool cadenceSet = false;

    // The unit as shown on axes and in text: "%", "aantal", "€", or the own label.
    QString unitText() const;
};

struct IndicatorProgress
{
    Verdict verdict = Verdict::NoData;
    QString problem; // why there is no target, translated
    std::optional<MeasurementPoint> latest;
    std::optional<double> expected; // on the latest measurement's date
    // The latest measurement is older than the indicator's cadence allows on the day of the
    // verdict: the verdict then says little about now, and every place that shows it says so.
    bool latestIsOld = false;
    // With margins: the baseline's own interval, when the measurement on the baseline date
    // has one (otherwise the latest interval was compared with the baseline value).
    std::optional<double> baselineLower;
    std::optional<double> baselineUpper;
};

constexpr double kOnTrackMargin = 0.10;
// Where an indicator does not say how often it is measured: once a year.
constexpr int kDefaultCadenceMonths = 12;
int cadenceMonths(Cadence cadence);
// A measurement is old when the next one was due (its date plus the cadence) before today.
inline bool isOldMeasurement(const QDate &measured, const QDate &today, int cadenceMonths = kDefaultCadenceMonths)
{
    return measured.isValid() && measured.addMonths(cadenceMonths) < today;
}

// When the next measurement of an indicator is due, and whether that is soon or past.
struct MeasurementDue
{
    enum class State
    {
        NotYet,
        Soon,   // due within a quarter of the cadence
        Overdue // the due date has passed: the latest measurement is old
    };
    State state = State::NotYet;
    QDate due; // invalid when there is neither a measurement nor a baseline date to count from
};
MeasurementDue nextMeasurementDue(const IndicatorDefinition &indicator, const QDate &latest, const QDate &today);

// Whether two 95% intervals share any value.
inline bool intervalsOverlap(double lowerA, double upperA, double lowerB, double upperB)
{
    return lowerA <= upperB && lowerB <= upperA;
}

IndicatorDefinition indicatorDefinition(const Record &indicator);
// The date of each indicator's latest measurement (by indicator id), in one pass over all
// measurements: a series per indicator costs ten times as much in a large project.
QHash<QString, QDate> latestMeasurementDates(const ProjectDocument &document);
// A measurement row as a point; std::nullopt for a row without a date or a value.
std::optional<MeasurementPoint> measurementPoint(const Record &row);
// The measurements of one indicator, sorted by date (rows without a date or value left out);
// with `until`, only those up to that date (a report as of its reference date, the peildatum).
QList<MeasurementPoint> measurementSeries(const ProjectDocument &document, const QString &indicatorId,
                                          const QDate &until = {});
// The reference values of one area for an indicator (the Netherlands, a GGD region, another
// municipality, a wijk or buurt), sorted by date.
struct ReferenceSeries
{
    QString name;
    QString code;
    AreaKind kind = AreaKind::Municipality;
    QList<MeasurementPoint> points;
};
// The indicator's reference values grouped by area: with `areas` false only the Netherlands,
// GGD regions and municipalities (the lines on its chart, in that order); with true only its
// wijken and buurten.
QList<ReferenceSeries> referenceSeries(const ProjectDocument &document, const QString &indicatorId, bool areas = false,
                                       const QDate &until = {});
std::optional<double> expectedValue(const IndicatorDefinition &indicator, const QDate &date);
IndicatorProgress computeProgress(const IndicatorDefinition &indicator, const QList<MeasurementPoint> &series,
                                  const QDate &today = QDate::currentDate());

QString verdictName(Verdict verdict);
// "ouder dan een jaar", "ouder dan vier jaar": how old a measurement is when the indicator's
// cadence calls it old.
QString olderThanCadenceText(const IndicatorDefinition &indicator);
// "12,1% (10,9–13,3)": a value with its interval when it has one.
QString formatPoint(const IndicatorDefinition &indicator, const MeasurementPoint &point);
// A value with its unit, in the UI language: "47,5%", "€ 1.200", "12 meldingen".
QString formatValue(const IndicatorDefinition &indicator, double value);

} // namespace rk
