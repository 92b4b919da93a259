// Test entry point shared by the test programs: an offscreen application, settings and
// standard paths in test mode, then Catch2. With "--edit-burst FILE" the program instead
// acts as the child process of the crash test (see core/CrashTest.cpp).

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "cli/CommandLineTasks.h"

#include <QTextStream>

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

#ifdef RK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
// Core tests need no widgets, but QTextDocument (Markdown) wants fonts.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include "desktop/SingleInstance.h"

#include <cstring>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Widget tests run on the screen most policy officers have: 1366x768, or the size in
    // RK_TEST_SCREEN (1280x720 is 1920x1080 at 150%).
    QTemporaryDir screenDir;
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen")) {
        const QStringList size =
            qEnvironmentVariable("RK_TEST_SCREEN", QStringLiteral("1366x768")).split(QLatin1Char('x'));
        const QString config = screenDir.filePath(QStringLiteral("screen.json"));
        QFile file(config);
        if (size.size() == 2 && file.open(QIODevice::WriteOnly)) {
            file.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                           .arg(size.at(0).toInt())
                           .arg(size.at(1).toInt())
                           .toUtf8());
            file.close();
            qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(config).toLocal8Bit());
        }
    }
    // As the program does: a private runtime folder, and no warning without a session.
    rk::SingleInstance::runtimeFolder();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoutekaartTests"));
    QCoreApplication::setApplicationName(QStringLiteral("routekaart-tests"));
    if (argc == 3 && std::strcmp(argv[1], "--edit-burst") == 0) {
        QCoreApplication app(argc, argv);
        return rk::test::runEditBurst(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 4 && std::strcmp(argv[1], "--merge-child") == 0) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return rk::mergeTask(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), false, out, err);
    }
    if (argc == 3 && std::strcmp(argv[1], "--hold") == 0) {
        QCoreApplication app(argc, argv);
        return rk::test::runHold(QString::fromLocal8Bit(argv[2]));
    }
    TestApplication app(argc, argv);
    // Each test process gets its own settings, so tests running side by side (ctest -j)
    // never see each other's recent files or window state.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return Catch::Session().run(argc, argv);
}
