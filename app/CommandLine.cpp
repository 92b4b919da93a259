#include "app/CommandLine.h"

#include "core/ProjectDocument.h"
#include "core/ProjectOpener.h"
#include "core/cli/CommandLineTasks.h"
#include "core/import/MeasurementImport.h"
#include "core/workbook/CouncilReport.h"
#include "ui/report/ReportRenderer.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QTextStream>

#include <array>
#include <cstring>

namespace rk {

namespace {

// What a task sees of the command line, and where it writes.
struct Invocation
{
    const QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;

    QString value(const char *name) const { return parser.value(QLatin1String(name)); }
    bool isSet(const char *name) const { return parser.isSet(QLatin1String(name)); }
    QString project() const { return parser.positionalArguments().value(0); }
};

using Task = int (*)(const Invocation &);

// A help text: translated in the context "main" when the option is registered, or shown
// as it is (the values an option takes, typed as they stand).
struct Text
{
    const char *source = nullptr;
    bool translated = true;

    QString toString() const
    {
        if (!source)
            return {};
        return translated ? QCoreApplication::translate("main", source) : QString::fromLatin1(source);
    }
};

constexpr Text asIs(const char *source)
{
    return {source, false};
}

// What an option needs from the application.
enum class Runs
{
    Along,        // changes how another option's task, or the window, works
    NoDisplay,    // a task without a window, and so without a display
    PaintsReport, // a task that paints with the GUI classes: offscreen without a display
};

struct Option
{
    std::array<const char *, 2> names = {}; // one letter: "-x"; longer: "--name"
    Text help = {};
    Text valueName = {}; // none: a switch
    const char *defaultValue = nullptr;
    Runs runs = Runs::Along;
    Task task = nullptr;
    int precedence = 0; // of the tasks asked for, only the lowest runs
    bool hidden = false;
};

constexpr const char *kLanguage = "lang";

int exportReport(const Invocation &in);
int shareCopy(const Invocation &in);
int writeEml(const Invocation &in);
int diffCopy(const Invocation &in);
int mergeCopy(const Invocation &in);
int listProject(const Invocation &in);
int importMeasurements(const Invocation &in);
int importStatLine(const Invocation &in);
int verify(const Invocation &in);

// Every option, in the order --help shows them (after Qt's own -h and -v). Asked for more
// than one task, the program runs only the first of: the report, the mail draft, the copy,
// the list, the import, the check.
const Option kOptions[] = {
    {.names = {"verify"},
     .help = {QT_TRANSLATE_NOOP("main", "Controleert een projectbestand zonder het te wijzigen en meldt of het "
                                        "te openen is (afsluitcode 0) of niet, of alleen-lezen (afsluitcode 2).")},
     .valueName = {QT_TRANSLATE_NOOP("main", "bestand")},
     .runs = Runs::NoDisplay,
     .task = verify,
     .precedence = 6},
    {.names = {"list"},
     .help = {QT_TRANSLATE_NOOP("main",
                                "Toont de doelen met hun indicatoren en de organisaties, één per regel, gescheiden "
                                "door tabs.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "project")},
     .runs = Runs::NoDisplay,
     .task = listProject,
     .precedence = 4},
    {.names = {"import-measurements"},
     .help = {QT_TRANSLATE_NOOP("main", "Leest metingen uit een CSV-bestand in bij de indicator die --indicator "
                                        "noemt, in het project dat als argument volgt. Alles of niets.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "csv")},
     .runs = Runs::NoDisplay,
     .task = importMeasurements,
     .precedence = 5},
    {.names = {"indicator"},
     .help = {QT_TRANSLATE_NOOP("main", "De naam van de indicator.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "naam")}},
    {.names = {"date-column"},
     .help = {QT_TRANSLATE_NOOP("main", "De kolom met de datum (naam of nummer); anders gezocht op naam.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "kolom")}},
    {.names = {"value-column"},
     .help = {QT_TRANSLATE_NOOP("main", "De kolom met de waarde (naam of nummer); anders gezocht op naam.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "kolom")}},
    {.names = {"import-statline"},
     .help = {QT_TRANSLATE_NOOP("main", "Leest cijfers van de gezondheidsmonitor in uit een export van StatLine "
                                        "(CSV), met hun marges, in het project dat als argument volgt. Alles of "
                                        "niets.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "csv")},
     .runs = Runs::NoDisplay,
     .task = importStatLine,
     .precedence = 5},
    {.names = {"region"},
     .help = {QT_TRANSLATE_NOOP("main", "Het gebied waar de indicatoren over gaan, als code (GM0599).")},
     .valueName = {QT_TRANSLATE_NOOP("main", "code")}},
    {.names = {"measure"},
     .help = {QT_TRANSLATE_NOOP("main", "Een onderwerp uit de export (Eenzaam); mag vaker. Anders alle.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "naam")}},
    {.names = {"age"},
     .help = {QT_TRANSLATE_NOOP("main", "De leeftijdsgroep, als code uit de export.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "groep")}},
    {.names = {"compare"},
     .help = {QT_TRANSLATE_NOOP("main", "Een gebied om mee te vergelijken (NL01, een GGD-regio, een gemeente); "
                                        "mag vaker.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "code")}},
    {.names = {"codes"},
     .help = {QT_TRANSLATE_NOOP("main", "Een codelijst of DataProperties van dezelfde tabel, voor namen; mag "
                                        "vaker.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "csv")}},
    {.names = {"goal"},
     .help = {QT_TRANSLATE_NOOP("main", "Het doel waar nieuwe indicatoren bij komen; anders het eerste.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "titel")}},
    {.names = {"export-pdf"},
     .help = {QT_TRANSLATE_NOOP("main", "Schrijft het rapport van het project als PDF, zonder venster.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "pdf")},
     .runs = Runs::PaintsReport,
     .task = exportReport,
     .precedence = 1},
    {.names = {"export-odt"},
     .help = {QT_TRANSLATE_NOOP("main", "Schrijft het rapport van het project als ODT (tekstverwerker), zonder "
                                        "venster.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "odt")},
     .runs = Runs::PaintsReport,
     .task = exportReport,
     .precedence = 1},
    {.names = {"peildatum"},
     .help = {QT_TRANSLATE_NOOP("main", "De peildatum van het rapport (31-12-2026 of 2026-12-31): de stand op die dag. "
                                        "Standaard die van de laatste raadsrapportage, anders vandaag.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "datum")}},
    {.names = {"changes-since"},
     .help = {QT_TRANSLATE_NOOP("main", "Neemt in het volledige rapport de wijzigingen op van die dag tot de peildatum "
                                        "(31-12-2026 of 2026-12-31).")},
     .valueName = {QT_TRANSLATE_NOOP("main", "datum")}},
    {.names = {"report"},
     .help = {QT_TRANSLATE_NOOP("main", "Soort rapport: short (voor de raad, standaard) of full (volledig).")},
     .valueName = asIs("short|full"),
     .defaultValue = "short"},
    // Read before parsing too (languageArgument()), so that --help is in that language.
    {.names = {kLanguage}, .help = {QT_TRANSLATE_NOOP("main", "Taal: nl of en.")}, .valueName = asIs("nl|en")},
    {.names = {"share-copy"},
     .help = {QT_TRANSLATE_NOOP("main", "Schrijft een schone kopie om te delen, zonder persoonsgegevens.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "kopie")},
     .runs = Runs::NoDisplay,
     .task = shareCopy,
     .precedence = 3},
    {.names = {"keep-personal-data"},
     .help = {QT_TRANSLATE_NOOP("main", "Houdt de gegevens van contactpersonen in de kopie (--share-copy) of in "
                                        "het rapport (--export-pdf, --export-odt).")}},
    {.names = {"write-eml"},
     .help = {QT_TRANSLATE_NOOP("main", "Schrijft een e-mailconcept (.eml) met een kopie van het project als "
                                        "bijlage.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "eml")},
     .runs = Runs::NoDisplay,
     .task = writeEml,
     .precedence = 2},
    {.names = {"to"},
     .help = {QT_TRANSLATE_NOOP("main", "Het e-mailadres voor --write-eml.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "adres")}},
    {.names = {"diff"},
     .help = {QT_TRANSLATE_NOOP("main", "Toont wat er in een teruggekomen kopie is gewijzigd sinds die werd gedeeld, "
                                        "per regel, met tabs: wijziging (added, changed, removed), tabel, regel, veld, "
                                        "eerst, kopie, nu, conflict (leeg, both-changed, removed-by-you, "
                                        "changed-by-you, same-title, unknown-origin, personal-filled).")},
     .valueName = {QT_TRANSLATE_NOOP("main", "kopie")},
     .runs = Runs::NoDisplay,
     .task = diffCopy,
     .precedence = 2},
    {.names = {"merge"},
     .help = {QT_TRANSLATE_NOOP("main", "Neemt de wijzigingen uit een teruggekomen kopie over in het project, als "
                                        "één stap.")},
     .valueName = {QT_TRANSLATE_NOOP("main", "kopie")},
     .runs = Runs::NoDisplay,
     .task = mergeCopy,
     .precedence = 2},
    {.names = {"accept"},
     .help = {QT_TRANSLATE_NOOP("main", "Wat --merge overneemt: non-conflicting (standaard, wat geen conflict is) of "
                                        "all-theirs (alles, ook conflicten, de kopie wint).")},
     .valueName = asIs("non-conflicting|all-theirs"),
     .defaultValue = "non-conflicting"},
    // For the benchmarks: quit once the window has painted (see main.cpp).
    {.names = {"quit-after-paint"}, .hidden = true},
};

// Qt's own options (addHelpOption(), addVersionOption()) that print and quit.
constexpr const char *kQtOptionsWithoutDisplay[] = {"--help", "-h", "--help-all", "--version", "-v"};

QStringList namesOf(const Option &option)
{
    QStringList names;
    for (const char *name : option.names) {
        if (name)
            names.append(QLatin1String(name));
    }
    return names;
}

bool isGiven(const Option &option, int argc, char **argv)
{
    for (const char *name : option.names) {
        if (!name)
            continue;
        const QByteArray spelled = (std::strlen(name) == 1 ? QByteArray("-") : QByteArray("--")) + name;
        for (int i = 1; i < argc; ++i) {
            if (spelled == argv[i])
                return true;
        }
    }
    return false;
}

bool usesOption(const Invocation &in, const Option &option)
{
    for (const char *name : option.names) {
        if (name && in.isSet(name))
            return true;
    }
    return false;
}

// The project named after the options; empty after writing `usage` to the error stream.
QString projectOrUsage(const Invocation &in, const QString &usage)
{
    const QString project = in.project();
    if (project.isEmpty())
        in.err << usage << Qt::endl;
    return project;
}

int exportReport(const Invocation &in)
{
    const QString project =
        projectOrUsage(in, QCoreApplication::translate("main", "Gebruik: routekaart --export-pdf UIT.pdf PROJECT"));
    if (project.isEmpty())
        return 2;
    OpenOptions options;
    options.readOnly = true;
    const std::unique_ptr<ProjectDocument> document = openForTask(project, options, in.err);
    if (!document)
        return 2;
    ReportOptions report;
    report.kind = in.value("report") == QLatin1String("full") ? ReportOptions::Kind::Full : ReportOptions::Kind::Short;
    report.includePersonalData = in.isSet("keep-personal-data");
    report.referenceDate = defaultReferenceDate(*document, QDate::currentDate());
    if (in.isSet("peildatum")) {
        report.referenceDate = parseDutchDate(in.value("peildatum").trimmed());
        if (!report.referenceDate.isValid()) {
            in.err << QCoreApplication::translate("main", "Geen geldige peildatum: \"%1\". Schrijf bijvoorbeeld "
                                                          "31-12-2026.")
                          .arg(in.value("peildatum"))
                   << Qt::endl;
            return 2;
        }
    }
    if (in.isSet("changes-since")) {
        report.changesFrom = parseDutchDate(in.value("changes-since").trimmed());
        if (!report.changesFrom.isValid()) {
            in.err << QCoreApplication::translate("main", "Geen geldige datum bij --changes-since: \"%1\". Schrijf "
                                                          "bijvoorbeeld 1-9-2026.")
                          .arg(in.value("changes-since"))
                   << Qt::endl;
            return 2;
        }
    }
    if (report.changesFrom.isValid() && report.kind != ReportOptions::Kind::Full) {
        in.err << QCoreApplication::translate("main", "--changes-since hoort bij het volledige rapport: voeg --report "
                                                      "full toe.")
               << Qt::endl;
        return 2;
    }
    if (report.changesFrom.isValid() && report.changesFrom > report.referenceDate) {
        in.err << QCoreApplication::translate("main", "De datum bij --changes-since ligt na de peildatum: kies een "
                                                      "eerdere datum of een latere peildatum.")
               << Qt::endl;
        return 2;
    }
    const QString pdf = in.value("export-pdf");
    const QString odt = in.value("export-odt");
    QString error;
    if (!pdf.isEmpty() && !ReportRenderer::exportPdf(*document, report, pdf, &error)) {
        in.err << error << Qt::endl;
        return 2;
    }
    if (!odt.isEmpty() && !ReportRenderer::exportOdt(*document, report, odt, &error)) {
        in.err << error << Qt::endl;
        return 2;
    }
    return 0;
}

QString shareUsage()
{
    return QCoreApplication::translate("main", "Gebruik: routekaart --share-copy KOPIE PROJECT");
}

int shareCopy(const Invocation &in)
{
    const QString project = projectOrUsage(in, shareUsage());
    if (project.isEmpty())
        return 2;
    return shareCopyTask(project, in.value("share-copy"), in.isSet("keep-personal-data"), in.out, in.err);
}

int writeEml(const Invocation &in)
{
    const QString project = projectOrUsage(in, shareUsage());
    if (project.isEmpty())
        return 2;
    return writeEmlTask(project, in.value("write-eml"), in.value("to"), in.out, in.err);
}

QString mergeUsage()
{
    return QCoreApplication::translate("main", "Gebruik: routekaart --diff KOPIE PROJECT, of routekaart --merge "
                                               "KOPIE PROJECT [--accept non-conflicting|all-theirs]");
}

int diffCopy(const Invocation &in)
{
    const QString project = projectOrUsage(in, mergeUsage());
    if (project.isEmpty())
        return 2;
    return diffTask(in.value("diff"), project, in.out, in.err);
}

int mergeCopy(const Invocation &in)
{
    const QString project = projectOrUsage(in, mergeUsage());
    if (project.isEmpty())
        return 2;
    return mergeTask(in.value("merge"), project, in.value("accept") == QLatin1String("all-theirs"), in.out, in.err);
}

int listProject(const Invocation &in)
{
    return listProjectTask(in.value("list"), in.out, in.err);
}

int importMeasurements(const Invocation &in)
{
    ImportMeasurementsOptions options;
    options.csvPath = in.value("import-measurements");
    options.projectPath = in.project();
    options.indicatorName = in.value("indicator");
    options.dateColumn = in.value("date-column");
    options.valueColumn = in.value("value-column");
    if (options.projectPath.isEmpty() || options.indicatorName.isEmpty()) {
        in.err << QCoreApplication::translate("main", "Gebruik: routekaart --import-measurements CSV PROJECT "
                                                      "--indicator NAAM")
               << Qt::endl;
        return 2;
    }
    return importMeasurementsTask(options, in.out, in.err);
}

int importStatLine(const Invocation &in)
{
    ImportStatLineOptions options;
    options.csvPath = in.value("import-statline");
    options.projectPath = in.project();
    options.region = in.value("region");
    options.measures = in.parser.values(QStringLiteral("measure"));
    options.ageGroup = in.value("age");
    options.compareRegions = in.parser.values(QStringLiteral("compare"));
    options.codeLists = in.parser.values(QStringLiteral("codes"));
    options.goal = in.value("goal");
    if (options.projectPath.isEmpty()) {
        in.err << QCoreApplication::translate("main", "Gebruik: routekaart --import-statline CSV PROJECT "
                                                      "[--region CODE] [--measure NAAM] [--age GROEP]")
               << Qt::endl;
        return 2;
    }
    return importStatLineTask(options, in.out, in.err);
}

int verify(const Invocation &in)
{
    return verifyTask(in.value("verify"), in.out, in.err);
}

} // namespace

std::unique_ptr<QCoreApplication> CommandLine::createApplication(int &argc, char **argv)
{
    bool noDisplay = false;
    bool paintsReport = false;
    for (const Option &option : kOptions) {
        if (option.runs != Runs::Along && isGiven(option, argc, argv)) {
            noDisplay = noDisplay || option.runs == Runs::NoDisplay;
            paintsReport = paintsReport || option.runs == Runs::PaintsReport;
        }
    }
    for (const char *name : kQtOptionsWithoutDisplay) {
        for (int i = 1; i < argc; ++i)
            noDisplay = noDisplay || std::strcmp(argv[i], name) == 0;
    }
    if (paintsReport && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (noDisplay && !paintsReport)
        return std::make_unique<QCoreApplication>(argc, argv);
    return std::make_unique<QApplication>(argc, argv);
}

QString CommandLine::languageArgument(int argc, char **argv)
{
    const QByteArray spelled = QByteArray("--") + kLanguage;
    for (int i = 1; i + 1 < argc; ++i) {
        if (spelled == argv[i])
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

CommandLine::CommandLine(const QCoreApplication &app)
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("main", "Werkboek voor de lokale aanpak van eenzaamheid, volgens de routekaart."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    for (const Option &option : kOptions) {
        QCommandLineOption registered(namesOf(option), option.help.toString(), option.valueName.toString(),
                                      option.defaultValue ? QString::fromLatin1(option.defaultValue) : QString());
        if (option.hidden)
            registered.setFlags(QCommandLineOption::HiddenFromHelp);
        m_parser.addOption(registered);
    }
    m_parser.addPositionalArgument(
        QCoreApplication::translate("main", "project"),
        QCoreApplication::translate("main", "Het projectbestand (.routekaart) om te openen."),
        QStringLiteral("[project]"));
    m_parser.process(app);
}

std::optional<int> CommandLine::runTask() const
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Invocation in{m_parser, out, err};
    // A value that is not one of the choices is an error, as an unknown option is: never
    // the default in silence (a "--report full" mistyped would give the short report).
    const struct
    {
        const char *option;
        QStringList allowed;
        const char *message;
    } choices[] = {
        {"report",
         {QStringLiteral("short"), QStringLiteral("full")},
         QT_TRANSLATE_NOOP("main", "Onbekende soort rapport \"%1\": kies short of full.")},
        {kLanguage,
         {QStringLiteral("nl"), QStringLiteral("en")},
         QT_TRANSLATE_NOOP("main", "Onbekende taal \"%1\": kies nl of en.")},
        {"accept",
         {QStringLiteral("non-conflicting"), QStringLiteral("all-theirs")},
         QT_TRANSLATE_NOOP("main", "Onbekende keuze \"%1\" bij --accept: kies non-conflicting of all-theirs.")},
    };
    for (const auto &choice : choices) {
        const QString given = in.value(choice.option);
        if (in.isSet(choice.option) && !choice.allowed.contains(given)) {
            err << QCoreApplication::translate("main", choice.message).arg(given) << Qt::endl;
            return 2;
        }
    }
    const Option *first = nullptr;
    for (const Option &option : kOptions) {
        if (option.task && usesOption(in, option) && (!first || option.precedence < first->precedence))
            first = &option;
    }
    if (!first)
        return std::nullopt;
    return first->task(in);
}

QStringList CommandLine::projects() const
{
    return m_parser.positionalArguments();
}

bool CommandLine::quitAfterPaint() const
{
    return m_parser.isSet(QStringLiteral("quit-after-paint"));
}

} // namespace rk
