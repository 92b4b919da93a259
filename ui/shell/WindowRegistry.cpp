#include "WindowRegistry.h"

#include "core/ProjectDocument.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QFileInfo>

namespace rk {

QList<MainWindow *> WindowRegistry::shownWindows()
{
    QList<MainWindow *> windows;
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
            windows.append(window);
    }
    return windows;
}

MainWindow *WindowRegistry::windowWithProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window->document() && window->document()->filePath() == absolute)
            return window;
    }
    return nullptr;
}

void WindowRegistry::openFromOutside(const QStringList &files, MainWindow *preferred)
{
    for (const QString &file : files) {
        if (MainWindow *holder = windowWithProject(file)) {
            holder->bringToFront();
            continue;
        }
        MainWindow *target = preferred && !preferred->document() ? preferred : nullptr;
        if (!preferred) {
            const QList<MainWindow *> windows = shownWindows();
            for (MainWindow *window : windows) {
                if (!window->document())
                    target = window;
            }
        }
        if (!target) {
            target = new MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
        }
        target->bringToFront();
        target->openProject(file);
    }
}

void WindowRegistry::rebuildAllWindows()
{
    const QList<MainWindow *> windows = shownWindows();
    for (MainWindow *old : windows) {
        const bool dashboard = old->isDashboardShown();
        const ChapterId chapter = old->currentChapter();
        const QByteArray geometry = old->saveGeometry();
        if (!old->saveTypingOrAsk())
            continue; // the user kept it as it is; it changes language with the next start
        // The project goes over as it is: not closed and opened again, so its undo history
        // and its lock stay.
        std::unique_ptr<ProjectDocument> document = old->takeDocument();
        auto *fresh = new MainWindow;
        fresh->setAttribute(Qt::WA_DeleteOnClose);
        fresh->restoreGeometry(geometry);
        if (document) {
            fresh->setDocument(std::move(document));
            if (!dashboard)
                fresh->showChapter(chapter);
        }
        fresh->show();
        old->hide();
        old->deleteLater();
    }
}

} // namespace rk
