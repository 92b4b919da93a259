#include "Rounds.h"

#include "ProjectDocument.h"
#include "guidance/Guidance.h"
#include "records/Fields.h"
#include "records/RecordId.h"

#include <QCoreApplication>

#include <algorithm>

namespace rk {

namespace {
ChecklistRound roundOf(const Record &record)
{
    return {record.id, field(record, ChecklistRoundField::Title).toString(),
            storedDate(field(record, ChecklistRoundField::Started)),
            storedDate(field(record, ChecklistRoundField::Closed))};
}

// How good an answer is for the trend: nee < deels < ja; -1 for no judgement.
int rank(ChecklistAnswer answer)
{
    switch (answer) {
    case ChecklistAnswer::No:
        return 0;
    case ChecklistAnswer::Partly:
        return 1;
    case ChecklistAnswer::Yes:
        return 2;
    case ChecklistAnswer::NotApplicable:
    case ChecklistAnswer::Unanswered:
        break;
    }
    return -1;
}

// The stored choice of a closed round's answer (ChecklistAnswer minus one) and back.
QVariant storedAnswer(ChecklistAnswer answer)
{
    return answer == ChecklistAnswer::Unanswered ? QVariant() : QVariant(qint64(answer) - 1);
}

ChecklistAnswer answerOf(const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull())
        return ChecklistAnswer::Unanswered;
    const qint64 index = stored.toLongLong();
    return index >= 0 && index <= 3 ? static_cast<ChecklistAnswer>(index + 1) : ChecklistAnswer::Unanswered;
}
} // namespace

QList<ChecklistRound> checklistRounds(const ProjectDocument &document)
{
    QList<ChecklistRound> closed;
    ChecklistRound open;
    bool haveOpen = false;
    for (const Record &record : document.records(TableId::ChecklistRound)) {
        ChecklistRound round = roundOf(record);
        if (!round.isOpen()) {
            closed.append(round);
        } else if (!haveOpen || round.started > open.started) {
            // A file with more than one open round (made by hand): the latest is the open one.
            open = round;
            haveOpen = true;
        }
    }
    std::stable_sort(closed.begin(), closed.end(), [](const ChecklistRound &a, const ChecklistRound &b) {
        return a.closed != b.closed ? a.closed < b.closed : a.started < b.started;
    });
    if (!haveOpen)
        open.title = QCoreApplication::translate("rk::Rounds", "Huidige ronde");
    closed.append(open);
    return closed;
}

ChecklistRound openChecklistRound(const ProjectDocument &document)
{
    return checklistRounds(document).constLast();
}

ChecklistEntry roundEntry(const ProjectDocument &document, const ChecklistRound &round, ChapterId chapter,
                          const QString &itemKey)
{
    if (round.isOpen())
        return document.checklistEntry(chapter, itemKey);
    const QString chapterKey = QLatin1String(chapterInfo(chapter).key);
    for (const Record *answer : document.children(TableId::ChecklistRoundAnswer, round.id)) {
        if (field(*answer, ChecklistRoundAnswerField::ItemKey).toString() == itemKey &&
            field(*answer, ChecklistRoundAnswerField::Chapter).toString() == chapterKey)
            return {answerOf(field(*answer, ChecklistRoundAnswerField::Answer)),
                    field(*answer, ChecklistRoundAnswerField::Comment).toString()};
    }
    return {};
}

int ChecklistTrend::movement() const
{
    int first = -1;
    int last = -1;
    for (ChecklistAnswer answer : answers) {
        const int r = rank(answer);
        if (r < 0)
            continue;
        if (first < 0)
            first = r;
        last = r;
    }
    if (first < 0 || last == first)
        return 0;
    return last > first ? 1 : -1;
}

QString ChecklistTrend::path() const
{
    QStringList steps;
    int answered = 0;
    for (ChecklistAnswer answer : answers) {
        if (answer == ChecklistAnswer::Unanswered)
            continue;
        ++answered;
        const QString name = checklistAnswerName(answer).toLower();
        if (steps.isEmpty() || steps.constLast() != name)
            steps.append(name);
    }
    // The same answer in every round it was given: "steeds ja", not a bare "ja".
    if (steps.size() == 1 && answered > 1)
        return QCoreApplication::translate("rk::Rounds", "steeds %1").arg(steps.constFirst());
    return steps.join(QStringLiteral(" → "));
}

