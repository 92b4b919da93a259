#pragma once

#include "ChangeValue.h"
#include "ProjectTypes.h"

namespace rk {

// The answer and comment of one checklist item. Typing into the comment of the same item
// within a few seconds merges into one undo step; each change of the answer itself is
// its own step.
struct ChecklistEntryField
{
    struct Key
    {
        ChapterId chapter;
        QString itemKey;
        bool operator==(const Key &) const = default;
    };
    using Value = ChecklistEntry;
    static constexpr int mergeId = ChecklistEntryCommandId;

    static std::optional<Value> read(const ProjectDocument &document, const Key &key);
    static bool write(ProjectDocument &document, const Key &key, const Value &entry);
    static QString text(const Key &key, const Value &entry);
    static bool mergeable(const Value &previous, const Value &next) { return next.answer == previous.answer; }
};

using ChecklistEntryCommand = ChangeValue<ChecklistEntryField>;

} // namespace rk
