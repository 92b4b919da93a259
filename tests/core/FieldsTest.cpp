// Fields and choices are read by name: these tests tie every name to its spec column,
// every choice enum to its list, and every list to the schema's CHECK constraint, so that
// a reordered or lengthened spec fails here instead of mislabelling data in silence.

#include "records/Fields.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QRegularExpression>

#include <initializer_list>
#include <utility>

using namespace rk;

namespace {

template<typename Field>
void checkFields(std::initializer_list<std::pair<Field, const char *>> names)
{
    const TableSpec &spec = tableSpec(FieldTable<Field>::table);
    INFO("table " << spec.sqlName);
    CHECK(names.size() == spec.fields.size());
    int expected = 0;
    for (const auto &[f, column] : names) {
        CHECK(fieldIndex(f) == expected++); // every enumerator listed, in order
        REQUIRE(fieldIndex(f) < int(spec.fields.size()));
        CHECK(QLatin1String(fieldSpec(f).column) == QLatin1String(column));
    }
}

template<typename Choice>
void checkChoices(Choice last, std::initializer_list<std::pair<Choice, const char *>> keys)
{
    const std::vector<rk::Choice> &list = choices(ChoiceEnumList<Choice>::list);
    CHECK(int(last) + 1 == int(list.size()));
    for (const auto &[value, key] : keys)
        CHECK(QLatin1String(list.at(std::size_t(value)).key) == QLatin1String(key));
}

} // namespace

TEST_CASE("Every field name is its spec's column, in order", "[fields]")
{
    using L = LocalFigureField;
    checkFields<L>({{L::Area, "area"}, {L::Subject, "subject"}, {L::Value, "value"}, {L::Unit, "unit"},
                    {L::Year, "year"}, {L::Source, "source"}});
    using P = PersonaField;
    checkFields<P>({{P::Name, "name"}, {P::AgeGroup, "age_group"}, {P::Situation, "situation"},
                    {P::LifeEvents, "life_events"}, {P::Helps, "helps"}, {P::DoesNotHelp, "does_not_help"}});
    using E = LifeEventFocusField;
    checkFields<E>({{E::LifeEvent, "life_event"}, {E::Vindplaatsen, "vindplaatsen"}, {E::Signallers, "signallers"},
                    {E::Approach, "approach"}, {E::Timing, "timing"}});
    using C = CampaignField;
    checkFields<C>({{C::Name, "name"}, {C::Audience, "audience"}, {C::Channels, "channels"},
                    {C::StartDate, "start_date"}, {C::EndDate, "end_date"}, {C::Message, "message"},
                    {C::Result, "result"}});
    using S = SignallerField;
    checkFields<S>({{S::Who, "who"}, {S::WhereMet, "where_met"}, {S::Trained, "trained"}, {S::TrainedOn, "trained_on"}});
    using M = MeldpuntCountField;
    checkFields<M>({{M::PeriodStart, "period_start"}, {M::Reports, "reports"}, {M::Offers, "offers"}, {M::Note, "note"}});
    using O = OfferField;
    checkFields<O>({{O::Activity, "activity"}, {O::Purpose, "purpose"}, {O::Channel, "channel"},
                    {O::ForWhom, "for_whom"}, {O::Provider, "provider"}, {O::Reach, "reach"},
                    {O::Elements, "elements"}, {O::Levels, "levels"}});
    using G = GoalField;
    checkFields<G>({{G::Title, "title"}, {G::Description, "description"}, {G::TargetGroup, "target_group"},
                    {G::HorizonDate, "horizon_date"}, {G::Status, "status"}});
    using I = IndicatorField;
    checkFields<I>({{I::Name, "name"}, {I::Unit, "unit"}, {I::UnitLabel, "unit_label"}, {I::Direction, "direction"},
                    {I::BaselineValue, "baseline_value"}, {I::BaselineDate, "baseline_date"},
                    {I::TargetValue, "target_value"}, {I::TargetDate, "target_date"}, {I::Source, "source"},
                    {I::Notes, "notes"}, {I::Cadence, "cadence"}, {I::OwnerId, "owner_id"},
                    {I::StatlineKey, "statline_key"}, {I::Kind, "kind"}});
    using Me = MeasurementField;
    checkFields<Me>({{Me::Date, "date"}, {Me::Value, "value"}, {Me::Source, "source"}, {Me::Note, "note"},
                     {Me::Lower, "lower"}, {Me::Upper, "upper"}});
    using A = ActivityField;
    checkFields<A>({{A::Title, "title"}, {A::GoalId, "goal_id"}, {A::Chapter, "chapter"}, {A::OwnerId, "owner_id"},
                    {A::StartDate, "start_date"}, {A::EndDate, "end_date"}, {A::Status, "status"},
                    {A::Budget, "budget"}, {A::TargetGroup, "target_group"}, {A::TargetArea, "target_area"},
                    {A::Elements, "elements"}, {A::Levels, "levels"}});
    using Or = OrganisationField;
    checkFields<Or>({{Or::Name, "name"}, {Or::Kind, "kind"}, {Or::Sector, "sector"}, {Or::Roles, "roles"},
                     {Or::Stage, "stage"},
                     {Or::StageDate, "stage_date"}, {Or::Wijken, "wijken"}, {Or::ContactName, "contact_name"},
                     {Or::ContactFunction, "contact_function"}, {Or::ContactEmail, "contact_email"},
                     {Or::ContactPhone, "contact_phone"}, {Or::Notes, "notes"}});
    using Co = ContributionField;
    checkFields<Co>({{Co::OrganisationId, "organisation_id"}, {Co::GoalId, "goal_id"}, {Co::What, "what"},
                     {Co::AgreedOn, "agreed_on"}, {Co::Status, "status"}});
    using Cm = ComparisonField;
    checkFields<Cm>({{Cm::Area, "area"}, {Cm::AreaCode, "area_code"}, {Cm::AreaKind, "area_kind"}, {Cm::Date, "date"},
                     {Cm::Value, "value"}, {Cm::Lower, "lower"}, {Cm::Upper, "upper"}, {Cm::Source, "source"}});
    using L2 = LogEntryField;
    checkFields<L2>({{L2::Date, "date"}, {L2::IndicatorId, "indicator_id"}, {L2::ActivityId, "activity_id"},
                     {L2::Text, "text"}});
}

