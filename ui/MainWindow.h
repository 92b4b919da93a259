#pragma once

#include "Chapter.h"
#include "workbook/WorkbookLocation.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QMenu;
class QStackedWidget;
class QTreeView;

namespace rk {

class ChapterListModel;
class ChapterPage;
class DashboardPage;
class IndicatorPage;
class NoticeBar;
class ProjectDocument;
class SearchDialog;
class WelcomePage;
struct OpenResult;

// The main window: the chapter navigator on the left, the chapter page on the right,
// and the File and Edit menus around one open project.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path);
    // Shows a project that ProjectOpener::open(path) gave (on any thread; the document must
    // belong to this thread by now), or tells why it could not be opened.
    bool showOpened(const QString &path, OpenResult &&result);
    // Opens files handed over by the desktop or a second launch: a file that is open in a
    // window already raises that window; any other goes to `preferred` (or, when null, any
    // shown window) when it has no project, or else to a new window. Never two windows on
    // one file.
    static void openFromOutside(const QStringList &files, MainWindow *preferred);
    static MainWindow *windowWithProject(const QString &path);
    // After a change of language: each window is built again in the new language, with its
    // project, place and size (the undo list starts afresh). Old windows are deleted later,
    // so every window must be made with new and Qt::WA_DeleteOnClose.
    static void rebuildAllWindows();
    bool createProject(const QString &path);
    bool saveProjectAs(const QString &path);
    bool closeProject();
    void showChapter(ChapterId chapter);
    void showDashboard();
    void showIndicator(const QString &indicatorId);
    void importMeasurements(const QString &indicatorId);
    IndicatorPage *indicatorPage(); // built on first use
    void goTo(const WorkbookLocation &location);
    bool isDashboardShown() const;

    ProjectDocument *document() const { return m_document.get(); }
    // The page of the chapter shown now (or last shown, while the dashboard is up).
    ChapterPage *chapterPage() const;
    ChapterPage *chapterPage(ChapterId chapter) const;
    DashboardPage *dashboardPage() const { return m_dashboard; }
    SearchDialog *searchDialog();
    bool commitPendingEdits();
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
    void bringToFront();
    void createActions();
    void createMenus();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    // Saves what is being typed, or asks whether to go on without it; false to stay.
    bool saveTypingOrAsk();
    // Lets go of the open project without closing it, undo history and lock included, so
    // that a window built anew can take it over.
    std::unique_ptr<ProjectDocument> takeDocument();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void showReadOnlyNotice();
    void onNavigatorSelection();
    void onWriteFailed(const QString &message);
    void stepChapter(int delta);
    void undoOrRedo(bool redo);
    void followChange(const WorkbookLocation &location);
    ChapterPage *ensurePage(ChapterId chapter);
    void showSearch();
    void showGuidance();

    void newProjectInteractive();
    void openProjectInteractive();
    void saveAsInteractive();
    void openDemoInteractive();
    void editProjectInfo();
    void showSettings();
    void showAbout();
    void showReportDialog();
    void share(bool mail);
    void showFileNotices();

    std::unique_ptr<ProjectDocument> m_document;
    ChapterListModel *m_chapterModel;
    QTreeView *m_navigator;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    DashboardPage *m_dashboard;
    IndicatorPage *m_indicatorPage = nullptr;
    QList<ChapterPage *> m_pages; // one per chapter, in chapter order
    ChapterId m_currentChapter = ChapterId::Verkenning;
    SearchDialog *m_search = nullptr;
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
    QAction *m_dashboardAction = nullptr;
    QAction *m_find = nullptr;
    QAction *m_guidance = nullptr;
    QAction *m_report = nullptr;
    QAction *m_shareMail = nullptr;
    QAction *m_shareCopy = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace rk
