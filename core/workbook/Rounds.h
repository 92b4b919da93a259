#pragma once

#include "ProjectTypes.h"
#include "records/RecordChanges.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace rk {

class GuidanceLibrary;
class ProjectDocument;

// The checklist year after year. The checklist is answered again in each round; the open
// round's answers are the checklist answers of the chapters, a closed round keeps its own copy
// (checklist_round_answer). A project without any round has one open round without a name yet.
struct ChecklistRound
{
    QString id; // empty for the unnamed open round of a project that never started one
    QString title;
    QDate started;
    QDate closed; // invalid for the open round
    bool isOpen() const { return !closed.isValid(); }
};

// The rounds in the order they were held: the closed ones by the date they closed, the open
// round last.
QList<ChecklistRound> checklistRounds(const ProjectDocument &document);
ChecklistRound openChecklistRound(const ProjectDocument &document);
// The answer an item had in a round (the open round reads the chapters' checklist).
ChecklistEntry roundEntry(const ProjectDocument &document, const ChecklistRound &round, ChapterId chapter,
                          const QString &itemKey);

// How one checklist item moved across the rounds.
struct ChecklistTrend
{
    ChapterId chapter = ChapterId::Verkenning;
    QString itemKey;
    QString text;
    QList<ChecklistAnswer> answers; // one per round of checklistRounds(), the open round last
    QStringList comments;           // the comment of each round, in the same order
    // +1 when the last answer is better than the first (nee < deels < ja), -1 when worse, 0
    // otherwise; answers "n.v.t." and unanswered rounds are passed over.
    int movement() const;
    // "nee → deels → ja": the answers of the rounds that have one, repeated ones once.
    QString path() const;
};

QList<ChecklistTrend> checklistTrends(const ProjectDocument &document, const GuidanceLibrary &guidance);

// Closing the open round and opening the next: the open round (created, for a project that
// never named one, under `closingTitle` from the project's start) gets `date` as its closing
// date and a copy of every checklist answer; a new open round `newTitle` starts on `date`. The
// checklist itself is left as it is, so the new round starts from the previous answers.
RecordChanges startRoundChanges(const ProjectDocument &document, const QString &closingTitle, const QString &newTitle,
                                const QDate &date);
// Suggested names: the year the open round started (or of `today`), and the year after it.
QString suggestedClosingTitle(const ProjectDocument &document, const QDate &today);
QString suggestedNewTitle(const QString &closingTitle, const QDate &today);

} // namespace rk
