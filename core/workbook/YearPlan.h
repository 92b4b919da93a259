#pragma once

#include "WorkbookLocation.h"
#include "records/RecordChanges.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rk {

class ProjectDocument;

// The year at a glance: the fixed moments of the yearly planning (the national week, the
// budget cycle, the monitor rounds, a new round of the checklist), the start and end of the
// activities, and the measurements that fall due, in date order.
struct PlanningEntry
{
    enum class Source
    {
        Moment,
        ActivityStart,
        ActivityEnd,
        MeasurementDue,
    };
    QDate date;
    QDate endDate; // for a moment that lasts (the national week); else invalid
    Source source = Source::Moment;
    QString what;  // translated, ready to show ("Week tegen Eenzaamheid", "Start: Maatjesproject")
    QString kind;  // the moment's kind, or "Activiteit", "Meting"
    WorkbookLocation location;
};

QList<PlanningEntry> yearPlan(const ProjectDocument &document, int year);
// The moments of the yearly planning from `from` up to and including `until`.
QList<PlanningEntry> upcomingMoments(const ProjectDocument &document, const QDate &from, const QDate &until);

// The fixed moments of a year to add at once; a date left invalid is not added.
struct FixedMoments
{
    int year = 0;
    QDate weekTegenEenzaamheid; // the first day; the week lasts seven days
    QDate voorjaarsnota;
    QDate begroting;
    QDate checklistRound;
    QDate monitorRound; // only in the years of the health monitor's rounds
};
// Defaults to start from: the last Thursday of September for the national week (check it: the
// date differs per year), the voorjaarsnota in June, the budget in November, a new round of the
// checklist in January, the health monitor in the autumn of its four-yearly rounds.
FixedMoments suggestedFixedMoments(int year);
// The rows to add; moments of the same kind already planned in that year are not added twice.
RecordChanges fixedMomentsChanges(const ProjectDocument &document, const FixedMoments &moments);

} // namespace rk
