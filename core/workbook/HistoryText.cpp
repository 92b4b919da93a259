#include "workbook/HistoryText.h"

#include "ProjectDocument.h"
#include "guidance/Guidance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <optional>

namespace rk {

namespace {
// The table a history line is about, by its stored name.
std::optional<TableId> tableNamed(const QString &name)
{
    for (const TableSpec &spec : tableSpecs()) {
        if (name == QLatin1String(spec.sqlName))
            return spec.id;
    }
    return std::nullopt;
}

int fieldNamed(TableId table, const QString &column)
{
    const TableSpec &spec = tableSpec(table);
    for (std::size_t f = 0; f < spec.fields.size(); ++f) {
        if (column == QLatin1String(spec.fields.at(f).column))
            return int(f);
    }
    return -1;
}

} // namespace

bool isPersonalHistory(const HistoryEntry &entry)
{
    for (const TableSpec &spec : tableSpecs()) {
        if (entry.target != QLatin1String(spec.sqlName))
            continue;
        for (const FieldSpec &field : spec.fields) {
            if (field.personal && entry.field == QLatin1String(field.column))
                return true;
        }
    }
    return false;
}

QStringList describeHistory(const ProjectDocument &document, const HistoryEntry &entry)
{
    const auto chapter = chapterFromKey(entry.chapter);
    QString where;
    QString what;
    QString before = entry.oldValue;
    QString after = entry.newValue;
    const auto table = tableNamed(entry.target);
    if (table) {
        QString title = document.recordTitle(*table, entry.record);
        if (title.isEmpty())
            title = entry.change == QLatin1String("removed") ? entry.oldValue : entry.newValue;
        where = entry.record.isEmpty()
                    ? tableTitle(*table)
                    : QCoreApplication::translate("rk::HistoryText", "%1: %2").arg(tableTitle(*table), title);
        if (entry.change == QLatin1String("added")) {
            what = entry.record.isEmpty()
                       ? QCoreApplication::translate("rk::HistoryText", "%1 regels toegevoegd").arg(entry.newValue)
                       : QCoreApplication::translate("rk::HistoryText", "Toegevoegd");
            before.clear();
            after.clear();
        } else if (entry.change == QLatin1String("removed")) {
            what = entry.record.isEmpty()
                       ? QCoreApplication::translate("rk::HistoryText", "%1 regels verwijderd").arg(entry.newValue)
                       : QCoreApplication::translate("rk::HistoryText", "Verwijderd");
            before.clear();
            after.clear();
        } else {
            const int field = fieldNamed(*table, entry.field);
            what = field >= 0 ? fieldLabel(*table, field) : entry.field;
            if (field >= 0) {
                const FieldSpec &spec = tableSpec(*table).fields.at(std::size_t(field));
                const auto shown = [&](const QString &value) {
                    if (value.isEmpty())
                        return QString();
                    if (spec.type == FieldType::Reference) {
                        const QString referenced =
                            document.recordTitle(static_cast<TableId>(spec.referenceTable), value);
                        return referenced.isEmpty()
                                   ? QCoreApplication::translate("rk::HistoryText", "(niet meer aanwezig)")
                                   : referenced;
                    }
                    return displayValue(spec, value);
                };
                before = shown(before);
                after = shown(after);
            }
        }
    } else if (entry.target == QLatin1String("answer") && chapter) {
        const GuidanceQuestion *question = GuidanceLibrary::forUiLanguage().chapter(*chapter).question(entry.record);
        where =
            QCoreApplication::translate("rk::HistoryText", "Vraag: %1").arg(question ? question->text : entry.record);
        what = QCoreApplication::translate("rk::HistoryText", "Antwoord");
    } else if (entry.target == QLatin1String("checklist") && chapter) {
        const ChecklistItem *item = GuidanceLibrary::forUiLanguage().chapter(*chapter).checklistItem(entry.record);
        where = QCoreApplication::translate("rk::HistoryText", "Checklist: %1").arg(item ? item->text : entry.record);
        what = QCoreApplication::translate("rk::HistoryText", "Checklist");
        const auto shown = [](const QString &value) {
            if (value.isEmpty())
                return QString();
            const QString answer =
                checklistAnswerName(static_cast<ChecklistAnswer>(value.section(QLatin1Char('|'), 0, 0).toInt()));
            const QString comment = value.section(QLatin1Char('|'), 1);
            return comment.isEmpty() ? answer
                                     : QCoreApplication::translate("rk::HistoryText", "%1 (%2)").arg(answer, comment);
        };
        before = shown(before);
        after = shown(after);
    } else if (entry.target == QLatin1String("notes") && chapter) {
        where = chapterTitle(*chapter);
        what = QCoreApplication::translate("rk::HistoryText", "Notities");
    } else if (entry.target == QLatin1String("status") && chapter) {
        where = chapterTitle(*chapter);
        what = QCoreApplication::translate("rk::HistoryText", "Status");
        before = before.isEmpty() ? QString() : chapterStatusName(static_cast<ChapterStatus>(before.toInt()));
        after = after.isEmpty() ? QString() : chapterStatusName(static_cast<ChapterStatus>(after.toInt()));
    } else if (entry.target == QLatin1String("project")) {
        where = QCoreApplication::translate("rk::HistoryText", "Projectgegevens");
        what = entry.field;
    }
    if (chapter && !where.startsWith(chapterTitle(*chapter)))
        where = QCoreApplication::translate("rk::HistoryText", "%1 > %2").arg(chapterTitle(*chapter), where);
    const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODateWithMs);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : entry.at;
    return {when, entry.author, where, what, before, after, entry.step};
}

} // namespace rk
