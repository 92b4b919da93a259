#include "merge/ProjectMerge.h"

#include "ProjectDocument.h"
#include "share/ShareCopy.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace rk::merge {

namespace {

// Empty text and no value are the same; numbers compare as numbers.
bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = !a.isValid() || a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bEmpty = !b.isValid() || b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    return a == b;
}

// The rows of one side by id, per table.
class Side
{
public:
    explicit Side(const ProjectDocument *document)
        : m_document(document)
    {
        if (!document)
            return;
        for (int t = 0; t < kTableCount; ++t) {
            const QList<Record> &rows = document->records(static_cast<TableId>(t));
            QHash<QString, const Record *> &byId = m_byId.at(std::size_t(t));
            byId.reserve(rows.size());
            for (const Record &row : rows) {
                byId.insert(row.id, &row);
                m_children.at(std::size_t(t))[row.parentId].append(&row);
            }
        }
    }
    bool exists() const { return m_document != nullptr; }
    const ProjectDocument *document() const { return m_document; }
    const Record *find(TableId table, const QString &id) const
    {
        return m_document ? m_byId.at(std::size_t(table)).value(id) : nullptr;
    }
    QList<const Record *> children(TableId table, const QString &parentId) const
    {
        return m_document ? m_children.at(std::size_t(table)).value(parentId) : QList<const Record *>();
    }
    // Whether any table holds `id` (ids are unique over all tables).
    bool holdsAnywhere(const QString &id) const
    {
        for (const auto &byId : m_byId) {
            if (byId.contains(id))
                return true;
        }
        return false;
    }

private:
    const ProjectDocument *m_document;
    std::array<QHash<QString, const Record *>, kTableCount> m_byId;
    std::array<QHash<QString, QList<const Record *>>, kTableCount> m_children;
};

// With `ignorePersonal`, contact persons' fields are not compared (one side is a copy without them).
bool sameRecord(TableId table, const Record &a, const Record &b, bool ignorePersonal)
{
    const TableSpec &spec = tableSpec(table);
    for (std::size_t f = 0; f < spec.fields.size(); ++f) {
        if (ignorePersonal && spec.fields.at(f).personal)
            continue;
        if (!sameValue(a.values.value(int(f)), b.values.value(int(f))))
            return false;
    }
    return true;
}

// The rows of `side` under `id` (children, grandchildren), in table order.
void collectDescendants(const Side &side, TableId table, const QString &id, QList<std::pair<TableId, Record>> *rows)
{
    for (TableId child : childTablesOf(table)) {
        for (const Record *row : side.children(child, id)) {
            rows->append({child, *row});
            collectDescendants(side, child, row->id, rows);
        }
    }
}

class Comparer
{
public:
    Comparer(const ProjectDocument *ancestor, const ProjectDocument &theirs, const ProjectDocument &mine)
        : m_ancestor(ancestor)
        , m_theirs(&theirs)
        , m_mine(&mine)
        , m_stripped(originOf(theirs).personalDataRemoved)
        , m_sharedOn(originOf(theirs).sharedOn)
    {
    }

    QList<Change> run()
    {
        compareProject();
        compareChapters();
        compareAnswers();
        compareChecklist();
        for (TableId table : tablesParentsFirst())
            compareTable(table);
        std::stable_sort(m_changes.begin(), m_changes.end(), [](const Change &a, const Change &b) {
            if (a.chapter != b.chapter)
                return a.chapter < b.chapter;
            return int(a.area) < int(b.area);
        });
        return m_changes;
    }

private:
    bool threeWay() const { return m_ancestor.exists(); }

    // One value three ways (or two): adds a change when theirs differs from what it was.
    void compareValue(Change change, const QVariant &before, const QVariant &theirs, const QVariant &mine)
    {
        if (threeWay()) {
            if (sameValue(theirs, before) || sameValue(theirs, mine))
                return;
            change.conflict = sameValue(mine, before) ? Conflict::None : Conflict::BothChanged;
        } else {
            if (sameValue(theirs, mine))
                return;
            change.conflict = Conflict::Unknown;
        }
        change.kind = ChangeKind::Changed;
        change.before = threeWay() ? before : QVariant();
        change.theirs = theirs;
        change.mine = mine;
        m_changes.append(change);
    }

