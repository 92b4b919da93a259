#include "merge/ProjectMerge.h"

#include "ProjectDocument.h"
#include "guidance/Guidance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

// The words in which a change is shown: in the review window, on the command line and in
// the history.
namespace rk::merge {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("rk::merge", text);
}
} // namespace

QString recordTitleOf(const Change &change, const ProjectDocument &theirs, const ProjectDocument &mine)
{
    switch (change.area) {
    case Area::Project:
        return tr("Projectgegevens");
    case Area::Chapter:
        return chapterTitle(change.chapter);
    case Area::Answer: {
        const GuidanceQuestion *question =
            GuidanceLibrary::forUiLanguage().chapter(change.chapter).question(change.recordId);
        return question ? question->text : change.recordId;
    }
    case Area::Checklist: {
        const ChecklistItem *item =
            GuidanceLibrary::forUiLanguage().chapter(change.chapter).checklistItem(change.recordId);
        return item ? item->text : change.recordId;
    }
    case Area::Record:
        break;
    }
    QString title = theirs.recordTitle(change.table, change.recordId);
    if (title.isEmpty())
        title = mine.recordTitle(change.table, change.recordId);
    if (title.isEmpty() && !change.rows.isEmpty()) {
        const int field = tableSpec(change.table).titleField;
        if (field >= 0)
            title = change.rows.first().second.values.value(field).toString();
    }
    // A row without a title (a measurement, a year's funding) is named by its first date, or
    // else its first value.
    if (title.isEmpty()) {
        const Record *row = theirs.record(change.table, change.recordId);
        if (!row)
            row = mine.record(change.table, change.recordId);
        const TableSpec &spec = tableSpec(change.table);
        for (const bool datesOnly : {true, false}) {
            for (std::size_t f = 0; row && title.isEmpty() && f < spec.fields.size(); ++f) {
                const FieldSpec &field = spec.fields.at(f);
                if ((datesOnly && field.type != FieldType::Date) || field.type == FieldType::Reference)
                    continue;
                title = displayValue(field, row->values.value(int(f))).simplified().left(80);
            }
        }
    }
    if (title.isEmpty())
        title = tr("(zonder naam)");
    // A row that belongs to another (a contribution to its organisation) names it.
    const Record *row = theirs.record(change.table, change.recordId);
    if (!row)
        row = mine.record(change.table, change.recordId);
    if (!row && !change.rows.isEmpty())
        row = &change.rows.first().second;
    const TableSpec &spec = tableSpec(change.table);
    for (std::size_t f = 0; row && f < spec.fields.size(); ++f) {
        const FieldSpec &field = spec.fields.at(f);
        if (field.type != FieldType::Reference || !field.removeWithReferenced)
            continue;
        const auto table = static_cast<TableId>(field.referenceTable);
        QString owner = theirs.recordTitle(table, row->values.value(int(f)).toString());
        if (owner.isEmpty())
            owner = mine.recordTitle(table, row->values.value(int(f)).toString());
        if (!owner.isEmpty())
            return tr("%1 (%2)").arg(title, owner);
    }
    return title;
}

QString placeOf(const Change &change, const ProjectDocument &theirs, const ProjectDocument &mine)
{
    switch (change.area) {
    case Area::Project:
        return tr("Projectgegevens");
    case Area::Chapter:
        return chapterTitle(change.chapter);
    case Area::Answer:
        return tr("%1 > Vragen").arg(chapterTitle(change.chapter));
    case Area::Checklist:
        return tr("%1 > Checklist").arg(chapterTitle(change.chapter));
    case Area::Record:
        break;
    }
    const TableSpec &spec = tableSpec(change.table);
    QString place = tableTitle(change.table);
    if (spec.hasParent() && !change.parentId.isEmpty()) {
        Change parent;
        parent.table = static_cast<TableId>(spec.parentTable);
        parent.recordId = change.parentId;
        place = tr("%1 > %2").arg(recordTitleOf(parent, theirs, mine), place);
    }
    return tr("%1 > %2").arg(chapterTitle(change.chapter), place);
}

QString fieldOf(const Change &change)
{
    switch (change.area) {
    case Area::Project: {
        static const char *const labels[] = {
            QT_TRANSLATE_NOOP("rk::merge", "Gemeente"), QT_TRANSLATE_NOOP("rk::merge", "Titel"),
            QT_TRANSLATE_NOOP("rk::merge", "Startjaar"), QT_TRANSLATE_NOOP("rk::merge", "Looptijd in jaren")};
        return tr(labels[std::clamp(change.field, 0, 3)]);
    }
    case Area::Chapter:
        return change.field == 0 ? tr("Notities") : tr("Status");
    case Area::Answer:
        return tr("Antwoord");
    case Area::Checklist:
        return tr("Checklist");
    case Area::Record:
        break;
    }
    return change.field >= 0 ? fieldLabel(change.table, change.field) : QString();
}

