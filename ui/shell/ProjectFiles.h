#pragma once

#include "core/ProjectTypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rk {

class MainWindow;
class NoticeBar;
class ProjectDocument;
struct OpenResult;

// The file workflows of one window, as Tiled keeps a DocumentManager beside its MainWindow:
// a new project, opening one, saving it under another name, the example project, and the
// notices about where an opened file lives (a copy made for sharing, a shared or synced
// folder). The window holds the project and shows it; this decides which file it gets and
// tells the user why not.
class ProjectFiles
{
    // The texts were the window's and keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(rk::MainWindow)

public:
    explicit ProjectFiles(MainWindow &window);

    // A file that is open in a window already raises that window.
    bool open(const QString &path);
    // Shows a project that ProjectOpener::open(path) gave, or tells why it could not be opened.
    bool showOpened(const QString &path, OpenResult &&result);
    // Asks for the project's details, then creates the file and shows it.
    bool create(const QString &path);
    bool create(const QString &path, const ProjectInfo &info);
    std::optional<ProjectInfo> askProjectInfo();
    // Writes a copy of the open project to `path` and goes on working in it.
    bool saveAs(const QString &path);

    // The same, with a file dialog first.
    void newInteractive();
    void openInteractive();
    void saveAsInteractive();
    // "Wijzigingen van een kopie samenvoegen...": a file dialog, then the review.
    void reviewCopyInteractive();
    // Opens a copy of the example project in the documents folder (made on first use).
    void openDemoInteractive();

    // Where the bundled example project is, or empty.
    static QString demoProjectPath();
    // Says so when the project is a copy made for sharing, or lies in a folder that others
    // may edit at the same time (a network share, a synced folder).
    static void showFileNotices(const ProjectDocument &document, NoticeBar *notices);

private:
    // When `path` is a copy made for sharing of a project that is open (or was opened here),
    // says so and offers to review its changes. True when the user chose that or cancelled
    // (nothing more to do), false to open the file as it is.
    bool offerMerge(const QString &path);

    MainWindow &m_window;
};

} // namespace rk
