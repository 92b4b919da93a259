// The progress verdict of an indicator (rule in core/progress/Progress.h).

#include "progress/Progress.h"
#include "records/Fields.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
IndicatorDefinition indicator(bool lowerIsBetter, double baseline, double target)
{
    IndicatorDefinition d;
    d.name = QStringLiteral("test");
    d.lowerIsBetter = lowerIsBetter;
    d.baseline = baseline;
    d.baselineDate = QDate(2024, 1, 1);
    d.target = target;
    d.targetDate = QDate(2028, 1, 1); // 1461 days later
    return d;
}

Verdict verdictAt(const IndicatorDefinition &d, const QDate &date, double value)
{
    return computeProgress(d, {{d.baselineDate, *d.baseline}, {date, value}}).verdict;
}
} // namespace

TEST_CASE("Higher is better: reached, on track, behind", "[progress]")
{
    const IndicatorDefinition d = indicator(false, 20, 60);
    const QDate halfway(2026, 1, 1); // expected about 40
    CHECK(*expectedValue(d, halfway) == Approx(40.0).margin(0.05));
    CHECK(verdictAt(d, halfway, 60) == Verdict::Reached);
    CHECK(verdictAt(d, halfway, 75) == Verdict::Reached);
    CHECK(verdictAt(d, halfway, 41) == Verdict::OnTrack);
    CHECK(verdictAt(d, halfway, 36.5) == Verdict::OnTrack); // within 10% of 40 points
    CHECK(verdictAt(d, halfway, 35) == Verdict::Behind);
    CHECK(verdictAt(d, halfway, 10) == Verdict::Behind);
}

TEST_CASE("Lower is better: the same rule mirrored", "[progress]")
{
    const IndicatorDefinition d = indicator(true, 13, 11);
    const QDate halfway(2026, 1, 1); // expected about 12
    CHECK(verdictAt(d, halfway, 11) == Verdict::Reached);
    CHECK(verdictAt(d, halfway, 10.5) == Verdict::Reached);
    CHECK(verdictAt(d, halfway, 11.9) == Verdict::OnTrack);
    CHECK(verdictAt(d, halfway, 12.15) == Verdict::OnTrack);
    CHECK(verdictAt(d, halfway, 12.3) == Verdict::Behind);
    CHECK(verdictAt(d, halfway, 14) == Verdict::Behind);
}

TEST_CASE("Edge cases of the verdict", "[progress]")
{
    IndicatorDefinition d = indicator(false, 20, 60);
    SECTION("no measurements")
    {
        const IndicatorProgress p = computeProgress(d, {});
        CHECK(p.verdict == Verdict::NoData);
        CHECK_FALSE(p.latest.has_value());
    }
    SECTION("one measurement on the baseline date is on track")
    {
        CHECK(computeProgress(d, {{d.baselineDate, 20}}).verdict == Verdict::OnTrack);
    }
    SECTION("a measurement before the baseline date expects the baseline")
    {
        CHECK(*expectedValue(d, QDate(2020, 1, 1)) == 20);
        CHECK(computeProgress(d, {{QDate(2020, 1, 1), 15}}).verdict == Verdict::Behind);
    }
    SECTION("after the target date the target is expected")
    {
        CHECK(*expectedValue(d, QDate(2030, 1, 1)) == 60);
        CHECK(computeProgress(d, {{QDate(2030, 1, 1), 50}}).verdict == Verdict::Behind);
    }
    SECTION("the latest measurement counts, not the last one entered")
    {
        QList<MeasurementPoint> series = {{QDate(2026, 1, 1), 60}, {QDate(2025, 1, 1), 10}};
        std::sort(series.begin(), series.end(), [](auto &a, auto &b) { return a.date < b.date; });
        CHECK(computeProgress(d, series).verdict == Verdict::Reached);
    }
    SECTION("target equal to baseline")
    {
        d.target = 20;
        const IndicatorProgress p = computeProgress(d, {{QDate(2025, 1, 1), 30}});
        CHECK(p.verdict == Verdict::NoTarget);
        CHECK(p.problem.contains(QLatin1String("gelijk")));
    }
    SECTION("target date before baseline date")
    {
        d.targetDate = QDate(2023, 1, 1);
        const IndicatorProgress p = computeProgress(d, {{QDate(2025, 1, 1), 30}});
        CHECK(p.verdict == Verdict::NoTarget);
        CHECK(p.problem.contains(QLatin1String("streefdatum")));
    }
    SECTION("target on the wrong side for the direction")
    {
        d.lowerIsBetter = true;
        CHECK(computeProgress(d, {{QDate(2025, 1, 1), 30}}).verdict == Verdict::NoTarget);
    }
    SECTION("missing baseline or target")
    {
        d.baseline.reset();
        CHECK(computeProgress(d, {{QDate(2025, 1, 1), 30}}).verdict == Verdict::NoTarget);
    }
}

