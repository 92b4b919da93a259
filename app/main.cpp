// Routekaart Werkboek: starts the window, or runs one command-line task without a display.

#include "Language.h"
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
        for (const char *option : {"--verify", "--help", "-h", "--help-all", "--version", "-v"}) {
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
    parser.addPositionalArgument(QCoreApplication::translate("main", "project"),
                                 QCoreApplication::translate("main", "Het projectbestand (.routekaart) om te openen."),
                                 QStringLiteral("[project]"));
    parser.process(*app);

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
