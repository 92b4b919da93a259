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

CsvResult parseCsv(const QByteArray &data, const ProgressCallback &progress)
{
    CsvResult result;
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
    const QString text = decodeText(data, &result.table.encoding);
    const QChar delimiter = detectDelimiter(text);
    result.table.delimiter = delimiter;

    QList<QStringList> records;
    QList<int> lines;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    const int size = int(text.size());
    int nextProgress = 0;
    for (int i = 0; i < size; ++i) {
        if (progress && i >= nextProgress) {
            nextProgress = i + 65536;
            if (!progress(int(qint64(i) * 100 / size))) {
                result.cancelled = true;
                result.message = QCoreApplication::translate("rk::CsvReader", "Het inlezen is afgebroken.");
                return result;
            }
        }
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            fields.append(field);
            if (!(fields.size() == 1 && fields.constFirst().trimmed().isEmpty())) {
                records.append(fields);
                lines.append(recordLine);
            }
            fields.clear();
            field.clear();
            fieldStarted = false;
            ++line;
            recordLine = line;
        } else {
            // The rest of an unquoted run at once (a quote inside it is an ordinary
            // character): one copy per field instead of one append per character.
            int end = i + 1;
            while (end < size) {
                const QChar next = text.at(end);
                if (next == delimiter || next == QLatin1Char('\n') || next == QLatin1Char('\r'))
                    break;
                ++end;
            }
            field.append(QStringView(text).mid(i, end - i));
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (quoted) {
        result.message = QCoreApplication::translate(
                             "rk::CsvReader", "Regel %1: een veld tussen aanhalingstekens wordt niet afgesloten.")
                             .arg(recordLine);
        return result;
    }
    if (fieldStarted || !fields.isEmpty() || !field.isEmpty()) {
        fields.append(field);
        records.append(fields);
        lines.append(recordLine);
    }
    if (records.isEmpty()) {
        result.message = QCoreApplication::translate("rk::CsvReader", "Het bestand is leeg.");
        return result;
    }
    for (QString &name : records.first())
        name = name.trimmed();
    result.table.header = records.takeFirst();
    lines.removeFirst();
    result.table.rows = records;
    result.table.lineNumbers = lines;
    result.ok = true;
    if (progress)
        progress(100);
    return result;
}

CsvResult readCsvFile(const QString &path, const ProgressCallback &progress)
{
    CsvResult result;
    const QFileInfo info(path);
    const QString shown = text::printable(path); // the name may come from someone else
    if (!info.exists()) {
        result.message = QCoreApplication::translate("rk::CsvReader", "Het bestand %1 bestaat niet.").arg(shown);
        return result;
    }
    if (info.isDir()) {
        result.message =
            QCoreApplication::translate("rk::CsvReader", "%1 is een map. Kies een CSV-bestand.").arg(shown);
        return result;
    }
    if (info.size() > kMaxCsvBytes) {
        result.message =
            QCoreApplication::translate("rk::CsvReader", "Het bestand is te groot (%1 MB). Er kan ten hoogste %2 MB "
                                                         "tegelijk worden ingelezen; splits het bestand.")
                .arg(info.size() / (1024 * 1024))
                .arg(kMaxCsvBytes / (1024 * 1024));
        return result;
    }
    QFile file;
    switch (openRegularFile(file, path)) {
    case RegularFileStatus::Opened:
        break;
    case RegularFileStatus::NotAFile:
        result.message =
            QCoreApplication::translate("rk::CsvReader", "%1 is geen gewoon bestand en wordt niet gelezen.").arg(shown);
        return result;
    case RegularFileStatus::NotReadable:
        result.message =
            QCoreApplication::translate("rk::CsvReader", "Het bestand %1 kan niet worden gelezen.").arg(shown);
        return result;
    }
    return parseCsv(file.readAll(), progress);
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
