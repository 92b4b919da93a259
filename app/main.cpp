// Routekaart Werkboek: starts the window, or runs one command-line task without a display.

#include "Language.h"
#include "cli/CommandLineTasks.h"
#include "MainWindow.h"
#include "ProjectVerifier.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Options that run without a window, and so without a display.
bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option :
             {"--verify", "--help", "-h", "--help-all", "--version", "-v", "--import-measurements", "--list"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Routekaart"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("routekaart.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("routekaart"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RK_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    setIdentity();
    std::unique_ptr<QCoreApplication> app;
    if (isHeadless(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    rk::language::install(rk::language::resolve(rk::language::storedChoice()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Werkboek voor de lokale aanpak van eenzaamheid, volgens de routekaart."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption verifyOption(
        QStringLiteral("verify"),
        QCoreApplication::translate("main", "Controleert een projectbestand zonder het te wijzigen en meldt of het "
                                            "te openen is (afsluitcode 0) of niet, of alleen-lezen (afsluitcode 2)."),
        QCoreApplication::translate("main", "bestand"));
    parser.addOption(verifyOption);
    const QCommandLineOption listOption(
        QStringLiteral("list"),
        QCoreApplication::translate("main", "Toont de doelen met hun indicatoren, één per regel, gescheiden door tabs."),
        QCoreApplication::translate("main", "project"));
    parser.addOption(listOption);
    const QCommandLineOption importOption(
        QStringLiteral("import-measurements"),
        QCoreApplication::translate("main", "Leest metingen uit een CSV-bestand in bij de indicator die --indicator "
                                            "noemt, in het project dat als argument volgt. Alles of niets."),
        QCoreApplication::translate("main", "csv"));
    parser.addOption(importOption);
    const QCommandLineOption indicatorOption(QStringLiteral("indicator"),
                                             QCoreApplication::translate("main", "De naam van de indicator."),
                                             QCoreApplication::translate("main", "naam"));
    parser.addOption(indicatorOption);
    const QCommandLineOption dateColumnOption(
        QStringLiteral("date-column"),
        QCoreApplication::translate("main", "De kolom met de datum (naam of nummer); anders gezocht op naam."),
        QCoreApplication::translate("main", "kolom"));
    parser.addOption(dateColumnOption);
    const QCommandLineOption valueColumnOption(
        QStringLiteral("value-column"),
        QCoreApplication::translate("main", "De kolom met de waarde (naam of nummer); anders gezocht op naam."),
        QCoreApplication::translate("main", "kolom"));
    parser.addOption(valueColumnOption);
    parser.addPositionalArgument(QCoreApplication::translate("main", "project"),
                                 QCoreApplication::translate("main", "Het projectbestand (.routekaart) om te openen."),
                                 QStringLiteral("[project]"));
    parser.process(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(listOption))
        return rk::listProjectTask(parser.value(listOption), out, err);
    if (parser.isSet(importOption)) {
        rk::ImportMeasurementsOptions options;
        options.csvPath = parser.value(importOption);
        options.projectPath = parser.positionalArguments().value(0);
        options.indicatorName = parser.value(indicatorOption);
        options.dateColumn = parser.value(dateColumnOption);
        options.valueColumn = parser.value(valueColumnOption);
        if (options.projectPath.isEmpty() || options.indicatorName.isEmpty()) {
            err << QCoreApplication::translate("main", "Gebruik: routekaart --import-measurements CSV PROJECT "
                                                       "--indicator NAAM")
                << Qt::endl;
            return 2;
        }
        return rk::importMeasurementsTask(options, out, err);
    }
    if (parser.isSet(verifyOption)) {
        const rk::VerifyOutcome outcome = rk::verifyProjectFile(parser.value(verifyOption));
        QTextStream(outcome.exitCode == 0 ? stdout : stderr) << outcome.line << Qt::endl;
        return outcome.exitCode;
    }

    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Routekaart Werkboek"));
    rk::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openProject(files.constFirst());
    return app->exec();
}
