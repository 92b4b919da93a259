#include "YearPlan.h"

#include "ProjectDocument.h"
#include "progress/Progress.h"
#include "records/Fields.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace rk {

namespace {
PlanningEntry momentEntry(const Record &moment)
{
    PlanningEntry entry;
    entry.date = storedDate(field(moment, PlanningMomentField::Date));
    entry.endDate = storedDate(field(moment, PlanningMomentField::EndDate));
    entry.source = PlanningEntry::Source::Moment;
    const auto kind = choiceOf<PlanningKind>(field(moment, PlanningMomentField::Kind));
    entry.kind = kind ? choiceLabel(ChoiceList::PlanningKind, int(*kind)) : QString();
    entry.what = field(moment, PlanningMomentField::Title).toString();
    if (entry.what.isEmpty())
        entry.what = entry.kind;
    entry.location = {WorkbookLocation::Kind::Record, ChapterId::PlanVanAanpak, {}, TableId::PlanningMoment, moment.id,
                      fieldIndex(PlanningMomentField::Date)};
    return entry;
}

void sortByDate(QList<PlanningEntry> *entries)
{
    std::stable_sort(entries->begin(), entries->end(),
                     [](const PlanningEntry &a, const PlanningEntry &b) { return a.date < b.date; });
}

QDate lastWeekdayOf(int year, int month, int weekday)
{
    QDate day(year, month, QDate(year, month, 1).daysInMonth());
    while (day.dayOfWeek() != weekday)
        day = day.addDays(-1);
    return day;
}
} // namespace

QList<PlanningEntry> yearPlan(const ProjectDocument &document, int year)
{
    QList<PlanningEntry> entries;
    const auto inYear = [year](const QDate &date) { return date.isValid() && date.year() == year; };
    for (const Record &moment : document.records(TableId::PlanningMoment)) {
        PlanningEntry entry = momentEntry(moment);
        if (inYear(entry.date))
            entries.append(entry);
    }
    for (const Record &activity : document.records(TableId::Activity)) {
        const QString title = field(activity, ActivityField::Title).toString();
        const WorkbookLocation location{WorkbookLocation::Kind::Record, ChapterId::PlanVanAanpak, {}, TableId::Activity,
                                        activity.id, fieldIndex(ActivityField::StartDate)};
        const QDate start = storedDate(field(activity, ActivityField::StartDate));
        const QDate end = storedDate(field(activity, ActivityField::EndDate));
        if (inYear(start))
            entries.append({start, {}, PlanningEntry::Source::ActivityStart, QCoreApplication::translate("rk::YearPlan", "Start: %1").arg(title),
                            QCoreApplication::translate("rk::YearPlan", "Activiteit"), location});
        if (inYear(end)) {
            WorkbookLocation atEnd = location;
            atEnd.field = fieldIndex(ActivityField::EndDate);
            entries.append({end, {}, PlanningEntry::Source::ActivityEnd,
                            QCoreApplication::translate("rk::YearPlan", "Einde: %1").arg(title),
                            QCoreApplication::translate("rk::YearPlan", "Activiteit"), atEnd});
        }
    }
    // The next measurement of each indicator, counted from its latest one and its cadence.
    const QHash<QString, QDate> latest = latestMeasurementDates(document);
    for (const Record &indicator : document.records(TableId::Indicator)) {
        const QDate last = latest.value(indicator.id);
        if (!last.isValid())
            continue;
        const IndicatorDefinition definition = indicatorDefinition(indicator);
        const MeasurementDue due = nextMeasurementDue(definition, last, last);
        if (inYear(due.due))
            entries.append({due.due, {}, PlanningEntry::Source::MeasurementDue,
                            QCoreApplication::translate("rk::YearPlan", "Meting verwacht: %1").arg(definition.name), QCoreApplication::translate("rk::YearPlan", "Meting"),
                            {WorkbookLocation::Kind::Indicator, ChapterId::MonitorenEvalueren, {}, TableId::Indicator,
                             indicator.id, -1}});
    }
    sortByDate(&entries);
    return entries;
}