TEST_CASE("Every choice enum has its list's length and keys", "[fields]")
{
    checkChoices(Audience::AllResidents, {{Audience::Signalers, "signaleerders"}, {Audience::AllResidents, "alle_inwoners"}});
    checkChoices(OfferKind::Other, {{OfferKind::Online, "online"}, {OfferKind::Buddy, "maatje"}});
    checkChoices(GoalStatus::Stopped, {{GoalStatus::Reached, "bereikt"}});
    checkChoices(UnitKind::Own, {{UnitKind::Percentage, "percentage"}, {UnitKind::Euro, "euro"}});
    checkChoices(Direction::LowerIsBetter, {{Direction::LowerIsBetter, "lager"}});
    checkChoices(ActivityStatus::Stopped, {{ActivityStatus::Done, "klaar"}, {ActivityStatus::Stopped, "gestopt"}});
    checkChoices(OrganisationKind::Anders,
                 {{OrganisationKind::Welzijn, "welzijn"}, {OrganisationKind::Ervaringsdeskundigen, "ervaringsdeskundigen"}});
    checkChoices(CommitmentStage::Afgehaakt, {{CommitmentStage::ActivePartner, "actief"}});
    checkChoices(ContributionStatus::Stopped, {{ContributionStatus::Delivered, "geleverd"}});
    checkChoices(Cadence::FourYears, {{Cadence::Month, "maand"}, {Cadence::Year, "jaar"}, {Cadence::FourYears, "vier_jaar"}});
    checkChoices(AreaKind::Buurt, {{AreaKind::Netherlands, "nederland"}, {AreaKind::Wijk, "wijk"}});
    checkChoices(Sector::Gemeente, {{Sector::Welzijn, "welzijn"}, {Sector::Wijkteam, "wijkteam"},
                                    {Sector::Ervaringsdeskundigen, "ervaringsdeskundigen"}});
    checkChoices(IndicatorKind::Outcome, {{IndicatorKind::Population, "bevolking"}});
    checkChoices(OfferPurpose::Other, {{OfferPurpose::OneToOne, "een_op_een"}, {OfferPurpose::Buddy, "maatje"}});
    checkChoices(OfferChannel::Paper, {{OfferChannel::Telephone, "telefoon"}, {OfferChannel::Online, "online"}});
}

