#include "StatLine.h"


#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <deque>
#include <vector>

namespace rk {

namespace {

// --- Reading lines -------------------------------------------------------------------

constexpr qint64 kBlockBytes = 4 * 1024 * 1024;
// A national export is about 200 MB; ten times that is not a StatLine export we know.
constexpr qint64 kMaxStatLineBytes = qint64(2) * 1024 * 1024 * 1024;

QByteArrayView trimmed(QByteArrayView field)
{
    qsizetype begin = 0;
    qsizetype end = field.size();
    while (begin < end && (field[begin] == ' ' || field[begin] == '\t'))
        ++begin;
    while (end > begin && (field[end - 1] == ' ' || field[end - 1] == '\t'))
        --end;
    return field.sliced(begin, end - begin);
}

// Splits one line into trimmed fields; quoted fields may hold the delimiter and "" for a
// quote. False when a quote is not closed on its line.
bool splitLine(QByteArrayView line, char delimiter, std::vector<QByteArrayView> *fields,
               std::deque<QByteArray> *scratch)
{
    fields->clear();
    scratch->clear();
    qsizetype pos = 0;
    const qsizetype size = line.size();
    while (true) {
        while (pos < size && (line[pos] == ' ' || line[pos] == '\t'))
            ++pos;
        if (pos < size && line[pos] == '"') {
            const qsizetype start = ++pos;
            bool escaped = false;
            while (true) {
                while (pos < size && line[pos] != '"')
                    ++pos;
                if (pos >= size)
                    return false;
                if (pos + 1 < size && line[pos + 1] == '"') {
                    escaped = true;
                    pos += 2;
                    continue;
                }
                break;
            }
            QByteArrayView inside = line.sliced(start, pos - start);
            ++pos; // the closing quote
            if (escaped) {
                scratch->emplace_back(inside.toByteArray().replace("\"\"", "\""));
                inside = QByteArrayView(scratch->back());
            }
            fields->push_back(trimmed(inside));
            while (pos < size && line[pos] != delimiter)
                ++pos; // anything after the closing quote is ignored
        } else {
            const qsizetype start = pos;
            while (pos < size && line[pos] != delimiter)
                ++pos;
            fields->push_back(trimmed(line.sliced(start, pos - start)));
        }
        if (pos >= size)
            return true;
        ++pos; // the delimiter
    }
}

struct LineReader
{
    QFile file;
    QByteArray buffer;
    qsizetype offset = 0;
    qint64 done = 0;
    qint64 total = 0;
    int lineNumber = 0;
    bool atEnd = false;

    // The next line without its end, or false at the end of the file.
    bool next(QByteArrayView *line)
    {
        while (true) {
            const qsizetype newline = buffer.indexOf('\n', offset);
            if (newline >= 0) {
                qsizetype end = newline;
                if (end > offset && buffer.at(end - 1) == '\r')
                    --end;
                *line = QByteArrayView(buffer).sliced(offset, end - offset);
                offset = newline + 1;
                ++lineNumber;
                return true;
            }
            if (atEnd) {
                if (offset >= buffer.size())
                    return false;
                *line = QByteArrayView(buffer).sliced(offset);
                if (line->endsWith('\r'))
                    line->chop(1);
                offset = buffer.size();
                ++lineNumber;
                return true;
            }
            buffer.remove(0, offset);
            offset = 0;
            const QByteArray more = file.read(kBlockBytes);
            done += more.size();
            if (more.isEmpty())
                atEnd = true;
            buffer.append(more);
        }
    }

