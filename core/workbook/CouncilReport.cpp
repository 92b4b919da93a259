#include "CouncilReport.h"

#include "ProjectDocument.h"
#include "network/Network.h"
#include "records/Fields.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace rk {

namespace {
QString monthYear(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("MMMM yyyy"));
}
} // namespace

QString verdictSentence(const IndicatorDefinition &d, const IndicatorProgress &p)
{
    // One sentence that never makes the indicator's name the subject of a verb (names are the
    // user's: "Inwoners die het meldpunt kennen", "Getrainde signaleerders").
    if (!p.latest)
        return QCoreApplication::translate("rk::CouncilReport", "%1: nog geen metingen.").arg(d.name);
    // Values in one form: with one decimal throughout when the latest has one (13,0% beside 12,1%).
    const QLocale locale;
    const bool decimals = d.unit == UnitKind::Percentage && p.latest->value != std::round(p.latest->value);
    const auto value = [&](double v) {
        return decimals ? locale.toString(v, 'f', 1) + QStringLiteral("%") : formatValue(d, v);
    };
    const QString latest = QCoreApplication::translate("rk::CouncilReport", "%1 in %2")
                               .arg(formatPoint(d, *p.latest), monthYear(p.latest->date));
    // Only the baseline measured: no change to judge yet.
    if (d.baselineDate.isValid() && p.latest->date <= d.baselineDate)
        return QCoreApplication::translate("rk::CouncilReport", "%1: alleen de nulmeting is er, %2.").arg(d.name, latest);
    QStringList context;
    if (d.baseline && d.baselineDate.isValid())
        context.append(QCoreApplication::translate("rk::CouncilReport", "nulmeting %1 in %2")
                           .arg(value(*d.baseline), monthYear(d.baselineDate)));
    if (d.target && d.targetDate.isValid())
        context.append(QCoreApplication::translate("rk::CouncilReport", "doel %1 in %2")
                           .arg(value(*d.target), monthYear(d.targetDate)));
    const QString around = context.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(context.join(QStringLiteral(", ")));
    QString sentence;
    switch (p.verdict) {
    case Verdict::NotMeasurablyChanged:
        sentence = QCoreApplication::translate("rk::CouncilReport",
                                               "%1: niet aantoonbaar veranderd, met %2%3; het verschil valt binnen de "
                                               "marge.")
                       .arg(d.name, latest, around);
        break;
    case Verdict::NoTarget:
    case Verdict::NoData:
        sentence = QCoreApplication::translate("rk::CouncilReport", "%1: %2%3; zonder streefwaarde is er geen oordeel.")
                       .arg(d.name, latest, around);
        break;
    case Verdict::Behind:
    case Verdict::OnTrack:
    case Verdict::Reached:
        sentence = QCoreApplication::translate("rk::CouncilReport", "%1: %2, met %3%4.")
                       .arg(d.name, verdictName(p.verdict).toLower(), latest, around);
        break;
    }
    if (p.latestIsOld)
        sentence += QLatin1Char(' ') + QCoreApplication::translate("rk::CouncilReport",
                                                                   "Let op: de laatste meting is van %1; er had al een "
                                                                   "nieuwe moeten zijn.")
                                           .arg(monthYear(p.latest->date));
    return sentence;
}

QList<MoneyLine> moneyByYear(const ProjectDocument &document, const QDate &until)
{
    QMap<std::pair<int, int>, MoneyLine> lines;
    for (const Record &row : document.records(TableId::Funding)) {
        const QVariant year = field(row, FundingField::Year);
        if (year.isNull() || !year.isValid())
            continue;
        const int y = int(year.toLongLong());
        if (until.isValid() && y > until.year())
            continue;
        const auto source = choiceOf<FundingSource>(field(row, FundingField::Source));
        const int s = source ? int(*source) : -1;
        MoneyLine &line = lines[{y, s}];
        line.year = y;
        line.source = s;
        line.budgeted += field(row, FundingField::Budgeted).toDouble();
        line.spent += field(row, FundingField::Spent).toDouble();
        line.committed += field(row, FundingField::Committed).toDouble();
    }
    return lines.values();
}

