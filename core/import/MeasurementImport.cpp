#include "MeasurementImport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <charconv>

namespace rk {

namespace {
const QStringList kDateNames = {QStringLiteral("datum"), QStringLiteral("date"), QStringLiteral("peildatum")};
const QStringList kValueNames = {QStringLiteral("waarde"), QStringLiteral("value")};
const QStringList kSourceNames = {QStringLiteral("bron"), QStringLiteral("source")};
const QStringList kNoteNames = {QStringLiteral("opmerking"), QStringLiteral("note"), QStringLiteral("toelichting")};
const QStringList kLowerNames = {QStringLiteral("ondergrens"), QStringLiteral("ondergrens (95%)"),
                                 QStringLiteral("lower"), QStringLiteral("lower bound"),
                                 QStringLiteral("lower bound (95%)")};
const QStringList kUpperNames = {QStringLiteral("bovengrens"), QStringLiteral("bovengrens (95%)"),
                                 QStringLiteral("upper"), QStringLiteral("upper bound"),
                                 QStringLiteral("upper bound (95%)")};

int columnNamed(const QStringList &header, const QStringList &names)
{
    for (int i = 0; i < header.size(); ++i) {
        if (names.contains(header.at(i).trimmed().toLower()))
            return i;
    }
    return -1;
}
} // namespace

MeasurementColumns guessMeasurementColumns(const QStringList &header)
{
    return {columnNamed(header, kDateNames), columnNamed(header, kValueNames), columnNamed(header, kSourceNames),
            columnNamed(header, kNoteNames), columnNamed(header, kLowerNames), columnNamed(header, kUpperNames)};
}

int findColumn(const QStringList &header, const QString &nameOrNumber)
{
    const int byName = columnNamed(header, {nameOrNumber.trimmed().toLower()});
    if (byName >= 0)
        return byName;
    bool isNumber = false;
    const int number = nameOrNumber.toInt(&isNumber);
    return isNumber && number >= 1 && number <= header.size() ? number - 1 : -1;
}

namespace {
// Reads up to `maxDigits` digits from `text` at `pos`; -1 when there are none.
int readNumber(const QString &text, int *pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (*pos < text.size() && digits < maxDigits && text.at(*pos).isDigit()) {
        value = value * 10 + text.at(*pos).digitValue();
        ++*pos;
        ++digits;
    }
    return digits == 0 ? -1 : value;
}

bool isDateSeparator(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('.');
}
} // namespace

// By hand rather than with a regular expression: imports run this for every line.
QDate parseDutchDate(const QString &given)
{
    const QString text = given.trimmed();
    int pos = 0;
    const int startDigits = [&] {
        int n = 0;
        while (n < text.size() && text.at(n).isDigit())
            ++n;
        return n;
    }();
    if (startDigits == 4) {
        const int year = readNumber(text, &pos, 4);
        if (pos >= text.size() || !isDateSeparator(text.at(pos++)))
            return {};
        const int month = readNumber(text, &pos, 2);
        if (month < 0 || pos >= text.size() || !isDateSeparator(text.at(pos++)))
            return {};
        const int day = readNumber(text, &pos, 2);
        return day < 0 || pos != text.size() ? QDate() : QDate(year, month, day);
    }
    if (startDigits < 1 || startDigits > 2)
        return {};
    const int day = readNumber(text, &pos, 2);
    if (pos >= text.size() || !isDateSeparator(text.at(pos++)))
        return {};
    const int month = readNumber(text, &pos, 2);
    if (month < 0 || pos >= text.size() || !isDateSeparator(text.at(pos++)))
        return {};
    const int start = pos;
    const int year = readNumber(text, &pos, 4);
    return year < 0 || pos - start != 4 || pos != text.size() ? QDate() : QDate(year, month, day);
}

bool parseDecimal(const QString &given, double *value)
{
    // Copied into a small buffer of ASCII characters (spaces dropped, the decimal comma made
    // a point) and read with std::from_chars: no allocation, and no locale in the way.
    // Imports run this for every line.
    const QStringView text = QStringView(given).trimmed();
    const qsizetype comma = text.lastIndexOf(u',');
    const qsizetype point = text.lastIndexOf(u'.');
    // Both present: the last one is the decimal sign, the other groups thousands.
    const char16_t thousands = comma >= 0 && point >= 0 ? (comma > point ? u'.' : u',') : u'\0';
    char buffer[64];
    int length = 0;
    int digits = 0;
    int points = 0;
    bool exponent = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u' ' || c == 0x00A0 || (thousands && c == thousands))
            continue;
        char ascii = 0;
        if (c >= u'0' && c <= u'9') {
            ascii = char(c);
            digits += exponent ? 0 : 1;
        } else if (c == u'.' || c == u',') {
            if (exponent)
                return false;
            ascii = '.';
            ++points;
        } else if ((c == u'-' || c == u'+') && (length == 0 || (exponent && (buffer[length - 1] == 'e')))) {
            ascii = char(c);
        } else if ((c == u'e' || c == u'E') && digits > 0 && !exponent) {
            ascii = 'e';
            exponent = true;
        } else {
            return false;
        }
        if (length == int(sizeof buffer))
            return false;
        buffer[length++] = ascii;
    }
    if (digits == 0 || points > 1)
        return false;
    // from_chars takes no leading '+'.
    const char *begin = buffer[0] == '+' ? buffer + 1 : buffer;
    const char *end = buffer + length;
    double result = 0;
    const auto [rest, error] = std::from_chars(begin, end, result);
    if (error != std::errc() || rest != end || !qIsFinite(result))
        return false;
    *value = result;
    return true;
}