    int percent() const { return total > 0 ? int(done * 100 / total) : 100; }
};

enum class Role
{
    Ignore,
    Region,
    Period,
    Age,
    Margins,
    Name,
    MunicipalityName,
    Topic
};

QString withoutNumber(const QString &column)
{
    static const QRegularExpression suffix(QStringLiteral("_\\d+$"));
    QString key = column;
    key.remove(suffix);
    return key;
}

Role roleOf(const QString &column)
{
    const QString name = withoutNumber(column).toLower().remove(QLatin1Char(' '));
    if (name == QLatin1String("perioden") || name == QLatin1String("periode"))
        return Role::Period;
    if (name == QLatin1String("wijkenenbuurten") || name == QLatin1String("regios") ||
        name == QLatin1String("regio's") || name == QLatin1String("gemeenten") || name == QLatin1String("regio"))
        return Role::Region;
    if (name == QLatin1String("leeftijd") || name == QLatin1String("leeftijden"))
        return Role::Age;
    if (name == QLatin1String("marges") || name == QLatin1String("marge"))
        return Role::Margins;
    if (name == QLatin1String("naam") || name == QLatin1String("regionaam") || name == QLatin1String("gebiedsnaam") ||
        name == QLatin1String("wijkenenbuurtennaam") || name == QLatin1String("wijkenbuurtnaam"))
        return Role::Name;
    if (name == QLatin1String("gemeentenaam"))
        return Role::MunicipalityName;
    if (name == QLatin1String("id") || name == QLatin1String("soortregio") || name == QLatin1String("codering") ||
        name.startsWith(QLatin1String("indelingswijziging")) || name == QLatin1String("meestvoorkomendepostcode") ||
        name == QLatin1String("dekkingspercentage"))
        return Role::Ignore;
    return Role::Topic;
}

enum class Number
{
    Missing,
    Value,
    NotANumber
};

// "  47", "12.1", "12,1", "." (missing) or empty (missing).
Number parseNumber(QByteArrayView field, double *value)
{
    if (field.isEmpty() || field == ".")
        return Number::Missing;
    char copy[64];
    if (field.size() >= qsizetype(sizeof copy))
        return Number::NotANumber;
    for (qsizetype i = 0; i < field.size(); ++i)
        copy[i] = field[i] == ',' ? '.' : field[i];
    const char *end = copy + field.size();
    const auto [ptr, error] = std::from_chars(copy, end, *value);
    if (error != std::errc() || ptr != end || !std::isfinite(*value))
        return Number::NotANumber;
    return Number::Value;
}

QString text(QByteArrayView field)
{
    return QString::fromUtf8(field);
}

QString splitWords(const QString &key)
{
    // "ErnstigZeerErnstigEenzaam" -> "Ernstig zeer ernstig eenzaam"
    QString words;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (i > 0 && c.isUpper() && !key.at(i - 1).isUpper())
            words += QLatin1Char(' ') + c.toLower();
        else
            words += c;
    }
    return words;
}

QString knownTopicLabel(const QString &key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("eenzaam"))
        return QCoreApplication::translate("rk::StatLine", "Eenzaam");
    if (k == QLatin1String("ernstigzeerernstigeenzaam"))
        return QCoreApplication::translate("rk::StatLine", "Ernstig of zeer ernstig eenzaam");
    if (k == QLatin1String("emotioneeleenzaam"))
        return QCoreApplication::translate("rk::StatLine", "Emotioneel eenzaam");
    if (k == QLatin1String("sociaaleenzaam"))
        return QCoreApplication::translate("rk::StatLine", "Sociaal eenzaam");
    return {};
}

struct Header
{
    char delimiter = ';';
    QStringList columns;
    std::vector<Role> roles;
    int region = -1, period = -1, age = -1, margins = -1, name = -1, municipalityName = -1;
};

