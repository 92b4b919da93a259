// The network in core: the owner migration, matrix gaps, counts, privacy of shared copies.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "commands/Edits.h"
#include "network/Network.h"
#include "workbook/WhatWorks.h"
#include "share/ShareCopy.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QUndoStack>

using namespace rk;

TEST_CASE("Free-text activity owners become organisations when a version 4 file opens", "[network][migration]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("v4.routekaart"));
    REQUIRE(
        test::runSql(path, QString::fromUtf8(test::readAll(test::dataPath(QStringLiteral("fixtures/schema-v1.sql"))))));
    {
        Database db;
        REQUIRE(db.open(path, Database::Mode::ReadWrite));
        REQUIRE(schema::migrate(db, 1, 4));
        REQUIRE(
            db.exec(QStringLiteral("INSERT INTO activity (id, position, title, owner, created_at, updated_at) VALUES "
                                   "('a0000000-0000-4000-8000-000000000001', 0, 'Maatjes', 'Humanitas', 't', 't'),"
                                   "('a0000000-0000-4000-8000-000000000002', 1, 'Bezoek', '  humanitas ', 't', 't'),"
                                   "('a0000000-0000-4000-8000-000000000003', 2, 'Campagne', 'Gemeente', 't', 't'),"
                                   "('a0000000-0000-4000-8000-000000000004', 3, 'Zonder', '', 't', 't')")));
    }
    const OpenResult opened = ProjectOpener::open(path);
    INFO(opened.message.toStdString() << opened.detail.toStdString());
    REQUIRE(opened.ok());
    const ProjectDocument &document = *opened.document;
    REQUIRE(document.records(TableId::Organisation).size() == 2);
    CHECK(document.records(TableId::Organisation).at(0).values.at(fieldIndex(OrganisationField::Name)).toString() ==
          QLatin1String("Humanitas"));
    const QList<Record> &activities = document.records(TableId::Activity);
    REQUIRE(activities.size() == 4);
    CHECK(activities.at(0).values.at(3).toString() == activities.at(1).values.at(3).toString());
    CHECK(document.recordTitle(TableId::Organisation, activities.at(2).values.at(3).toString()) ==
          QLatin1String("Gemeente"));
    CHECK(activities.at(3).values.at(3).toString().isEmpty());
    CHECK(test::readAll(workspace.path(QStringLiteral("v4.v4.routekaart"))).size() > 0);
}

TEST_CASE("A version 6 file gets sectors from the kinds of its organisations and kinds of indicator",
          "[network][migration]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("v6.routekaart"));
    {
        // Kinds: gemeente, huisartsenpraktijk, woningcorporatie, kerk, anders.
        test::makeOldVersion(path, 6, QStringLiteral(
            "INSERT INTO organisation (id, position, name, kind, created_at, updated_at) VALUES "
            "('b0000000-0000-4000-8000-000000000001', 0, 'Gemeente', 0, 't', 't'),"
            "('b0000000-0000-4000-8000-000000000002', 1, 'Huisarts', 3, 't', 't'),"
            "('b0000000-0000-4000-8000-000000000003', 2, 'Corporatie', 4, 't', 't'),"
            "('b0000000-0000-4000-8000-000000000004', 3, 'Moskee', 10, 't', 't'),"
            "('b0000000-0000-4000-8000-000000000005', 4, 'Iets anders', 15, 't', 't');"
            "INSERT INTO goal (id, position, title, created_at, updated_at) VALUES "
            "('c0000000-0000-4000-8000-000000000001', 0, 'Doel', 't', 't');"
            "INSERT INTO indicator (id, goal_id, position, name, statline_key, created_at, updated_at) VALUES "
            "('d0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 0, 'Monitor', "
            "'Eenzaam;GM9001;20300', 't', 't'),"
            "('d0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', 1, 'Eigen', '', 't', 't')"));
    }
    const OpenResult opened = ProjectOpener::open(path);
    INFO(opened.message.toStdString() << opened.detail.toStdString());
    REQUIRE(opened.ok());
    const QList<Record> &organisations = opened.document->records(TableId::Organisation);
    REQUIRE(organisations.size() == 5);
    const auto sector = [&](int row) { return choiceOf<Sector>(field(organisations.at(row), OrganisationField::Sector)); };
    CHECK(sector(0) == Sector::Gemeente);
    CHECK(sector(1) == Sector::Zorg);
    CHECK(sector(2) == Sector::Wonen);
    CHECK(sector(3) == Sector::Levensbeschouwing);
    CHECK_FALSE(sector(4)); // "anders" says nothing about the sector
    const QList<Record> &indicators = opened.document->records(TableId::Indicator);
    REQUIRE(indicators.size() == 2);
    CHECK(choiceOf<IndicatorKind>(field(indicators.at(0), IndicatorField::Kind)) == IndicatorKind::Population);
    CHECK_FALSE(choiceOf<IndicatorKind>(field(indicators.at(1), IndicatorField::Kind)));
}

