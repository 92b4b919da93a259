#pragma once

#include "core/Chapter.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace rk {

// What goes into a report.
struct ReportOptions
{
    enum class Kind
    {
        Short,
        Full
    };

    Kind kind = Kind::Short;
    QSet<ChapterId> leftOut; // chapters the user left out
    QString introduction;    // plain text, may be empty
    // Contact persons of partner organisations are personal data: a report (often a public
    // council document) leaves them out unless asked.
    bool includePersonalData = false;
    // The reference date (peildatum): the report shows the project as it stood that day.
    // Figures measured later are left out, verdicts and "old" are judged on that day, and
    // activities whose end date had passed by then while still planned or running are overdue.
    QDate referenceDate = QDate::currentDate();
    // The short report's front page (sender, kenmerk, key messages, the ask) comes from this row
    // of "Raadsrapportages"; empty: the last row, or defaults when there is none.
    QString councilReportId;
    // The full report's change log: the edits from this day to the reference date, from the
    // history. Not valid: no change log. Who made them is named only with personal data.
    QDate changesFrom;

    bool includes(ChapterId chapter) const { return !leftOut.contains(chapter); }
};

} // namespace rk
