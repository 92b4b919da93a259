// What the council's progress report says, read from the demo workbook on a reference date.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "commands/Edits.h"
#include "records/Fields.h"
#include "workbook/CouncilReport.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace rk;

namespace {
const Record *indicatorNamed(const ProjectDocument &document, const QString &name)
{
    for (const Record &row : document.records(TableId::Indicator)) {
        if (field(row, IndicatorField::Name).toString() == name)
            return &row;
    }
    return nullptr;
}
} // namespace

TEST_CASE("A verdict in one plain sentence, with the baseline, the target and an old figure named", "[council]")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    OpenResult opened = ProjectOpener::open(test::copyDemo(workspace));
    REQUIRE(opened.ok());
    const ProjectDocument &document = *opened.document;
    const QDate day(2026, 12, 1);
    const auto sentence = [&](const QString &name) {
        const Record *indicator = indicatorNamed(document, name);
        REQUIRE(indicator);
        const IndicatorDefinition d = indicatorDefinition(*indicator);
        return verdictSentence(d, computeProgress(d, measurementSeries(document, indicator->id, day), day));
    };
    // The indicator's name is never the subject of a verb; values in one form (13,0% beside 12,1%).
    CHECK(sentence(QStringLiteral("Ernstig eenzaam (18+)")) ==
          QStringLiteral("Ernstig eenzaam (18+): niet aantoonbaar veranderd, met 12,1% (10,9–13,3) in oktober 2024 "
                         "(nulmeting 13,0% in oktober 2022, doel 11,0% in december 2027); het verschil valt binnen "
                         "de marge."));
    CHECK(sentence(QStringLiteral("Inwoners die het meldpunt kennen")) ==
          QStringLiteral("Inwoners die het meldpunt kennen: loopt achter, met 23% in januari 2026 (nulmeting 18% in "
                         "januari 2025, doel 40% in december 2027)."));
    // A monthly count last measured a year before: reached, but the sentence says it is old.
    const QString reports = sentence(QStringLiteral("Meldingen bij het meldpunt per maand"));
    CHECK(reports.startsWith(QLatin1String("Meldingen bij het meldpunt per maand: bereikt, met 19 in december 2025")));
    CHECK(reports.endsWith(QLatin1String("Let op: de laatste meting is van december 2025; er had al een nieuwe "
                                         "moeten zijn.")));
    // Only the baseline measured: nothing to judge yet.
    const Record *severe = indicatorNamed(document, QStringLiteral("Ernstig eenzaam (18+)"));
    const IndicatorDefinition d = indicatorDefinition(*severe);
    const QDate early(2023, 1, 1);
    CHECK(verdictSentence(d, computeProgress(d, measurementSeries(document, severe->id, early), early))
              .contains(QLatin1String("alleen de nulmeting is er")));
}

