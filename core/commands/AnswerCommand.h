#pragma once

#include "ChangeValue.h"
#include "Chapter.h"

namespace rk {

// The answer to one guidance question. Typing into the same answer within a few seconds
// merges into one undo step.
struct AnswerField
{
    struct Key
    {
        ChapterId chapter;
        QString questionKey;
        bool operator==(const Key &) const = default;
    };
    using Value = QString;
    static constexpr int mergeId = AnswerCommandId;

    static std::optional<Value> read(const ProjectDocument &document, const Key &key);
    static bool write(ProjectDocument &document, const Key &key, const Value &answer);
    static QString text(const Key &key, const Value &answer);
};

using AnswerCommand = ChangeValue<AnswerField>;

} // namespace rk
