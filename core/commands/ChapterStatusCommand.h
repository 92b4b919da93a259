#pragma once

#include "ChangeValue.h"
#include "Chapter.h"

namespace rk {

// The status (niet gestart / bezig / afgerond) of one chapter. Each change is its own step.
struct ChapterStatusField
{
    using Key = ChapterId;
    using Value = ChapterStatus;
    static constexpr int mergeId = -1;

    static std::optional<Value> read(const ProjectDocument &document, ChapterId chapter);
    static bool write(ProjectDocument &document, ChapterId chapter, ChapterStatus status);
    static QString text(ChapterId chapter, ChapterStatus status);
};

using ChapterStatusCommand = ChangeValue<ChapterStatusField>;

} // namespace rk