TEST_CASE("A verdict on a measurement older than a year says so", "[progress]")
{
    const IndicatorDefinition d = indicator(false, 20, 60);
    const QList<MeasurementPoint> series = {{d.baselineDate, 20}, {QDate(2024, 9, 1), 30}};
    // Measured on 1 September 2024: a year later it is not yet old, a day after that it is.
    CHECK_FALSE(computeProgress(d, series, QDate(2025, 8, 31)).latestIsOld);
    CHECK_FALSE(computeProgress(d, series, QDate(2025, 9, 1)).latestIsOld);
    const IndicatorProgress old = computeProgress(d, series, QDate(2025, 9, 2));
    CHECK(old.latestIsOld);
    CHECK(old.verdict == computeProgress(d, series, QDate(2025, 8, 31)).verdict); // the rule itself is the same
    // No measurement: nothing to be old.
    CHECK_FALSE(computeProgress(d, {}, QDate(2030, 1, 1)).latestIsOld);
    // Old even where there is no verdict (no target).
    IndicatorDefinition noTarget = d;
    noTarget.target.reset();
    CHECK(computeProgress(noTarget, series, QDate(2026, 1, 1)).latestIsOld);
}

TEST_CASE("Values are formatted with their unit", "[progress]")
{
    IndicatorDefinition d = indicator(false, 0, 1);
    d.unit = UnitKind::Percentage;
    const QString percentage = formatValue(d, 47.5);
    CHECK(percentage.endsWith(QLatin1Char('%')));
    CHECK(percentage.startsWith(QLatin1String("47")));
    d.unit = UnitKind::Euro;
    CHECK(formatValue(d, 1200).contains(QStringLiteral("€")));
    d.unit = UnitKind::Own;
    d.unitLabel = QStringLiteral("bezoekers");
    CHECK(formatValue(d, 12).endsWith(QLatin1String("bezoekers")));
}

TEST_CASE("With margins, a change within the noise is not measurably changed", "[progress][margins]")
{
    // Lower is better: 13% (11.8-14.2) at the baseline, target 10% in 2028.
    const IndicatorDefinition d = indicator(true, 13, 10);
    const MeasurementPoint base(d.baselineDate, 13, 11.8, 14.2);
    const QDate later(2026, 1, 1); // halfway: 11.5% expected

    SECTION("a latest interval that overlaps the baseline's is noise, whatever the point says")
    {
        // Without its interval, 12.1% would be "op koers" (11.5 + 0.3 allowed)...
        CHECK(computeProgress(d, {base, {later, 11.6}}).verdict == Verdict::OnTrack);
        // ...with 10.9-13.3 around it, it cannot be told from 13%.
        const IndicatorProgress p = computeProgress(d, {base, {later, 11.6, 10.9, 13.3}});
        CHECK(p.verdict == Verdict::NotMeasurablyChanged);
        REQUIRE(p.baselineLower);
        CHECK(*p.baselineLower == 11.8);
        // The same for a worsening within the noise.
        CHECK(computeProgress(d, {base, {later, 13.9, 12.6, 15.2}}).verdict == Verdict::NotMeasurablyChanged);
    }
    SECTION("a change outside the noise is judged by the path rule")
    {
        CHECK(computeProgress(d, {base, {later, 11.4, 10.9, 11.7}}).verdict == Verdict::OnTrack);
        CHECK(computeProgress(d, {base, {later, 9.5, 9.0, 10.0}}).verdict == Verdict::Reached);
        // Better than the baseline and measurably so, yet short of the path: behind.
        const IndicatorDefinition steep = indicator(true, 13, 5);
        CHECK(computeProgress(steep, {MeasurementPoint(steep.baselineDate, 13, 12.5, 13.5), {later, 11.8, 11.5, 12.1}})
                  .verdict == Verdict::Behind);
    }
    SECTION("a measurable change in the wrong direction is behind")
    {
        CHECK(computeProgress(d, {base, {later, 15.5, 14.5, 16.5}}).verdict == Verdict::Behind);
    }
    SECTION("without an interval on the baseline, the latest interval is compared with the baseline value")
    {
        const MeasurementPoint bare(d.baselineDate, 13);
        const IndicatorProgress p = computeProgress(d, {bare, {later, 12.0, 11.0, 13.0}});
        CHECK(p.verdict == Verdict::NotMeasurablyChanged); // 13 lies on the upper bound
        CHECK_FALSE(p.baselineLower);
        CHECK(computeProgress(d, {bare, {later, 11.4, 11.0, 12.9}}).verdict == Verdict::OnTrack);
    }
    SECTION("higher is better works the same way round")
    {
        const IndicatorDefinition up = indicator(false, 40, 60);
        const MeasurementPoint b(up.baselineDate, 40, 37, 43);
        CHECK(computeProgress(up, {b, {later, 45, 42, 48}}).verdict == Verdict::NotMeasurablyChanged);
        CHECK(computeProgress(up, {b, {later, 50, 47, 53}}).verdict == Verdict::OnTrack);
        CHECK(computeProgress(up, {b, {later, 33, 30, 36}}).verdict == Verdict::Behind);
    }
}