TEST_CASE("The matrix finds the goals without a contributor", "[network]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("m.routekaart")));
    const QString a = edit::insertRecord(*document, TableId::Goal, 0);
    const QString b = edit::insertRecord(*document, TableId::Goal, 1);
    Record organisation = emptyRecord(TableId::Organisation);
    organisation.values[fieldIndex(OrganisationField::Name)] = QStringLiteral("Bibliotheek");
    const QString library = edit::insertRecord(*document, TableId::Organisation, 0, organisation);
    Record contribution = emptyRecord(TableId::Contribution);
    contribution.values[fieldIndex(ContributionField::OrganisationId)] = library;
    contribution.values[fieldIndex(ContributionField::GoalId)] = a;
    REQUIRE_FALSE(edit::insertRecord(*document, TableId::Contribution, 0, contribution).isEmpty());
    const network::Matrix matrix = network::buildMatrix(*document);
    CHECK(matrix.goalsWithoutContributor == QStringList{b});
    CHECK(matrix.contributions(library, a).size() == 1);
    // Removing the goal removes its contribution too; undo brings both back.
    REQUIRE(edit::removeRecord(*document, TableId::Goal, a));
    CHECK(document->records(TableId::Contribution).isEmpty());
    document->undoStack()->undo();
    CHECK(network::buildMatrix(*document).contributions(library, a).size() == 1);
}

TEST_CASE("Counts and growth of the network follow the stages", "[network]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("c.routekaart")));
    const QList<std::tuple<int, int, QString, QString>> rows = {
        {1, 3, QStringLiteral("2025-01-10"), QStringLiteral("signaleerder;vindplaats")},
        {2, 2, QStringLiteral("2025-01-20"), QStringLiteral("vindplaats")},
        {2, 4, QStringLiteral("2025-03-01"), QString()},
        {15, 0, QString(), QStringLiteral("financier")},
    };
    int position = 0;
    for (const auto &[kind, stage, date, roles] : rows) {
        Record r = emptyRecord(TableId::Organisation);
        r.values[fieldIndex(OrganisationField::Name)] = QStringLiteral("Organisatie %1").arg(position);
        r.values[fieldIndex(OrganisationField::Kind)] = qint64(kind);
        r.values[fieldIndex(OrganisationField::Stage)] = qint64(stage);
        r.values[fieldIndex(OrganisationField::StageDate)] = date;
        r.values[fieldIndex(OrganisationField::Roles)] = roles;
        REQUIRE(document->insertRecord(TableId::Organisation, position++, r));
    }
    const network::Counts counts = network::countOrganisations(*document);
    CHECK(counts.total == 4);
    CHECK(counts.byKind.at(2) == 2);
    CHECK(counts.byStage.at(4) == 1);
    CHECK(counts.byRole.at(1) == 2); // vindplaats
    CHECK(network::organisationsWithRole(*document, QStringLiteral("vindplaats")).size() == 2);
    const auto growth = network::growth(*document);
    REQUIRE(growth.size() == 1); // both dated organisations joined in January; the dropped one is left out
    CHECK(growth.constFirst().first == QDate(2025, 1, 1));
    CHECK(growth.constFirst().second == 3); // plus the undated one
}