QString isoDate(QDate date)
{
    // By hand: QDate::toString(Qt::ISODate) formats through a printf-style routine, a
    // tenth of a large import's time.
    const int year = date.year();
    if (!date.isValid() || year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    auto *out = reinterpret_cast<char16_t *>(text.data());
    auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        out += digits;
    };
    put(year, 4);
    *out++ = u'-';
    put(date.month(), 2);
    *out++ = u'-';
    put(date.day(), 2);
    return text;
}

namespace {
// The bounds of a line's 95% interval, when its columns are chosen: both or neither, numbers,
// around the value. False with the line's error set otherwise.
bool readBounds(const QString &lowerText, const QString &upperText, ImportLine *line)
{
    const bool noLower = lowerText.isEmpty() || lowerText == QLatin1String(".");
    const bool noUpper = upperText.isEmpty() || upperText == QLatin1String(".");
    if (noLower && noUpper)
        return true;
    double lower = 0;
    double upper = 0;
    if (noLower != noUpper)
        line->error = QCoreApplication::translate("rk::MeasurementImport", "geef beide grenzen van de marge, of geen");
    else if (!parseDecimal(lowerText, &lower))
        line->error = QCoreApplication::translate("rk::MeasurementImport", "ondergrens \"%1\" is geen getal")
                          .arg(lowerText.left(40));
    else if (!parseDecimal(upperText, &upper))
        line->error = QCoreApplication::translate("rk::MeasurementImport", "bovengrens \"%1\" is geen getal")
                          .arg(upperText.left(40));
    else if (lower > line->value || upper < line->value)
        line->error = QCoreApplication::translate("rk::MeasurementImport", "de waarde ligt niet tussen de grenzen");
    if (!line->error.isEmpty())
        return false;
    line->lower = lower;
    line->upper = upper;
    return true;
}
} // namespace

MeasurementLineCheck::MeasurementLineCheck(const MeasurementColumns &columns, const IndicatorDefinition &indicator,
                                           const QList<MeasurementPoint> &existing)
    : m_columns(columns)
    , m_indicator(indicator)
{
    for (const MeasurementPoint &point : existing)
        m_known.insert(point.date);
}

QString MeasurementLineCheck::columnsProblem() const
{
    return m_columns.date < 0 || m_columns.value < 0
               ? QCoreApplication::translate("rk::MeasurementImport",
                                             "Kies welke kolom de datum en welke kolom de waarde bevat.")
               : QString();
}

QString MeasurementLineCheck::noRowsProblem()
{
    return QCoreApplication::translate("rk::MeasurementImport", "Het bestand bevat geen regels met gegevens.");
}

