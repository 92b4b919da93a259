#pragma once

#include "Chapter.h"

#include <QString>

namespace rk {

// Plain data held by a project file. Timestamps are UTC ISO 8601 text as stored.

struct ProjectInfo
{
    QString id;
    QString gemeente;
    QString title;
    int startYear = 0;
    int horizonYears = 3;
    QString createdAt;
    QString updatedAt;

    int endYear() const { return startYear + horizonYears - 1; }
    bool sameContent(const ProjectInfo &other) const
    {
        return gemeente == other.gemeente && title == other.title && startYear == other.startYear &&
               horizonYears == other.horizonYears;
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
} // namespace limits

} // namespace rk