QList<PlanningEntry> upcomingMoments(const ProjectDocument &document, const QDate &from, const QDate &until)
{
    QList<PlanningEntry> entries;
    for (const Record &moment : document.records(TableId::PlanningMoment)) {
        PlanningEntry entry = momentEntry(moment);
        if (entry.date.isValid() && entry.date >= from && entry.date <= until)
            entries.append(entry);
    }
    sortByDate(&entries);
    return entries;
}

FixedMoments suggestedFixedMoments(int year)
{
    FixedMoments moments;
    moments.year = year;
    moments.weekTegenEenzaamheid = lastWeekdayOf(year, 9, Qt::Thursday);
    moments.voorjaarsnota = QDate(year, 6, 15);
    moments.begroting = QDate(year, 11, 5);
    moments.checklistRound = QDate(year, 1, 15);
    // The health monitor for adults and older people: 2012, 2016, 2020, 2024, ... (and an
    // extra round in 2022), its questionnaire in the autumn.
    if (year >= 2012 && (year - 2012) % 4 == 0)
        moments.monitorRound = QDate(year, 9, 1);
    return moments;
}

RecordChanges fixedMomentsChanges(const ProjectDocument &document, const FixedMoments &moments)
{
    // What is already planned in that year, by kind.
    QList<int> planned;
    for (const Record &moment : document.records(TableId::PlanningMoment)) {
        const QDate date = storedDate(field(moment, PlanningMomentField::Date));
        const auto kind = choiceOf<PlanningKind>(field(moment, PlanningMomentField::Kind));
        if (kind && date.isValid() && date.year() == moments.year)
            planned.append(int(*kind));
    }
    RecordChanges::Append append{TableId::PlanningMoment, {}};
    const auto add = [&](PlanningKind kind, const QDate &date, const QDate &end, const char *note) {
        if (!date.isValid() || planned.contains(int(kind)))
            return;
        Record moment = emptyRecord(TableId::PlanningMoment);
        // The council decides in the autumn on the budget of the year after.
        const int about = kind == PlanningKind::Begroting ? moments.year + 1 : moments.year;
        setField(moment, PlanningMomentField::Title,
                 QStringLiteral("%1 %2").arg(choiceLabel(ChoiceList::PlanningKind, int(kind))).arg(about));
        setField(moment, PlanningMomentField::Kind, storedChoice(kind));
        setField(moment, PlanningMomentField::Date, date.toString(Qt::ISODate));
        if (end.isValid())
            setField(moment, PlanningMomentField::EndDate, end.toString(Qt::ISODate));
        setField(moment, PlanningMomentField::Note, QCoreApplication::translate("rk::YearPlan", note));
        append.records.append(moment);
    };
    // Kept in date order through the year.
    add(PlanningKind::Checklist, moments.checklistRound, {},
        QT_TRANSLATE_NOOP("rk::YearPlan", "Beantwoord de checklist opnieuw met de kerngroep en begin een nieuwe ronde "
                                          "(hoofdstuk 5, tab Rondes). Zo ziet u of de aanpak groeit."));
    add(PlanningKind::Voorjaarsnota, moments.voorjaarsnota, {},
        QT_TRANSLATE_NOOP("rk::YearPlan", "Geld voor volgend jaar vraagt u hier aan. Zorg dat de resultaten van de "
                                          "aanpak op tijd bij de wethouder liggen."));
    add(PlanningKind::Monitor, moments.monitorRound, {},
        QT_TRANSLATE_NOOP("rk::YearPlan", "De GGD houdt in het najaar de vragenlijst van de Gezondheidsmonitor. De "
                                          "cijfers komen het jaar daarna."));
    add(PlanningKind::WeekTegenEenzaamheid, moments.weekTegenEenzaamheid,
        moments.weekTegenEenzaamheid.isValid() ? moments.weekTegenEenzaamheid.addDays(7) : QDate(),
        QT_TRANSLATE_NOOP("rk::YearPlan", "De landelijke week. De datum verschilt per jaar: controleer hem."));
    add(PlanningKind::Begroting, moments.begroting, {},
        QT_TRANSLATE_NOOP("rk::YearPlan", "De raad bespreekt de begroting. Wat u voor de aanpak nodig hebt, moet "
                                          "erin staan."));
    RecordChanges changes;
    if (!append.records.isEmpty())
        changes.appends.append(append);
    return changes;
}

} // namespace rk
