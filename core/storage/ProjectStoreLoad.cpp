// ProjectStore, part two: reading a whole project file, with every value checked in the
// form it is stored in, since the file may come from anyone.

#include "storage/ProjectStore.h"

#include "storage/Statement.h"
#include "text/HouseStyleCheck.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rk {

namespace {
// Orders rows by position and, where two share one (a file from elsewhere), by when they
// were made, as ORDER BY position, created_at would.
void sortByPosition(QList<Record> *rows, const QList<qint64> &positions)
{
    QList<int> order(rows->size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (positions.at(a) != positions.at(b))
            return positions.at(a) < positions.at(b);
        return rows->at(a).createdAt < rows->at(b).createdAt;
    });
    QList<Record> sorted;
    sorted.reserve(rows->size());
    for (const int index : std::as_const(order))
        sorted.append(std::move((*rows)[index]));
    *rows = std::move(sorted);
}
} // namespace

namespace {

bool validYear(qint64 year)
{
    return year >= limits::kMinYear && year <= limits::kMaxYear;
}

// Reads one field, or returns false when the stored value does not have the field's form:
// text in a number column (which would otherwise read as 0), a number or blob in a text
// column, a NUL character, or text longer than the field allows.
bool readValue(const Statement &statement, int column, const FieldSpec &field, QVariant *value)
{
    if (statement.isNull(column)) {
        *value = QVariant();
        return true;
    }
    // The stored type is asked before the value is read: reading converts it.
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Choice:
    case FieldType::Flag: {
        const bool whole = statement.isInteger(column);
        *value = statement.integer(column);
        return whole;
    }
    case FieldType::Real:
    case FieldType::Money: {
        const bool number = statement.isNumber(column);
        *value = statement.real(column);
        return number && std::isfinite(value->toDouble());
    }
    default: {
        const bool text = statement.isText(column);
        *value = statement.text(column);
        return text && isStorableText(value->toString(), maxLength(FieldType::LongText));
    }
    }
}

bool needsCheckOnLoad(FieldType type)
{
    switch (type) {
    case FieldType::Date:
    case FieldType::ChoiceSet:
    case FieldType::ChapterKey:
    case FieldType::Flag:
    case FieldType::Reference:
        return true;
    default:
        return false;
    }
}

} // namespace

// The house style as stored; a logo that is not a usable picture is dropped (the report then
// has none), anything out of range refuses the file as any other bad row.
bool ProjectStore::loadHouseStyle(HouseStyle *style, QString *detail)
{
    Statement row(m_db, QStringLiteral("SELECT logo, logo_format, house_colour, house_font, sender, department "
                                       "FROM project"));
    if (!row.next()) {
        *detail = m_db.errorMessage();
        return false;
    }
    const bool storedForm = (row.isNull(0) || row.isBlob(0)) && (row.isNull(1) || row.isText(1)) && row.isText(2) &&
                            row.isText(3) && row.isText(4) && row.isText(5);
    style->colour = row.text(2);
    style->font = row.text(3);
    style->sender = row.text(4);
    style->department = row.text(5);
    if (!storedForm || !isHouseColour(style->colour) || !isStorableText(style->font, limits::kFontNameLength) ||
        !isStorableText(style->sender, limits::kNameLength) ||
        !isStorableText(style->department, limits::kNameLength)) {
        *detail = QStringLiteral("house style out of range");
        return false;
    }
    if (!row.isNull(0) && row.isText(1)) {
        const QByteArray logo = row.blob(0);
        const QString format = row.text(1);
        QString problem;
        if (logo.size() <= limits::kMaxLogoBytes && checkLogo(logo, format, &problem)) {
            style->logo = logo;
            style->logoFormat = format;
        }
    }
    return true;
}

