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

// Limits checked on every write and on every read of a file, so that a hostile
// file cannot make the app allocate without bound.
namespace limits {
constexpr int kNameLength = 200;
constexpr int kNotesLength = 200000;
constexpr int kMinYear = 2000;
constexpr int kMaxYear = 2100;
constexpr int kMaxHorizonYears = 10;
} // namespace limits

} // namespace rk
