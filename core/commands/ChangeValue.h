#pragma once

#include "CommandIds.h"
#include "DocumentCommand.h"

#include <chrono>
#include <functional>
#include <optional>

namespace rk {

// The clock the typing merge window is measured on: monotonic milliseconds. A test puts
// its own in, so that it can step past the window without sleeping.
class MergeClock
{
public:
    static qint64 now()
    {
        if (s_source)
            return s_source();
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }
    // An empty function puts the monotonic clock back.
    static void setSourceForTesting(std::function<qint64()> source) { s_source = std::move(source); }

private:
    static inline std::function<qint64()> s_source;
};

// One undo command for every plain value edit; `Field` says which value and how it is
// read, written and named:
//
//     struct SomeField
//     {
//         using Key = ...;   // which one: a chapter, (chapter, question), a cell; with ==
//         using Value = ...;
//         static constexpr int mergeId = ...; // CommandId for typing merges; -1: never merges
//         static std::optional<Value> read(const ProjectDocument &, const Key &); // nullopt: none
//         static bool write(ProjectDocument &, const Key &, const Value &);      // false: failed
//         static QString text(const Key &, const Value &newValue);                // the undo text
//         // Optional, for values with more than one spelling or partial merges:
//         static bool unchanged(const Key &, const Value &current, const Value &value); // ==
//         static bool mergeable(const Value &previous, const Value &next);            // true
//     };
//
// What holds for every field, here only: an edit that would change nothing is never
// pushed; redo() and undo() write at once, and a failed write makes the command obsolete
// (DocumentCommand); successive edits of one field with a merge id are one undo step
// while each follows the last within kTypingMergeWindowMs, and typing back to the old
// value leaves no step at all.
template <typename Field> class ChangeValue : public DocumentCommand
{
public:
    using Key = typename Field::Key;
    using Value = typename Field::Value;

    // Sets the value at `key` through the undo stack. Returns true without pushing when it
    // would not change; false when there is no such value or the write failed (then the
    // document has emitted writeFailed()).
    static bool push(ProjectDocument &document, const Key &key, const Value &value)
    {
        std::optional<Value> current = Field::read(document, key);
        if (!current)
            return false;
        if (unchanged(key, *current, value))
            return true;
        return pushAndCheck(document, new ChangeValue(&document, key, std::move(*current), value));
    }

    ChangeValue(ProjectDocument *document, Key key, Value oldValue, Value newValue)
        : DocumentCommand(document)
        , m_key(std::move(key))
        , m_old(std::move(oldValue))
        , m_new(std::move(newValue))
        , m_lastEdit(MergeClock::now())
    {
        setText(Field::text(m_key, m_new));
    }

    void redo() override { checkWrite(Field::write(document(), m_key, m_new)); }
    void undo() override { checkWrite(Field::write(document(), m_key, m_old)); }
    int id() const override { return Field::mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeValue *>(other);
        const qint64 now = MergeClock::now();
        // An edit whose write failed is not taken in: the file does not hold its value.
        if (!next || next->isObsolete() || !(next->m_key == m_key) || !mergeable(m_new, next->m_new) ||
            now - m_lastEdit > kTypingMergeWindowMs)
            return false;
        m_new = next->m_new;
        m_lastEdit = now;
        setText(Field::text(m_key, m_new));
        if (unchanged(m_key, m_old, m_new))
            setObsolete(true);
        return true;
    }

    const Key &key() const { return m_key; }
    const Value &oldValue() const { return m_old; }
    const Value &newValue() const { return m_new; }

private:
    static bool unchanged(const Key &key, const Value &current, const Value &value)
    {
        if constexpr (requires { Field::unchanged(key, current, value); })
            return Field::unchanged(key, current, value);
        else
            return current == value;
    }

    static bool mergeable(const Value &previous, const Value &next)
    {
        if constexpr (requires { Field::mergeable(previous, next); })
            return Field::mergeable(previous, next);
        else
            return true;
    }

    Key m_key;
    Value m_old;
    Value m_new;
    qint64 m_lastEdit; // MergeClock::now() of the last edit taken in
};

} // namespace rk
