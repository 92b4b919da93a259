#pragma once

#include "ChangeValue.h"
#include "Chapter.h"

namespace rk {

// The Markdown notes of one chapter. Successive commits of typing into the same chapter
// within a few seconds merge into one undo step.
struct ChapterNotesField
{
    using Key = ChapterId;
    using Value = QString;
    static constexpr int mergeId = ChapterNotesCommandId;

    static std::optional<Value> read(const ProjectDocument &document, ChapterId chapter);
    static bool write(ProjectDocument &document, ChapterId chapter, const Value &notes);
    static QString text(ChapterId chapter, const Value &notes);
};

using ChapterNotesCommand = ChangeValue<ChapterNotesField>;

} // namespace rk