QList<ChecklistTrend> checklistTrends(const ProjectDocument &document, const GuidanceLibrary &guidance)
{
    const QList<ChecklistRound> rounds = checklistRounds(document);
    // The closed rounds' entries by round and "chapter/item", read once.
    QList<QHash<QString, ChecklistEntry>> closedEntries;
    for (const ChecklistRound &round : rounds) {
        QHash<QString, ChecklistEntry> entries;
        if (!round.isOpen()) {
            for (const Record *answer : document.children(TableId::ChecklistRoundAnswer, round.id))
                entries.insert(field(*answer, ChecklistRoundAnswerField::Chapter).toString() + QLatin1Char('/') +
                                   field(*answer, ChecklistRoundAnswerField::ItemKey).toString(),
                               {answerOf(field(*answer, ChecklistRoundAnswerField::Answer)),
                                field(*answer, ChecklistRoundAnswerField::Comment).toString()});
        }
        closedEntries.append(entries);
    }
    QList<ChecklistTrend> trends;
    for (const ChapterInfo &info : chapterInfos()) {
        for (const Checklist &checklist : guidance.chapter(info.id).checklists) {
            for (const ChecklistItem &item : checklist.items) {
                ChecklistTrend trend{info.id, item.key, item.text, {}, {}};
                const QString key = QLatin1String(info.key) + QLatin1Char('/') + item.key;
                for (int r = 0; r < rounds.size(); ++r) {
                    const ChecklistEntry entry = rounds.at(r).isOpen() ? document.checklistEntry(info.id, item.key)
                                                                       : closedEntries.at(r).value(key);
                    trend.answers.append(entry.answer);
                    trend.comments.append(entry.comment);
                }
                trends.append(trend);
            }
        }
    }
    return trends;
}

RecordChanges startRoundChanges(const ProjectDocument &document, const QString &closingTitle, const QString &newTitle,
                                const QDate &date)
{
    RecordChanges changes;
    const ChecklistRound open = openChecklistRound(document);
    const QString dateText = date.toString(Qt::ISODate);
    RecordChanges::Append rounds{TableId::ChecklistRound, {}};
    QString closingId = open.id;
    if (closingId.isEmpty()) {
        // The first round gets its record now, dated from the project's start.
        Record first = emptyRecord(TableId::ChecklistRound);
        first.id = closingId = newRecordId();
        const QDate created = QDate::fromString(document.project().createdAt.left(10), Qt::ISODate);
        setField(first, ChecklistRoundField::Title, closingTitle.trimmed());
        setField(first, ChecklistRoundField::Started,
                 created.isValid() && created <= date ? created.toString(Qt::ISODate) : dateText);
        setField(first, ChecklistRoundField::Closed, dateText);
        rounds.records.append(first);
    } else {
        changes.writes.append({TableId::ChecklistRound, closingId, fieldIndex(ChecklistRoundField::Closed), dateText});
        if (closingTitle.trimmed() != open.title)
            changes.writes.append(
                {TableId::ChecklistRound, closingId, fieldIndex(ChecklistRoundField::Title), closingTitle.trimmed()});
    }
    Record next = emptyRecord(TableId::ChecklistRound);
    setField(next, ChecklistRoundField::Title, newTitle.trimmed());
    setField(next, ChecklistRoundField::Started, dateText);
    rounds.records.append(next);
    changes.appends.append(rounds);

    RecordChanges::Append answers{TableId::ChecklistRoundAnswer, {}};
    for (const ChecklistItemEntry &item : document.checklistEntries()) {
        if (item.entry.answer == ChecklistAnswer::Unanswered && item.entry.comment.isEmpty())
            continue;
        Record answer = emptyRecord(TableId::ChecklistRoundAnswer);
        answer.parentId = closingId;
        setField(answer, ChecklistRoundAnswerField::Chapter, QString::fromLatin1(chapterInfo(item.chapter).key));
        setField(answer, ChecklistRoundAnswerField::ItemKey, item.itemKey);
        setField(answer, ChecklistRoundAnswerField::Answer, storedAnswer(item.entry.answer));
        setField(answer, ChecklistRoundAnswerField::Comment, item.entry.comment);
        answers.records.append(answer);
    }
    if (!answers.records.isEmpty())
        changes.appends.append(answers);
    return changes;
}

QString suggestedClosingTitle(const ProjectDocument &document, const QDate &today)
{
    const ChecklistRound open = openChecklistRound(document);
    if (!open.id.isEmpty() && !open.title.isEmpty())
        return open.title;
    return QString::number(open.started.isValid() ? open.started.year() : today.year());
}

QString suggestedNewTitle(const QString &closingTitle, const QDate &today)
{
    bool isYear = false;
    const int year = closingTitle.trimmed().toInt(&isYear);
    if (isYear && year > 1900 && year < 3000)
        return QString::number(std::max(year + 1, today.year()));
    return QString::number(today.year());
}

} // namespace rk