TEST_CASE("An interval that does not hold its value is ignored", "[progress][margins]")
{
    Record row = emptyRecord(TableId::Measurement);
    setField(row, MeasurementField::Date, QStringLiteral("2024-09-01"));
    setField(row, MeasurementField::Value, 12.1);
    setField(row, MeasurementField::Lower, 10.9);
    setField(row, MeasurementField::Upper, 13.3);
    REQUIRE(measurementPoint(row));
    CHECK(measurementPoint(row)->hasInterval());
    setField(row, MeasurementField::Upper, 12.0); // below the value
    REQUIRE(measurementPoint(row));
    CHECK_FALSE(measurementPoint(row)->hasInterval());
    setField(row, MeasurementField::Upper, QVariant()); // one bound only
    CHECK_FALSE(measurementPoint(row)->hasInterval());
}

TEST_CASE("A value is shown with its interval", "[progress][margins]")
{
    IndicatorDefinition d = indicator(true, 13, 10);
    d.unit = UnitKind::Percentage;
    const QString text = formatPoint(d, MeasurementPoint(QDate(2024, 9, 1), 12.1, 10.9, 13.3));
    CHECK(text.count(QLatin1Char('%')) == 1);
    CHECK(text.contains(QStringLiteral("(10")));
    CHECK(text.contains(QStringLiteral("–13")));
    CHECK(formatPoint(d, MeasurementPoint(QDate(2024, 9, 1), 12.1)) == formatValue(d, 12.1));
}

TEST_CASE("The cadence decides when a measurement is old and the next one due", "[progress][cadence]")
{
    Record row = emptyRecord(TableId::Indicator);
    CHECK(indicatorDefinition(row).cadenceMonths == 12); // none set: a year
    setField(row, IndicatorField::Cadence, storedChoice(Cadence::FourYears));
    IndicatorDefinition d = indicatorDefinition(row);
    CHECK(d.cadenceMonths == 48);
    d.baseline = 13;
    d.baselineDate = QDate(2020, 9, 1);
    d.target = 10;
    d.targetDate = QDate(2028, 9, 1);
    d.lowerIsBetter = true;
    const QList<MeasurementPoint> series = {{d.baselineDate, 13}, {QDate(2024, 9, 1), 12.1}};
    // A four-yearly monitor measured in September 2024 is not old 27 months later...
    CHECK_FALSE(computeProgress(d, series, QDate(2026, 12, 1)).latestIsOld);
    // ...but a yearly one is.
    d.cadenceMonths = 12;
    CHECK(computeProgress(d, series, QDate(2026, 12, 1)).latestIsOld);
    CHECK(olderThanCadenceText(d) == QStringLiteral("ouder dan een jaar"));

    d.cadenceMonths = 48;
    CHECK(nextMeasurementDue(d, QDate(2024, 9, 1), QDate(2026, 12, 1)).state == MeasurementDue::State::NotYet);
    const MeasurementDue soon = nextMeasurementDue(d, QDate(2024, 9, 1), QDate(2028, 1, 1));
    CHECK(soon.state == MeasurementDue::State::Soon);
    CHECK(soon.due == QDate(2028, 9, 1));
    CHECK(nextMeasurementDue(d, QDate(2024, 9, 1), QDate(2028, 9, 2)).state == MeasurementDue::State::Overdue);
    // Never measured: counted from the baseline date.
    CHECK(nextMeasurementDue(d, QDate(), QDate(2025, 1, 1)).due == QDate(2024, 9, 1));
    d.baselineDate = QDate();
    CHECK_FALSE(nextMeasurementDue(d, QDate(), QDate(2025, 1, 1)).due.isValid());
}
