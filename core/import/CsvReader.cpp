#include "CsvReader.h"

#include "storage/RegularFile.h"
#include "text/PrintableText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace rk {

namespace {

// The bytes 0x80-0x9F of Windows-1252; the other bytes are Latin-1.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

QString fromWindows1252(const QByteArray &data)
{
    QString text;
    text.reserve(data.size());
    for (const char c : data) {
        const auto byte = static_cast<unsigned char>(c);
        text.append(byte >= 0x80 && byte < 0xA0 ? QChar(kCp1252High[byte - 0x80]) : QChar(char16_t(byte)));
    }
    return text;
}

QChar detectDelimiter(const QString &text)
{
    const QString firstLine = text.left(text.indexOf(QLatin1Char('\n')));
    int best = 0;
    QChar delimiter = QLatin1Char(';');
    for (const QChar candidate : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
        // Count outside quotes only.
        int count = 0;
        bool quoted = false;
        for (const QChar c : firstLine) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == candidate && !quoted)
                ++count;
        }
        if (count > best) {
            best = count;
            delimiter = candidate;
        }
    }
    return delimiter;
}

} // namespace

QString decodeText(const QByteArray &data, QString *encoding)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    if (encoding)
        *encoding = QStringLiteral("Windows-1252");
    return fromWindows1252(bytes);
}

CsvRows::CsvRows(QString text, QChar delimiter)
    : m_text(std::move(text))
    , m_delimiter(delimiter)
{
}

bool CsvRows::next(QStringList *fields, int *line)
{
    const qsizetype size = m_text.size();
    const QChar quote = QLatin1Char('"');
    while (m_pos < size) {
        fields->clear();
        QString field;
        bool quoted = false;
        bool fieldStarted = false;
        bool ended = false;
        const int start = m_line;
        while (m_pos < size && !ended) {
            const QChar c = m_text.at(m_pos);
            if (quoted) {
                if (c == quote) {
                    if (m_pos + 1 < size && m_text.at(m_pos + 1) == quote) {
                        field.append(quote);
                        m_pos += 2;
                    } else {
                        quoted = false;
                        ++m_pos;
                    }
                    continue;
                }
                // The rest of the quoted run at once, up to the next quote.
                qsizetype end = m_pos;
                while (end < size && m_text.at(end) != quote) {
                    if (m_text.at(end) == QLatin1Char('\n'))
                        ++m_line;
                    ++end;
                }
                field.append(QStringView(m_text).mid(m_pos, end - m_pos));
                m_pos = end;
            } else if (c == quote && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                ++m_pos;
            } else if (c == m_delimiter) {
                fields->append(field);
                field.clear();
                fieldStarted = false;
                ++m_pos;
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                ++m_pos;
                if (c == QLatin1Char('\r') && m_pos < size && m_text.at(m_pos) == QLatin1Char('\n'))
                    ++m_pos;
                ++m_line;
                ended = true;
            } else {
                // The rest of an unquoted run at once (a quote inside it is an ordinary
                // character): one copy per field instead of one append per character.
                qsizetype end = m_pos + 1;
                while (end < size) {
                    const QChar next = m_text.at(end);
                    if (next == m_delimiter || next == QLatin1Char('\n') || next == QLatin1Char('\r'))
                        break;
                    ++end;
                }
                field.append(QStringView(m_text).mid(m_pos, end - m_pos));
                fieldStarted = true;
                m_pos = end;
            }
        }
        *line = start;
        if (quoted) {
            m_unclosedQuote = true;
            return false;
        }
        if (!ended && !fieldStarted && fields->isEmpty() && field.isEmpty())
            return false;
        fields->append(field);
        // A blank line is no row; the last line of the file, without a line break, always is.
        if (ended && fields->size() == 1 && fields->constFirst().trimmed().isEmpty())
            continue;
        return true;
    }
    return false;
}

QString unclosedQuoteMessage(int line)
{
    return QCoreApplication::translate("rk::CsvReader",
                                       "Regel %1: een veld tussen aanhalingstekens wordt niet afgesloten.")
        .arg(line);
}

CsvText decodeCsv(const QByteArray &data)
{
    CsvText result;
    if (data.trimmed().isEmpty()) {
        result.message = QCoreApplication::translate("rk::CsvReader", "Het bestand is leeg.");
        return result;
    }
    // Text files hold no NUL bytes; anything with them is a binary file.
    if (data.left(64 * 1024).contains('\0')) {
        result.message = QCoreApplication::translate(
            "rk::CsvReader",
            "Dit is geen tekstbestand. Kies een CSV-bestand (bijvoorbeeld een export uit een spreadsheet).");
        return result;
    }
    result.text = decodeText(data, &result.encoding);
    result.delimiter = detectDelimiter(result.text);
    result.ok = true;
    return result;
}