TEST_CASE("Money per year and funding source, next steps and a draft of the key messages", "[council]")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    OpenResult opened = ProjectOpener::open(test::copyDemo(workspace));
    REQUIRE(opened.ok());
    ProjectDocument &document = *opened.document;

    const QList<MoneyLine> money = moneyByYear(document);
    REQUIRE(money.size() == 9); // 2025: 2 sources, 2026: 4, 2027: 3
    CHECK(money.at(0).year == 2025);
    CHECK(money.at(0).source == int(FundingSource::Gemeente));
    CHECK(money.at(0).budgeted == Approx(29500));
    CHECK(money.at(0).spent == Approx(29170));
    const MoneyLine &municipal2026 = money.at(2);
    CHECK(municipal2026.year == 2026);
    CHECK(municipal2026.budgeted == Approx(21500));
    CHECK(municipal2026.committed == Approx(3600));
    CHECK(municipal2026.left() == Approx(21500 - 13900 - 3600));
    CHECK(moneyByYear(document, QDate(2025, 12, 31)).size() == 2);

    // Next steps: not done or stopped, soonest first, the late one marked.
    const QList<NextStep> steps = nextSteps(document, QDate(2026, 12, 1));
    REQUIRE(steps.size() == 6);
    CHECK(steps.at(0).what == QLatin1String("Gesprekken met inwoners van 45-65 jaar"));
    CHECK(steps.at(0).overdue);
    CHECK(steps.at(0).who == QLatin1String("Gemeente Voorbeeldstad, team Sociaal Domein"));
    CHECK_FALSE(steps.at(1).overdue);
    for (int i = 1; i < steps.size(); ++i)
        CHECK(steps.at(i - 1).due <= steps.at(i).due);

    // A first draft: verdicts counted, what needs attention, activities, network, money.
    const QStringList draft = draftKeyMessages(document, QDate(2026, 12, 1));
    REQUIRE(draft.size() >= 3);
    REQUIRE(draft.size() <= 5);
    CHECK(draft.at(0).startsWith(QLatin1String("Van de 6 indicatoren:")));
    CHECK(draft.at(0).contains(QLatin1String("1 loopt achter")));
    CHECK(draft.at(1).startsWith(QLatin1String("Inwoners die het meldpunt kennen: loopt achter")));
    CHECK(draft.join(QLatin1Char('\n')).contains(QLatin1String("Te laat: Gesprekken met inwoners van 45-65 jaar.")));
    CHECK(draft.join(QLatin1Char('\n')).contains(QLatin1String("40 organisaties")));

    // The council report row: the last one, unless the report looks back to before it was written.
    const Record *current = councilReportRecord(document, {}, QDate(2026, 12, 6));
    REQUIRE(current);
    CHECK(field(*current, CouncilReportField::Kenmerk).toString() == QLatin1String("RIS-2026-1187"));
    CHECK(councilReportRecord(document, {}, QDate(2026, 6, 1)) == nullptr);
    CHECK(councilReportRecord(document, current->id, QDate(2020, 1, 1)) == current);

    // A year that makes no sense is refused with what the field takes; nothing changes.
    const QString fundingId = document.records(TableId::Funding).constFirst().id;
    CHECK_FALSE(edit::setRecordField(document, TableId::Funding, fundingId, fieldIndex(FundingField::Year),
                                     QStringLiteral("99999")));
    INFO(document.lastError().toStdString());
    CHECK(document.lastError().contains(QLatin1String("vul een heel getal van 1900 tot en met 2200 in")));
    CHECK(field(*document.record(TableId::Funding, fundingId), FundingField::Year).toLongLong() == 2025);
    CHECK(displayValue(fieldSpec(FundingField::Year), qint64(2027)) == QLatin1String("2027"));

    // A funding row goes with its activity, and comes back with it.
    const int before = int(document.records(TableId::Funding).size());
    REQUIRE(edit::removeRecord(document, TableId::Activity, QStringLiteral("00000000-0000-4000-8000-000000000198")));
    CHECK(document.records(TableId::Funding).size() == before - 3);
    edit::undo(document);
    CHECK(document.records(TableId::Funding).size() == before);
}

TEST_CASE("A report's peildatum is, unless given, that of the council report its page one comes from",
          "[council]")
{
    test::Workspace workspace;
    OpenResult opened = ProjectOpener::open(test::copyDemo(workspace));
    REQUIRE(opened.ok());
    // The demo's last council report has its own peildatum, 1 December 2026.
    CHECK(defaultReferenceDate(*opened.document, QDate(2026, 12, 6)) == QDate(2026, 12, 1));
    // A day before any council report's peildatum: that day itself.
    const QDate early(2020, 1, 1);
    CHECK(defaultReferenceDate(*opened.document, early) == early);
    auto fresh = test::createProject(workspace.path(QStringLiteral("nieuw.routekaart")));
    CHECK(defaultReferenceDate(*fresh, QDate(2026, 12, 6)) == QDate(2026, 12, 6));
}