TEST_CASE("A shared copy leaves out contact persons unless asked", "[network][share]")
{
    test::Workspace workspace;
    OpenOptions options;
    options.readOnly = true;
    OpenResult demo = ProjectOpener::open(QStringLiteral(RK_DEMO_PROJECT), options);
    REQUIRE(demo.ok());
    auto query = [](const QString &file, const QString &sql) {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {file, sql});
        sqlite.waitForFinished(10000);
        return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed();
    };
    const QString contacts = QStringLiteral("SELECT count(*) FROM organisation WHERE contact_name <> '' OR "
                                            "contact_function <> '' OR contact_email <> '' OR contact_phone <> ''");
    CHECK(query(QStringLiteral(RK_DEMO_PROJECT), contacts).toInt() > 10);

    const QString stripped = workspace.path(QStringLiteral("zonder.routekaart"));
    QString error;
    REQUIRE(share::writeShareCopy(*demo.document, stripped, false, &error));
    CHECK(query(stripped, contacts) == QLatin1String("0"));
    CHECK(query(stripped, QStringLiteral("SELECT count(*) FROM organisation")) == QLatin1String("40"));
    // Nothing of the removed text lingers in the file's free pages.
    CHECK_FALSE(test::readAll(stripped).contains("m.devries@voorbeeldstad.example"));

    const QString kept = workspace.path(QStringLiteral("met.routekaart"));
    REQUIRE(share::writeShareCopy(*demo.document, kept, true, &error));
    CHECK(query(kept, contacts).toInt() > 10);
    CHECK(query(kept, QStringLiteral("SELECT value FROM project_meta WHERE key = 'personal_data_removed'")) ==
          QLatin1String("0"));
}

TEST_CASE("The gaps: sectors with nobody in them and chapters no partner contributes to", "[network][gaps]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("gaps.routekaart")));
    const auto organisation = [&](const QString &name, std::optional<Sector> sector, CommitmentStage stage) {
        Record row = emptyRecord(TableId::Organisation);
        setField(row, OrganisationField::Name, name);
        if (sector)
            setField(row, OrganisationField::Sector, storedChoice(*sector));
        setField(row, OrganisationField::Stage, storedChoice(stage));
        const QString id = edit::insertRecord(*document, TableId::Organisation,
                                              int(document->records(TableId::Organisation).size()), row);
        REQUIRE_FALSE(id.isEmpty());
        return id;
    };
    const QString gemeente = organisation(QStringLiteral("Gemeente"), Sector::Gemeente, CommitmentStage::ActivePartner);
    const QString welzijn = organisation(QStringLiteral("Welzijn"), Sector::Welzijn, CommitmentStage::Betrokken);
    organisation(QStringLiteral("Thuiszorg"), Sector::Zorg, CommitmentStage::Afgehaakt); // dropped out: not counted
    organisation(QStringLiteral("Zonder sector"), std::nullopt, CommitmentStage::InBeeld);
    organisation(QStringLiteral("School"), Sector::Onderwijs, CommitmentStage::Benaderd); // not in yet
    const QString goal = edit::insertRecord(*document, TableId::Goal, 0);
    const auto activity = [&](const QString &chapter, const QString &owner, const QString &goalId) {
        Record row = emptyRecord(TableId::Activity);
        setField(row, ActivityField::Chapter, chapter);
        setField(row, ActivityField::OwnerId, owner);
        setField(row, ActivityField::GoalId, goalId);
        REQUIRE_FALSE(edit::insertRecord(*document, TableId::Activity, 0, row).isEmpty());
    };
    activity(QStringLiteral("preventie"), welzijn, QString());       // a partner's own activity
    activity(QStringLiteral("bewustwording"), gemeente, goal);       // the municipality's, for a goal...
    activity(QStringLiteral("signaleren_bespreken"), gemeente, QString()); // ...and one for no goal
    Record contribution = emptyRecord(TableId::Contribution);
    setField(contribution, ContributionField::OrganisationId, welzijn);
    setField(contribution, ContributionField::GoalId, goal);         // ...that a partner contributes to
    REQUIRE_FALSE(edit::insertRecord(*document, TableId::Contribution, 0, contribution).isEmpty());

    const network::Gaps gaps = network::findGaps(*document);
    CHECK(gaps.withoutSector == 1);
    CHECK(gaps.emptySectors.size() == int(choices(ChoiceList::Sector).size()) - 2);
    CHECK_FALSE(gaps.emptySectors.contains(Sector::Welzijn));
    CHECK_FALSE(gaps.emptySectors.contains(Sector::Gemeente));
    CHECK(gaps.emptySectors.contains(Sector::Zorg));
    CHECK(gaps.emptySectors.contains(Sector::Onderwijs));
    CHECK(gaps.emptySectors.constFirst() == Sector::Zorg); // in list order
    // Part B only: of its four chapters, two have a partner.
    CHECK(gaps.chaptersWithoutPartner.size() == 2);
    CHECK_FALSE(gaps.chaptersWithoutPartner.contains(ChapterId::Preventie));
    CHECK_FALSE(gaps.chaptersWithoutPartner.contains(ChapterId::Bewustwording));
    CHECK(gaps.chaptersWithoutPartner.contains(ChapterId::SignalerenBespreken));
    CHECK_FALSE(gaps.chaptersWithoutPartner.contains(ChapterId::Verkenning));
}

