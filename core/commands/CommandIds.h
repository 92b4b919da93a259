#pragma once

namespace rk {

// Merge ids of undo commands that merge with their predecessor (typing into one field).
enum CommandId
{
    ChapterNotesCommandId = 1,
};

} // namespace rk
