#pragma once

#include "ChangeValue.h"
#include "ProjectTypes.h"

#include <variant>

namespace rk {

// The project's gemeente, title, start year and horizon, changed together.
struct ProjectInfoField
{
    using Key = std::monostate; // one per project
    using Value = ProjectInfo;
    static constexpr int mergeId = -1;

    static std::optional<Value> read(const ProjectDocument &document, Key);
    static bool write(ProjectDocument &document, Key, const Value &info);
    static QString text(Key, const Value &info);
    // The id and timestamps are not edited; only the content counts.
    static bool unchanged(Key, const Value &current, const Value &info) { return current.sameContent(info); }
};

using ProjectInfoCommand = ChangeValue<ProjectInfoField>;

} // namespace rk
