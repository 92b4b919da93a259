#include "merge/ProjectMerge.h"

#include "ProjectDocument.h"

#include <QCoreApplication>
#include <QSet>

// The accepted changes of a comparison as one step, with the references kept whole.
namespace rk::merge {

MergePlan plan(const Comparison &comparison, const ProjectDocument &mine)
{
    MergePlan result;
    RecordChanges &changes = result.changes;
    // What will be there after the merge: mine, less the removals, plus the new rows.
    RecordTablesContent after = mine.allRecords();
    for (const Change &change : comparison.changes) {
        if (change.accepted && change.area == Area::Record && change.kind == ChangeKind::Removed) {
            const RemovalSnapshot snapshot = planRemoval(change.table, change.recordId, after);
            if (snapshot.rows.isEmpty())
                continue;
            removeFromContent(snapshot, &after);
            changes.removals.append({change.table, change.recordId, {}});
            ++result.count;
        }
    }
    std::array<QSet<QString>, kTableCount> present;
    for (int t = 0; t < kTableCount; ++t) {
        for (const Record &row : after.at(std::size_t(t)))
            present.at(std::size_t(t)).insert(row.id);
    }
    // New rows (and rows of mine brought back with their version), parents first.
    std::array<QList<Record>, kTableCount> appends;
    QList<const Change *> bringing;
    for (const Change &change : comparison.changes) {
        if (change.accepted && change.area == Area::Record && !change.rows.isEmpty())
            bringing.append(&change);
    }
    for (const Change *change : std::as_const(bringing)) {
        for (const auto &[table, row] : change->rows)
            present.at(std::size_t(table)).insert(row.id);
    }
    QSet<QString> leftOut;
    for (const Change *change : std::as_const(bringing)) {
        bool counted = false;
        for (const auto &[table, given] : change->rows) {
            const TableSpec &spec = tableSpec(table);
            if (spec.hasParent() && (leftOut.contains(given.parentId) ||
                                     !present.at(std::size_t(spec.parentTable)).contains(given.parentId))) {
                leftOut.insert(given.id);
                present.at(std::size_t(table)).remove(given.id);
                continue;
            }
            Record row = given;
            bool keep = true;
            for (std::size_t f = 0; f < spec.fields.size(); ++f) {
                const FieldSpec &field = spec.fields.at(f);
                const QString target = row.values.value(int(f)).toString();
                if (field.type != FieldType::Reference || target.isEmpty() ||
                    present.at(std::size_t(field.referenceTable)).contains(target))
                    continue;
                if (field.removeWithReferenced)
                    keep = false;
                else
                    row.values[int(f)] = QVariant();
            }
            if (!keep) {
                leftOut.insert(row.id);
                present.at(std::size_t(table)).remove(row.id);
                continue;
            }
            appends.at(std::size_t(table)).append(row);
            counted = true;
        }
        if (counted)
            ++result.count;
    }
    if (!leftOut.isEmpty())
        result.notes.append(
            (leftOut.size() == 1
                 ? QCoreApplication::translate("rk::merge", "1 nieuwe regel niet overgenomen")
                 : QCoreApplication::translate("rk::merge", "%1 nieuwe regels niet overgenomen").arg(leftOut.size())) +
            QCoreApplication::translate("rk::merge", ": wat ze horen bij wordt niet overgenomen of is er niet meer."));
    for (TableId table : tablesParentsFirst()) {
        if (!appends.at(std::size_t(table)).isEmpty())
            changes.appends.append({table, appends.at(std::size_t(table)), 0});
    }
    // Fields, answers, checklist entries, chapters, the project.
    int skippedReferences = 0;
    for (const Change &change : comparison.changes) {
        if (!change.accepted || change.kind != ChangeKind::Changed || !change.rows.isEmpty())
            continue;
        switch (change.area) {
        case Area::Record: {
            if (!present.at(std::size_t(change.table)).contains(change.recordId) ||
                !mine.record(change.table, change.recordId))
                continue; // removed by an accepted removal
            const FieldSpec &field = tableSpec(change.table).fields.at(std::size_t(change.field));
            const QString target = change.theirs.toString();
            if (field.type == FieldType::Reference && !target.isEmpty() &&
                !present.at(std::size_t(field.referenceTable)).contains(target)) {
                ++skippedReferences;
                continue;
            }
            changes.writes.append({change.table, change.recordId, change.field, change.theirs});
            break;
        }
        case Area::Answer: {
            RecordChanges::WorkbookWrite write;
            write.kind = RecordChanges::WorkbookWrite::Kind::Answer;
            write.chapter = change.chapter;
            write.key = change.recordId;
            write.text = change.theirs.toString();
            changes.workbook.append(write);
            break;
        }
        case Area::Checklist: {
            RecordChanges::WorkbookWrite write;
            write.kind = RecordChanges::WorkbookWrite::Kind::Checklist;
            write.chapter = change.chapter;
            write.key = change.recordId;
            const QVariantList entry = change.theirs.toList();
            write.entry.answer = static_cast<ChecklistAnswer>(entry.value(0).toInt());
            write.entry.comment = entry.value(1).toString();
            changes.workbook.append(write);
            break;
        }
        case Area::Chapter: {
            RecordChanges::WorkbookWrite write;
            write.chapter = change.chapter;
            if (change.field == 0) {
                write.kind = RecordChanges::WorkbookWrite::Kind::Notes;
                write.text = change.theirs.toString();
            } else {
                write.kind = RecordChanges::WorkbookWrite::Kind::Status;
                write.status = static_cast<ChapterStatus>(change.theirs.toInt());
            }
            changes.workbook.append(write);
            break;
        }
        case Area::Project: {
            if (!changes.project)
                changes.project = mine.project();
            ProjectInfo &info = *changes.project;
            if (change.field == 0)
                info.gemeente = change.theirs.toString();
            else if (change.field == 1)
                info.title = change.theirs.toString();
            else if (change.field == 2)
                info.startYear = change.theirs.toInt();
            else
                info.horizonYears = change.theirs.toInt();
            break;
        }
        }
        ++result.count;
    }
    if (skippedReferences > 0)
        result.notes.append(
            (skippedReferences == 1 ? QCoreApplication::translate("rk::merge", "1 verwijzing niet overgenomen")
                                    : QCoreApplication::translate("rk::merge", "%1 verwijzingen niet overgenomen")
                                          .arg(skippedReferences)) +
            QCoreApplication::translate("rk::merge", ": ze wijzen naar iets dat er na het samenvoegen niet meer is."));
    return result;
}

} // namespace rk::merge
