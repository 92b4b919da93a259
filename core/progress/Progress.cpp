#include "Progress.h"

#include "ProjectDocument.h"
#include "records/Fields.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rk {

namespace {
std::optional<double> optionalNumber(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return value.toDouble();
}
} // namespace

QString IndicatorDefinition::unitText() const
{
    switch (unit) {
    case UnitKind::Percentage:
        return QStringLiteral("%");
    case UnitKind::Count:
        return QCoreApplication::translate("rk::Progress", "aantal");
    case UnitKind::Score:
        return QCoreApplication::translate("rk::Progress", "score");
    case UnitKind::Euro:
        return QStringLiteral("€");
    case UnitKind::Own:
        break;
    }
    return unitLabel;
}

IndicatorDefinition indicatorDefinition(const Record &indicator)
{
    IndicatorDefinition d;
    using F = IndicatorField;
    d.id = indicator.id;
    d.name = field(indicator, F::Name).toString();
    d.unit = choiceOf<UnitKind>(field(indicator, F::Unit)).value_or(UnitKind::Own);
    d.unitLabel = field(indicator, F::UnitLabel).toString();
    d.lowerIsBetter = choiceOf<Direction>(field(indicator, F::Direction)) == Direction::LowerIsBetter;
    d.baseline = optionalNumber(field(indicator, F::BaselineValue));
    d.baselineDate = QDate::fromString(field(indicator, F::BaselineDate).toString(), Qt::ISODate);
    d.target = optionalNumber(field(indicator, F::TargetValue));
    d.targetDate = QDate::fromString(field(indicator, F::TargetDate).toString(), Qt::ISODate);
    d.source = field(indicator, F::Source).toString();
    if (const std::optional<Cadence> cadence = choiceOf<Cadence>(field(indicator, F::Cadence))) {
        d.cadenceMonths = cadenceMonths(*cadence);
        d.cadenceSet = true;
    }
    return d;
}

int cadenceMonths(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Month:
        return 1;
    case Cadence::Quarter:
        return 3;
    case Cadence::Year:
        return 12;
    case Cadence::TwoYears:
        return 24;
    case Cadence::FourYears:
        return 48;
    }
    return kDefaultCadenceMonths;
}

MeasurementDue nextMeasurementDue(const IndicatorDefinition &d, const QDate &latest, const QDate &today)
{
    MeasurementDue result;
    const QDate from = latest.isValid() ? latest : d.baselineDate;
    if (!from.isValid())
        return result;
    result.due = from.addMonths(d.cadenceMonths);
    if (result.due < today)
        result.state = MeasurementDue::State::Overdue;
    else if (today.daysTo(result.due) <= qint64(d.cadenceMonths) * 30 / 4)
        result.state = MeasurementDue::State::Soon;
    return result;
}

QHash<QString, QDate> latestMeasurementDates(const ProjectDocument &document)
{
    QHash<QString, QDate> latest;
    for (const Record &row : document.records(TableId::Measurement)) {
        if (const std::optional<MeasurementPoint> point = measurementPoint(row)) {
            QDate &known = latest[row.parentId];
            if (!known.isValid() || point->date > known)
                known = point->date;
        }
    }
    return latest;
}

std::optional<MeasurementPoint> measurementPoint(const Record &row)
{
    const QDate date = storedDate(field(row, MeasurementField::Date));
    const QVariant value = field(row, MeasurementField::Value);
    if (!date.isValid() || !value.isValid() || value.isNull())
        return std::nullopt;
    MeasurementPoint point{date, value.toDouble(), std::nullopt, std::nullopt};
    const std::optional<double> lower = optionalNumber(field(row, MeasurementField::Lower));
    const std::optional<double> upper = optionalNumber(field(row, MeasurementField::Upper));
    // An interval that does not hold its own value says nothing trustworthy: left out.
    if (lower && upper && *lower <= point.value && point.value <= *upper) {
        point.lower = lower;
        point.upper = upper;
    }
    return point;
}

QList<MeasurementPoint> measurementSeries(const ProjectDocument &document, const QString &indicatorId,
                                          const QDate &until)
{
    QList<MeasurementPoint> series;
    for (const Record *row : document.children(TableId::Measurement, indicatorId)) {
        if (const std::optional<MeasurementPoint> point = measurementPoint(*row)) {
            if (!until.isValid() || point->date <= until)
                series.append(*point);
        }
    }
    std::stable_sort(series.begin(), series.end(),
                     [](const MeasurementPoint &a, const MeasurementPoint &b) { return a.date < b.date; });
    return series;
}

