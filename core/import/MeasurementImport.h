#pragma once

#include "CsvReader.h"
#include "progress/Progress.h"
#include "records/RecordTables.h"

#include <QDate>
#include <QSet>

#include <optional>

namespace rk {

// Which CSV column holds what; -1 when absent.
struct MeasurementColumns
{
    int date = -1;
    int value = -1;
    int source = -1;
    int note = -1;
    int lower = -1; // the 95% interval's bounds, optional
    int upper = -1;
};

struct ImportLine
{
    int lineNumber = 0;
    QDate date;
    double value = 0;
    QString source;
    QString note;
    std::optional<double> lower;
    std::optional<double> upper;
    QString error; // translated; empty when the line can be imported
};

struct ImportPreview
{
    QList<ImportLine> lines;
    int errorCount = 0;
    // Lines dated before the indicator's baseline: they can be read in, but the user should
    // know (an old series is often a mistake in the file, or a baseline set too late).
    int beforeBaseline = 0;
    QString problem; // a problem with the whole file or mapping, translated
    bool canImport() const { return problem.isEmpty() && errorCount == 0 && !lines.isEmpty(); }
};

// Finds columns by header name, case-insensitive, Dutch or English
// (datum/date, waarde/value, bron/source, opmerking/note, ondergrens/lower, bovengrens/upper,
// also as the table's own CSV export names them: "Ondergrens (95%)").
MeasurementColumns guessMeasurementColumns(const QStringList &header);
// A column by its header name (case-insensitive) or 1-based number; -1 when not found.
int findColumn(const QStringList &header, const QString &nameOrNumber);

// Checks the lines of a file one at a time, as previewMeasurements() does with all of them:
// each line gets its date, value, bounds and, when it cannot be imported, why. A date seen
// on an earlier line counts.
class MeasurementLineCheck
{
public:
    MeasurementLineCheck(const MeasurementColumns &columns, const IndicatorDefinition &indicator,
                         const QList<MeasurementPoint> &existing);
    // What is wrong with the choice of columns; empty when they can be read.
    QString columnsProblem() const;
    static QString noRowsProblem();
    ImportLine check(const QStringList &fields, int lineNumber);
    int errorCount() const { return m_errorCount; }
    int beforeBaseline() const { return m_beforeBaseline; }

private:
    MeasurementColumns m_columns;
    IndicatorDefinition m_indicator;
    QSet<QDate> m_known;
    QSet<QDate> m_seen;
    QString m_lastSource;
    QString m_lastNote;
    int m_errorCount = 0;
    int m_beforeBaseline = 0;
};

// Reads every line: dates as DD-MM-YYYY or YYYY-MM-DD (also with / or .), numbers with a
// decimal comma or point. Marks each line that cannot be imported and why: no or bad
// date, no or bad value, a value that does not fit the unit, a date twice in the file
// or already measured; bounds that are not numbers, only one of the two, or that do not hold
// the value.
ImportPreview previewMeasurements(const CsvTable &table, const MeasurementColumns &columns,
                                  const IndicatorDefinition &indicator, const QList<MeasurementPoint> &existing);

QList<Record> measurementRecords(const ImportPreview &preview, const QString &indicatorId);
// One line that can be imported as a row: `empty` is a new measurement row of its indicator.
Record measurementRecord(const ImportLine &line, const Record &empty);

// Parsing helpers, also used by other imports.
QDate parseDutchDate(const QString &text);
bool parseDecimal(const QString &text, double *value);
// YYYY-MM-DD, as stored.
QString isoDate(QDate date);

} // namespace rk