QList<NextStep> nextSteps(const ProjectDocument &document, const QDate &referenceDate)
{
    QList<NextStep> steps;
    for (const Record &activity : document.records(TableId::Activity)) {
        const auto status = choiceOf<ActivityStatus>(field(activity, ActivityField::Status));
        if (status == ActivityStatus::Done || status == ActivityStatus::Stopped)
            continue;
        NextStep step;
        step.activityId = activity.id;
        step.what = field(activity, ActivityField::Title).toString();
        step.who = document.recordTitle(TableId::Organisation, field(activity, ActivityField::OwnerId).toString());
        step.due = storedDate(field(activity, ActivityField::EndDate));
        step.overdue = step.due.isValid() && step.due < referenceDate;
        steps.append(step);
    }
    // Soonest first; those without an end date last.
    std::stable_sort(steps.begin(), steps.end(), [](const NextStep &a, const NextStep &b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    return steps;
}

QStringList draftKeyMessages(const ProjectDocument &document, const QDate &referenceDate)
{
    QStringList messages;
    const QLocale locale;
    // The verdicts, counted; the indicator that most needs attention named.
    int counts[6] = {};
    int indicators = 0;
    QString attention;
    for (const Record &indicator : document.records(TableId::Indicator)) {
        const IndicatorDefinition d = indicatorDefinition(indicator);
        const IndicatorProgress p =
            computeProgress(d, measurementSeries(document, indicator.id, referenceDate), referenceDate);
        ++counts[int(p.verdict)];
        ++indicators;
        if (p.verdict == Verdict::Behind && attention.isEmpty())
            attention = verdictSentence(d, p);
    }
    if (indicators > 0) {
        QStringList parts;
        const auto part = [&](Verdict verdict, const char *text) {
            if (counts[int(verdict)] > 0)
                parts.append(QCoreApplication::translate("rk::CouncilReport", text).arg(counts[int(verdict)]));
        };
        part(Verdict::Reached, QT_TRANSLATE_NOOP("rk::CouncilReport", "%1 bereikt"));
        part(Verdict::OnTrack, QT_TRANSLATE_NOOP("rk::CouncilReport", "%1 op koers"));
        part(Verdict::NotMeasurablyChanged, QT_TRANSLATE_NOOP("rk::CouncilReport", "%1 niet aantoonbaar veranderd"));
        part(Verdict::Behind, QT_TRANSLATE_NOOP("rk::CouncilReport", "%1 loopt achter"));
        part(Verdict::NoData, QT_TRANSLATE_NOOP("rk::CouncilReport", "%1 nog niet gemeten"));
        part(Verdict::NoTarget, QT_TRANSLATE_NOOP("rk::CouncilReport", "%1 zonder streefwaarde"));
        messages.append(QCoreApplication::translate("rk::CouncilReport", "Van de %1 indicatoren: %2.")
                            .arg(indicators)
                            .arg(parts.join(QStringLiteral(", "))));
    }
    if (!attention.isEmpty())
        messages.append(attention);
    // The activities: how many run, and what is late.
    const QList<NextStep> steps = nextSteps(document, referenceDate);
    QStringList late;
    for (const NextStep &step : steps) {
        if (step.overdue)
            late.append(step.what);
    }
    if (!steps.isEmpty()) {
        QString activities = QCoreApplication::translate("rk::CouncilReport", "%1 activiteiten lopen of zijn gepland.")
                                 .arg(steps.size());
        if (!late.isEmpty())
            activities += QLatin1Char(' ') + QCoreApplication::translate("rk::CouncilReport", "Te laat: %1.")
                                                 .arg(late.join(QStringLiteral("; ")));
        messages.append(activities);
    }
    // The network.
    const network::Counts organisations = network::countOrganisations(document);
    if (organisations.total > 0)
        messages.append(QCoreApplication::translate("rk::CouncilReport",
                                                    "%1 organisaties doen mee in het netwerk, waarvan %2 als actieve "
                                                    "partner.")
                            .arg(organisations.total)
                            .arg(organisations.byStage.value(int(CommitmentStage::ActivePartner))));
    // The money of the reference year.
    double budgeted = 0, spent = 0, committed = 0;
    for (const MoneyLine &line : moneyByYear(document, referenceDate)) {
        if (line.year != referenceDate.year())
            continue;
        budgeted += line.budgeted;
        spent += line.spent;
        committed += line.committed;
    }
    if (budgeted > 0)
        messages.append(QCoreApplication::translate("rk::CouncilReport",
                                                    "Voor %1 is %2 begroot; uitgegeven is %3 en verplicht %4.")
                            .arg(referenceDate.year())
                            .arg(locale.toCurrencyString(budgeted, QStringLiteral("€"), 0),
                                 locale.toCurrencyString(spent, QStringLiteral("€"), 0),
                                 locale.toCurrencyString(committed, QStringLiteral("€"), 0)));
    while (messages.size() > 5)
        messages.removeLast();
    return messages;
}

RecordChanges councilReportDraft(const ProjectDocument &document, const QString &recordId, const QDate &today,
                                 bool replaceMessages)
{
    RecordChanges changes;
    const Record *row = document.record(TableId::CouncilReport, recordId);
    if (!row)
        return changes;
    using F = CouncilReportField;
    const auto fill = [&](F f, const QVariant &value) {
        const QVariant current = field(*row, f);
        if (current.isNull() || current.toString().trimmed().isEmpty())
            changes.writes.append({TableId::CouncilReport, recordId, fieldIndex(f), value});
    };
    const ProjectInfo &project = document.project();
    const QDate reference = storedDate(field(*row, F::ReferenceDate)).isValid()
                                ? storedDate(field(*row, F::ReferenceDate))
                                : today;
    fill(F::Subject, QCoreApplication::translate("rk::CouncilReport", "Voortgang %1 %2").arg(project.title).arg(reference.year()));
    fill(F::Date, today.toString(Qt::ISODate));
    fill(F::ReferenceDate, reference.toString(Qt::ISODate));
    fill(F::Status, storedChoice(ReportStatus::Concept));
    fill(F::Sender, QCoreApplication::translate("rk::CouncilReport", "College van burgemeester en wethouders, %1")
                        .arg(project.gemeente));
    fill(F::AskKind, storedChoice(CouncilAsk::Kennisname));
    const QString draft = draftKeyMessages(document, reference).join(QLatin1Char('\n'));
    if (replaceMessages && field(*row, F::KeyMessages).toString() != draft)
        changes.writes.append({TableId::CouncilReport, recordId, fieldIndex(F::KeyMessages), draft});
    else
        fill(F::KeyMessages, draft);
    return changes;
}

const Record *councilReportRecord(const ProjectDocument &document, const QString &id, const QDate &referenceDate)
{
    if (!id.isEmpty())
        return document.record(TableId::CouncilReport, id);
    const QList<Record> &rows = document.records(TableId::CouncilReport);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const QDate own = storedDate(field(*it, CouncilReportField::ReferenceDate));
        if (!own.isValid() || !referenceDate.isValid() || own <= referenceDate)
            return &*it;
    }
    return nullptr;
}

QDate defaultReferenceDate(const ProjectDocument &document, const QDate &today)
{
    if (const Record *council = councilReportRecord(document, {}, today)) {
        const QDate own = storedDate(field(*council, CouncilReportField::ReferenceDate));
        if (own.isValid())
            return own;
    }
    return today;
}

} // namespace rk