bool ProjectStore::load(int schemaVersion, ProjectContent *content, QString *detail)
{
    for (const ChapterInfo &info : chapterInfos())
        content->chapters.at(std::size_t(chapterIndex(info.id))).chapter = info.id;
    Statement count(m_db, QStringLiteral("SELECT count(*) FROM project"));
    if (!count.next() || count.integer(0) != 1) {
        *detail = QStringLiteral("expected exactly one project row");
        return false;
    }
    Statement project(m_db, QStringLiteral("SELECT id, gemeente, title, start_year, horizon_years, created_at, "
                                           "updated_at FROM project"));
    if (!project.next()) {
        *detail = m_db.errorMessage();
        return false;
    }
    // The stored types first: reading a value converts it.
    const bool storedForm = project.isText(1) && project.isText(2) && project.isInteger(3) && project.isInteger(4);
    content->project.id = project.text(0);
    content->project.gemeente = project.text(1);
    content->project.title = project.text(2);
    const qint64 startYear = project.integer(3);
    const qint64 horizon = project.integer(4);
    content->project.createdAt = project.text(5);
    content->project.updatedAt = project.text(6);
    if (content->project.gemeente.isEmpty() || !isStorableText(content->project.gemeente, limits::kNameLength) ||
        content->project.title.isEmpty() || !isStorableText(content->project.title, limits::kNameLength) ||
        !storedForm || !validYear(startYear) || horizon < 1 || horizon > limits::kMaxHorizonYears) {
        *detail = QStringLiteral("project row out of range");
        return false;
    }
    content->project.startYear = int(startYear);
    content->project.horizonYears = int(horizon);
    if (schemaVersion >= 10 && !loadHouseStyle(&content->project.style, detail))
        return false;

    std::array<bool, kChapterCount> seen{};
    Statement chapters(m_db, QStringLiteral("SELECT id, chapter, status, notes, updated_at FROM chapter_state"));
    while (chapters.next()) {
        const auto id = chapterFromKey(chapters.text(1));
        const auto status = chapterStatusFromInt(chapters.integer(2));
        if (!id || !status || seen.at(std::size_t(chapterIndex(*id)))) {
            *detail = QStringLiteral("unknown or repeated chapter row");
            return false;
        }
        seen.at(std::size_t(chapterIndex(*id))) = true;
        ChapterState &state = content->chapters.at(std::size_t(chapterIndex(*id)));
        state.id = chapters.text(0);
        state.status = *status;
        state.notes = chapters.text(3);
        state.updatedAt = chapters.text(4);
        if (!isStorableText(state.notes, limits::kNotesLength)) {
            *detail = QStringLiteral("notes too long");
            return false;
        }
    }
    if (chapters.hasError() || std::find(seen.cbegin(), seen.cend(), false) != seen.cend()) {
        *detail = chapters.hasError() ? m_db.errorMessage() : QStringLiteral("missing chapter rows");
        return false;
    }

    if (schemaVersion >= 3 && !loadWorkbook(content, detail))
        return false;
    if (schemaVersion >= 2) {
        Statement meta(m_db, QStringLiteral("SELECT key, value FROM project_meta LIMIT 1001"));
        while (meta.next()) {
            if (!isStorableText(meta.text(0), 100) || !isStorableText(meta.text(1), 10000)) {
                *detail = QStringLiteral("bad project_meta row");
                return false;
            }
            content->meta.insert(meta.text(0), meta.text(1));
        }
        if (meta.hasError() || content->meta.size() > 1000) {
            *detail = QStringLiteral("project_meta unreadable or too large");
            return false;
        }
    }
    return true;
}

