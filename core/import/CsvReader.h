#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace rk {

// A table read from a CSV file: the header row and the data rows, each with the line
// number (1-based, of the file) on which it starts.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lineNumbers;
    QChar delimiter;
    QString encoding; // "UTF-8" or "Windows-1252"
};

struct CsvResult
{
    CsvTable table;
    bool ok = false;
    QString message; // translated, when not ok
    bool cancelled = false;
};

// Called now and then with the share done (0..100); return false to cancel.
using ProgressCallback = std::function<bool(int percent)>;

constexpr qint64 kMaxCsvBytes = 20 * 1024 * 1024;

// The rows of CSV text one at a time, for a reader that checks and writes them as it goes
// (a long import need not hold the whole file as a table). Fields in quotes may hold the
// delimiter, line breaks and doubled quotes; blank lines are skipped.
class CsvRows
{
public:
    CsvRows(QString text, QChar delimiter);
    // The next row and the line of the file it starts on (1-based); false at the end, or at
    // a quoted field that is never closed (then unclosedQuote()).
    bool next(QStringList *fields, int *line);
    bool unclosedQuote() const { return m_unclosedQuote; }
    // How far the text is read, for progress.
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_text.size(); }

private:
    QString m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_unclosedQuote = false;
};

// A CSV file read and decoded, before its rows are parsed: what readCsvFile() checks first.
struct CsvText
{
    QString text;
    QChar delimiter;
    QString encoding;
    bool ok = false;
    QString message; // translated, when not ok
};
CsvText readCsvText(const QString &path);
CsvText decodeCsv(const QByteArray &data);
// What is said of a file whose quoted field, begun on `line`, is never closed.
QString unclosedQuoteMessage(int line);

// Reads CSV the way Dutch exports come: ';', ',' or tab separated (taken from the
// header line), fields in quotes or not, UTF-8 with or without BOM or else Windows-1252.
// Refuses files that are too large, binary or empty, with a message in plain words.
CsvResult readCsvFile(const QString &path, const ProgressCallback &progress = {});
CsvResult parseCsv(const QByteArray &data, const ProgressCallback &progress = {});

// UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252.
QString decodeText(const QByteArray &data, QString *encoding = nullptr);

// Writes rows as CSV with ';' and quotes where needed, UTF-8 with BOM (opens well in
// spreadsheet programs set to Dutch).
QByteArray writeCsv(const QStringList &header, const QList<QStringList> &rows);

} // namespace rk