ImportLine MeasurementLineCheck::check(const QStringList &fields, int lineNumber)
{
    ImportLine line;
    line.lineNumber = lineNumber;
    auto field = [&](int column) {
        return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
    };
    const int needed = std::max(m_columns.date, m_columns.value) + 1;
    const QString dateText = field(m_columns.date);
    const QString valueText = field(m_columns.value);
    // A source or note is often the same on every line: then the lines share one text.
    auto shared = [](QString text, QString *last) {
        if (text != *last)
            *last = text;
        return *last;
    };
    line.source = shared(field(m_columns.source).left(500), &m_lastSource);
    line.note = shared(field(m_columns.note).left(500), &m_lastNote);
    line.date = parseDutchDate(dateText);
    const bool numeric = parseDecimal(valueText, &line.value);
    if (fields.size() < needed)
        line.error = QCoreApplication::translate("rk::MeasurementImport", "te weinig kolommen");
    else if (dateText.isEmpty())
        line.error = QCoreApplication::translate("rk::MeasurementImport", "geen datum");
    else if (!line.date.isValid())
        line.error =
            QCoreApplication::translate("rk::MeasurementImport", "\"%1\" is geen geldige datum").arg(dateText.left(40));
    else if (valueText.isEmpty() || valueText == QLatin1String("."))
        line.error = QCoreApplication::translate("rk::MeasurementImport", "geen waarde");
    else if (!numeric)
        line.error =
            QCoreApplication::translate("rk::MeasurementImport", "\"%1\" is geen getal").arg(valueText.left(40));
    else if (m_indicator.unit == UnitKind::Percentage && (line.value < 0 || line.value > 100))
        line.error = QCoreApplication::translate("rk::MeasurementImport", "een percentage ligt tussen 0 en 100");
    else if (m_indicator.unit == UnitKind::Count && line.value < 0)
        line.error = QCoreApplication::translate("rk::MeasurementImport", "een aantal kan niet negatief zijn");
    else if (m_seen.contains(line.date))
        line.error = QCoreApplication::translate("rk::MeasurementImport", "deze datum staat al eerder in het bestand");
    else if (m_known.contains(line.date))
        line.error = QCoreApplication::translate("rk::MeasurementImport", "er is al een meting op deze datum");
    if (line.error.isEmpty())
        readBounds(field(m_columns.lower), field(m_columns.upper), &line); // sets the error when they do not fit
    if (line.error.isEmpty())
        m_seen.insert(line.date);
    else
        ++m_errorCount;
    if (line.error.isEmpty() && m_indicator.baselineDate.isValid() && line.date < m_indicator.baselineDate)
        ++m_beforeBaseline;
    return line;
}

ImportPreview previewMeasurements(const CsvTable &table, const MeasurementColumns &columns,
                                  const IndicatorDefinition &indicator, const QList<MeasurementPoint> &existing)
{
    ImportPreview preview;
    MeasurementLineCheck check(columns, indicator, existing);
    preview.problem = check.columnsProblem();
    if (preview.problem.isEmpty() && table.rows.isEmpty())
        preview.problem = MeasurementLineCheck::noRowsProblem();
    if (!preview.problem.isEmpty())
        return preview;
    preview.lines.reserve(table.rows.size());
    for (int i = 0; i < table.rows.size(); ++i)
        preview.lines.append(check.check(table.rows.at(i), table.lineNumbers.value(i, i + 2)));
    preview.errorCount = check.errorCount();
    preview.beforeBaseline = check.beforeBaseline();
    return preview;
}

Record measurementRecord(const ImportLine &line, const Record &empty)
{
    Record record = empty;
    setField(record, MeasurementField::Date, isoDate(line.date));
    setField(record, MeasurementField::Value, line.value);
    setField(record, MeasurementField::Source, line.source);
    setField(record, MeasurementField::Note, line.note);
    if (line.lower && line.upper) {
        setField(record, MeasurementField::Lower, *line.lower);
        setField(record, MeasurementField::Upper, *line.upper);
    }
    return record;
}

QList<Record> measurementRecords(const ImportPreview &preview, const QString &indicatorId)
{
    QList<Record> records;
    records.reserve(preview.lines.size());
    Record empty = emptyRecord(TableId::Measurement);
    empty.parentId = indicatorId;
    for (const ImportLine &line : preview.lines)
        records.append(measurementRecord(line, empty));
    return records;
}

} // namespace rk
