#pragma once

#include "records/RecordTables.h"

#include <QVariant>

#include <optional>

namespace rk {

// Every table's fields by name, in the order of its spec in records/RecordTables.cpp, and
// every choice list's values by name, in the order of its list. Code reads a field as
// field(record, GoalField::Title), never as values[0], and compares a choice with
// ActivityStatus::Done, never with 2. A test (FieldsTest) checks every name against its
// spec's column, every choice enum against its list and the schema's CHECK constraints, so
// a reordered spec fails the tests instead of mislabelling a report column in silence.

enum class LocalFigureField { Area, Subject, Value, Unit, Year, Source };
enum class PersonaField { Name, AgeGroup, Situation, LifeEvents, Helps, DoesNotHelp };
enum class LifeEventFocusField { LifeEvent, Vindplaatsen, Signallers, Approach, Timing };
enum class CampaignField { Name, Audience, Channels, StartDate, EndDate, Message, Result };
enum class SignallerField { Who, WhereMet, Trained, TrainedOn };
enum class MeldpuntCountField { PeriodStart, Reports, Offers, Note };
enum class OfferField { Activity, Purpose, Channel, ForWhom, Provider, Reach, Elements, Levels };
enum class GoalField { Title, Description, TargetGroup, HorizonDate, Status };
enum class IndicatorField
{
    Name,
    Unit,
    UnitLabel,
    Direction,
    BaselineValue,
    BaselineDate,
    TargetValue,
    TargetDate,
    Source,
    Notes,
    Cadence,
    OwnerId,
    StatlineKey,
    Kind
};
enum class MeasurementField { Date, Value, Source, Note, Lower, Upper };
enum class ActivityField
{
    Title,
    GoalId,
    Chapter,
    OwnerId,
    StartDate,
    EndDate,
    Status,
    Budget,
    TargetGroup,
    TargetArea,
    Elements,
    Levels
};
enum class OrganisationField
{
    Name,
    Kind,
    Sector,
    Roles,
    Stage,
    StageDate,
    Wijken,
    ContactName,
    ContactFunction,
    ContactEmail,
    ContactPhone,
    Notes
};
enum class ContributionField { OrganisationId, GoalId, What, AgreedOn, Status };
enum class ComparisonField { Area, AreaCode, AreaKind, Date, Value, Lower, Upper, Source };
enum class LogEntryField { Date, IndicatorId, ActivityId, Text };
enum class ChecklistRoundField { Title, Started, Closed, Note };
enum class ChecklistRoundAnswerField { Chapter, ItemKey, Answer, Comment };
enum class PlanningMomentField { Title, Kind, Date, EndDate, Note };
enum class FundingField { ActivityId, Year, Source, Budgeted, Spent, Committed, Note };
enum class CouncilReportField
{
    Subject,
    Date,
    ReferenceDate,
    Kenmerk,
    Status,
    Sender,
    Department,
    PortfolioHolder,
    KeyMessages,
    AskKind,
    Ask,
    Lessons
};

// Which table each field enum belongs to.
template<typename Field>
struct FieldTable;
#define RK_FIELD_TABLE(FieldEnum, Table)                                                                               \
    template<>                                                                                                         \
    struct FieldTable<FieldEnum>                                                                                       \
    {                                                                                                                  \
        static constexpr TableId table = TableId::Table;                                                               \
    };
RK_FIELD_TABLE(LocalFigureField, LocalFigure)
RK_FIELD_TABLE(PersonaField, Persona)
RK_FIELD_TABLE(LifeEventFocusField, LifeEventFocus)
RK_FIELD_TABLE(CampaignField, Campaign)
RK_FIELD_TABLE(SignallerField, Signaller)
RK_FIELD_TABLE(MeldpuntCountField, MeldpuntCount)
RK_FIELD_TABLE(OfferField, Offer)
RK_FIELD_TABLE(GoalField, Goal)
RK_FIELD_TABLE(IndicatorField, Indicator)
RK_FIELD_TABLE(MeasurementField, Measurement)
RK_FIELD_TABLE(ActivityField, Activity)
RK_FIELD_TABLE(OrganisationField, Organisation)
RK_FIELD_TABLE(ContributionField, Contribution)
RK_FIELD_TABLE(ComparisonField, Comparison)
RK_FIELD_TABLE(LogEntryField, LogEntry)
RK_FIELD_TABLE(ChecklistRoundField, ChecklistRound)
RK_FIELD_TABLE(ChecklistRoundAnswerField, ChecklistRoundAnswer)
RK_FIELD_TABLE(PlanningMomentField, PlanningMoment)
RK_FIELD_TABLE(FundingField, Funding)
RK_FIELD_TABLE(CouncilReportField, CouncilReport)
#undef RK_FIELD_TABLE

// The position of a field in its record's values and in its spec.
template<typename Field>
constexpr int fieldIndex(Field f)
{
    return int(f);
}

template<typename Field>
QVariant field(const Record &record, Field f)
{
    return record.values.value(fieldIndex(f));
}

template<typename Field>
void setField(Record &record, Field f, const QVariant &value)
{
    record.values[fieldIndex(f)] = value;
}

template<typename Field>
const FieldSpec &fieldSpec(Field f)
{
    return tableSpec(FieldTable<Field>::table).fields.at(std::size_t(fieldIndex(f)));
}

// A field as a person reads it (labels for choices, dates in the UI's form, ...).
template<typename Field>
QString displayField(const Record &record, Field f)
{
    return displayValue(fieldSpec(f), field(record, f));
}

// The values of the choice lists, in list order (stored as their index).
enum class Audience { Signalers, LonelyResidents, AllResidents };
// The offer's kind before schema 8 (its column is retired; the migration reads it).
enum class OfferKind { Meeting, OneToOne, Practical, Online, Culture, Buddy, Other };
enum class OfferPurpose { Meeting, OneToOne, Practical, Activities, Buddy, Other };
enum class OfferChannel { InPerson, Telephone, Online, Paper };
enum class GoalStatus { Draft, Active, Reached, Stopped };
enum class UnitKind { Percentage, Count, Score, Euro, Own };
enum class Direction { HigherIsBetter, LowerIsBetter };
enum class ActivityStatus { Planned, Running, Done, Stopped };
enum class OrganisationKind
{
    Gemeente,
    Welzijn,
    Zorg,
    Huisartsenpraktijk,
    Woningcorporatie,
    Voedselbank,
    Sport,
    Cultuur,
    Bibliotheek,
    Onderwijs,
    Kerk,
    Ondernemer,
    Vrijwilligersorganisatie,
    Bewonersinitiatief,
    Ervaringsdeskundigen,
    Anders
};
enum class CommitmentStage { InBeeld, Benaderd, Betrokken, ActivePartner, Afgehaakt };
enum class ContributionStatus { Proposed, Agreed, Delivered, Stopped };
enum class Cadence { Month, Quarter, Year, TwoYears, FourYears };
enum class AreaKind { Netherlands, GgdRegion, Municipality, Wijk, Buurt };
enum class Sector
{
    Welzijn,
    Zorg,
    Wijkteam,
    Ouderenadviseurs,
    Wonen,
    Onderwijs,
    Sport,
    Cultuur,
    Levensbeschouwing,
    Ondernemers,
    Inwonersinitiatief,
    Ervaringsdeskundigen,
    Gemeente
};
enum class IndicatorKind { Population, Outcome };
enum class FundingSource { Gemeente, Rijk, Fondsen, Partners, Anders };
enum class ReportStatus { Concept, Definitief };
enum class CouncilAsk { Kennisname, Bespreking, Besluitvorming };
enum class PlanningKind { WeekTegenEenzaamheid, Begroting, Voorjaarsnota, Verantwoording, Monitor, Checklist, Coalitie, Anders };

// Which choice list each choice enum names.
template<typename Choice>
struct ChoiceEnumList;
#define RK_CHOICE_LIST(ChoiceEnum)                                                                                     \
    template<>                                                                                                         \
    struct ChoiceEnumList<ChoiceEnum>                                                                                  \
    {                                                                                                                  \
        static constexpr ChoiceList list = ChoiceList::ChoiceEnum;                                                     \
    };
RK_CHOICE_LIST(Audience)
RK_CHOICE_LIST(OfferKind)
RK_CHOICE_LIST(GoalStatus)
RK_CHOICE_LIST(UnitKind)
RK_CHOICE_LIST(Direction)
RK_CHOICE_LIST(ActivityStatus)
RK_CHOICE_LIST(OrganisationKind)
RK_CHOICE_LIST(CommitmentStage)
RK_CHOICE_LIST(ContributionStatus)
RK_CHOICE_LIST(Cadence)
RK_CHOICE_LIST(AreaKind)
RK_CHOICE_LIST(Sector)
RK_CHOICE_LIST(IndicatorKind)
RK_CHOICE_LIST(OfferPurpose)
RK_CHOICE_LIST(OfferChannel)
RK_CHOICE_LIST(PlanningKind)
RK_CHOICE_LIST(FundingSource)
RK_CHOICE_LIST(ReportStatus)
RK_CHOICE_LIST(CouncilAsk)
#undef RK_CHOICE_LIST

// A stored choice as its enum; std::nullopt when the field is empty or out of range.
template<typename Choice>
std::optional<Choice> choiceOf(const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull())
        return std::nullopt;
    const qint64 index = stored.toLongLong();
    if (index < 0 || index >= qint64(choices(ChoiceEnumList<Choice>::list).size()))
        return std::nullopt;
    return static_cast<Choice>(index);
}

// The stored form of a choice.
template<typename Choice>
QVariant storedChoice(Choice choice)
{
    return qint64(choice);
}

} // namespace rk
