#pragma once

#include "import/MeasurementImport.h"

namespace rk {

class ProjectDocument;

struct MeasurementFileOptions
{
    QString dateColumn;  // a header name or column number; empty: found by its name
    QString valueColumn; // the same
    int errorsKept = 10; // how many lines that cannot be read are kept to be shown
};

struct MeasurementFileResult
{
    bool imported = false;
    int count = 0;            // rows written
    int errorCount = 0;       // lines that cannot be read; then nothing is written
    QList<ImportLine> errors; // the first of them, in the order of the file
    QString problem;          // the file, its columns or the write, translated; then nothing is written
};

// Reads a CSV file of measurements into `indicator` without showing them first (the command
// line): each line is checked as previewMeasurements() checks it and becomes a row while the
// rows before it are written (ProjectDocument::appendRecordsFrom()), so the file is never
// held as a table. All or nothing: when one line cannot be read, no row is written and the
// rest of the file is still read, to say what else is wrong.
MeasurementFileResult importMeasurementFile(ProjectDocument &document, const Record &indicator, const QString &csvPath,
                                            const MeasurementFileOptions &options = {});

} // namespace rk
