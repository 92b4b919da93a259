#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCoreApplication;

namespace rk {

// The program's command line: one table of options (CommandLine.cpp), each with its
// names, help text, value name, what it needs to run and the task it runs. The tasks live
// in core/cli; the report export, which paints with the GUI classes, is here.
class CommandLine
{
public:
    // The application the arguments need, made before anything reads them: without a
    // window the tasks run without a display, report exports paint offscreen.
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
    // The value of --lang, read before the options are translated.
    static QString languageArgument(int argc, char **argv);

    // Registers every option, translated (so after the language is installed), and parses
    // the arguments; exits for --help, --version and arguments it does not understand.
    explicit CommandLine(const QCoreApplication &app);

    // Runs the task the arguments ask for and returns its exit code; nothing when the
    // window should start.
    std::optional<int> runTask() const;

    // For the window: the project files to open, and the benchmarks' --quit-after-paint.
    QStringList projects() const;
    bool quitAfterPaint() const;

private:
    QCommandLineParser m_parser;
};

} // namespace rk
