#pragma once

#include <QtGlobal>

namespace rk {

// Merge ids of undo commands that merge with their predecessor (typing into one field).
enum CommandId
{
    ChapterNotesCommandId = 1,
    AnswerCommandId = 2,
    ChecklistEntryCommandId = 3,
};

// Successive typing into one field within this time is one undo step.
constexpr qint64 kTypingMergeWindowMs = 5000;

} // namespace rk
