#include "workbook/HistoryText.h"

#include "ProjectDocument.h"
#include "guidance/Guidance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>
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

QList<HistoryEntry> netChanges(const QList<HistoryEntry> &newestFirst)
{
    // Oldest first, each line merged into the first line of its row and field.
    QList<HistoryEntry> net;
    QHash<QString, qsizetype> lineOf;
    QHash<qsizetype, QString> firstChange; // for rows: added or removed, as the period began
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        const HistoryEntry &entry = *it;
        // Lines that count rows (an import) have no row to follow: kept as they are.
        if (entry.record.isEmpty() && entry.change != QLatin1String("changed")) {
            net.append(entry);
            continue;
        }
        const bool rowLine = entry.change != QLatin1String("changed");
        const QString key =
            entry.target + QLatin1Char('/') + entry.record + QLatin1Char('/') + (rowLine ? QString() : entry.field);
        const auto found = lineOf.constFind(key);
        if (found == lineOf.cend()) {
            lineOf.insert(key, net.size());
            firstChange.insert(net.size(), entry.change);
            net.append(entry);
            continue;
        }
        HistoryEntry &first = net[*found];
        if (rowLine) {
            // Added then removed: nothing at the end; removed then added: there as before.
            first.change = firstChange.value(*found) == entry.change ? entry.change : QStringLiteral("none");
            if (entry.change == QLatin1String("removed"))
                first.oldValue = entry.oldValue;
            else
                first.newValue = entry.newValue;
        } else {
            first.newValue = entry.newValue;
        }
        first.at = entry.at;
        first.author = entry.author;
        first.step = entry.step;
    }
    QList<HistoryEntry> result;
    for (auto it = net.crbegin(); it != net.crend(); ++it) {
        if (it->change == QLatin1String("none"))
            continue;
        if (it->change == QLatin1String("changed") && it->oldValue == it->newValue)
            continue;
        result.append(*it);
    }
    // The last changed first.
    std::stable_sort(result.begin(), result.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.at > b.at; });
    return result;
}

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