    void compareProject()
    {
        const ProjectInfo &t = m_theirs.document()->project();
        const ProjectInfo &m = m_mine.document()->project();
        const ProjectInfo a = threeWay() ? m_ancestor.document()->project() : ProjectInfo();
        const QVariantList before = {a.gemeente, a.title, a.startYear, a.horizonYears};
        const QVariantList theirs = {t.gemeente, t.title, t.startYear, t.horizonYears};
        const QVariantList mine = {m.gemeente, m.title, m.startYear, m.horizonYears};
        for (int f = 0; f < 4; ++f) {
            Change change;
            change.area = Area::Project;
            change.field = f;
            compareValue(change, before.at(f), theirs.at(f), mine.at(f));
        }
    }

    void compareChapters()
    {
        for (const ChapterInfo &info : chapterInfos()) {
            const ChapterState &t = m_theirs.document()->chapter(info.id);
            const ChapterState &m = m_mine.document()->chapter(info.id);
            const ChapterState a = threeWay() ? m_ancestor.document()->chapter(info.id) : ChapterState();
            Change change;
            change.area = Area::Chapter;
            change.chapter = info.id;
            change.field = 0;
            compareValue(change, a.notes, t.notes, m.notes);
            change.field = 1;
            compareValue(change, int(a.status), int(t.status), int(m.status));
        }
    }

    // Values kept by chapter and key (answers, checklist entries), from the keys theirs and the
    // ancestor hold; `valueOf` reads one side's value.
    template <typename ValueOf>
    void compareKeyed(Area area, const QList<std::pair<ChapterId, QString>> &keys, ValueOf valueOf)
    {
        QSet<QString> seen;
        for (const auto &[chapter, key] : keys) {
            const QString seenKey = QString::number(int(chapter)) + QLatin1Char('/') + key;
            if (seen.contains(seenKey))
                continue;
            seen.insert(seenKey);
            Change change;
            change.area = area;
            change.chapter = chapter;
            change.recordId = key;
            const QVariant before = threeWay() ? valueOf(*m_ancestor.document(), chapter, key) : QVariant();
            compareValue(change, before, valueOf(*m_theirs.document(), chapter, key),
                         valueOf(*m_mine.document(), chapter, key));
        }
    }

    void compareAnswers()
    {
        QList<std::pair<ChapterId, QString>> keys;
        for (const Side *side : {&m_theirs, &m_ancestor}) {
            if (side->exists()) {
                for (const auto &entry : side->document()->answerEntries())
                    keys.append({entry.chapter, entry.questionKey});
            }
        }
        compareKeyed(Area::Answer, keys, [](const ProjectDocument &document, ChapterId chapter, const QString &key) {
            return QVariant(document.answer(chapter, key));
        });
    }

    void compareChecklist()
    {
        QList<std::pair<ChapterId, QString>> keys;
        for (const Side *side : {&m_theirs, &m_ancestor}) {
            if (side->exists()) {
                for (const auto &entry : side->document()->checklistEntries())
                    keys.append({entry.chapter, entry.itemKey});
            }
        }
        compareKeyed(Area::Checklist, keys, [](const ProjectDocument &document, ChapterId chapter, const QString &key) {
            const ChecklistEntry entry = document.checklistEntry(chapter, key);
            if (entry.answer == ChecklistAnswer::Unanswered && entry.comment.isEmpty())
                return QVariant();
            return QVariant(QVariantList{int(entry.answer), entry.comment});
        });
    }

    // Whether a row that is not in mine existed when the copy was shared (compared two ways:
    // then I removed it since, unless the copy's date is unknown).
    bool existedWhenShared(const Record &row) const
    {
        return !m_sharedOn.isEmpty() && !row.createdAt.isEmpty() && row.createdAt < m_sharedOn;
    }

    // Whether removing `row` of mine would take anything I changed or added since the ancestor.
    bool removalTakesMyWork(TableId table, const QString &id) const
    {
        const RemovalSnapshot taken = planRemoval(table, id, m_mine.document()->allRecords());
        for (const auto &entry : taken.rows) {
            const Record *before = m_ancestor.find(entry.table, entry.record.id);
            if (!before || !sameRecord(entry.table, *before, entry.record, m_stripped))
                return true;
        }
        return false;
    }

    // Whether they changed a row (or anything under it) since the ancestor, or added under it.
    bool theirWorkOn(TableId table, const Record &before, const Record &theirs) const
    {
        if (!sameRecord(table, before, theirs, m_stripped))
            return true;
        QList<std::pair<TableId, Record>> under;
        collectDescendants(m_theirs, table, theirs.id, &under);
        for (const auto &[childTable, row] : under) {
            const Record *was = m_ancestor.find(childTable, row.id);
            if (!was || !sameRecord(childTable, *was, row, m_stripped))
                return true;
        }
        return false;
    }

