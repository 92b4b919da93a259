#pragma once

#include "records/Fields.h"
#include "records/RecordChanges.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rk {

class ProjectDocument;

// Figures of the GGD health monitor as StatLine exports them (RIVM/CBS tables such as
// 50120NED "Gezondheid per wijk en buurt"): semicolon-separated, fields in quotes, a decimal
// point, values padded with spaces and "." for a missing value. Dimension columns hold codes:
// regions (NL01, GG…, GM0599, WK059905, BU05990504), periods (2022JJ00), age groups and the
// margins (MW00000 the value, MOG0095 and MBG0095 the bounds of its 95% interval). Every other
// column whose values are numbers is a topic, named like Eenzaam_27; the number after the last
// underscore changes between versions of a table, so a topic is known by the name before it.
//
// A file is read twice, never held whole: once to see what it holds (readStatLineCatalogue),
// once to take the figures a user chose (readStatLineFigures). Memory stays bounded by what
// is chosen, not by the file (a national export is about 600,000 lines).

struct StatLineRegion
{
    QString code; // trimmed
    QString name; // from a name column or a code list; the code when neither names it
    AreaKind kind = AreaKind::Municipality;
};

struct StatLineTopic
{
    QString key;    // the column name without its number: "Eenzaam"
    QString column; // as in the file: "Eenzaam_27"
    QString label;  // for people: from the table's metadata, or known, or the key in words
    QString unit;   // from the metadata ("%"), or empty
};

struct StatLineCatalogue
{
    QString tableId; // "50120NED", when the file name or metadata says so
    QList<StatLineTopic> topics;
    QList<StatLineRegion> regions; // in file order, each once
    QStringList periods;           // codes, sorted
    QStringList ageGroups;         // codes, in file order; empty when the file has no age dimension
    QHash<QString, QString> ageLabels;
    bool hasMargins = false;
    qint64 lines = 0;
    QString problem; // translated; set when the file cannot be used
    bool cancelled = false;

    const StatLineRegion *region(const QString &code) const;
    const StatLineTopic *topic(const QString &key) const;
    QString ageLabel(const QString &code) const;
};

// Titles for codes, from the code lists and metadata a StatLine table comes with
// (DataProperties, Leeftijd, WijkenEnBuurten, ...): CSV files with a Key and a Title column,
// and in DataProperties a Unit. Several may be given; later ones add to earlier ones.
struct StatLineCodes
{
    QHash<QString, QString> titles; // code or column name -> title
    QHash<QString, QString> units;  // column name -> unit
    QString tableId;
};
// The code lists that StatLine's open data gives beside a table (DataProperties, Leeftijd,
// WijkenEnBuurten, RegioS), found in the export's folder by name.
QStringList statLineCodeListsBeside(const QString &exportPath);
// Reads one code list into `codes`; false with a translated message when it is not one.
bool readStatLineCodes(const QString &path, StatLineCodes *codes, QString *message);

// Called now and then with the share of the file read (0..100); return false to cancel.
using StatLineProgress = std::function<bool(int percent)>;

StatLineCatalogue readStatLineCatalogue(const QString &path, const StatLineCodes &codes = {},
                                        const StatLineProgress &progress = {});

// What to take from a file.
struct StatLineSelection
{
    QString region;               // the municipality (or other area) the indicators are about
    QStringList compareRegions;   // the Netherlands, a GGD region, comparable municipalities
    bool withAreas = true;        // the wijken and buurten of `region` as reference values
    QStringList topics;           // keys
    QString ageGroup;             // empty when the file has no age dimension
};

struct StatLineFigure
{
    QString region;
    QString period;
    QString topic; // key
    std::optional<double> value;
    std::optional<double> lower;
    std::optional<double> upper;
    int line = 0; // of the value, for messages
    int lowerLine = 0;
    int upperLine = 0;
};

struct StatLineFigures
{
    QList<StatLineFigure> figures; // every figure with a value, in file order
    int missing = 0;               // chosen figures the file marks as missing (".")
    QString problem;               // translated; nothing may be imported when set
    bool cancelled = false;
};

// Checks a selection against the catalogue; a translated message when it does not fit.
QString checkStatLineSelection(const StatLineCatalogue &catalogue, const StatLineSelection &selection);
StatLineFigures readStatLineFigures(const QString &path, const StatLineCatalogue &catalogue,
                                    const StatLineSelection &selection, const StatLineProgress &progress = {});

// The date a period code stands for: "2022JJ00" (a year of the monitor, whose fieldwork runs
// in the autumn) is 1 October 2022; invalid for a code that is not a year.
QDate statLinePeriodDate(const QString &period);
AreaKind statLineAreaKind(const QString &code);
// Whether `area` (a wijk or buurt code) lies in municipality `municipality` (GM code).
bool isStatLineAreaOf(const QString &area, const QString &municipality);

// What an import will do, for the preview and the closing message.
struct StatLinePlan
{
    RecordChanges changes;
    int newIndicators = 0;
    int updatedIndicators = 0;
    int newMeasurements = 0;
    int updatedMeasurements = 0;
    int newComparisons = 0;
    int updatedComparisons = 0;
    int unchanged = 0; // figures already in the project as they are in the file
    bool newGoal = false;
    QStringList newIndicatorNames;
    QString problem;   // translated

    // "2 nieuwe indicatoren, 8 metingen, 86 vergelijkingswaarden", for messages.
    QString summary() const;
};

// Plans the import into `document`: per topic an indicator under goal `goalId` (found again
// by its StatLine key, created when not there), its measurements per period with their
// intervals, and the reference values of the chosen regions and of the region's wijken and
// buurten. A measurement or reference value of the same date is updated, not added twice.
// Without `goalId`, new indicators go under a new goal that the plan adds.
StatLinePlan planStatLineImport(const ProjectDocument &document, const StatLineCatalogue &catalogue,
                                const StatLineSelection &selection, const StatLineFigures &figures,
                                const QString &goalId);

// "Eenzaam;GM0599;20300": how an indicator is found again on the next import.
QString statLineKey(const QString &topic, const QString &region, const QString &ageGroup);

} // namespace rk
