#include "import/MeasurementFileImport.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace rk {

namespace {
// Rows handed to the writer at a time: large enough that the hand-over costs nothing, small
// enough that the rows in flight are a few hundred kilobytes.
constexpr int kBatch = 2000;
} // namespace

MeasurementFileResult importMeasurementFile(ProjectDocument &document, const Record &indicator, const QString &csvPath,
                                            const MeasurementFileOptions &options)
{
    MeasurementFileResult result;
    CsvText text = readCsvText(csvPath);
    if (!text.ok) {
        result.problem = text.message;
        return result;
    }
    CsvRows rows(std::move(text.text), text.delimiter);
    QStringList fields;
    int line = 0;
    if (!rows.next(&fields, &line)) {
        result.problem = rows.unclosedQuote() ? unclosedQuoteMessage(line)
                                              : QCoreApplication::translate("rk::CsvReader", "Het bestand is leeg.");
        return result;
    }
    QStringList header;
    for (const QString &name : std::as_const(fields))
        header.append(name.trimmed());
    MeasurementColumns columns = guessMeasurementColumns(header);
    if (!options.dateColumn.isEmpty())
        columns.date = findColumn(header, options.dateColumn);
    if (!options.valueColumn.isEmpty())
        columns.value = findColumn(header, options.valueColumn);
    MeasurementLineCheck check(columns, indicatorDefinition(indicator), measurementSeries(document, indicator.id));
    result.problem = check.columnsProblem();
    if (!result.problem.isEmpty())
        return result;

    Record empty = emptyRecord(TableId::Measurement);
    empty.parentId = indicator.id;
    int lines = 0;
    // Checks the next line; false at the end of the file.
    auto readLine = [&](QList<Record> *batch) {
        if (!rows.next(&fields, &line))
            return false;
        ++lines;
        const ImportLine checked = check.check(fields, line);
        if (!checked.error.isEmpty()) {
            if (result.errors.size() < options.errorsKept)
                result.errors.append(checked);
        } else if (batch && check.errorCount() == 0) {
            batch->append(measurementRecord(checked, empty));
        }
        return true;
    };
    bool atEnd = false;
    const bool written = document.appendRecordsFrom(TableId::Measurement, [&](QList<Record> *batch) {
        using Batch = ProjectDocument::BatchResult;
        if (atEnd)
            return Batch::End;
        batch->reserve(kBatch);
        while (readLine(batch)) {
            if (check.errorCount() > 0)
                return Batch::Stop;
            if (batch->size() == kBatch)
                return Batch::Rows;
        }
        atEnd = true;
        if (rows.unclosedQuote() || lines == 0)
            return Batch::Stop;
        return batch->isEmpty() ? Batch::End : Batch::Rows;
    });
    // After a line that cannot be read, the rest is checked too.
    while (readLine(nullptr)) {
    }
    result.errorCount = check.errorCount();
    if (rows.unclosedQuote())
        result.problem = unclosedQuoteMessage(line);
    else if (lines == 0)
        result.problem = MeasurementLineCheck::noRowsProblem();
    else if (!written && result.errorCount == 0)
        result.problem = document.lastError();
    result.imported = written && result.problem.isEmpty() && result.errorCount == 0;
    result.count = result.imported ? lines : 0;
    return result;
}

} // namespace rk
