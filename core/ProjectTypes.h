#pragma once

#include "Chapter.h"

#include <QByteArray>
#include <QString>

namespace rk {

// Plain data held by a project file. Timestamps are UTC ISO 8601 text as stored.

// How the project's reports look and whom they come from: a logo (PNG or SVG, checked by
// core/text/HouseStyleCheck before it is stored and again before it is used), the house colour
// ("#rrggbb", empty for the default), a font family (empty for the default), the sender and
// the department. Empty fields mean the report's own defaults.
struct HouseStyle
{
    QByteArray logo;
    QString logoFormat; // "png" or "svg"; empty without a logo
    QString colour;
    QString font;
    QString sender;
    QString department;

    bool operator==(const HouseStyle &other) const = default;
};

struct ProjectInfo
{
    QString id;
    QString gemeente;
    QString title;
    int startYear = 0;
    int horizonYears = 3;
    QString createdAt;
    QString updatedAt;
    HouseStyle style;

    int endYear() const { return startYear + horizonYears - 1; }
    bool sameContent(const ProjectInfo &other) const
    {
        return gemeente == other.gemeente && title == other.title && startYear == other.startYear &&
               horizonYears == other.horizonYears && style == other.style;
    }
};

struct ChapterState
{
    QString id;
    ChapterId chapter = ChapterId::Verkenning;
    ChapterStatus status = ChapterStatus::NotStarted;
    QString notes; // Markdown, never HTML
    QString updatedAt;
};

// The answer to one checklist item: ja / deels / nee / n.v.t., or not answered yet.
enum class ChecklistAnswer
{
    Unanswered = 0,
    Yes = 1,
    Partly = 2,
    No = 3,
    NotApplicable = 4
};

struct ChecklistEntry
{
    ChecklistAnswer answer = ChecklistAnswer::Unanswered;
    QString comment;

    bool operator==(const ChecklistEntry &other) const { return answer == other.answer && comment == other.comment; }
};

QString checklistAnswerName(ChecklistAnswer answer);

// One checklist item's entry, with where it belongs.
struct ChecklistItemEntry
{
    ChapterId chapter = ChapterId::Verkenning;
    QString itemKey;
    ChecklistEntry entry;
};

// A copy the project sent out for sharing (kept so that the copy, when it comes back, can be
// compared with what was sent). The copy itself carries the id in its project_meta.
struct SentShare
{
    QString id;
    QString sharedAt;   // UTC, as stored
    QString sharedBy;   // the name of who shared it
    QString sharedWith; // the address it was sent to, or empty
    bool personalDataRemoved = true;
};

// One committed edit as the history keeps it (schema 11). Values are as stored, as text.
struct HistoryEntry
{
    QString at;      // UTC, as stored
    QString author;  // who made it (the name set in the settings)
    QString step;    // the step it belongs to, for steps of many edits (a merge, an import)
    QString change;  // "added", "changed" or "removed"
    QString chapter; // a chapter's key, or empty
    QString target;  // a table's name, or "answer", "checklist", "notes", "status", "project"
    QString record;  // a row's id, a question's or item's key, or empty
    QString field;   // a column, or empty
    QString oldValue;
    QString newValue; // for rows added or removed: the row's title, or how many rows
};

struct HistoryFilter
{
    QString author;   // empty: everyone
    QString chapter;  // a chapter's key; empty: all
    QString record;   // a row's id; empty: all
    QString from, to; // UTC dates (yyyy-MM-dd), inclusive; empty: open
    int limit = 5000; // the newest this many
};

// Limits checked on every write and on every read of a file, so that a hostile
// file cannot make the app allocate without bound.
namespace limits {
constexpr int kNameLength = 200;
constexpr int kNotesLength = 200000;
constexpr int kMinYear = 2000;
constexpr int kMaxYear = 2100;
constexpr int kMaxHorizonYears = 10;
constexpr int kAnswerLength = 20000;
constexpr int kCommentLength = 5000;
constexpr int kMaxRecordsPerTable = 100000;
constexpr int kMaxLogoBytes = 512 * 1024;
constexpr int kMaxLogoSide = 4000; // pixels of a PNG logo, or the size an SVG logo declares
constexpr int kFontNameLength = 100;
constexpr int kShareAddressLength = 500;
// The copies a project keeps of what it sent: the newest few, each at most 64 parts of 1 MB.
constexpr int kKeptShares = 5;
constexpr int kSharePartBytes = 1024 * 1024;
constexpr int kMaxShareParts = 64;
} // namespace limits

} // namespace rk