bool ProjectStore::loadWorkbook(ProjectContent *content, QString *detail)
{
    Statement answers(m_db, QStringLiteral("SELECT chapter, question_key, answer FROM question_answer"));
    while (answers.next()) {
        const auto chapter = chapterFromKey(answers.text(0));
        const QString text = answers.text(2);
        if (!chapter || !isStorableText(text, limits::kAnswerLength)) {
            *detail = QStringLiteral("bad question_answer row");
            return false;
        }
        content->answers.insert(answerKey(*chapter, answers.text(1)), text);
    }
    Statement checklist(m_db, QStringLiteral("SELECT chapter, item_key, answer, comment FROM checklist_answer"));
    while (checklist.next()) {
        const bool wholeAnswer = checklist.isInteger(2); // before reading converts it
        const auto chapter = chapterFromKey(checklist.text(0));
        const qint64 answer = checklist.integer(2);
        const QString comment = checklist.text(3);
        if (!chapter || !wholeAnswer || answer < 0 || answer > 4 || !isStorableText(comment, limits::kCommentLength)) {
            *detail = QStringLiteral("bad checklist_answer row");
            return false;
        }
        content->checklist.insert(answerKey(*chapter, checklist.text(1)),
                                  ChecklistEntry{static_cast<ChecklistAnswer>(answer), comment});
    }
    if (answers.hasError() || checklist.hasError()) {
        *detail = m_db.errorMessage();
        return false;
    }
    for (const TableSpec &spec : tableSpecs()) {
        QSet<QString> parents;
        if (spec.hasParent()) {
            for (const Record &parent : content->records.at(std::size_t(spec.parentTable)))
                parents.insert(parent.id);
        }
        if (!loadTable(spec.id, parents, &content->records.at(std::size_t(spec.id)), detail))
            return false;
    }
    return true;
}

bool ProjectStore::loadTable(TableId table, const QSet<QString> &parents, QList<Record> *loaded, QString *detail)
{
    const TableSpec &spec = tableSpec(table);
    QList<Record> rows;
    const QString parentColumn = spec.hasParent() ? QLatin1String(spec.parentColumn) : QStringLiteral("''");
    // In the order stored, sorted here only when that is not already the order of the
    // rows: no table has an index on position, and SQLite's sorter copied every row of
    // the file once more (a fifth of opening a large project).
    Statement select(m_db, QStringLiteral("SELECT id, created_at, %1, position, %2 FROM %3")
                               .arg(parentColumn, columnList(spec), QLatin1String(spec.sqlName)));
    QList<qint64> positions;
    bool inOrder = true;
    while (select.next()) {
        if (rows.size() >= limits::kMaxRecordsPerTable) {
            *detail = QStringLiteral("too many rows in %1").arg(QLatin1String(spec.sqlName));
            return false;
        }
        Record record;
        record.id = select.text(0);
        record.createdAt = select.text(1);
        record.parentId = select.text(2);
        if (spec.hasParent() && !parents.contains(record.parentId)) {
            *detail = QStringLiteral("orphan row in %1").arg(QLatin1String(spec.sqlName));
            return false;
        }
        const qint64 position = select.integer(3);
        inOrder = inOrder && (positions.isEmpty() || positions.constLast() < position ||
                              (positions.constLast() == position && rows.constLast().createdAt <= record.createdAt));
        positions.append(position);
        record.values.reserve(int(spec.fields.size()));
        for (int i = 0; i < int(spec.fields.size()); ++i) {
            const FieldSpec &field = spec.fields.at(std::size_t(i));
            QVariant value;
            // quick_check has verified every CHECK constraint (ranges, and lengths up to a
            // NUL); readValue() checks the stored form and the whole length, and what
            // remains is the form of dates, keys and key lists.
            const bool fits =
                readValue(select, i + 4, field, &value) &&
                (field.type != FieldType::Text || isStorableText(value.toString(), maxLength(field.type)));
            if (!fits || (needsCheckOnLoad(field.type) && !normaliseValue(field, &value))) {
                *detail =
                    QStringLiteral("bad value in %1.%2").arg(QLatin1String(spec.sqlName), QLatin1String(field.column));
                return false;
            }
            record.values.append(value);
        }
        rows.append(record);
    }
    if (select.hasError()) {
        *detail = m_db.errorMessage();
        return false;
    }
    if (!inOrder)
        sortByPosition(&rows, positions);
    *loaded = std::move(rows);
    return true;
}

} // namespace rk
