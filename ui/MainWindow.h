#pragma once

#include "Chapter.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QMenu;
class QStackedWidget;
class QTreeView;

namespace rk {

class ChapterListModel;
class ChapterPage;
class NoticeBar;
class ProjectDocument;
class WelcomePage;

// The main window: the chapter navigator on the left, the chapter page on the right,
// and the File and Edit menus around one open project.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path);
    bool createProject(const QString &path);
    bool saveProjectAs(const QString &path);
    bool closeProject();
    void showChapter(ChapterId chapter);

    ProjectDocument *document() const { return m_document.get(); }
    ChapterPage *chapterPage() const { return m_chapterPage; }
    QTreeView *navigator() const { return m_navigator; }
    NoticeBar *noticeBar() const { return m_notice; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    // Where the bundled example project is, or empty.
    static QString demoProjectPath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void showReadOnlyNotice();
    void onNavigatorSelection();
    void onWriteFailed(const QString &message);
    void stepChapter(int delta);
    void undoOrRedo(bool redo);

    void newProjectInteractive();
    void openProjectInteractive();
    void saveAsInteractive();
    void openDemoInteractive();
    void editProjectInfo();
    void showSettings();
    void showAbout();

    std::unique_ptr<ProjectDocument> m_document;
    ChapterListModel *m_chapterModel;
    QTreeView *m_navigator;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    ChapterPage *m_chapterPage;
    NoticeBar *m_notice;
    bool m_followChanges = false;

    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_projectInfo = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_nextChapter = nullptr;
    QAction *m_previousChapter = nullptr;
    QAction *m_about = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace rk
