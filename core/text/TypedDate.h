#pragma once

#include <QDate>
#include <QString>

namespace rk::text {

// A date as people type it, in either language: 31-12-2028, 31-12-28, 31/12/2028,
// 31.12.2028, 31122028, 311228, 2028-12-31, the UI language's short form, and "vandaag" or
// "today". Two-digit years are 2000 + yy. Empty text is a valid empty date.
struct TypedDate
{
    bool ok = false;    // the text is a date, or empty
    bool empty = false; // the text is empty (clears the date)
    QDate date;
};

TypedDate parseTypedDate(const QString &text, const QDate &today = QDate::currentDate());

// How a date is shown for editing: the UI language's short form, the same as in the table.
QString dateForEditing(const QDate &date);

} // namespace rk::text