    // Whether `row` of mine goes when a row they removed goes: its parent, or a row it refers to
    // and goes with.
    bool goesWithTheirRemoval(TableId table, const Record &row) const
    {
        const TableSpec &spec = tableSpec(table);
        if (spec.hasParent() && removedByThem(static_cast<TableId>(spec.parentTable), row.parentId))
            return true;
        for (std::size_t f = 0; f < spec.fields.size(); ++f) {
            const FieldSpec &field = spec.fields.at(f);
            if (field.type == FieldType::Reference && field.removeWithReferenced &&
                removedByThem(static_cast<TableId>(field.referenceTable), row.values.value(int(f)).toString()))
                return true;
        }
        return false;
    }

    // Whether a reference of theirs points to a row that I removed.
    bool pointsToMyRemoval(const FieldSpec &field, const QString &target) const
    {
        const auto targetTable = static_cast<TableId>(field.referenceTable);
        return !target.isEmpty() && !m_mine.find(targetTable, target) && m_ancestor.find(targetTable, target);
    }
    bool pointsToMyRemoval(TableId table, const Record &row) const
    {
        const TableSpec &spec = tableSpec(table);
        for (std::size_t f = 0; f < spec.fields.size(); ++f) {
            const FieldSpec &field = spec.fields.at(f);
            if (field.type == FieldType::Reference && pointsToMyRemoval(field, row.values.value(int(f)).toString()))
                return true;
        }
        return false;
    }

    bool removedByThem(TableId table, const QString &id) const
    {
        return !id.isEmpty() && !m_theirs.find(table, id) && m_mine.find(table, id);
    }

    void compareTable(TableId table)
    {
        const TableSpec &spec = tableSpec(table);
        const auto parentTable = static_cast<TableId>(spec.parentTable);
        auto base = [&](const Record &row) {
            Change change;
            change.area = Area::Record;
            change.chapter = spec.chapter;
            change.table = table;
            change.recordId = row.id;
            change.parentId = row.parentId;
            return change;
        };
        for (const Record &theirRow : m_theirs.document()->records(table)) {
            const Record *mine = m_mine.find(table, theirRow.id);
            const Record *before = m_ancestor.find(table, theirRow.id);
            if (mine) {
                for (std::size_t f = 0; f < spec.fields.size(); ++f) {
                    const FieldSpec &field = spec.fields.at(f);
                    const QVariant theirs = theirRow.values.value(int(f));
                    Change change = base(theirRow);
                    change.field = int(f);
                    if (field.personal && m_stripped) {
                        // A copy without personal data never empties them; what they filled in
                        // is new to them, and a conflict only with a value of mine.
                        if (sameValue(theirs, QVariant()) || sameValue(theirs, mine->values.value(int(f))))
                            continue;
                        change.kind = ChangeKind::Changed;
                        change.theirs = theirs;
                        change.mine = mine->values.value(int(f));
                        change.conflict =
                            sameValue(change.mine, QVariant()) ? Conflict::None : Conflict::PersonalFilled;
                        m_changes.append(change);
                        continue;
                    }
                    // A reference they cleared by removing what it pointed to goes with that removal.
                    if (field.type == FieldType::Reference && before && sameValue(theirs, QVariant()) &&
                        removedByThem(static_cast<TableId>(field.referenceTable),
                                      before->values.value(int(f)).toString()))
                        continue;
                    compareValue(change, before ? before->values.value(int(f)) : QVariant(), theirs,
                                 mine->values.value(int(f)));
                    if (!m_changes.isEmpty() && m_changes.last().area == Area::Record &&
                        m_changes.last().recordId == theirRow.id && m_changes.last().field == int(f)) {
                        Change &added = m_changes.last();
                        if (!before && threeWay())
                            added.conflict = Conflict::Unknown;
                        if (field.type == FieldType::Reference && added.conflict == Conflict::None &&
                            pointsToMyRemoval(field, theirs.toString()))
                            added.conflict = Conflict::UnderRemoved;
                    }
                }
                continue;
            }
            // Not in mine: new rows of theirs, or rows I removed.
            const bool parentNewToo = spec.hasParent() && !m_mine.find(parentTable, theirRow.parentId) &&
                                      !m_ancestor.find(parentTable, theirRow.parentId) &&
                                      m_theirs.find(parentTable, theirRow.parentId);
            if (before || (!threeWay() && existedWhenShared(theirRow))) {
                // I removed it. Their work on it (or under it) is a conflict; otherwise there is
                // nothing to take. Under a parent I removed too, it is part of the parent's change.
                if (!before || (spec.hasParent() && !m_mine.find(parentTable, theirRow.parentId)))
                    continue;
                if (!theirWorkOn(table, *before, theirRow))
                    continue;
                Change change = base(theirRow);
                change.kind = ChangeKind::Changed;
                change.conflict = Conflict::UnderRemoved;
                change.rows.append({table, theirRow});
                collectDescendants(m_theirs, table, theirRow.id, &change.rows);
                m_changes.append(change);
                continue;
            }
            if (parentNewToo)
                continue; // comes with its new parent
            // New under a parent I removed: part of that parent's change.
            if (threeWay() && spec.hasParent() && !m_mine.find(parentTable, theirRow.parentId) &&
                m_ancestor.find(parentTable, theirRow.parentId))
                continue;
            Change change = base(theirRow);
            change.kind = ChangeKind::Added;
            change.rows.append({table, theirRow});
            collectDescendants(m_theirs, table, theirRow.id, &change.rows);
            if (!threeWay())
                change.conflict = m_sharedOn.isEmpty() ? Conflict::Unknown : Conflict::None;
            if (spec.hasParent() && !m_mine.find(parentTable, theirRow.parentId))
                change.conflict = Conflict::UnderRemoved;
            else if (pointsToMyRemoval(table, theirRow))
                change.conflict = Conflict::UnderRemoved;
            else if (spec.titleField >= 0 && change.conflict == Conflict::None) {
                const QString title = theirRow.values.value(spec.titleField).toString().trimmed();
                const QList<const Record *> siblings =
                    spec.hasParent() ? m_mine.children(table, theirRow.parentId) : QList<const Record *>();
                const QList<Record> &all = m_mine.document()->records(table);
                auto sameTitle = [&](const Record &other) {
                    return !m_ancestor.find(table, other.id) && other.values.value(spec.titleField)
                                                                        .toString()
                                                                        .trimmed()
                                                                        .compare(title, Qt::CaseInsensitive) == 0;
                };
                bool clash = false;
                if (!title.isEmpty()) {
                    if (spec.hasParent()) {
                        for (const Record *other : siblings)
                            clash = clash || sameTitle(*other);
                    } else {
                        for (const Record &other : all)
                            clash = clash || (threeWay() && sameTitle(other));
                    }
                }
                if (clash && (threeWay() || spec.hasParent()))
                    change.conflict = Conflict::SameTitle;
            }
            m_changes.append(change);
        }
        // Rows they removed.
        const QList<Record> &source =
            threeWay() ? m_ancestor.document()->records(table) : m_mine.document()->records(table);
        for (const Record &row : source) {
            if (m_theirs.find(table, row.id))
                continue;
            const Record *mine = m_mine.find(table, row.id);
            if (!mine)
                continue; // removed on both sides
            if (!threeWay() && !existedWhenShared(row))
                continue; // mine, added after the copy was made
            // A row that goes with a parent they removed (or with the row it belongs to, as a
            // contribution with its organisation) is part of that removal.
            if (goesWithTheirRemoval(table, *mine))
                continue;
            Change change = base(*mine);
            change.kind = ChangeKind::Removed;
            change.conflict = !threeWay()
                                  ? Conflict::Unknown
                                  : (removalTakesMyWork(table, row.id) ? Conflict::RemovedChanged : Conflict::None);
            m_changes.append(change);
        }
    }

