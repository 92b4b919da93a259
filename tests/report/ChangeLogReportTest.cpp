// The full report's change log: the edits of a period from the history, without contact
// persons' data unless asked.
#include "TestSupport.h"
#include "core/ProjectDocument.h"
#include "core/ProjectOpener.h"
#include "core/commands/Edits.h"
#include "core/records/Fields.h"
#include "ui/report/ReportRenderer.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
QString fullReportText(const ProjectDocument &document, const test::Workspace &workspace, const QDate &changesFrom,
                       bool personalData)
{
    ReportOptions options;
    options.kind = ReportOptions::Kind::Full;
    options.changesFrom = changesFrom;
    options.includePersonalData = personalData;
    const QString pdf = workspace.path(QStringLiteral("wijzigingen.pdf"));
    QString error;
    REQUIRE(ReportRenderer::exportPdf(document, options, pdf, &error));
    return test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).output.simplified();
}
} // namespace

TEST_CASE("The full report can list the changes of a period, contact data only when asked", "[report][history]")
{
    test::Workspace workspace;
    OpenResult opened = ProjectOpener::open(test::copyDemo(workspace));
    REQUIRE(opened.ok());
    ProjectDocument &document = *opened.document;
    const QString goal = document.records(TableId::Goal).first().id;
    const QString organisation = document.records(TableId::Organisation).first().id;
    REQUIRE(edit::setRecordField(document, TableId::Goal, goal, int(GoalField::Title),
                                 QStringLiteral("Samen koken in de wijk")));
    REQUIRE(edit::setRecordField(document, TableId::Organisation, organisation, int(OrganisationField::ContactName),
                                 QStringLiteral("Karin Zwaan")));
    const QDate yesterday = QDate::currentDate().addDays(-1);

    const QString without = fullReportText(document, workspace, QDate(), false);
    CHECK_FALSE(without.contains(QLatin1String("Wat er in het werkboek is veranderd")));

    const QString withLog = fullReportText(document, workspace, yesterday, false);
    CHECK(withLog.contains(QLatin1String("Wat er in het werkboek is veranderd")));
    CHECK(withLog.contains(QLatin1String("Samen koken in de wijk")));
    CHECK_FALSE(withLog.contains(QLatin1String("Karin Zwaan")));

    const QString personal = fullReportText(document, workspace, yesterday, true);
    CHECK(personal.contains(QLatin1String("Karin Zwaan")));

    // A period before the edits: nothing changed then.
    ReportOptions earlier;
    earlier.kind = ReportOptions::Kind::Full;
    earlier.changesFrom = QDate::currentDate().addMonths(-3);
    earlier.referenceDate = yesterday.addDays(-1);
    const QString pdf = workspace.path(QStringLiteral("eerder.pdf"));
    QString error;
    REQUIRE(ReportRenderer::exportPdf(document, earlier, pdf, &error));
    CHECK(test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
              .output.simplified()
              .contains(QLatin1String("Er zijn in deze periode geen wijzigingen vastgelegd.")));
}
