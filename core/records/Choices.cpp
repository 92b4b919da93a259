// The fixed choice lists of the chapter tables, in stored order (a value is stored as its
// index): the order is part of the file format, and Fields.h names each value.

#include "records/RecordTables.h"

#include <QCoreApplication>
#include <QStringList>

namespace rk {

namespace {

const char *const kContext = "rk::Records";

const std::vector<Choice> kOrganisationKind = {
    {"gemeente", QT_TRANSLATE_NOOP("rk::Records", "Gemeente")},
    {"welzijn", QT_TRANSLATE_NOOP("rk::Records", "Welzijn")},
    {"zorg", QT_TRANSLATE_NOOP("rk::Records", "Zorg")},
    {"huisartsenpraktijk", QT_TRANSLATE_NOOP("rk::Records", "Huisartsenpraktijk")},
    {"woningcorporatie", QT_TRANSLATE_NOOP("rk::Records", "Woningcorporatie")},
    {"voedselbank", QT_TRANSLATE_NOOP("rk::Records", "Voedselbank")},
    {"sport", QT_TRANSLATE_NOOP("rk::Records", "Sport")},
    {"cultuur", QT_TRANSLATE_NOOP("rk::Records", "Cultuur")},
    {"bibliotheek", QT_TRANSLATE_NOOP("rk::Records", "Bibliotheek")},
    {"onderwijs", QT_TRANSLATE_NOOP("rk::Records", "Onderwijs")},
    {"kerk", QT_TRANSLATE_NOOP("rk::Records", "Kerk of levensbeschouwing")},
    {"ondernemer", QT_TRANSLATE_NOOP("rk::Records", "Ondernemer")},
    {"vrijwilligersorganisatie", QT_TRANSLATE_NOOP("rk::Records", "Vrijwilligersorganisatie")},
    {"bewonersinitiatief", QT_TRANSLATE_NOOP("rk::Records", "Bewonersinitiatief")},
    {"ervaringsdeskundigen", QT_TRANSLATE_NOOP("rk::Records", "Ervaringsdeskundigen")},
    {"anders", QT_TRANSLATE_NOOP("rk::Records", "Anders")},
};

const std::vector<Choice> kOrganisationRole = {
    {"signaleerder", QT_TRANSLATE_NOOP("rk::Records", "Signaleerder")},
    {"vindplaats", QT_TRANSLATE_NOOP("rk::Records", "Vindplaats")},
    {"aanbieder", QT_TRANSLATE_NOOP("rk::Records", "Aanbieder")},
    {"coalitiepartner", QT_TRANSLATE_NOOP("rk::Records", "Coalitiepartner")},
    {"financier", QT_TRANSLATE_NOOP("rk::Records", "Financier")},
};

const std::vector<Choice> kCommitmentStage = {
    {"in_beeld", QT_TRANSLATE_NOOP("rk::Records", "In beeld")},
    {"benaderd", QT_TRANSLATE_NOOP("rk::Records", "Benaderd")},
    {"betrokken", QT_TRANSLATE_NOOP("rk::Records", "Betrokken")},
    {"actief", QT_TRANSLATE_NOOP("rk::Records", "Actief partner")},
    {"afgehaakt", QT_TRANSLATE_NOOP("rk::Records", "Afgehaakt")},
};

const std::vector<Choice> kContributionStatus = {
    {"voorgesteld", QT_TRANSLATE_NOOP("rk::Records", "Voorgesteld")},
    {"afgesproken", QT_TRANSLATE_NOOP("rk::Records", "Afgesproken")},
    {"geleverd", QT_TRANSLATE_NOOP("rk::Records", "Geleverd")},
    {"gestopt", QT_TRANSLATE_NOOP("rk::Records", "Gestopt")},
};

const std::vector<Choice> kGoalStatus = {
    {"concept", QT_TRANSLATE_NOOP("rk::Records", "Concept")},
    {"actief", QT_TRANSLATE_NOOP("rk::Records", "Actief")},
    {"bereikt", QT_TRANSLATE_NOOP("rk::Records", "Bereikt")},
    {"gestopt", QT_TRANSLATE_NOOP("rk::Records", "Gestopt")},
};

const std::vector<Choice> kUnitKind = {
    {"percentage", QT_TRANSLATE_NOOP("rk::Records", "Percentage")},
    {"aantal", QT_TRANSLATE_NOOP("rk::Records", "Aantal")},
    {"score", QT_TRANSLATE_NOOP("rk::Records", "Score")},
    {"euro", QT_TRANSLATE_NOOP("rk::Records", "Euro")},
    {"eigen", QT_TRANSLATE_NOOP("rk::Records", "Eigen eenheid")},
};

const std::vector<Choice> kDirection = {
    {"hoger", QT_TRANSLATE_NOOP("rk::Records", "Hoger is beter")},
    {"lager", QT_TRANSLATE_NOOP("rk::Records", "Lager is beter")},
};

const std::vector<Choice> kActivityStatus = {
    {"gepland", QT_TRANSLATE_NOOP("rk::Records", "Gepland")},
    {"bezig", QT_TRANSLATE_NOOP("rk::Records", "Bezig")},
    {"klaar", QT_TRANSLATE_NOOP("rk::Records", "Klaar")},
    {"gestopt", QT_TRANSLATE_NOOP("rk::Records", "Gestopt")},
};

const std::vector<Choice> kAudience = {
    {"signaleerders", QT_TRANSLATE_NOOP("rk::Records", "Signaleerders")},
    {"eenzame_inwoners", QT_TRANSLATE_NOOP("rk::Records", "Eenzame inwoners")},
    {"alle_inwoners", QT_TRANSLATE_NOOP("rk::Records", "Alle inwoners")},
};

const std::vector<Choice> kOfferKind = {
    {"ontmoeting", QT_TRANSLATE_NOOP("rk::Records", "Ontmoeting")},
    {"een_op_een", QT_TRANSLATE_NOOP("rk::Records", "Eén-op-één")},
    {"praktisch", QT_TRANSLATE_NOOP("rk::Records", "Praktische hulp")},
    {"online", QT_TRANSLATE_NOOP("rk::Records", "Online")},
    {"cultuur", QT_TRANSLATE_NOOP("rk::Records", "Cultuur")},
    {"maatje", QT_TRANSLATE_NOOP("rk::Records", "Maatje")},
    {"anders", QT_TRANSLATE_NOOP("rk::Records", "Anders")},
};

const std::vector<Choice> kChannels = {
    {"krant", QT_TRANSLATE_NOOP("rk::Records", "Lokale krant"), false},
    {"wijkkrant", QT_TRANSLATE_NOOP("rk::Records", "Wijkkrant"), false},
    {"omroep", QT_TRANSLATE_NOOP("rk::Records", "Lokale omroep"), false},
    {"post", QT_TRANSLATE_NOOP("rk::Records", "Kaart of brief per post"), false},
    {"posters", QT_TRANSLATE_NOOP("rk::Records", "Posters en folders"), false},
    {"bijeenkomst", QT_TRANSLATE_NOOP("rk::Records", "Bijeenkomst"), false},
    {"sociale_media", QT_TRANSLATE_NOOP("rk::Records", "Sociale media"), true},
    {"website", QT_TRANSLATE_NOOP("rk::Records", "Website"), true},
    {"nieuwsbrief", QT_TRANSLATE_NOOP("rk::Records", "E-mailnieuwsbrief"), true},
};

const std::vector<Choice> kCadence = {
    {"maand", QT_TRANSLATE_NOOP("rk::Records", "Elke maand")},
    {"kwartaal", QT_TRANSLATE_NOOP("rk::Records", "Elk kwartaal")},
    {"jaar", QT_TRANSLATE_NOOP("rk::Records", "Elk jaar")},
    {"twee_jaar", QT_TRANSLATE_NOOP("rk::Records", "Elke twee jaar")},
    {"vier_jaar", QT_TRANSLATE_NOOP("rk::Records", "Elke vier jaar")},
};

const std::vector<Choice> kAreaKind = {
    {"nederland", QT_TRANSLATE_NOOP("rk::Records", "Nederland")},
    {"ggd_regio", QT_TRANSLATE_NOOP("rk::Records", "GGD-regio")},
    {"gemeente", QT_TRANSLATE_NOOP("rk::Records", "Gemeente")},
    {"wijk", QT_TRANSLATE_NOOP("rk::Records", "Wijk")},
    {"buurt", QT_TRANSLATE_NOOP("rk::Records", "Buurt")},
};

// A checklist answer of a closed round; its index is ChecklistAnswer minus one (an unanswered
// item is an empty field).
const std::vector<Choice> kChecklistAnswer = {
    {"ja", QT_TRANSLATE_NOOP("rk::Records", "Ja")},
    {"deels", QT_TRANSLATE_NOOP("rk::Records", "Deels")},
    {"nee", QT_TRANSLATE_NOOP("rk::Records", "Nee")},
    {"nvt", QT_TRANSLATE_NOOP("rk::Records", "N.v.t.")},
};

// The fixed moments of the year that a local approach plans around.
const std::vector<Choice> kPlanningKind = {
    {"week_tegen_eenzaamheid", QT_TRANSLATE_NOOP("rk::Records", "Week tegen Eenzaamheid")},
    {"begroting", QT_TRANSLATE_NOOP("rk::Records", "Begroting")},
    {"voorjaarsnota", QT_TRANSLATE_NOOP("rk::Records", "Voorjaarsnota")},
    {"verantwoording", QT_TRANSLATE_NOOP("rk::Records", "Jaarverslag en verantwoording")},
    {"monitor", QT_TRANSLATE_NOOP("rk::Records", "Ronde van de Gezondheidsmonitor")},
    {"checklist", QT_TRANSLATE_NOOP("rk::Records", "Nieuwe ronde van de checklist")},
    {"coalitie", QT_TRANSLATE_NOOP("rk::Records", "Bijeenkomst van de coalitie")},
    {"anders", QT_TRANSLATE_NOOP("rk::Records", "Anders")},
};

// Where the money of an activity comes from.
const std::vector<Choice> kFundingSource = {
    {"gemeente", QT_TRANSLATE_NOOP("rk::Records", "Gemeentelijk budget")},
    {"rijk", QT_TRANSLATE_NOOP("rk::Records", "Rijksmiddelen")},
    {"fondsen", QT_TRANSLATE_NOOP("rk::Records", "Fondsen")},
    {"partners", QT_TRANSLATE_NOOP("rk::Records", "Eigen bijdrage van partners")},
    {"anders", QT_TRANSLATE_NOOP("rk::Records", "Anders")},
};

const std::vector<Choice> kReportStatus = {
    {"concept", QT_TRANSLATE_NOOP("rk::Records", "Concept")},
    {"definitief", QT_TRANSLATE_NOOP("rk::Records", "Definitief")},
};

// What a council document asks of the council.
const std::vector<Choice> kCouncilAsk = {
    {"kennisname", QT_TRANSLATE_NOOP("rk::Records", "Ter kennisname")},
    {"bespreking", QT_TRANSLATE_NOOP("rk::Records", "Ter bespreking")},
    {"besluitvorming", QT_TRANSLATE_NOOP("rk::Records", "Ter besluitvorming")},
};

// The sectors a local coalition draws from (see DOMAIN.md), to see who is missing.
const std::vector<Choice> kSector = {
    {"welzijn", QT_TRANSLATE_NOOP("rk::Records", "Welzijn")},
    {"zorg", QT_TRANSLATE_NOOP("rk::Records", "Zorg, huisartsen en praktijkondersteuners")},
    {"wijkteam", QT_TRANSLATE_NOOP("rk::Records", "Wijkteam")},
    {"ouderenadviseurs", QT_TRANSLATE_NOOP("rk::Records", "Ouderenadviseurs")},
    {"wonen", QT_TRANSLATE_NOOP("rk::Records", "Wonen")},
    {"onderwijs", QT_TRANSLATE_NOOP("rk::Records", "Onderwijs")},
    {"sport", QT_TRANSLATE_NOOP("rk::Records", "Sport")},
    {"cultuur", QT_TRANSLATE_NOOP("rk::Records", "Cultuur en bibliotheek")},
    {"levensbeschouwing", QT_TRANSLATE_NOOP("rk::Records", "Levensbeschouwing")},
    {"ondernemers", QT_TRANSLATE_NOOP("rk::Records", "Ondernemers")},
    {"inwonersinitiatief", QT_TRANSLATE_NOOP("rk::Records", "Inwonersinitiatieven")},
    {"ervaringsdeskundigen", QT_TRANSLATE_NOOP("rk::Records", "Ervaringsdeskundigen")},
    {"gemeente", QT_TRANSLATE_NOOP("rk::Records", "Gemeente")},
};

// What an indicator follows: how the inhabitants are doing (the monitor's figures, context
// for the first step of the compass), or what the approach itself achieves.
const std::vector<Choice> kIndicatorKind = {
    {"bevolking", QT_TRANSLATE_NOOP("rk::Records", "Hoe het met inwoners gaat (bevolking)")},
    {"resultaat", QT_TRANSLATE_NOOP("rk::Records", "Wat de aanpak bereikt (resultaat)")},
};

// What an offer does, apart from how it reaches people (schema 8 on).
const std::vector<Choice> kOfferPurpose = {
    {"ontmoeting", QT_TRANSLATE_NOOP("rk::Records", "Ontmoeting")},
    {"een_op_een", QT_TRANSLATE_NOOP("rk::Records", "Eén-op-één contact")},
    {"praktisch", QT_TRANSLATE_NOOP("rk::Records", "Praktische hulp")},
    {"bezigheden", QT_TRANSLATE_NOOP("rk::Records", "Cultuur en bezigheden")},
    {"maatje", QT_TRANSLATE_NOOP("rk::Records", "Maatje")},
    {"anders", QT_TRANSLATE_NOOP("rk::Records", "Anders")},
};

const std::vector<Choice> kOfferChannel = {
    {"in_persoon", QT_TRANSLATE_NOOP("rk::Records", "In persoon")},
    {"telefoon", QT_TRANSLATE_NOOP("rk::Records", "Telefonisch")},
    {"online", QT_TRANSLATE_NOOP("rk::Records", "Online")},
    {"papier", QT_TRANSLATE_NOOP("rk::Records", "Op papier of per post")},
};

// The effective elements of loneliness interventions (a Dutch review of 119 of them sorted
// them into seven), and reducing negative thoughts, which works at every age.
const std::vector<Choice> kEffectiveElement = {
    {"bezigheden", QT_TRANSLATE_NOOP("rk::Records", "Bezigheden")},
    {"ontmoeten", QT_TRANSLATE_NOOP("rk::Records", "Ontmoeten")},
    {"praktisch", QT_TRANSLATE_NOOP("rk::Records", "Praktisch ondersteunen")},
    {"betekenisvol_contact", QT_TRANSLATE_NOOP("rk::Records", "Betekenisvol contact")},
    {"sociale_vaardigheden", QT_TRANSLATE_NOOP("rk::Records", "Sociale vaardigheden")},
    {"realistische_verwachtingen", QT_TRANSLATE_NOOP("rk::Records", "Realistische verwachtingen")},
    {"betekenisvolle_rol", QT_TRANSLATE_NOOP("rk::Records", "Betekenisvolle rol")},
    {"negatieve_gedachten", QT_TRANSLATE_NOOP("rk::Records", "Negatieve gedachten verminderen")},
};

// The three levels of prevention: whom an activity serves.
const std::vector<Choice> kPreventionLevel = {
    {"beschermen", QT_TRANSLATE_NOOP("rk::Records", "Beschermen: mensen zonder risicofactoren")},
    {"risico", QT_TRANSLATE_NOOP("rk::Records", "Steunen: mensen met risicofactoren")},
    {"erger_voorkomen", QT_TRANSLATE_NOOP("rk::Records", "Erger voorkomen: mensen die eenzaam zijn")},
};

const std::vector<Choice> kNone;

} // namespace

const std::vector<Choice> &choices(ChoiceList list)
{
    switch (list) {
    case ChoiceList::Audience:
        return kAudience;
    case ChoiceList::OfferKind:
        return kOfferKind;
    case ChoiceList::Channel:
        return kChannels;
    case ChoiceList::GoalStatus:
        return kGoalStatus;
    case ChoiceList::UnitKind:
        return kUnitKind;
    case ChoiceList::Direction:
        return kDirection;
    case ChoiceList::ActivityStatus:
        return kActivityStatus;
    case ChoiceList::OrganisationKind:
        return kOrganisationKind;
    case ChoiceList::OrganisationRole:
        return kOrganisationRole;
    case ChoiceList::CommitmentStage:
        return kCommitmentStage;
    case ChoiceList::ContributionStatus:
        return kContributionStatus;
    case ChoiceList::Cadence:
        return kCadence;
    case ChoiceList::AreaKind:
        return kAreaKind;
    case ChoiceList::Sector:
        return kSector;
    case ChoiceList::IndicatorKind:
        return kIndicatorKind;
    case ChoiceList::OfferPurpose:
        return kOfferPurpose;
    case ChoiceList::OfferChannel:
        return kOfferChannel;
    case ChoiceList::EffectiveElement:
        return kEffectiveElement;
    case ChoiceList::PreventionLevel:
        return kPreventionLevel;
    case ChoiceList::ChecklistAnswer:
        return kChecklistAnswer;
    case ChoiceList::PlanningKind:
        return kPlanningKind;
    case ChoiceList::FundingSource:
        return kFundingSource;
    case ChoiceList::ReportStatus:
        return kReportStatus;
    case ChoiceList::CouncilAsk:
        return kCouncilAsk;
    case ChoiceList::None:
        break;
    }
    return kNone;
}

QString choiceLabel(ChoiceList list, int index)
{
    const std::vector<Choice> &all = choices(list);
    if (index < 0 || index >= int(all.size()))
        return {};
    return QCoreApplication::translate(kContext, all.at(std::size_t(index)).label);
}

QString choiceSetLabel(ChoiceList list, const QString &keys)
{
    QStringList labels;
    const QStringList selected = keys.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const std::vector<Choice> &all = choices(list);
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (selected.contains(QLatin1String(all.at(i).key)))
            labels.append(choiceLabel(list, int(i)));
    }
    return labels.join(QStringLiteral(", "));
}

} // namespace rk