    Side m_ancestor;
    Side m_theirs;
    Side m_mine;
    bool m_stripped;
    QString m_sharedOn;
    QList<Change> m_changes;
};

} // namespace

CopyOrigin originOf(const ProjectDocument &copy)
{
    CopyOrigin origin;
    origin.projectId = copy.project().id;
    origin.shareId = copy.metaValue(QLatin1String(share::kMetaShareId));
    origin.sharedOn = copy.metaValue(QLatin1String(share::kMetaSharedOn));
    origin.sharedBy = copy.metaValue(QLatin1String(share::kMetaSharedBy));
    origin.sharedWith = copy.metaValue(QLatin1String(share::kMetaSharedWith));
    origin.personalDataRemoved = copy.metaValue(QLatin1String(share::kMetaPersonalDataRemoved)) == QLatin1String("1");
    return origin;
}

int Comparison::conflictCount() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const Change &c) { return c.isConflict(); }));
}

Comparison compare(const ProjectDocument *ancestor, const ProjectDocument &theirs, const ProjectDocument &mine)
{
    Comparison comparison;
    comparison.origin = originOf(theirs);
    comparison.threeWay = ancestor != nullptr;
    comparison.changes = Comparer(ancestor, theirs, mine).run();
    return comparison;
}

void acceptAll(Comparison *comparison, bool conflictsToo)
{
    for (Change &change : comparison->changes)
        change.accepted = conflictsToo || !change.isConflict();
}

} // namespace rk::merge
