#pragma once

#include "Chapter.h"

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
};
constexpr int kTableCount = 7;

enum class FieldType
{
    Text,      // one line, up to 500 characters
    LongText,  // several lines, up to 5,000 characters
    Integer,   // whole number or empty
    Real,      // number or empty
    Date,      // yyyy-MM-dd or empty
    Choice,    // one of a fixed list, stored as its index
    Flag,      // yes or no
    ChoiceSet, // several of a fixed list, stored as keys joined by ';'
};

enum class ChoiceList
{
    None,
    Audience,
    OfferKind,
    Channel
};

struct FieldSpec
{
    const char *column;
    FieldType type;
    const char *label; // untranslated, see fieldLabel()
    ChoiceList choices = ChoiceList::None;
};

struct TableSpec
{
    TableId id;
    const char *sqlName;
    ChapterId chapter;
    const char *title; // untranslated, see tableTitle()
    std::vector<FieldSpec> fields;
};

struct Record
{
    QString id;
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
std::vector<TableId> tablesOfChapter(ChapterId chapter);

QString tableTitle(TableId id);
QString fieldLabel(TableId id, int field);
const std::vector<Choice> &choices(ChoiceList list);
QString choiceLabel(ChoiceList list, int index);
// "krant;omroep" shown as "Lokale krant, Lokale omroep".
QString choiceSetLabel(ChoiceList list, const QString &keys);

int maxLength(FieldType type);
// Checks and normalises a value for a field: trims text, turns "" into empty numbers,
// rejects what does not fit. Returns false with the value unchanged when invalid.
bool normaliseValue(const FieldSpec &field, QVariant *value);
// A value as a person reads it (for search, CSV and reports).
QString displayValue(const FieldSpec &field, const QVariant &value);
Record emptyRecord(TableId id);

} // namespace rk
