#pragma once

#include <QList>
#include <QStringList>

namespace rk {

class MainWindow;

// The set of open windows: the application's top-level main windows. Finds the window that
// has a file open, sends files from the desktop or a second launch to the right window, and
// builds every window again after a change of language.
class WindowRegistry
{
public:
    // The main windows on screen now.
    static QList<MainWindow *> shownWindows();
    static MainWindow *windowWithProject(const QString &path);
    // Opens files handed over by the desktop or a second launch: a file that is open in a
    // window already raises that window; any other goes to `preferred` (or, when null, any
    // shown window) when it has no project, or else to a new window. Never two windows on
    // one file.
    static void openFromOutside(const QStringList &files, MainWindow *preferred);
    // After a change of language: each window is built again in the new language, with its
    // project, place and size (the undo list starts afresh). Old windows are deleted later,
    // so every window must be made with new and Qt::WA_DeleteOnClose.
    static void rebuildAllWindows();
};

} // namespace rk
