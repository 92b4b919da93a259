// The progress verdict of an indicator (rule in core/progress/Progress.h).

#include "progress/Progress.h"

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
