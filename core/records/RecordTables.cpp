#include "RecordTables.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <cmath>

namespace rk {

namespace {
const char *const kContext = "rk::Records";

const std::vector<TableSpec> kTables = {
    {TableId::LocalFigure,
     "local_figure",
     ChapterId::Verkenning,
     QT_TRANSLATE_NOOP("rk::Records", "Lokale cijfers"),
     {{"area", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Gebied of wijk")},
      {"subject", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Onderwerp")},
      {"value", FieldType::Real, QT_TRANSLATE_NOOP("rk::Records", "Waarde")},
      {"unit", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Eenheid")},
      {"year", FieldType::Integer, QT_TRANSLATE_NOOP("rk::Records", "Jaar")},
      {"source", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Bron")}}},
    {TableId::Persona,
     "persona",
     ChapterId::Verkenning,
     QT_TRANSLATE_NOOP("rk::Records", "Persona's"),
     {{"name", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Naam")},
      {"age_group", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Leeftijdsgroep")},
      {"situation", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Situatie")},
      {"life_events", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Levensgebeurtenissen")},
      {"helps", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Wat helpt")},
      {"does_not_help", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Wat helpt niet")}}},
    {TableId::LifeEventFocus,
     "life_event_focus",
     ChapterId::Preventie,
     QT_TRANSLATE_NOOP("rk::Records", "Levensgebeurtenissen"),
     {{"life_event", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Levensgebeurtenis")},
      {"vindplaatsen", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Vindplaatsen")},
      {"signallers", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Wie signaleert daar")},
      {"approach", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Aanpak")},
      {"timing", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Timing")}}},
    {TableId::Campaign,
     "campaign",
     ChapterId::Bewustwording,
     QT_TRANSLATE_NOOP("rk::Records", "Campagnes"),
     {{"name", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Naam")},
      {"audience", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Doelgroep"), ChoiceList::Audience},
      {"channels", FieldType::ChoiceSet, QT_TRANSLATE_NOOP("rk::Records", "Kanalen"), ChoiceList::Channel},
      {"start_date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Van")},
      {"end_date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Tot en met")},
      {"message", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Boodschap")},
      {"result", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Resultaat")}}},
    {TableId::Signaller,
     "signaller",
     ChapterId::SignalerenBespreken,
     QT_TRANSLATE_NOOP("rk::Records", "Signaleerders"),
     {{"who", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Wie")},
      {"where_met", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Waar ze mensen tegenkomen")},
      {"trained", FieldType::Flag, QT_TRANSLATE_NOOP("rk::Records", "Getraind")},
      {"trained_on", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Getraind op")}}},
    {TableId::MeldpuntCount,
     "meldpunt_count",
     ChapterId::SignalerenBespreken,
     QT_TRANSLATE_NOOP("rk::Records", "Meldingen bij het meldpunt (aantallen)"),
     {{"period_start", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Periode vanaf")},
      {"reports", FieldType::Integer, QT_TRANSLATE_NOOP("rk::Records", "Meldingen van inwoners")},
      {"offers", FieldType::Integer, QT_TRANSLATE_NOOP("rk::Records", "Aanmeldingen om te helpen")},
      {"note", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Toelichting")}}},
    {TableId::Offer,
     "offer",
     ChapterId::OndersteunenActiveren,
     QT_TRANSLATE_NOOP("rk::Records", "Lokaal aanbod"),
     // The retired column "kind" (schema 3-7) is left out: the migration to 8 moved it into
     // purpose and channel.
     {{"activity", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Activiteit")},
      {"purpose", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Wat het doet"), ChoiceList::OfferPurpose},
      {"channel", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Hoe het mensen bereikt"),
       ChoiceList::OfferChannel},
      {"for_whom", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Voor wie")},
      {"provider", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Aanbieder")},
      {"reach", FieldType::Integer, QT_TRANSLATE_NOOP("rk::Records", "Bereik (personen)")},
      {"elements", FieldType::ChoiceSet, QT_TRANSLATE_NOOP("rk::Records", "Werkzame elementen"),
       ChoiceList::EffectiveElement},
      {"levels", FieldType::ChoiceSet, QT_TRANSLATE_NOOP("rk::Records", "Niveau van preventie"),
       ChoiceList::PreventionLevel}}},
    {TableId::Goal,
     "goal",
     ChapterId::PlanVanAanpak,
     QT_TRANSLATE_NOOP("rk::Records", "Doelen"),
     {{"title", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Doel")},
      {"description", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Beschrijving")},
      {"target_group", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Doelgroep")},
      {"horizon_date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Te bereiken op")},
      {"status", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Status"), ChoiceList::GoalStatus}}},
    {TableId::Indicator,
     "indicator",
     ChapterId::PlanVanAanpak,
     QT_TRANSLATE_NOOP("rk::Records", "Indicatoren"),
     {{"name", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Indicator")},
      {"unit", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Eenheid"), ChoiceList::UnitKind},
      {"unit_label", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Eigen eenheid")},
      {"direction", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Richting"), ChoiceList::Direction},
      {"baseline_value", FieldType::Real, QT_TRANSLATE_NOOP("rk::Records", "Nulmeting")},
      {"baseline_date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Datum nulmeting")},
      {"target_value", FieldType::Real, QT_TRANSLATE_NOOP("rk::Records", "Streefwaarde")},
      {"target_date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Streefdatum")},
      {"source", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Bron")},
      {"notes", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Toelichting")},
      {"cadence", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Hoe vaak gemeten"), ChoiceList::Cadence},
      {"owner_id", FieldType::Reference, QT_TRANSLATE_NOOP("rk::Records", "Wie meet (organisatie)"), ChoiceList::None,
       int(TableId::Organisation)},
      {"statline_key", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Koppeling met StatLine")},
      {"kind", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Soort indicator"), ChoiceList::IndicatorKind}},
     int(TableId::Goal),
     "goal_id"},
    {TableId::Measurement,
     "measurement",
     ChapterId::MonitorenEvalueren,
     QT_TRANSLATE_NOOP("rk::Records", "Metingen"),
     {{"date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Datum")},
      {"value", FieldType::Real, QT_TRANSLATE_NOOP("rk::Records", "Waarde")},
      {"source", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Bron")},
      {"note", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Opmerking")},
      {"lower", FieldType::Real, QT_TRANSLATE_NOOP("rk::Records", "Ondergrens (95%)")},
      {"upper", FieldType::Real, QT_TRANSLATE_NOOP("rk::Records", "Bovengrens (95%)")}},
     int(TableId::Indicator),
     "indicator_id"},
    {TableId::Activity,
     "activity",
     ChapterId::PlanVanAanpak,
     QT_TRANSLATE_NOOP("rk::Records", "Activiteiten"),
     {{"title", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Activiteit")},
      {"goal_id", FieldType::Reference, QT_TRANSLATE_NOOP("rk::Records", "Voor doel"), ChoiceList::None,
       int(TableId::Goal)},
      {"chapter", FieldType::ChapterKey, QT_TRANSLATE_NOOP("rk::Records", "Hoofdstuk")},
      {"owner_id", FieldType::Reference, QT_TRANSLATE_NOOP("rk::Records", "Wie (organisatie)"), ChoiceList::None,
       int(TableId::Organisation)},
      {"start_date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Start")},
      {"end_date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Einde")},
      {"status", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Status"), ChoiceList::ActivityStatus},
      {"budget", FieldType::Money, QT_TRANSLATE_NOOP("rk::Records", "Budget")},
      {"target_group", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Doelgroep")},
      {"target_area", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Gebied (wijk of buurt)")},
      {"elements", FieldType::ChoiceSet, QT_TRANSLATE_NOOP("rk::Records", "Werkzame elementen"),
       ChoiceList::EffectiveElement},
      {"levels", FieldType::ChoiceSet, QT_TRANSLATE_NOOP("rk::Records", "Niveau van preventie"),
       ChoiceList::PreventionLevel}}},
    {TableId::Organisation,
     "organisation",
     ChapterId::SterkNetwerk,
     QT_TRANSLATE_NOOP("rk::Records", "Organisaties"),
     {{"name", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Naam")},
      {"kind", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Soort"), ChoiceList::OrganisationKind},
      {"sector", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Sector"), ChoiceList::Sector},
      {"roles", FieldType::ChoiceSet, QT_TRANSLATE_NOOP("rk::Records", "Rollen"), ChoiceList::OrganisationRole},
      {"stage", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Betrokkenheid"), ChoiceList::CommitmentStage},
      {"stage_date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Sinds")},
      {"wijken", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Wijken")},
      {"contact_name", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Contactpersoon"), ChoiceList::None, -1, true},
      {"contact_function", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Functie"), ChoiceList::None, -1, true},
      {"contact_email", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "E-mail"), ChoiceList::None, -1, true},
      {"contact_phone", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Telefoon"), ChoiceList::None, -1, true},
      {"notes", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Notities")}}},
    {TableId::Contribution,
     "contribution",
     ChapterId::Commitment,
     QT_TRANSLATE_NOOP("rk::Records", "Bijdragen"),
     {{"organisation_id", FieldType::Reference, QT_TRANSLATE_NOOP("rk::Records", "Organisatie"), ChoiceList::None,
       int(TableId::Organisation), false, true},
      {"goal_id", FieldType::Reference, QT_TRANSLATE_NOOP("rk::Records", "Doel"), ChoiceList::None, int(TableId::Goal),
       false, true},
      {"what", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Wat ze bijdragen")},
      {"agreed_on", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Afgesproken op")},
      {"status", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Status"), ChoiceList::ContributionStatus}},
     -1,
     nullptr,
     2},
    {TableId::Comparison,
     "comparison",
     ChapterId::MonitorenEvalueren,
     QT_TRANSLATE_NOOP("rk::Records", "Vergelijkingswaarden"),
     {{"area", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Gebied")},
      {"area_code", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Gebiedscode")},
      {"area_kind", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Soort gebied"), ChoiceList::AreaKind},
      {"date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Datum")},
      {"value", FieldType::Real, QT_TRANSLATE_NOOP("rk::Records", "Waarde")},
      {"lower", FieldType::Real, QT_TRANSLATE_NOOP("rk::Records", "Ondergrens (95%)")},
      {"upper", FieldType::Real, QT_TRANSLATE_NOOP("rk::Records", "Bovengrens (95%)")},
      {"source", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Bron")}},
     int(TableId::Indicator),
     "indicator_id"},
    {TableId::LogEntry,
     "log_entry",
     ChapterId::MonitorenEvalueren,
     QT_TRANSLATE_NOOP("rk::Records", "Logboek"),
     {{"date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Datum")},
      {"indicator_id", FieldType::Reference, QT_TRANSLATE_NOOP("rk::Records", "Over indicator"), ChoiceList::None,
       int(TableId::Indicator)},
      {"activity_id", FieldType::Reference, QT_TRANSLATE_NOOP("rk::Records", "Over activiteit"), ChoiceList::None,
       int(TableId::Activity)},
      {"text", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Wat we deden, wat er veranderde")}},
     -1,
     nullptr,
     3},
    {TableId::ChecklistRound,
     "checklist_round",
     ChapterId::MonitorenEvalueren,
     QT_TRANSLATE_NOOP("rk::Records", "Rondes van de checklist"),
     {{"title", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Ronde")},
      {"started", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Begonnen")},
      {"closed", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Afgesloten")},
      {"note", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Wat we leerden")}},
     -1,
     nullptr,
     0,
     true},
    {TableId::ChecklistRoundAnswer,
     "checklist_round_answer",
     ChapterId::MonitorenEvalueren,
     QT_TRANSLATE_NOOP("rk::Records", "Antwoorden van een ronde"),
     {{"chapter", FieldType::ChapterKey, QT_TRANSLATE_NOOP("rk::Records", "Hoofdstuk")},
      {"item_key", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Vraag")},
      {"answer", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Antwoord"), ChoiceList::ChecklistAnswer},
      {"comment", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Toelichting")}},
     int(TableId::ChecklistRound),
     "round_id",
     1,
     true},
    {TableId::PlanningMoment,
     "planning_moment",
     ChapterId::PlanVanAanpak,
     QT_TRANSLATE_NOOP("rk::Records", "Jaarplanning"),
     {{"title", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Moment")},
      {"kind", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Soort"), ChoiceList::PlanningKind},
      {"date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Datum")},
      {"end_date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Tot en met")},
      {"note", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Toelichting")}}},
    {TableId::Funding,
     "funding",
     ChapterId::PlanVanAanpak,
     QT_TRANSLATE_NOOP("rk::Records", "Geld per jaar"),
     {{"activity_id", FieldType::Reference, QT_TRANSLATE_NOOP("rk::Records", "Activiteit"), ChoiceList::None,
       int(TableId::Activity), false, true},
      {"year", FieldType::Integer, QT_TRANSLATE_NOOP("rk::Records", "Jaar"), ChoiceList::None, -1, false, false, 1900,
       2200},
      {"source", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Financieringsbron"), ChoiceList::FundingSource},
      {"budgeted", FieldType::Money, QT_TRANSLATE_NOOP("rk::Records", "Begroot")},
      {"spent", FieldType::Money, QT_TRANSLATE_NOOP("rk::Records", "Uitgegeven")},
      {"committed", FieldType::Money, QT_TRANSLATE_NOOP("rk::Records", "Verplicht")},
      {"note", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Toelichting")}},
     -1,
     nullptr,
     6},
    {TableId::CouncilReport,
     "council_report",
     ChapterId::MonitorenEvalueren,
     QT_TRANSLATE_NOOP("rk::Records", "Raadsrapportages"),
     {{"subject", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Onderwerp")},
      {"date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Datum")},
      {"reference_date", FieldType::Date, QT_TRANSLATE_NOOP("rk::Records", "Peildatum")},
      {"kenmerk", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Kenmerk")},
      {"status", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Status"), ChoiceList::ReportStatus},
      {"sender", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Afzender")},
      {"department", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Afdeling")},
      {"portfolio_holder", FieldType::Text, QT_TRANSLATE_NOOP("rk::Records", "Portefeuillehouder")},
      {"key_messages", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Kernboodschap (één punt per regel)")},
      {"ask_kind", FieldType::Choice, QT_TRANSLATE_NOOP("rk::Records", "Aan de raad"), ChoiceList::CouncilAsk},
      {"ask", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Wat we de raad vragen")},
      {"lessons", FieldType::LongText, QT_TRANSLATE_NOOP("rk::Records", "Wat we leerden")}}},
};

} // namespace

const std::vector<TableSpec> &tableSpecs()
{
    return kTables;
}

const TableSpec &tableSpec(TableId id)
{
    return kTables.at(std::size_t(id));
}

std::vector<TableId> tablesOfChapter(ChapterId chapter)
{
    std::vector<TableId> result;
    for (const TableSpec &spec : kTables) {
        if (spec.chapter == chapter && !spec.hasParent() && !spec.ownView)
            result.push_back(spec.id);
    }
    return result;
}

std::vector<TableId> childTablesOf(TableId table)
{
    std::vector<TableId> result;
    for (const TableSpec &spec : kTables) {
        if (spec.parentTable == int(table))
            result.push_back(spec.id);
    }
    return result;
}

std::vector<std::pair<TableId, int>> referencesTo(TableId table)
{
    std::vector<std::pair<TableId, int>> result;
    for (const TableSpec &spec : kTables) {
        for (int i = 0; i < int(spec.fields.size()); ++i) {
            if (spec.fields.at(std::size_t(i)).type == FieldType::Reference &&
                spec.fields.at(std::size_t(i)).referenceTable == int(table))
                result.emplace_back(spec.id, i);
        }
    }
    return result;
}

QString tableTitle(TableId id)
{
    return QCoreApplication::translate(kContext, tableSpec(id).title);
}

QString addRowLabel(TableId id)
{
    // No mnemonic: two tables on one page would share it, and Insert adds a row anyway.
    switch (id) {
    case TableId::LocalFigure:
        return QCoreApplication::translate("rk::Records", "Cijfer toevoegen");
    case TableId::Persona:
        return QCoreApplication::translate("rk::Records", "Persona toevoegen");
    case TableId::LifeEventFocus:
        return QCoreApplication::translate("rk::Records", "Levensgebeurtenis toevoegen");
    case TableId::Campaign:
        return QCoreApplication::translate("rk::Records", "Campagne toevoegen");
    case TableId::Signaller:
        return QCoreApplication::translate("rk::Records", "Signaleerder toevoegen");
    case TableId::MeldpuntCount:
        return QCoreApplication::translate("rk::Records", "Telling toevoegen");
    case TableId::Offer:
        return QCoreApplication::translate("rk::Records", "Aanbod toevoegen");
    case TableId::Goal:
        return QCoreApplication::translate("rk::Records", "Doel toevoegen");
    case TableId::Indicator:
        return QCoreApplication::translate("rk::Records", "Indicator toevoegen");
    case TableId::Measurement:
        return QCoreApplication::translate("rk::Records", "Meting toevoegen");
    case TableId::Activity:
        return QCoreApplication::translate("rk::Records", "Activiteit toevoegen");
    case TableId::Organisation:
        return QCoreApplication::translate("rk::Records", "Organisatie toevoegen");
    case TableId::Contribution:
        return QCoreApplication::translate("rk::Records", "Bijdrage toevoegen");
    case TableId::Comparison:
        return QCoreApplication::translate("rk::Records", "Vergelijkingswaarde toevoegen");
    case TableId::LogEntry:
        return QCoreApplication::translate("rk::Records", "Notitie toevoegen");
    case TableId::ChecklistRound:
        return QCoreApplication::translate("rk::Records", "Nieuwe ronde beginnen");
    case TableId::ChecklistRoundAnswer:
        return {};
    case TableId::PlanningMoment:
        return QCoreApplication::translate("rk::Records", "Moment toevoegen");
    case TableId::Funding:
        return QCoreApplication::translate("rk::Records", "Bedrag toevoegen");
    case TableId::CouncilReport:
        return QCoreApplication::translate("rk::Records", "Rapportage toevoegen");
    }
    return {};
}

QString fieldLabel(TableId id, int field)
{
    return QCoreApplication::translate(kContext, tableSpec(id).fields.at(std::size_t(field)).label);
}

int maxLength(FieldType type)
{
    return type == FieldType::LongText ? 5000 : 500;
}

bool isStorableText(const QString &text, int maxCharacters)
{
    if (text.contains(QChar(0)))
        return false;
    if (text.size() <= maxCharacters)
        return true;
    // Characters as SQLite counts them: a surrogate pair is one.
    qsizetype characters = text.size();
    for (const QChar c : text)
        characters -= c.isLowSurrogate() ? 1 : 0;
    return characters <= maxCharacters;
}

namespace {
bool isTrimmed(QStringView text)
{
    return text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace());
}

// As QString::simplified() would leave it: no white space at either end, and inside only
// single ordinary spaces.
bool isSimplified(QStringView text)
{
    if (!isTrimmed(text))
        return false;
    bool lastWasSpace = false;
    for (const QChar c : text) {
        if (!c.isSpace()) {
            lastWasSpace = false;
            continue;
        }
        if (lastWasSpace || c != QLatin1Char(' '))
            return false;
        lastWasSpace = true;
    }
    return true;
}
} // namespace

QDate storedDate(const QVariant &value)
{
    // By hand: QDate's own ISO reading also takes other separators and text after the date,
    // and costs ten times as much (charts and checks read every measurement's date).
    const QString text = value.toString();
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    int parts[3] = {0, 0, 0};
    int part = 0;
    for (int i = 0; i < 10; ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return {};
        parts[part] = parts[part] * 10 + (c - u'0');
    }
    return QDate(parts[0], parts[1], parts[2]); // invalid when the day does not exist
}

bool normaliseValue(const FieldSpec &field, QVariant *value)
{
    if (!value->isValid() || value->isNull()) {
        *value = (field.type == FieldType::Integer || field.type == FieldType::Real || field.type == FieldType::Choice)
                     ? QVariant()
                     : (field.type == FieldType::Flag ? QVariant(qint64(0)) : QVariant(QString()));
        return true;
    }
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText: {
        if (value->typeId() == QMetaType::QString) {
            // Most text arrives as it will be stored: then it is kept as it is, not copied.
            const QString &given = *static_cast<const QString *>(value->constData());
            if (given.size() <= maxLength(field.type) &&
                (field.type == FieldType::Text ? isSimplified(given) : isTrimmed(given)))
                return true;
        }
        QString text = value->toString();
        if (field.type == FieldType::Text)
            text = text.simplified();
        else
            text = text.trimmed();
        if (text.size() > maxLength(field.type))
            return false;
        *value = text;
        return true;
    }
    case FieldType::Integer:
    case FieldType::Choice:
    case FieldType::Flag: {
        if (value->typeId() == QMetaType::QString && value->toString().trimmed().isEmpty()) {
            *value = field.type == FieldType::Flag ? QVariant(qint64(0)) : QVariant();
            return true;
        }
        bool ok = false;
        const qint64 number = value->typeId() == QMetaType::QString ? QLocale().toLongLong(value->toString(), &ok)
                                                                    : value->toLongLong(&ok);
        if (!ok)
            return false;
        if (field.type == FieldType::Choice && (number < 0 || number >= qint64(choices(field.choices).size())))
            return false;
        if (field.type == FieldType::Flag && number != 0 && number != 1)
            return false;
        if (field.type == FieldType::Integer && (number < field.minimum || number > field.maximum))
            return false;
        *value = number;
        return true;
    }
    case FieldType::Reference: {
        const QString id = value->toString().trimmed();
        if (!id.isEmpty() && id.size() != 36)
            return false;
        *value = id;
        return true;
    }
    case FieldType::ChapterKey: {
        const QString key = value->toString().trimmed();
        if (!key.isEmpty() && !chapterFromKey(key))
            return false;
        *value = key;
        return true;
    }
    case FieldType::Real:
    case FieldType::Money: {
        if (value->typeId() == QMetaType::QString) {
            const QString text = value->toString().trimmed();
            if (text.isEmpty()) {
                *value = QVariant();
                return true;
            }
            // The UI language first, then Dutch (decimal comma), then a plain decimal point.
            bool ok = false;
            const QString plain = field.type == FieldType::Money ? QString(text).remove(QChar(0x20AC)).trimmed() : text;
            double number = QLocale().toDouble(plain, &ok);
            if (!ok)
                number = QLocale(QLocale::Dutch, QLocale::Netherlands).toDouble(plain, &ok);
            if (!ok)
                number = QLocale::c().toDouble(plain, &ok);
            if (!ok || !qIsFinite(number))
                return false;
            *value = number;
            return true;
        }
        bool ok = false;
        const double number = value->toDouble(&ok);
        if (!ok || !qIsFinite(number))
            return false;
        *value = number;
        return true;
    }
    case FieldType::Date: {
        const QString text =
            value->typeId() == QMetaType::QDate ? value->toDate().toString(Qt::ISODate) : value->toString().trimmed();
        if (!text.isEmpty() && !storedDate(text).isValid())
            return false;
        *value = text;
        return true;
    }
    case FieldType::ChoiceSet: {
        QStringList keys = value->toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QStringList known;
        for (const Choice &choice : choices(field.choices)) {
            if (keys.removeAll(QLatin1String(choice.key)) > 0)
                known.append(QLatin1String(choice.key));
        }
        if (!keys.isEmpty())
            return false;
        *value = known.join(QLatin1Char(';'));
        return true;
    }
    }
    return false;
}

QString displayValue(const FieldSpec &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return value.toString();
    case FieldType::Integer: {
        // Years and other four-digit numbers read best without a thousands separator.
        QLocale locale;
        if (std::abs(value.toLongLong()) < 10000)
            locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(value.toLongLong());
    }
    case FieldType::Real:
        return QLocale().toString(value.toDouble(), 'g', 12);
    case FieldType::Money: {
        // One form everywhere: whole euros without cents ("€ 18.000"), cents only where there are.
        const double amount = value.toDouble();
        return QLocale().toCurrencyString(amount, QStringLiteral("€"), amount == std::round(amount) ? 0 : 2);
    }
    case FieldType::Reference:
        return value.toString(); // the id; item models show the referenced row's title
    case FieldType::ChapterKey: {
        const auto chapter = chapterFromKey(value.toString());
        return chapter ? chapterTitle(*chapter) : QString();
    }
    case FieldType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
    }
    case FieldType::Choice:
        return choiceLabel(field.choices, int(value.toLongLong()));
    case FieldType::Flag:
        return value.toLongLong() != 0 ? QCoreApplication::translate("rk::Records", "ja")
                                       : QCoreApplication::translate("rk::Records", "nee");
    case FieldType::ChoiceSet:
        return choiceSetLabel(field.choices, value.toString());
    }
    return {};
}

QString expectedValue(const FieldSpec &field)
{
    const QLocale locale;
    switch (field.type) {
    case FieldType::Integer: {
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        return QCoreApplication::translate("rk::Records", "een heel getal van %1 tot en met %2")
            .arg(plain.toString(field.minimum), plain.toString(field.maximum));
    }
    case FieldType::Real:
        return QCoreApplication::translate("rk::Records", "een getal, zoals %1").arg(locale.toString(12.5));
    case FieldType::Money:
        return QCoreApplication::translate("rk::Records", "een bedrag in euro, zoals %1")
            .arg(locale.toString(1250.5, 'f', 2));
    case FieldType::Date:
        return QCoreApplication::translate("rk::Records", "een datum, zoals %1")
            .arg(locale.toString(QDate(2026, 12, 31), QLocale::ShortFormat));
    case FieldType::Text:
        return QCoreApplication::translate("rk::Records", "een tekst van hoogstens %1 tekens")
            .arg(maxLength(field.type));
    case FieldType::LongText:
        return QCoreApplication::translate("rk::Records", "een tekst van hoogstens %1 tekens")
            .arg(maxLength(field.type));
    case FieldType::Choice:
    case FieldType::Flag:
    case FieldType::ChoiceSet:
    case FieldType::Reference:
    case FieldType::ChapterKey:
        break;
    }
    return QCoreApplication::translate("rk::Records", "een van de keuzes in de lijst");
}

Record emptyRecord(TableId id)
{
    Record record;
    for (const FieldSpec &field : tableSpec(id).fields) {
        QVariant value;
        normaliseValue(field, &value);
        record.values.append(value);
    }
    return record;
}

std::vector<TableId> tablesParentsFirst()
{
    std::vector<TableId> order;
    std::vector<bool> placed(kTableCount, false);
    while (int(order.size()) < kTableCount) {
        for (int t = 0; t < kTableCount; ++t) {
            const TableSpec &spec = tableSpec(static_cast<TableId>(t));
            if (!placed.at(std::size_t(t)) && (!spec.hasParent() || placed.at(std::size_t(spec.parentTable)))) {
                placed.at(std::size_t(t)) = true;
                order.push_back(static_cast<TableId>(t));
            }
        }
    }
    return order;
}

} // namespace rk
