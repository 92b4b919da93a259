// Routekaart Werkboek: starts the window, or runs one command-line task without a display.

#include "Language.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "ProjectVerifier.h"
#include "cli/CommandLineTasks.h"
#include "desktop/SingleInstance.h"
#include "report/ReportRenderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Options that run without a window, and so without a display.
bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--verify", "--help", "-h", "--help-all", "--version", "-v", "--import-measurements",
                                   "--list", "--share-copy", "--write-eml"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// Report exports paint with Qt's GUI classes; without a display they paint offscreen.
bool isReportExport(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--export-pdf") == 0 || std::strcmp(argv[i], "--export-odt") == 0)
            return true;
    }
    return false;
}

QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

int exportReport(const QString &projectPath, const QString &pdf, const QString &odt, const QString &kind,
                 bool personalData, QTextStream &err)
{
    rk::OpenOptions options;
    options.readOnly = true;
    const std::unique_ptr<rk::ProjectDocument> document = rk::openForTask(projectPath, options, err);
    if (!document)
        return 2;
    rk::ReportOptions report;
    report.kind = kind == QLatin1String("full") ? rk::ReportOptions::Kind::Full : rk::ReportOptions::Kind::Short;
    report.includePersonalData = personalData;
    QString error;
    if (!pdf.isEmpty() && !rk::ReportRenderer::exportPdf(*document, report, pdf, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    if (!odt.isEmpty() && !rk::ReportRenderer::exportOdt(*document, report, odt, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    return 0;
}

// For the benchmarks: quit once the window has painted, and tell how long opening took
// and the peak memory (from /proc on Linux).
class QuitAfterPaint : public QObject
{
public:
    explicit QuitAfterPaint(QElapsedTimer *clock)
        : m_clock(clock)
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [this] {
                QString peak;
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n')) {
                        if (line.startsWith("VmHWM:"))
                            peak = QString::fromLatin1(line.mid(6).simplified().split(' ').value(0));
                    }
                }
                // Wall-clock time of the finished first paint, for "process start to window shown".
                const auto paintedAt = std::chrono::duration_cast<std::chrono::microseconds>(
                    std::chrono::system_clock::now().time_since_epoch());
                QTextStream(stdout) << "open_ms=" << m_clock->elapsed() << " peak_kb=" << peak
                                    << " painted_at_us=" << qint64(paintedAt.count()) << Qt::endl;
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer *m_clock;
    bool m_done = false;
};

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
    // Before Qt looks for it: a private runtime folder even without a desktop session.
    rk::SingleInstance::runtimeFolder();
    std::unique_ptr<QCoreApplication> app;
    const bool reportExport = isReportExport(argc, argv);
    if (reportExport && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (isHeadless(argc, argv) && !reportExport)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    const QString lang = languageArgument(argc, argv);
    rk::language::install(rk::language::resolve(lang.isEmpty() ? rk::language::storedChoice() : lang));

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
        QCoreApplication::translate("main",
                                    "Toont de doelen met hun indicatoren, één per regel, gescheiden door tabs."),
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
    const QCommandLineOption pdfOption(QStringLiteral("export-pdf"),
                                       QCoreApplication::translate("main", "Schrijft het rapport van het project als "
                                                                           "PDF, zonder venster."),
                                       QCoreApplication::translate("main", "pdf"));
    parser.addOption(pdfOption);
    const QCommandLineOption odtOption(QStringLiteral("export-odt"),
                                       QCoreApplication::translate("main", "Schrijft het rapport van het project als "
                                                                           "ODT (tekstverwerker), zonder venster."),
                                       QCoreApplication::translate("main", "odt"));
    parser.addOption(odtOption);
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          QCoreApplication::translate("main", "Soort rapport: short (voor de raad, "
                                                                              "standaard) of full (volledig)."),
                                          QStringLiteral("short|full"), QStringLiteral("short"));
    parser.addOption(reportOption);
    const QCommandLineOption langOption(QStringLiteral("lang"), QCoreApplication::translate("main", "Taal: nl of en."),
                                        QStringLiteral("nl|en"));
    parser.addOption(langOption);
    const QCommandLineOption shareOption(
        QStringLiteral("share-copy"),
        QCoreApplication::translate("main", "Schrijft een schone kopie om te delen, zonder persoonsgegevens."),
        QCoreApplication::translate("main", "kopie"));
    parser.addOption(shareOption);
    const QCommandLineOption keepPersonalOption(
        QStringLiteral("keep-personal-data"),
        QCoreApplication::translate("main", "Houdt de gegevens van contactpersonen in de kopie (--share-copy) of in "
                                            "het rapport (--export-pdf, --export-odt)."));
    parser.addOption(keepPersonalOption);
    const QCommandLineOption emlOption(
        QStringLiteral("write-eml"),
        QCoreApplication::translate("main",
                                    "Schrijft een e-mailconcept (.eml) met een kopie van het project als bijlage."),
        QCoreApplication::translate("main", "eml"));
    parser.addOption(emlOption);
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QCoreApplication::translate("main", "Het e-mailadres voor --write-eml."),
                                      QCoreApplication::translate("main", "adres"));
    parser.addOption(toOption);
    QCommandLineOption quitAfterPaintOption(QStringLiteral("quit-after-paint"));
    quitAfterPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterPaintOption);
    parser.addPositionalArgument(QCoreApplication::translate("main", "project"),
                                 QCoreApplication::translate("main", "Het projectbestand (.routekaart) om te openen."),
                                 QStringLiteral("[project]"));
    parser.process(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(pdfOption) || parser.isSet(odtOption)) {
        const QString project = parser.positionalArguments().value(0);
        if (project.isEmpty()) {
            err << QCoreApplication::translate("main", "Gebruik: routekaart --export-pdf UIT.pdf PROJECT") << Qt::endl;
            return 2;
        }
        return exportReport(project, parser.value(pdfOption), parser.value(odtOption), parser.value(reportOption),
                            parser.isSet(keepPersonalOption), err);
    }
    if (parser.isSet(shareOption) || parser.isSet(emlOption)) {
        const QString project = parser.positionalArguments().value(0);
        if (project.isEmpty()) {
            err << QCoreApplication::translate("main", "Gebruik: routekaart --share-copy KOPIE PROJECT") << Qt::endl;
            return 2;
        }
        if (parser.isSet(emlOption))
            return rk::writeEmlTask(project, parser.value(emlOption), parser.value(toOption), out, err);
        return rk::shareCopyTask(project, parser.value(shareOption), parser.isSet(keepPersonalOption), out, err);
    }
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
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.routekaart.Werkboek"));
    // An installed program finds its icon in the theme; one run from its build folder uses
    // the small sizes compiled in (a large PNG takes a few milliseconds to decode at start).
    QIcon icon = QIcon::fromTheme(QStringLiteral("nl.routekaart.Werkboek"));
    if (icon.isNull()) {
        for (const int size : {32, 64})
            icon.addFile(QStringLiteral(":/icons/%1x%1/routekaart.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    QElapsedTimer clock;
    clock.start();
    // One program per user and session: files given to a second launch go to the first.
    rk::SingleInstance instance(qEnvironmentVariableIsSet("RK_INSTANCE_NAME") ? qEnvironmentVariable("RK_INSTANCE_NAME")
                                                                              : rk::SingleInstance::defaultName());
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !parser.isSet(quitAfterPaintOption) && instance.sendToRunning(files)) {
        out << QCoreApplication::translate("main", "Geopend in het venster van Routekaart Werkboek dat al open was.")
            << Qt::endl;
        return 0;
    }
    // The first file is opened on a worker thread while the window is built: each takes a
    // few milliseconds and neither needs the other. Further files go the usual way.
    std::future<rk::OpenResult> first;
    if (!files.isEmpty())
        first = rk::ProjectOpener::openInBackground(files.constFirst());
    // Windows delete themselves when closed (a change of language builds them again).
    auto *window = new rk::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!parser.isSet(quitAfterPaintOption) && instance.listen()) {
        QObject::connect(&instance, &rk::SingleInstance::filesRequested, &instance,
                         [](const QStringList &requested) { rk::MainWindow::openFromOutside(requested, nullptr); });
    }
    std::unique_ptr<QuitAfterPaint> quitAfterPaint;
    if (parser.isSet(quitAfterPaintOption)) {
        quitAfterPaint = std::make_unique<QuitAfterPaint>(&clock);
        window->installEventFilter(quitAfterPaint.get());
    }
    window->show();
    if (first.valid()) {
        window->showOpened(files.constFirst(), first.get());
        rk::MainWindow::openFromOutside(files.mid(1), window);
    }
    return app->exec();
}