QString valueText(const Change &change, const QVariant &value, const ProjectDocument &theirs,
                  const ProjectDocument &mine)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (change.area) {
    case Area::Project:
        return change.field >= 2 ? QString::number(value.toInt()) : value.toString();
    case Area::Chapter:
        return change.field == 0 ? value.toString() : chapterStatusName(static_cast<ChapterStatus>(value.toInt()));
    case Area::Answer:
        return value.toString();
    case Area::Checklist: {
        const QVariantList entry = value.toList();
        const QString answer = checklistAnswerName(static_cast<ChecklistAnswer>(entry.value(0).toInt()));
        const QString comment = entry.value(1).toString();
        return comment.isEmpty() ? answer : tr("%1 (%2)").arg(answer, comment);
    }
    case Area::Record:
        break;
    }
    if (change.field < 0)
        return {};
    const FieldSpec &field = tableSpec(change.table).fields.at(std::size_t(change.field));
    if (field.type == FieldType::Reference) {
        const auto table = static_cast<TableId>(field.referenceTable);
        QString title = theirs.recordTitle(table, value.toString());
        if (title.isEmpty())
            title = mine.recordTitle(table, value.toString());
        return title.isEmpty() ? tr("(niet meer aanwezig)") : title;
    }
    return displayValue(field, value);
}

QString conflictText(Conflict conflict)
{
    switch (conflict) {
    case Conflict::None:
        return {};
    case Conflict::BothChanged:
        return tr("U hebt dit ook veranderd, maar anders dan in de kopie.");
    case Conflict::UnderRemoved:
        return tr("U hebt verwijderd waar dit bij hoort of naar verwijst.");
    case Conflict::RemovedChanged:
        return tr("Zij hebben dit verwijderd, u hebt het (of wat erbij hoort) gewijzigd.");
    case Conflict::SameTitle:
        return tr("U hebt ook iets met deze naam toegevoegd.");
    case Conflict::Unknown:
        return tr("Zonder de verstuurde versie is niet te zien wie dit veranderde.");
    case Conflict::PersonalFilled:
        return tr("De kopie ging zonder gegevens van contactpersonen. In de kopie is dit ingevuld, bij u staat iets "
                  "anders. Neemt u dit over, dan blijven de andere gegevens van deze contactpersoon zoals ze bij u "
                  "zijn.");
    }
    return {};
}

QString kindKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Changed:
        return QStringLiteral("changed");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QString conflictKey(Conflict conflict)
{
    switch (conflict) {
    case Conflict::None:
        return {};
    case Conflict::BothChanged:
        return QStringLiteral("both-changed");
    case Conflict::UnderRemoved:
        return QStringLiteral("removed-by-you");
    case Conflict::RemovedChanged:
        return QStringLiteral("changed-by-you");
    case Conflict::SameTitle:
        return QStringLiteral("same-title");
    case Conflict::Unknown:
        return QStringLiteral("unknown-origin");
    case Conflict::PersonalFilled:
        return QStringLiteral("personal-filled");
    }
    return {};
}

QString areaKey(const Change &change)
{
    switch (change.area) {
    case Area::Project:
        return QStringLiteral("project");
    case Area::Chapter:
        return QStringLiteral("chapter");
    case Area::Answer:
        return QStringLiteral("answer");
    case Area::Checklist:
        return QStringLiteral("checklist");
    case Area::Record:
        break;
    }
    return QLatin1String(tableSpec(change.table).sqlName);
}

QString sharedOnText(const CopyOrigin &origin)
{
    const QDateTime shared = QDateTime::fromString(origin.sharedOn, Qt::ISODateWithMs);
    return shared.isValid() ? QLocale().toString(shared.toLocalTime().date(), QLocale::LongFormat) : QString();
}

QString mergeStepText(const CopyOrigin &origin)
{
    const QString date = sharedOnText(origin);
    if (!origin.sharedWith.isEmpty() && !date.isEmpty())
        return tr("Samengevoegd uit de kopie voor %1 van %2").arg(origin.sharedWith, date);
    if (!date.isEmpty())
        return tr("Samengevoegd uit de kopie van %1").arg(date);
    return tr("Samengevoegd uit een kopie");
}

} // namespace rk::merge
