#include "text/TypedDate.h"

#include <QLocale>
#include <QRegularExpression>

namespace rk::text {

namespace {

QDate fromParts(int day, int month, int year)
{
    if (year < 100)
        year += 2000;
    return QDate(year, month, day);
}

} // namespace

TypedDate parseTypedDate(const QString &given, const QDate &today)
{
    TypedDate result;
    const QString text = given.trimmed();
    if (text.isEmpty()) {
        result.ok = result.empty = true;
        return result;
    }
    const QString word = text.toCaseFolded();
    if (word == QLatin1String("vandaag") || word == QLatin1String("today")) {
        result.ok = true;
        result.date = today;
        return result;
    }
    QDate date;
    // Year first (ISO): 2028-12-31, 2028/12/31.
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    // Day first with separators: 31-12-2028, 31/12/28, 31.12.2028, 1-2-2028.
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{2}|\\d{4})$"));
    // Day first, digits only: 31122028 or 311228.
    static const QRegularExpression digits(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2}|\\d{4})$"));
    if (const QRegularExpressionMatch m = yearFirst.match(text); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const QRegularExpressionMatch m = dayFirst.match(text); m.hasMatch())
        date = fromParts(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const QRegularExpressionMatch m = digits.match(text); m.hasMatch())
        date = fromParts(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else
        date = QLocale().toDate(text, QLocale::ShortFormat);
    result.ok = date.isValid();
    result.date = date;
    return result;
}

QString dateForEditing(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace rk::text
