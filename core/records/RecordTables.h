#pragma once

#include "Chapter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <vector>

namespace rk {

// The structured tables of the chapter workbooks. One spec per table says which columns
// it has and how each is edited and checked; storage, undo commands, item models and
// search all work from these specs, so a new table is one spec and one CREATE TABLE.
enum class TableId
{
    LocalFigure,
    Persona,
    LifeEventFocus,
    Campaign,
    Signaller,
    MeldpuntCount,
    Offer,
    Goal,
    Indicator,
    Measurement,
    Activity,
    Organisation,
    Contribution,
    Comparison,
    LogEntry,
    ChecklistRound,
    ChecklistRoundAnswer,
    PlanningMoment,
    Funding,
    CouncilReport,
};
constexpr int kTableCount = 20;

enum class FieldType
{
    Text,       // one line, up to 500 characters
    LongText,   // several lines, up to 5,000 characters
    Integer,    // whole number or empty
    Real,       // number or empty
    Date,       // yyyy-MM-dd or empty
    Choice,     // one of a fixed list, stored as its index
    Flag,       // yes or no
    ChoiceSet,  // several of a fixed list, stored as keys joined by ';'
    Reference,  // the id of a row of another table, or empty
    ChapterKey, // a chapter's key, or empty
    Money,      // an amount in euro, or empty
};

enum class ChoiceList
{
    None,
    Audience,
    OfferKind,
    Channel,
    GoalStatus,
    UnitKind,
    Direction,
    ActivityStatus,
    OrganisationKind,
    OrganisationRole,
    CommitmentStage,
    ContributionStatus,
    Cadence,
    AreaKind,
    Sector,
    IndicatorKind,
    OfferPurpose,
    OfferChannel,
    EffectiveElement,
    PreventionLevel,
    ChecklistAnswer,
    PlanningKind,
    FundingSource,
    ReportStatus,
    CouncilAsk,
};

struct FieldSpec
{
    const char *column;
    FieldType type;
    const char *label; // untranslated, see fieldLabel()
    ChoiceList choices = ChoiceList::None;
    int referenceTable = -1; // a TableId, for FieldType::Reference
    // Personal data (of contact persons): left out of shared copies unless asked.
    bool personal = false;
    // For references: removing the referenced row removes this row too (a contribution
    // goes with its organisation); otherwise the reference is only cleared.
    bool removeWithReferenced = false;
    // For whole numbers: the values that make sense (a year between 1900 and 2200).
    qint64 minimum = -1000000000LL;
    qint64 maximum = 1000000000LL;
};

struct TableSpec
{
    TableId id;
    const char *sqlName;
    ChapterId chapter;
    const char *title; // untranslated, see tableTitle()
    std::vector<FieldSpec> fields;
    // Child tables belong to a row of their parent (an indicator to a goal); removing the
    // parent removes its children. They are shown inside their parent, not as own tabs.
    int parentTable = -1; // a TableId
    const char *parentColumn = nullptr;
    // The field that names a row (for references, lists and messages), or -1.
    int titleField = 0;
    // Shown and edited in a view of its own (the rounds of the checklist), not as a tab.
    bool ownView = false;

    bool hasParent() const { return parentTable >= 0; }
};

struct Record
{
    QString id;
    QString parentId;    // for child tables
    QVariantList values; // one per field, in spec order; QVariant() is empty
    QString createdAt;
};

struct Choice
{
    const char *key;
    const char *label;   // untranslated
    bool online = false; // for channels
};

const std::vector<TableSpec> &tableSpecs();
const TableSpec &tableSpec(TableId id);
// The tables shown as tabs of a chapter page (child tables are shown in their parent).
std::vector<TableId> tablesOfChapter(ChapterId chapter);
std::vector<TableId> childTablesOf(TableId table);
// Every table, each after its parent table (for rows added together).
std::vector<TableId> tablesParentsFirst();
// Tables with a Reference field to `table`, with that field's index.
std::vector<std::pair<TableId, int>> referencesTo(TableId table);

QString tableTitle(TableId id);
// What the button that adds a row says: "Doel toevoegen", "Meting toevoegen", ...
QString addRowLabel(TableId id);
QString fieldLabel(TableId id, int field);
const std::vector<Choice> &choices(ChoiceList list);
QString choiceLabel(ChoiceList list, int index);
// "krant;omroep" shown as "Lokale krant, Lokale omroep".
QString choiceSetLabel(ChoiceList list, const QString &keys);

int maxLength(FieldType type);
// Text as the file may hold it: no NUL character (SQLite's length() stops at one, so a
// CHECK on the length would let the rest through) and at most `maxCharacters` characters.
bool isStorableText(const QString &text, int maxCharacters);
// Checks and normalises a value for a field: trims text, turns "" into empty numbers,
// rejects what does not fit. Returns false with the value unchanged when invalid.
bool normaliseValue(const FieldSpec &field, QVariant *value);
// A stored date (exactly YYYY-MM-DD) as a date; invalid when empty or in any other form.
QDate storedDate(const QVariant &value);
// A value as a person reads it (for search, CSV and reports).
QString displayValue(const FieldSpec &field, const QVariant &value);
// What a field takes, for a message about a value that does not fit: "een heel getal van 1900
// tot en met 2200", "een bedrag in euro, zoals 1.250,50".
QString expectedValue(const FieldSpec &field);
Record emptyRecord(TableId id);

} // namespace rk
