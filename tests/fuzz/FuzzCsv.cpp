// libFuzzer target: any bytes given as a CSV of measurements or organisations must be read
// or refused with a message, never crash.

#include "import/CsvReader.h"
#include "import/MeasurementImport.h"

#include <QCoreApplication>

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const rk::CsvResult csv = rk::parseCsv(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!csv.ok)
        return 0;
    rk::IndicatorDefinition indicator;
    indicator.unit = rk::UnitKind::Percentage;
    const rk::ImportPreview preview =
        rk::previewMeasurements(csv.table, rk::guessMeasurementColumns(csv.table.header), indicator, {});
    (void)rk::measurementRecords(preview, QStringLiteral("00000000-0000-4000-8000-000000000000"));
    return 0;
}