CsvResult parseCsv(const QByteArray &data, const ProgressCallback &progress)
{
    CsvResult result;
    CsvText decoded = decodeCsv(data);
    if (!decoded.ok) {
        result.message = decoded.message;
        return result;
    }
    result.table.encoding = decoded.encoding;
    result.table.delimiter = decoded.delimiter;
    CsvRows rows(std::move(decoded.text), decoded.delimiter);
    QList<QStringList> records;
    QList<int> lines;
    QStringList fields;
    int line = 0;
    qsizetype nextProgress = 0;
    while (rows.next(&fields, &line)) {
        records.append(fields);
        lines.append(line);
        if (progress && rows.position() >= nextProgress) {
            nextProgress = rows.position() + 65536;
            if (!progress(int(qint64(rows.position()) * 100 / std::max<qsizetype>(rows.size(), 1)))) {
                result.cancelled = true;
                result.message = QCoreApplication::translate("rk::CsvReader", "Het inlezen is afgebroken.");
                return result;
            }
        }
    }
    if (rows.unclosedQuote()) {
        result.message = unclosedQuoteMessage(line);
        return result;
    }
    if (records.isEmpty()) {
        result.message = QCoreApplication::translate("rk::CsvReader", "Het bestand is leeg.");
        return result;
    }
    for (QString &name : records.first())
        name = name.trimmed();
    result.table.header = records.takeFirst();
    lines.removeFirst();
    result.table.rows = std::move(records);
    result.table.lineNumbers = std::move(lines);
    result.ok = true;
    if (progress)
        progress(100);
    return result;
}

namespace {
// The file's bytes, after the checks every CSV file gets; false with `message` set.
bool readCsvBytes(const QString &path, QByteArray *bytes, QString *message)
{
    const QFileInfo info(path);
    const QString shown = text::printable(path); // the name may come from someone else
    if (!info.exists()) {
        *message = QCoreApplication::translate("rk::CsvReader", "Het bestand %1 bestaat niet.").arg(shown);
        return false;
    }
    if (info.isDir()) {
        *message = QCoreApplication::translate("rk::CsvReader", "%1 is een map. Kies een CSV-bestand.").arg(shown);
        return false;
    }
    if (info.size() > kMaxCsvBytes) {
        *message =
            QCoreApplication::translate("rk::CsvReader", "Het bestand is te groot (%1 MB). Er kan ten hoogste %2 MB "
                                                         "tegelijk worden ingelezen; splits het bestand.")
                .arg(info.size() / (1024 * 1024))
                .arg(kMaxCsvBytes / (1024 * 1024));
        return false;
    }
    QFile file;
    switch (openRegularFile(file, path)) {
    case RegularFileStatus::Opened:
        break;
    case RegularFileStatus::NotAFile:
        *message =
            QCoreApplication::translate("rk::CsvReader", "%1 is geen gewoon bestand en wordt niet gelezen.").arg(shown);
        return false;
    case RegularFileStatus::NotReadable:
        *message = QCoreApplication::translate("rk::CsvReader", "Het bestand %1 kan niet worden gelezen.").arg(shown);
        return false;
    }
    *bytes = file.readAll();
    return true;
}
} // namespace

CsvText readCsvText(const QString &path)
{
    QByteArray bytes;
    CsvText result;
    return readCsvBytes(path, &bytes, &result.message) ? decodeCsv(bytes) : result;
}

CsvResult readCsvFile(const QString &path, const ProgressCallback &progress)
{
    QByteArray bytes;
    CsvResult result;
    return readCsvBytes(path, &bytes, &result.message) ? parseCsv(bytes, progress) : result;
}

QByteArray writeCsv(const QStringList &header, const QList<QStringList> &rows)
{
    auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &value : fields) {
            QString v = value;
            // Text that a spreadsheet would run as a formula is prefixed with a quote.
            if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.at(0)) &&
                !(v.at(0) == QLatin1Char('-') && v.size() > 1 && v.at(1).isDigit()))
                v.prepend(QLatin1Char('\''));
            if (v.contains(QLatin1Char(';')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')))
                v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            quoted.append(v);
        }
        return quoted.join(QLatin1Char(';'));
    };
    QString text = line(header) + QStringLiteral("\r\n");
    for (const QStringList &row : rows)
        text += line(row) + QStringLiteral("\r\n");
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace rk
