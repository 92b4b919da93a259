#include "Areas.h"

#include "ProjectDocument.h"

#include <algorithm>

namespace rk {

AreaTable rankAreas(const ProjectDocument &document, const QString &indicatorId, const QDate &until)
{
    AreaTable table;
    const QList<ReferenceSeries> areas = referenceSeries(document, indicatorId, true, until);
    for (const ReferenceSeries &area : areas) {
        if (!area.points.isEmpty() && (!table.date.isValid() || area.points.constLast().date > table.date))
            table.date = area.points.constLast().date;
    }
    if (!table.date.isValid())
        return table;
    for (const MeasurementPoint &point : measurementSeries(document, indicatorId, until)) {
        if (point.date == table.date)
            table.municipal = point;
    }
    // Activities by the area they aim at, matched on the name without regard to case.
    QHash<QString, QStringList> activitiesByArea;
    for (const Record &activity : document.records(TableId::Activity)) {
        const QString area = field(activity, ActivityField::TargetArea).toString().trimmed().toCaseFolded();
        if (!area.isEmpty())
            activitiesByArea[area].append(activity.id);
    }
    for (const ReferenceSeries &area : areas) {
        const auto at = std::find_if(area.points.cbegin(), area.points.cend(),
                                     [&](const MeasurementPoint &p) { return p.date == table.date; });
        if (at == area.points.cend())
            continue;
        AreaRanking ranking;
        ranking.name = area.name;
        ranking.code = area.code;
        ranking.kind = area.kind;
        ranking.point = *at;
        if (table.municipal && table.municipal->hasInterval() && at->hasInterval()) {
            if (intervalsOverlap(*at->lower, *at->upper, *table.municipal->lower, *table.municipal->upper))
                ranking.difference = AreaRanking::Difference::NotClear;
            else
                ranking.difference = at->value > table.municipal->value ? AreaRanking::Difference::Higher
                                                                        : AreaRanking::Difference::Lower;
        }
        ranking.activityIds = activitiesByArea.value(area.name.trimmed().toCaseFolded());
        table.areas.append(ranking);
    }
    std::stable_sort(table.areas.begin(), table.areas.end(),
                     [](const AreaRanking &a, const AreaRanking &b) { return a.point.value > b.point.value; });
    return table;
}

bool isWorse(AreaRanking::Difference difference, bool lowerIsBetter)
{
    return lowerIsBetter ? difference == AreaRanking::Difference::Higher : difference == AreaRanking::Difference::Lower;
}

} // namespace rk