// Opens the file and reads its header; a translated problem when it is not a usable export.
QString openExport(const QString &path, LineReader *reader, Header *header)
{
    reader->file.setFileName(path);
    if (!reader->file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("rk::StatLine", "Het bestand kan niet worden gelezen: %1").arg(reader->file.errorString());
    reader->total = reader->file.size();
    if (reader->total > kMaxStatLineBytes)
        return QCoreApplication::translate("rk::StatLine", "Het bestand is groter dan 2 GB; zo groot is geen export van StatLine.");
    QByteArrayView line;
    if (!reader->next(&line) || trimmed(line).isEmpty())
        return QCoreApplication::translate("rk::StatLine", "Het bestand is leeg.");
    if (line.startsWith("\xEF\xBB\xBF"))
        line = line.sliced(3);
    if (line.contains('\0'))
        return QCoreApplication::translate("rk::StatLine", "Dit is geen tekstbestand.");
    header->delimiter = line.contains(';') ? ';' : line.contains('\t') ? '\t' : ',';
    std::vector<QByteArrayView> fields;
    std::deque<QByteArray> scratch;
    if (!splitLine(line, header->delimiter, &fields, &scratch))
        return QCoreApplication::translate("rk::StatLine", "De eerste regel is geen kopregel: een aanhalingsteken is niet gesloten.");
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const QString column = text(fields[i]);
        const Role role = roleOf(column);
        header->columns.append(column);
        header->roles.push_back(role);
        int *slot = role == Role::Region             ? &header->region
                    : role == Role::Period           ? &header->period
                    : role == Role::Age              ? &header->age
                    : role == Role::Margins          ? &header->margins
                    : role == Role::Name             ? &header->name
                    : role == Role::MunicipalityName ? &header->municipalityName
                                                     : nullptr;
        if (slot && *slot < 0)
            *slot = int(i);
    }
    if (header->region < 0 || header->period < 0)
        return QCoreApplication::translate("rk::StatLine", "Dit is geen export van StatLine met cijfers per gebied: de kolommen Perioden en WijkenEnBuurten "
                  "(of RegioS) ontbreken.");
    return {};
}

QString lineProblem(const LineReader &reader, const Header &header, std::size_t fields)
{
    return QCoreApplication::translate("rk::StatLine", "Regel %1 heeft %2 velden, de kopregel %3. Is het bestand afgebroken of bewerkt?")
        .arg(reader.lineNumber)
        .arg(fields)
        .arg(header.columns.size());
}

QString tableIdFromName(const QString &path)
{
    static const QRegularExpression id(QStringLiteral("(\\d{5}(?:NED|ENG))"));
    const QRegularExpressionMatch match = id.match(QFileInfo(path).fileName());
    return match.hasMatch() ? match.captured(1) : QString();
}

enum class Margin
{
    Value,
    Lower,
    Upper,
    Other
};

Margin marginOf(QByteArrayView code)
{
    if (code.startsWith("MW"))
        return Margin::Value;
    if (code.startsWith("MOG"))
        return Margin::Lower;
    if (code.startsWith("MBG"))
        return Margin::Upper;
    return Margin::Other;
}

} // namespace

// --- Codes -------------------------------------------------------------------------------

AreaKind statLineAreaKind(const QString &code)
{
    if (code.startsWith(QLatin1String("NL")))
        return AreaKind::Netherlands;
    if (code.startsWith(QLatin1String("GG")))
        return AreaKind::GgdRegion;
    if (code.startsWith(QLatin1String("WK")))
        return AreaKind::Wijk;
    if (code.startsWith(QLatin1String("BU")))
        return AreaKind::Buurt;
    return AreaKind::Municipality;
}

bool isStatLineAreaOf(const QString &area, const QString &municipality)
{
    // GM0599 -> WK0599.. and BU0599....: the municipality's number follows the prefix.
    if (!municipality.startsWith(QLatin1String("GM")) || municipality.size() != 6)
        return false;
    const QStringView number = QStringView(municipality).sliced(2);
    return (area.size() == 8 && area.startsWith(QLatin1String("WK")) && QStringView(area).sliced(2, 4) == number) ||
           (area.size() == 10 && area.startsWith(QLatin1String("BU")) && QStringView(area).sliced(2, 4) == number);
}

QDate statLinePeriodDate(const QString &period)
{
    // "2022JJ00": the year 2022.
    if (period.size() != 8 || period.mid(4) != QLatin1String("JJ00"))
        return {};
    bool ok = false;
    const int year = period.left(4).toInt(&ok);
    return ok && year >= 1900 && year <= 2100 ? QDate(year, 10, 1) : QDate();
}


