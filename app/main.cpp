// Routekaart Werkboek: starts the window, or runs one command-line task without a display.

#include "app/CommandLine.h"
#include "core/Language.h"
#include "core/ProjectDocument.h"
#include "core/ProjectOpener.h"
#include "core/desktop/SingleInstance.h"
#include "ui/common/ReadableStyle.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <chrono>
#include <memory>

namespace {

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
    const std::unique_ptr<QCoreApplication> app = rk::CommandLine::createApplication(argc, argv);
    const QString lang = rk::CommandLine::languageArgument(argc, argv);
    rk::language::install(rk::language::resolve(lang.isEmpty() ? rk::language::storedChoice() : lang));

    const rk::CommandLine commandLine(*app);
    if (const std::optional<int> exitCode = commandLine.runTask())
        return *exitCode;

    rk::installReadableLook();
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
    const QStringList files = commandLine.projects();
    if (!files.isEmpty() && !commandLine.quitAfterPaint() && instance.sendToRunning(files)) {
        QTextStream out(stdout);
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
    if (!commandLine.quitAfterPaint() && instance.listen()) {
        QObject::connect(&instance, &rk::SingleInstance::filesRequested, &instance,
                         [](const QStringList &requested) { rk::MainWindow::openFromOutside(requested, nullptr); });
    }
    std::unique_ptr<QuitAfterPaint> quitAfterPaint;
    if (commandLine.quitAfterPaint()) {
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