TEST_CASE("A version 7 file splits the offer's kind into what it does and how it reaches people",
          "[whatworks][migration]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("v7.routekaart"));
    {
        // Kinds: ontmoeting, online (a telephone circle), maatje, anders.
        test::makeOldVersion(path, 7, QStringLiteral(
            "INSERT INTO offer (id, position, activity, kind, created_at, updated_at) VALUES "
            "('e0000000-0000-4000-8000-000000000001', 0, 'Buurtkamer', 0, 't', 't'),"
            "('e0000000-0000-4000-8000-000000000002', 1, 'Telefooncirkel', 3, 't', 't'),"
            "('e0000000-0000-4000-8000-000000000003', 2, 'Maatjes', 5, 't', 't'),"
            "('e0000000-0000-4000-8000-000000000004', 3, 'Iets', 6, 't', 't')"));
    }
    const OpenResult opened = ProjectOpener::open(path);
    INFO(opened.message.toStdString() << opened.detail.toStdString());
    REQUIRE(opened.ok());
    const QList<Record> &offers = opened.document->records(TableId::Offer);
    REQUIRE(offers.size() == 4);
    CHECK(choiceOf<OfferPurpose>(field(offers.at(0), OfferField::Purpose)) == OfferPurpose::Meeting);
    CHECK_FALSE(choiceOf<OfferChannel>(field(offers.at(0), OfferField::Channel)));
    // "Online" said how, not what: the channel keeps it, the purpose is for the user to say.
    CHECK_FALSE(choiceOf<OfferPurpose>(field(offers.at(1), OfferField::Purpose)));
    CHECK(choiceOf<OfferChannel>(field(offers.at(1), OfferField::Channel)) == OfferChannel::Online);
    CHECK(choiceOf<OfferPurpose>(field(offers.at(2), OfferField::Purpose)) == OfferPurpose::Buddy);
    CHECK(choiceOf<OfferPurpose>(field(offers.at(3), OfferField::Purpose)) == OfferPurpose::Other);
    // The retired column is emptied.
    Database db;
    REQUIRE(db.open(path, Database::Mode::ReadOnly));
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM offer WHERE kind IS NOT NULL")) == 0);
}

TEST_CASE("What works: the demo's offer and activities by effective element and level", "[whatworks]")
{
    test::Workspace workspace;
    OpenResult opened = ProjectOpener::open(test::copyDemo(workspace));
    REQUIRE(opened.ok());
    const WhatWorksCoverage coverage = whatWorksCoverage(*opened.document);
    const auto element = [](const char *key) {
        const std::vector<Choice> &all = choices(ChoiceList::EffectiveElement);
        for (int i = 0; i < int(all.size()); ++i) {
            if (QLatin1String(all.at(std::size_t(i)).key) == QLatin1String(key))
                return i;
        }
        return -1;
    };
    const int meeting = element("ontmoeten");
    const int contact = element("betekenisvol_contact");
    const int skills = element("sociale_vaardigheden");
    REQUIRE(meeting >= 0);
    // Buurtkamer, Verhalenatelier, Wandelgroep bring people together.
    CHECK(coverage.byElement.at(meeting).size() == 3);
    // The telephone circle, the buddy project, the activity in Kanaalzone and the home visits.
    CHECK(coverage.byElement.at(contact).size() == 4);
    CHECK(coverage.cells.at(contact).at(2).size() == 3); // of which three for people who are lonely
    CHECK(coverage.byElement.at(skills).isEmpty());
    CHECK(coverage.thinElements().contains(skills));
    CHECK_FALSE(coverage.thinElements().contains(meeting));
    // Protecting: three offers; the two campaign activities tagged so are done and no longer count.
    CHECK(coverage.byLevel.at(0).size() == 3);
    // Done or stopped activities and those without tags: counted apart.
    CHECK(coverage.untagged >= 1);
}
