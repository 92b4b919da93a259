#pragma once

#include "progress/Progress.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rk {

class ProjectDocument;

// The wijken and buurten of an indicator, ranked: the reference values of its areas at the
// latest date that has any, beside the municipality's own figure of that date.
struct AreaRanking
{
    enum class Difference
    {
        Unknown,  // no interval on one side, or no own figure of that date
        NotClear, // the intervals overlap
        Higher,   // clearly higher than the municipal figure
        Lower     // clearly lower
    };
    QString name;
    QString code;
    AreaKind kind = AreaKind::Wijk;
    MeasurementPoint point;
    Difference difference = Difference::Unknown;
    // Activities aimed at this area (their target area names it), by id.
    QStringList activityIds;
};

struct AreaTable
{
    QDate date;                                // of the figures ranked; invalid when there are none
    std::optional<MeasurementPoint> municipal; // the indicator's own figure of that date
    QList<AreaRanking> areas;                  // highest value first
};

// With `until`, as of that date (figures after it left out).
AreaTable rankAreas(const ProjectDocument &document, const QString &indicatorId, const QDate &until = {});

// Whether the difference is "worse" given the indicator's direction (for the words shown).
bool isWorse(AreaRanking::Difference difference, bool lowerIsBetter);

} // namespace rk