QList<ReferenceSeries> referenceSeries(const ProjectDocument &document, const QString &indicatorId, bool areas,
                                       const QDate &until)
{
    QList<ReferenceSeries> result;
    QHash<QString, qsizetype> byArea;
    for (const Record *row : document.children(TableId::Comparison, indicatorId)) {
        using C = ComparisonField;
        const AreaKind kind = choiceOf<AreaKind>(field(*row, C::AreaKind)).value_or(AreaKind::Municipality);
        const bool isArea = kind == AreaKind::Wijk || kind == AreaKind::Buurt;
        if (isArea != areas)
            continue;
        const QDate date = storedDate(field(*row, C::Date));
        const std::optional<double> value = optionalNumber(field(*row, C::Value));
        if (!date.isValid() || !value || (until.isValid() && date > until))
            continue;
        MeasurementPoint point(date, *value);
        const std::optional<double> lower = optionalNumber(field(*row, C::Lower));
        const std::optional<double> upper = optionalNumber(field(*row, C::Upper));
        if (lower && upper && *lower <= *value && *value <= *upper) {
            point.lower = lower;
            point.upper = upper;
        }
        const QString name = field(*row, C::Area).toString();
        const QString code = field(*row, C::AreaCode).toString();
        const QString key = code.isEmpty() ? name.toCaseFolded() : code;
        auto found = byArea.constFind(key);
        if (found == byArea.cend()) {
            found = byArea.insert(key, result.size());
            result.append({name.isEmpty() ? code : name, code, kind, {}});
        }
        result[*found].points.append(point);
    }
    for (ReferenceSeries &series : result)
        std::stable_sort(series.points.begin(), series.points.end(),
                         [](const MeasurementPoint &a, const MeasurementPoint &b) { return a.date < b.date; });
    std::stable_sort(result.begin(), result.end(), [](const ReferenceSeries &a, const ReferenceSeries &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<double> expectedValue(const IndicatorDefinition &d, const QDate &date)
{
    if (!d.baseline || !d.target || !d.baselineDate.isValid() || !d.targetDate.isValid() ||
        d.targetDate <= d.baselineDate)
        return std::nullopt;
    const double span = double(d.baselineDate.daysTo(d.targetDate));
    const double fraction = std::clamp(double(d.baselineDate.daysTo(date)) / span, 0.0, 1.0);
    return *d.baseline + (*d.target - *d.baseline) * fraction;
}

IndicatorProgress computeProgress(const IndicatorDefinition &d, const QList<MeasurementPoint> &series,
                                  const QDate &today)
{
    IndicatorProgress progress;
    if (!series.isEmpty())
        progress.latest = series.constLast();
    progress.latestIsOld = progress.latest && isOldMeasurement(progress.latest->date, today, d.cadenceMonths);

    const bool baselineSet = d.baseline && d.baselineDate.isValid();
    const bool targetSet = d.target && d.targetDate.isValid();
    if (!baselineSet || !targetSet) {
        progress.verdict = Verdict::NoTarget;
        // Say what is missing, and where it is filled in.
        progress.problem =
            baselineSet ? QCoreApplication::translate("rk::Progress", "Vul een streefwaarde met een streefdatum in "
                                                                      "(hoofdstuk 2, Plan van aanpak, bij de indicator).")
            : targetSet ? QCoreApplication::translate("rk::Progress", "Vul een nulmeting met een datum in "
                                                                      "(hoofdstuk 2, Plan van aanpak, bij de indicator).")
                        : QCoreApplication::translate("rk::Progress",
                                                      "Vul een nulmeting en een streefwaarde in, elk met een datum.");
        return progress;
    }
    if (d.targetDate <= d.baselineDate) {
        progress.verdict = Verdict::NoTarget;
        progress.problem =
            QCoreApplication::translate("rk::Progress", "De streefdatum ligt niet na de datum van de nulmeting.");
        return progress;
    }
    if (qFuzzyCompare(*d.target + 1.0, *d.baseline + 1.0)) {
        progress.verdict = Verdict::NoTarget;
        progress.problem = QCoreApplication::translate("rk::Progress", "De streefwaarde is gelijk aan de nulmeting.");
        return progress;
    }
    if (d.lowerIsBetter ? *d.target > *d.baseline : *d.target < *d.baseline) {
        progress.verdict = Verdict::NoTarget;
        progress.problem = QCoreApplication::translate(
            "rk::Progress", "De streefwaarde ligt de verkeerde kant op van de nulmeting, gezien de richting.");
        return progress;
    }
    if (!progress.latest) {
        progress.verdict = Verdict::NoData;
        return progress;
    }
    const double latest = progress.latest->value;
    // "Better" as a signed distance: positive when in the good direction.
    const double sign = d.lowerIsBetter ? -1.0 : 1.0;
    progress.expected = expectedValue(d, progress.latest->date);
    if (progress.latest->hasInterval()) {
        // The baseline's interval: that of the measurement on the baseline date, if it has one.
        double low = *d.baseline;
        double high = *d.baseline;
        for (const MeasurementPoint &point : series) {
            if (point.date == d.baselineDate && point.hasInterval()) {
                low = *point.lower;
                high = *point.upper;
                progress.baselineLower = low;
                progress.baselineUpper = high;
            }
        }
        if (intervalsOverlap(*progress.latest->lower, *progress.latest->upper, low, high)) {
            progress.verdict = Verdict::NotMeasurablyChanged;
            return progress;
        }
        if (sign * (latest - *d.baseline) < 0) {
            progress.verdict = Verdict::Behind;
            return progress;
        }
    }
    if (sign * (latest - *d.target) >= 0) {
        progress.verdict = Verdict::Reached;
        return progress;
    }
    const double margin = kOnTrackMargin * std::abs(*d.target - *d.baseline);
    progress.verdict = sign * (latest - *progress.expected) >= -margin ? Verdict::OnTrack : Verdict::Behind;
    return progress;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NoData:
        return QCoreApplication::translate("rk::Progress", "Nog geen metingen");
    case Verdict::NoTarget:
        return QCoreApplication::translate("rk::Progress", "Geen streefwaarde");
    case Verdict::Behind:
        return QCoreApplication::translate("rk::Progress", "Loopt achter");
    case Verdict::OnTrack:
        return QCoreApplication::translate("rk::Progress", "Op koers");
    case Verdict::Reached:
        return QCoreApplication::translate("rk::Progress", "Bereikt");
    case Verdict::NotMeasurablyChanged:
        return QCoreApplication::translate("rk::Progress", "Niet aantoonbaar veranderd");
    }
    return {};
}

QString olderThanCadenceText(const IndicatorDefinition &d)
{
    switch (d.cadenceMonths) {
    case 1:
        return QCoreApplication::translate("rk::Progress", "ouder dan een maand");
    case 3:
        return QCoreApplication::translate("rk::Progress", "ouder dan een kwartaal");
    case 24:
        return QCoreApplication::translate("rk::Progress", "ouder dan twee jaar");
    case 48:
        return QCoreApplication::translate("rk::Progress", "ouder dan vier jaar");
    default:
        break;
    }
    return QCoreApplication::translate("rk::Progress", "ouder dan een jaar");
}

QString formatPoint(const IndicatorDefinition &d, const MeasurementPoint &point)
{
    QString text = formatValue(d, point.value);
    if (point.hasInterval()) {
        // The bounds without the unit that follows the value ("12,1% (10,9–13,3)"); a value with
        // an interval in one decimal throughout, so that "13,0% (11,8–14,2)" reads as one figure.
        const QString suffix = d.unit == UnitKind::Percentage ? QStringLiteral("%")
                               : (d.unit == UnitKind::Score || d.unit == UnitKind::Own) && !d.unitText().isEmpty()
                                   ? QLatin1Char(' ') + d.unitText()
                                   : QString();
        const bool decimals = d.unit == UnitKind::Percentage || d.unit == UnitKind::Score || d.unit == UnitKind::Own;
        const QLocale locale;
        if (decimals)
            text = locale.toString(point.value, 'f', 1) + suffix;
        const auto bare = [&](double value) {
            if (decimals)
                return locale.toString(value, 'f', 1);
            QString bound = formatValue(d, value);
            if (!suffix.isEmpty() && bound.endsWith(suffix))
                bound.chop(suffix.size());
            return bound;
        };
        text += QStringLiteral(" (%1–%2)").arg(bare(*point.lower), bare(*point.upper));
    }
    return text;
}

QString formatValue(const IndicatorDefinition &d, double value)
{
    const QLocale locale;
    switch (d.unit) {
    case UnitKind::Percentage:
        return locale.toString(value, 'f', value == std::round(value) ? 0 : 1) + QStringLiteral("%");
    case UnitKind::Euro:
        return locale.toCurrencyString(value, QStringLiteral("€"), value == std::round(value) ? 0 : 2);
    case UnitKind::Count:
        return locale.toString(value, 'f', value == std::round(value) ? 0 : 1);
    case UnitKind::Score:
    case UnitKind::Own: {
        const QString number = locale.toString(value, 'g', 10);
        return d.unitText().isEmpty() ? number : number + QLatin1Char(' ') + d.unitText();
    }
    }
    return {};
}

} // namespace rk
