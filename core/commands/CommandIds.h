#pragma once

#include <QtGlobal>

namespace rk {

// Merge ids of undo commands that merge with their predecessor (typing into one field):
// one per ChangeValue<Field>, so that only commands of one kind are asked to merge.
enum CommandId
{
    ChapterNotesCommandId = 1,
    AnswerCommandId = 2,
    ChecklistEntryCommandId = 3,
};

// Successive typing into one field is one undo step while each edit follows the last
// within this time (measured on MergeClock, see ChangeValue.h).
constexpr qint64 kTypingMergeWindowMs = 5000;

} // namespace rk
