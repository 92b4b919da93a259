#pragma once

#include "Chapter.h"
#include "records/RecordTables.h"

#include <QString>

namespace rk {

// A place in the workbook that the UI can show: the dashboard, a chapter's status or
// notes, one question, one checklist item, or one cell of a chapter table.
struct WorkbookLocation
{
    enum class Kind
    {
        Dashboard,
        ChapterStatus,
        Notes,
        Question,
        ChecklistItem,
        Record,
        Indicator,
    };

    Kind kind = Kind::Dashboard;
    ChapterId chapter = ChapterId::Verkenning;
    QString key; // question or checklist item key; for Record, text to filter the table by (or empty)
    TableId table = TableId::LocalFigure;
    QString recordId; // for Record, and the indicator's id for Indicator
    int field = -1;
};

} // namespace rk
