#include "StatLine.h"

#include "ProjectDocument.h"
#include "import/MeasurementImport.h"
#include "records/RecordId.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

// What an import of StatLine figures does to a project: the plan of rows to add and fields to
// change (StatLine.cpp reads the export).

namespace rk {

QString StatLinePlan::summary() const
{
    QStringList parts;
    if (newGoal)
        parts.append(QCoreApplication::translate("rk::StatLine", "een nieuw doel"));
    if (newIndicators > 0)
        parts.append(QCoreApplication::translate("rk::StatLine", "nieuwe indicatoren: %1").arg(newIndicators));
    if (newMeasurements > 0)
        parts.append(QCoreApplication::translate("rk::StatLine", "nieuwe metingen: %1").arg(newMeasurements));
    if (updatedMeasurements > 0)
        parts.append(QCoreApplication::translate("rk::StatLine", "metingen met een nieuwe waarde: %1")
                         .arg(updatedMeasurements));
    if (newComparisons + updatedComparisons > 0)
        parts.append(QCoreApplication::translate("rk::StatLine",
                                                 "cijfers om mee te vergelijken (andere gebieden, wijken en buurten): %1")
                         .arg(newComparisons + updatedComparisons));
    if (unchanged > 0)
        parts.append(QCoreApplication::translate("rk::StatLine", "al aanwezig en gelijk: %1").arg(unchanged));
    return parts.join(QStringLiteral("; "));
}

QString statLineKey(const QString &topic, const QString &region, const QString &ageGroup)
{
    return QStringList{topic, region, ageGroup}.join(QLatin1Char(';'));
}

// --- Planning ------------------------------------------------------------------------------

namespace {

bool sameNumber(const QVariant &stored, const std::optional<double> &value)
{
    if (!value)
        return !stored.isValid() || stored.isNull();
    return stored.isValid() && !stored.isNull() && std::abs(stored.toDouble() - *value) < 1e-9;
}

QVariant numberValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

Cadence cadenceOfPeriods(const QStringList &periods)
{
    QList<int> years;
    for (const QString &period : periods) {
        if (const QDate date = statLinePeriodDate(period); date.isValid())
            years.append(date.year());
    }
    std::sort(years.begin(), years.end());
    // The longest wait between two rounds: until the next round is published, the latest
    // figure is the one there is, and it is not "old" before such a wait has passed.
    int longest = 0;
    for (int i = 1; i < years.size(); ++i)
        longest = std::max(longest, years.at(i) - years.at(i - 1));
    if (longest == 1)
        return Cadence::Year;
    if (longest == 2)
        return Cadence::TwoYears;
    return Cadence::FourYears;
}

UnitKind unitKindOf(const QString &unit, QString *label)
{
    const QString u = unit.trimmed().toLower();
    if (u.isEmpty() || u == QLatin1String("%") || u == QLatin1String("procent") || u == QLatin1String("percentage"))
        return UnitKind::Percentage;
    if (u == QLatin1String("aantal"))
        return UnitKind::Count;
    if (u == QLatin1String("euro") || u == QLatin1String("€"))
        return UnitKind::Euro;
    *label = unit.trimmed();
    return UnitKind::Own;
}

} // namespace

StatLinePlan planStatLineImport(const ProjectDocument &document, const StatLineCatalogue &catalogue,
                                const StatLineSelection &selection, const StatLineFigures &figures,
                                const QString &goalId)
{
    StatLinePlan plan;
    plan.problem = checkStatLineSelection(catalogue, selection);
    if (plan.problem.isEmpty() && !figures.problem.isEmpty())
        plan.problem = figures.problem;
    if (!plan.problem.isEmpty())
        return plan;
    const StatLineRegion *main = catalogue.region(selection.region);
    const QString table = catalogue.tableId.isEmpty() ? QStringLiteral("StatLine")
                                                      : QStringLiteral("StatLine %1").arg(catalogue.tableId);
    RecordChanges::Append goals{TableId::Goal, {}, 0};
    QString newGoalId;
    RecordChanges::Append indicators{TableId::Indicator, {}, 0};
    RecordChanges::Append measurements{TableId::Measurement, {}, 0};
    RecordChanges::Append comparisons{TableId::Comparison, {}, 0};
    const auto write = [&plan](TableId t, const Record &row, int field, const QVariant &value) {
        plan.changes.writes.append({t, row.id, field, value});
    };

    for (const QString &key : selection.topics) {
        const StatLineTopic *topic = catalogue.topic(key);
        const QString indicatorKey = statLineKey(topic->key, selection.region, selection.ageGroup);
        const Record *existing = nullptr;
        for (const Record &row : document.records(TableId::Indicator)) {
            if (field(row, IndicatorField::StatlineKey).toString() == indicatorKey) {
                existing = &row;
                break;
            }
        }
        QList<const StatLineFigure *> own;
        QList<const StatLineFigure *> others;
        for (const StatLineFigure &figure : figures.figures) {
            if (figure.topic != topic->key || !statLinePeriodDate(figure.period).isValid())
                continue;
            (figure.region == selection.region ? own : others).append(&figure);
        }
        std::sort(own.begin(), own.end(),
                  [](const StatLineFigure *a, const StatLineFigure *b) { return a->period < b->period; });
        QString indicatorId;
        if (existing) {
            indicatorId = existing->id;
            ++plan.updatedIndicators;
        } else {
            if (goalId.isEmpty() && newGoalId.isEmpty()) {
                Record goal = emptyRecord(TableId::Goal);
                goal.id = newGoalId = newRecordId();
                setField(goal, GoalField::Title, QCoreApplication::translate("rk::StatLine", "Eenzaamheid volgen met de gezondheidsmonitor"));
                setField(goal, GoalField::Status, storedChoice(GoalStatus::Active));
                goals.records.append(std::move(goal));
                plan.newGoal = true;
            } else if (!goalId.isEmpty() && !document.record(TableId::Goal, goalId)) {
                plan.problem = QCoreApplication::translate("rk::StatLine", "Kies het doel waar de indicatoren bij horen.");
                return plan;
            }
            Record indicator = emptyRecord(TableId::Indicator);
            indicator.id = newRecordId();
            indicator.parentId = goalId.isEmpty() ? newGoalId : goalId;
            const QString name = selection.ageGroup.isEmpty()
                                     ? topic->label
                                     : QStringLiteral("%1 (%2)").arg(topic->label, catalogue.ageLabel(selection.ageGroup));
            setField(indicator, IndicatorField::Name, name.left(500));
            QString unitLabel;
            setField(indicator, IndicatorField::Unit, storedChoice(unitKindOf(topic->unit, &unitLabel)));
            setField(indicator, IndicatorField::UnitLabel, unitLabel.left(500));
            if (topic->key.contains(QLatin1String("eenzaam"), Qt::CaseInsensitive))
                setField(indicator, IndicatorField::Direction, storedChoice(Direction::LowerIsBetter));
            setField(indicator, IndicatorField::Source,
                     QStringLiteral("%1: %2, %3 (%4)").arg(table, topic->label, main->name, main->code).left(500));
            setField(indicator, IndicatorField::Cadence, storedChoice(cadenceOfPeriods(catalogue.periods)));
            setField(indicator, IndicatorField::StatlineKey, indicatorKey);
            setField(indicator, IndicatorField::Kind, storedChoice(IndicatorKind::Population));
            if (!own.isEmpty()) {
                setField(indicator, IndicatorField::BaselineValue, *own.constFirst()->value);
                setField(indicator, IndicatorField::BaselineDate,
                         isoDate(statLinePeriodDate(own.constFirst()->period)));
            }
            indicatorId = indicator.id;
            plan.newIndicatorNames.append(name.left(500));
            indicators.records.append(std::move(indicator));
            ++plan.newIndicators;
        }

        // The indicator's own series.
        QHash<QString, const Record *> measuredOn;
        QHash<QString, const Record *> comparedOn;
        if (existing) {
            for (const Record *row : document.children(TableId::Measurement, indicatorId))
                measuredOn.insert(field(*row, MeasurementField::Date).toString(), row);
            for (const Record *row : document.children(TableId::Comparison, indicatorId))
                comparedOn.insert(field(*row, ComparisonField::AreaCode).toString() + QLatin1Char('|') +
                                      field(*row, ComparisonField::Date).toString(),
                                  row);
        }
        for (const StatLineFigure *figure : std::as_const(own)) {
            const QString date = isoDate(statLinePeriodDate(figure->period));
            const QString source = QStringLiteral("%1, %2, %3").arg(table, figure->period, figure->region);
            if (const Record *row = measuredOn.value(date)) {
                using M = MeasurementField;
                bool changed = false;
                const auto update = [&](M f, const QVariant &value, bool same) {
                    if (!same) {
                        write(TableId::Measurement, *row, fieldIndex(f), value);
                        changed = true;
                    }
                };
                update(M::Value, *figure->value, sameNumber(field(*row, M::Value), figure->value));
                update(M::Lower, numberValue(figure->lower), sameNumber(field(*row, M::Lower), figure->lower));
                update(M::Upper, numberValue(figure->upper), sameNumber(field(*row, M::Upper), figure->upper));
                if (changed) {
                    update(M::Source, source, field(*row, M::Source).toString() == source);
                    ++plan.updatedMeasurements;
                } else {
                    ++plan.unchanged;
                }
                continue;
            }
            Record measurement = emptyRecord(TableId::Measurement);
            measurement.parentId = indicatorId;
            setField(measurement, MeasurementField::Date, date);
            setField(measurement, MeasurementField::Value, *figure->value);
            setField(measurement, MeasurementField::Lower, numberValue(figure->lower));
            setField(measurement, MeasurementField::Upper, numberValue(figure->upper));
            setField(measurement, MeasurementField::Source, source.left(500));
            measurements.records.append(std::move(measurement));
            ++plan.newMeasurements;
        }

        // The reference values beside it.
        for (const StatLineFigure *figure : std::as_const(others)) {
            const StatLineRegion *region = catalogue.region(figure->region);
            const QString date = isoDate(statLinePeriodDate(figure->period));
            const QString source = QStringLiteral("%1, %2").arg(table, figure->period);
            if (const Record *row = comparedOn.value(figure->region + QLatin1Char('|') + date)) {
                using C = ComparisonField;
                bool changed = false;
                const auto update = [&](C f, const QVariant &value, bool same) {
                    if (!same) {
                        write(TableId::Comparison, *row, fieldIndex(f), value);
                        changed = true;
                    }
                };
                update(C::Value, *figure->value, sameNumber(field(*row, C::Value), figure->value));
                update(C::Lower, numberValue(figure->lower), sameNumber(field(*row, C::Lower), figure->lower));
                update(C::Upper, numberValue(figure->upper), sameNumber(field(*row, C::Upper), figure->upper));
                update(C::Area, region->name, field(*row, C::Area).toString() == region->name);
                if (changed)
                    ++plan.updatedComparisons;
                else
                    ++plan.unchanged;
                continue;
            }
            Record comparison = emptyRecord(TableId::Comparison);
            comparison.parentId = indicatorId;
            using C = ComparisonField;
            setField(comparison, C::Area, region->name);
            setField(comparison, C::AreaCode, region->code.left(500));
            setField(comparison, C::AreaKind, storedChoice(region->kind));
            setField(comparison, C::Date, date);
            setField(comparison, C::Value, *figure->value);
            setField(comparison, C::Lower, numberValue(figure->lower));
            setField(comparison, C::Upper, numberValue(figure->upper));
            setField(comparison, C::Source, source.left(500));
            comparisons.records.append(std::move(comparison));
            ++plan.newComparisons;
        }
    }
    for (RecordChanges::Append *append : {&goals, &indicators, &measurements, &comparisons}) {
        if (!append->records.isEmpty())
            plan.changes.appends.append(std::move(*append));
    }
    return plan;
}

} // namespace rk