TEST_CASE("Every choice field's CHECK constraint allows exactly its list", "[fields][schema]")
{
    Database db;
    REQUIRE(db.open(QString(), Database::Mode::Memory));
    REQUIRE(schema::create(db));
    int checked = 0;
    for (const TableSpec &spec : tableSpecs()) {
        const QString sql = db.queryText(
            QStringLiteral("SELECT group_concat(sql, ' ') FROM sqlite_schema WHERE tbl_name = '%1'")
                .arg(QLatin1String(spec.sqlName)));
        for (const FieldSpec &f : spec.fields) {
            if (f.type != FieldType::Choice)
                continue;
            INFO(spec.sqlName << "." << f.column);
            const QRegularExpression check(QStringLiteral("%1 INTEGER CHECK \\(%1 IS NULL OR %1 BETWEEN 0 AND (\\d+)\\)")
                                               .arg(QLatin1String(f.column)));
            const QRegularExpressionMatch match = check.match(sql);
            REQUIRE(match.hasMatch());
            CHECK(match.captured(1).toInt() + 1 == int(choices(f.choices).size()));
            ++checked;
        }
    }
    CHECK(checked >= 14);
}

TEST_CASE("Values are stored in one form: dates as YYYY-MM-DD, texts trimmed", "[fields]")
{
    const FieldSpec &date = tableSpec(TableId::Measurement).fields.at(std::size_t(fieldIndex(MeasurementField::Date)));
    REQUIRE(date.type == FieldType::Date);
    for (const char *good : {"2024-02-29", "1700-01-01", "9999-12-31", " 2024-09-01 ", ""}) {
        QVariant value = QString::fromLatin1(good);
        INFO(good);
        REQUIRE(normaliseValue(date, &value));
        CHECK(value.toString() == QString::fromLatin1(good).trimmed());
    }
    for (const char *bad : {"2023-02-29", "2024-13-01", "2024-00-10", "0000-01-01", "2024-1-01", "01-09-2024",
                            "2024/09/01", "20240901", "2024-09-01x", "abcd-ef-gh"}) {
        QVariant value = QString::fromLatin1(bad);
        INFO(bad);
        CHECK_FALSE(normaliseValue(date, &value));
    }
    QVariant fromDate = QDate(2025, 3, 1);
    REQUIRE(normaliseValue(date, &fromDate));
    CHECK(fromDate.toString() == QStringLiteral("2025-03-01"));

    const FieldSpec &source =
        tableSpec(TableId::Measurement).fields.at(std::size_t(fieldIndex(MeasurementField::Source)));
    REQUIRE(source.type == FieldType::Text);
    const std::vector<std::pair<QString, QString>> texts = {
        {QStringLiteral("GGD"), QStringLiteral("GGD")},
        {QStringLiteral("  GGD   monitor "), QStringLiteral("GGD monitor")},
        {QStringLiteral("GGD\tmonitor"), QStringLiteral("GGD monitor")},
        {QStringLiteral("GGD\nmonitor"), QStringLiteral("GGD monitor")},
        {QStringLiteral("a  b"), QStringLiteral("a b")},
    };
    for (const auto &[given, stored] : texts) {
        QVariant value = given;
        REQUIRE(normaliseValue(source, &value));
        CHECK(value.toString() == stored);
    }
    QVariant tooLong = QString(501, QLatin1Char('x'));
    CHECK_FALSE(normaliseValue(source, &tooLong));
}