const StatLineRegion *StatLineCatalogue::region(const QString &code) const
{
    for (const StatLineRegion &r : regions) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

const StatLineTopic *StatLineCatalogue::topic(const QString &key) const
{
    for (const StatLineTopic &t : topics) {
        if (t.key.compare(key, Qt::CaseInsensitive) == 0 || t.column.compare(key, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

QString StatLineCatalogue::ageLabel(const QString &code) const
{
    return ageLabels.value(code, code);
}

bool readStatLineCodes(const QString &path, StatLineCodes *codes, QString *message)
{
    LineReader reader;
    Header header;
    reader.file.setFileName(path);
    if (!reader.file.open(QIODevice::ReadOnly)) {
        *message = QCoreApplication::translate("rk::StatLine", "Het bestand kan niet worden gelezen: %1").arg(reader.file.errorString());
        return false;
    }
    reader.total = reader.file.size();
    if (reader.total > 64 * 1024 * 1024) {
        *message = QCoreApplication::translate("rk::StatLine", "Dit bestand is te groot voor een codelijst.");
        return false;
    }
    QByteArrayView line;
    if (!reader.next(&line)) {
        *message = QCoreApplication::translate("rk::StatLine", "Het bestand is leeg.");
        return false;
    }
    if (line.startsWith("\xEF\xBB\xBF"))
        line = line.sliced(3);
    const char delimiter = line.contains(';') ? ';' : line.contains('\t') ? '\t' : ',';
    std::vector<QByteArrayView> fields;
    std::deque<QByteArray> scratch;
    int key = -1, title = -1, unit = -1;
    if (splitLine(line, delimiter, &fields, &scratch)) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const QString name = text(fields[i]).toLower();
            if (name == QLatin1String("key") && key < 0)
                key = int(i);
            else if (name == QLatin1String("title") && title < 0)
                title = int(i);
            else if (name == QLatin1String("unit") && unit < 0)
                unit = int(i);
        }
    }
    if (key < 0 || title < 0) {
        *message = QCoreApplication::translate("rk::StatLine", "Dit is geen codelijst van StatLine: de kolommen Key en Title ontbreken.");
        return false;
    }
    while (reader.next(&line)) {
        if (trimmed(line).isEmpty())
            continue;
        if (!splitLine(line, delimiter, &fields, &scratch) || int(fields.size()) <= std::max({key, title, unit})) {
            *message = QCoreApplication::translate("rk::StatLine", "Regel %1 van de codelijst is niet te lezen.").arg(reader.lineNumber);
            return false;
        }
        const QString code = text(fields[std::size_t(key)]);
        if (code.isEmpty())
            continue;
        codes->titles.insert(code, text(fields[std::size_t(title)]).left(500));
        if (unit >= 0 && !fields[std::size_t(unit)].isEmpty())
            codes->units.insert(code, text(fields[std::size_t(unit)]).left(100));
    }
    if (codes->tableId.isEmpty())
        codes->tableId = tableIdFromName(path);
    return true;
}

QStringList statLineCodeListsBeside(const QString &exportPath)
{
    static const QStringList names = {QStringLiteral("dataproperties"), QStringLiteral("leeftijd"),
                                      QStringLiteral("leeftijden"),     QStringLiteral("wijkenenbuurten"),
                                      QStringLiteral("regios"),         QStringLiteral("regio's")};
    QStringList found;
    const QFileInfo info(exportPath);
    const QFileInfoList siblings =
        info.dir().entryInfoList({QStringLiteral("*.csv")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &sibling : siblings) {
        if (sibling != info && names.contains(sibling.completeBaseName().toLower()))
            found.append(sibling.filePath());
    }
    return found;
}

StatLineCatalogue readStatLineCatalogue(const QString &path, const StatLineCodes &codes,
                                        const StatLineProgress &progress)
{
    StatLineCatalogue catalogue;
    LineReader reader;
    Header header;
    catalogue.problem = openExport(path, &reader, &header);
    if (!catalogue.problem.isEmpty())
        return catalogue;
    catalogue.tableId = tableIdFromName(path);
    if (catalogue.tableId.isEmpty())
        catalogue.tableId = codes.tableId;
    catalogue.hasMargins = header.margins >= 0;

    struct TopicState
    {
        bool number = false;
        bool notANumber = false;
    };
    std::vector<TopicState> topicStates(header.columns.size());
    QHash<QByteArray, int> regionIndex;
    QSet<QString> periods;
    QSet<QByteArray> ages;
    std::vector<QByteArrayView> fields;
    std::deque<QByteArray> scratch;
    QByteArrayView line;
    QByteArray lastRegion;
    int nextProgress = 0;
    while (reader.next(&line)) {
        if (progress && reader.percent() >= nextProgress) {
            if (!progress(reader.percent())) {
                catalogue.cancelled = true;
                return catalogue;
            }
            nextProgress = reader.percent() + 1;
        }
        if (trimmed(line).isEmpty())
            continue;
        if (!splitLine(line, header.delimiter, &fields, &scratch)) {
            catalogue.problem = QCoreApplication::translate("rk::StatLine", "Op regel %1 is een aanhalingsteken niet gesloten.").arg(reader.lineNumber);
            return catalogue;
        }
        if (int(fields.size()) != header.columns.size()) {
            catalogue.problem = lineProblem(reader, header, fields.size());
            return catalogue;
        }
        ++catalogue.lines;
        const QByteArrayView region = fields[std::size_t(header.region)];
        if (region != QByteArrayView(lastRegion)) {
            lastRegion = region.toByteArray();
            if (!regionIndex.contains(lastRegion)) {
                regionIndex.insert(lastRegion, int(catalogue.regions.size()));
                StatLineRegion r;
                r.code = text(region);
                r.kind = statLineAreaKind(r.code);
                if (codes.titles.contains(r.code))
                    r.name = codes.titles.value(r.code);
                else if (header.name >= 0 && !fields[std::size_t(header.name)].isEmpty())
                    r.name = text(fields[std::size_t(header.name)]);
                else if (header.municipalityName >= 0 && r.kind == AreaKind::Municipality &&
                         !fields[std::size_t(header.municipalityName)].isEmpty())
                    r.name = text(fields[std::size_t(header.municipalityName)]);
                else
                    r.name = r.code;
                r.name = r.name.left(500);
                catalogue.regions.append(r);
            }
        }
        const QByteArrayView period = fields[std::size_t(header.period)];
        if (!periods.contains(text(period)))
            periods.insert(text(period));
        if (header.age >= 0) {
            const QByteArrayView age = fields[std::size_t(header.age)];
            if (!ages.contains(age.toByteArray())) {
                ages.insert(age.toByteArray());
                catalogue.ageGroups.append(text(age));
            }
        }
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (header.roles[i] != Role::Topic || topicStates[i].notANumber)
                continue;
            double value = 0;
            switch (parseNumber(fields[i], &value)) {
            case Number::Value:
                topicStates[i].number = true;
                break;
            case Number::NotANumber:
                topicStates[i].notANumber = true;
                break;
            case Number::Missing:
                break;
            }
        }
    }
    if (reader.file.error() != QFileDevice::NoError) {
        catalogue.problem = QCoreApplication::translate("rk::StatLine", "Het bestand kan niet verder worden gelezen: %1").arg(reader.file.errorString());
        return catalogue;
    }
    for (std::size_t i = 0; i < topicStates.size(); ++i) {
        if (header.roles[i] != Role::Topic || !topicStates[i].number || topicStates[i].notANumber)
            continue;
        StatLineTopic topic;
        topic.column = header.columns.at(int(i));
        topic.key = withoutNumber(topic.column);
        topic.label = codes.titles.value(topic.column);
        if (topic.label.isEmpty())
            topic.label = knownTopicLabel(topic.key);
        if (topic.label.isEmpty())
            topic.label = splitWords(topic.key);
        topic.unit = codes.units.value(topic.column);
        catalogue.topics.append(topic);
    }
    catalogue.periods = QStringList(periods.cbegin(), periods.cend());
    catalogue.periods.sort();
    for (const QString &age : std::as_const(catalogue.ageGroups))
        catalogue.ageLabels.insert(age, codes.titles.value(age, age));
    if (catalogue.lines == 0)
        catalogue.problem = QCoreApplication::translate("rk::StatLine", "Er staan geen cijfers in dit bestand, alleen een kopregel.");
    else if (catalogue.topics.isEmpty())
        catalogue.problem = QCoreApplication::translate("rk::StatLine", "In dit bestand staan geen kolommen met cijfers om in te lezen.");
    return catalogue;
}

QString checkStatLineSelection(const StatLineCatalogue &catalogue, const StatLineSelection &selection)
{
    if (!catalogue.region(selection.region))
        return QCoreApplication::translate("rk::StatLine", "Het gebied %1 staat niet in dit bestand.").arg(selection.region);
    for (const QString &code : selection.compareRegions) {
        if (!catalogue.region(code))
            return QCoreApplication::translate("rk::StatLine", "Het gebied %1 staat niet in dit bestand.").arg(code);
    }
    if (selection.topics.isEmpty())
        return QCoreApplication::translate("rk::StatLine", "Kies ten minste één onderwerp.");
    for (const QString &key : selection.topics) {
        if (!catalogue.topic(key)) {
            QStringList known;
            for (const StatLineTopic &t : catalogue.topics)
                known.append(t.key);
            return QCoreApplication::translate("rk::StatLine", "Het onderwerp %1 staat niet in dit bestand. Wel: %2.").arg(key, known.join(QStringLiteral(", ")));
        }
    }
    if (!catalogue.ageGroups.isEmpty() && !catalogue.ageGroups.contains(selection.ageGroup)) {
        QStringList known;
        for (const QString &age : catalogue.ageGroups)
            known.append(catalogue.ageLabel(age) == age ? age
                                                        : QStringLiteral("%1 (%2)").arg(age, catalogue.ageLabel(age)));
        return selection.ageGroup.isEmpty()
                   ? QCoreApplication::translate("rk::StatLine", "Kies een leeftijdsgroep: %1.").arg(known.join(QStringLiteral(", ")))
                   : QCoreApplication::translate("rk::StatLine", "De leeftijdsgroep %1 staat niet in dit bestand. Wel: %2.")
                         .arg(selection.ageGroup, known.join(QStringLiteral(", ")));
    }
    return {};
}

StatLineFigures readStatLineFigures(const QString &path, const StatLineCatalogue &catalogue,
                                    const StatLineSelection &selection, const StatLineProgress &progress)
{
    StatLineFigures result;
    result.problem = checkStatLineSelection(catalogue, selection);
    if (!result.problem.isEmpty())
        return result;
    LineReader reader;
    Header header;
    result.problem = openExport(path, &reader, &header);
    if (!result.problem.isEmpty())
        return result;

    // The chosen topic columns, by their place in this file.
    std::vector<std::pair<int, QString>> topicColumns;
    for (const QString &key : selection.topics) {
        const StatLineTopic *topic = catalogue.topic(key);
        topicColumns.emplace_back(int(header.columns.indexOf(topic->column)), topic->key);
        if (topicColumns.back().first < 0) {
            result.problem = QCoreApplication::translate("rk::StatLine", "Het bestand is veranderd sinds het werd bekeken. Kies het opnieuw.");
            return result;
        }
    }
    const QSet<QString> chosen(selection.compareRegions.cbegin(), selection.compareRegions.cend());
    const QByteArray age = selection.ageGroup.toUtf8();
    QHash<QString, int> figureIndex; // region|period|topic -> index in figures
    QHash<QByteArray, bool> wanted;  // region code -> taken
    std::vector<QByteArrayView> fields;
    std::deque<QByteArray> scratch;
    QByteArrayView line;
    int nextProgress = 0;
    while (reader.next(&line)) {
        if (progress && reader.percent() >= nextProgress) {
            if (!progress(reader.percent())) {
                result.cancelled = true;
                return result;
            }
            nextProgress = reader.percent() + 1;
        }
        if (trimmed(line).isEmpty())
            continue;
        if (!splitLine(line, header.delimiter, &fields, &scratch) || int(fields.size()) != header.columns.size()) {
            result.problem = lineProblem(reader, header, fields.size());
            return result;
        }
        if (header.age >= 0 && fields[std::size_t(header.age)] != QByteArrayView(age))
            continue;
        const QByteArrayView regionField = fields[std::size_t(header.region)];
        auto found = wanted.constFind(regionField.toByteArray());
        if (found == wanted.cend()) {
            const QString code = text(regionField);
            const bool take = code == selection.region || chosen.contains(code) ||
                              (selection.withAreas && isStatLineAreaOf(code, selection.region));
            found = wanted.insert(regionField.toByteArray(), take);
        }
        if (!found.value())
            continue;
        Margin margin = Margin::Value;
        if (header.margins >= 0) {
            margin = marginOf(fields[std::size_t(header.margins)]);
            if (margin == Margin::Other)
                continue;
        }
        const QString region = text(regionField);
        const QString period = text(fields[std::size_t(header.period)]);
        for (const auto &[column, key] : topicColumns) {
            const QString id = region + QLatin1Char('|') + period + QLatin1Char('|') + key;
            int index = figureIndex.value(id, -1);
            if (index < 0) {
                index = int(result.figures.size());
                figureIndex.insert(id, index);
                StatLineFigure figure;
                figure.region = region;
                figure.period = period;
                figure.topic = key;
                result.figures.append(figure);
            }
            StatLineFigure &figure = result.figures[index];
            double value = 0;
            const Number number = parseNumber(fields[std::size_t(column)], &value);
            if (number == Number::NotANumber) {
                result.problem = QCoreApplication::translate("rk::StatLine", "Op regel %1 staat bij %2 geen getal: \"%3\".")
                                     .arg(reader.lineNumber)
                                     .arg(header.columns.at(column), text(fields[std::size_t(column)]).left(40));
                return result;
            }
            if (number == Number::Missing)
                continue;
            switch (margin) {
            case Margin::Value:
                figure.value = value;
                figure.line = reader.lineNumber;
                break;
            case Margin::Lower:
                figure.lower = value;
                figure.lowerLine = reader.lineNumber;
                break;
            case Margin::Upper:
                figure.upper = value;
                figure.upperLine = reader.lineNumber;
                break;
            case Margin::Other:
                break;
            }
        }
    }
    if (reader.file.error() != QFileDevice::NoError) {
        result.problem = QCoreApplication::translate("rk::StatLine", "Het bestand kan niet verder worden gelezen: %1").arg(reader.file.errorString());
        return result;
    }
    QList<StatLineFigure> kept;
    for (StatLineFigure &figure : result.figures) {
        if (!figure.value) {
            ++result.missing;
            continue;
        }
        if (figure.lower.has_value() != figure.upper.has_value()) {
            // Half an interval says nothing: the value is kept without it.
            figure.lower.reset();
            figure.upper.reset();
        }
        if (figure.lower && (*figure.lower > *figure.value || *figure.upper < *figure.value)) {
            const QLocale locale;
            const StatLineRegion *region = catalogue.region(figure.region);
            const StatLineTopic *topic = catalogue.topic(figure.topic);
            const QDate date = statLinePeriodDate(figure.period);
            result.problem =
                QCoreApplication::translate("rk::StatLine",
                                            "Bij %1, %2, %3 ligt de waarde %4 (regel %5) niet tussen de grenzen %6 en "
                                            "%7 (regels %8 en %9). Er is niets ingelezen.")
                    .arg(region ? QStringLiteral("%1 (%2)").arg(region->name, region->code) : figure.region,
                         date.isValid() ? QString::number(date.year()) : figure.period,
                         topic ? topic->label : figure.topic, locale.toString(*figure.value))
                    .arg(figure.line)
                    .arg(locale.toString(*figure.lower), locale.toString(*figure.upper))
                    .arg(figure.lowerLine)
                    .arg(figure.upperLine);
            return result;
        }
        kept.append(std::move(figure));
    }
    result.figures = std::move(kept);
    bool any = false;
    for (const StatLineFigure &figure : std::as_const(result.figures))
        any = any || figure.region == selection.region;
    if (!any)
        result.problem = QCoreApplication::translate("rk::StatLine", "Voor %1 staan bij deze keuze geen cijfers in het bestand (alleen ontbrekende waarden).")
                             .arg(selection.region);
    return result;
}

} // namespace rk
