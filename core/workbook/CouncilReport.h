#pragma once

#include "progress/Progress.h"
#include "records/RecordChanges.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rk {

class ProjectDocument;
struct Record;

// What a voortgangsrapportage (the progress report a council receives) says, read from the
// workbook on a reference date (peildatum). Text is translated and ready to print.

// One plain sentence on an indicator's verdict: "Ernstig eenzaam (18+) is niet aantoonbaar
// veranderd: 12,1% (10,9–13,3) in december 2024, tegen 13% bij de nulmeting (januari 2022).
// Het doel is 11% in december 2027."
QString verdictSentence(const IndicatorDefinition &indicator, const IndicatorProgress &progress);

// The money of the activities per year and funding source, from the table "Geld per jaar".
struct MoneyLine
{
    int year = 0;
    int source = -1; // a FundingSource, -1 when not given
    double budgeted = 0;
    double spent = 0;
    double committed = 0;
    double left() const { return budgeted - spent - committed; }
};
// Sorted by year, then source; years after `until`'s year are left out when it is valid.
QList<MoneyLine> moneyByYear(const ProjectDocument &document, const QDate &until = {});

// The next steps: activities not done or stopped, what / who / by when, soonest first; those
// past their end date on `referenceDate` marked overdue.
struct NextStep
{
    QString activityId;
    QString what;
    QString who;
    QDate due;
    bool overdue = false;
};
QList<NextStep> nextSteps(const ProjectDocument &document, const QDate &referenceDate);

// A first draft of the key messages (three to five), for the user to rewrite: the verdicts in
// one line, the indicator that most needs attention, the activities and what is late, the
// network, the money of the reference year.
QStringList draftKeyMessages(const ProjectDocument &document, const QDate &referenceDate);

// Filling in a council report row to start from: the draft key messages (replacing what is
// there only when `replaceMessages`), and the sender, subject, date, peildatum and status where
// they are empty. One step to undo.
RecordChanges councilReportDraft(const ProjectDocument &document, const QString &recordId, const QDate &today,
                                 bool replaceMessages);

// The council report row a report uses: the one asked for, or else the last one whose own
// peildatum is not after the report's (a report as of an earlier day does not show what was
// written later); null when there is none.
const Record *councilReportRecord(const ProjectDocument &document, const QString &id, const QDate &referenceDate);

// The peildatum a report takes when none is given: that of the council report its page one
// comes from (the last one not after `today`), else `today`. The report dialog and the command
// line agree on it.
QDate defaultReferenceDate(const ProjectDocument &document, const QDate &today);

} // namespace rk
