#pragma once

#include "core/Chapter.h"
#include "core/workbook/WorkbookLocation.h"
#include "ui/shell/ProjectFiles.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
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

// The main window: the chapter navigator on the left, the chapter page on the right, and
// the menus around one open project. It lays out the pages and routes between them; the
// file workflows are in ProjectFiles, the set of open windows in WindowRegistry.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Files come in through ProjectFiles (new, open, save as) and WindowRegistry (from
    // outside); these route a file to this window.
    ProjectFiles &files() { return m_files; }
    bool openProject(const QString &path);
    // Compares a copy that came back with the open project and shows the review.
    void reviewCopy(const QString &copyPath);
    // Shows a project that ProjectOpener::open(path) gave (on any thread; the document must
    // belong to this thread by now), or tells why it could not be opened.
    bool showOpened(const QString &path, OpenResult &&result);
    // For app/main.cpp: WindowRegistry::openFromOutside.
    static void openFromOutside(const QStringList &files, MainWindow *preferred);
    bool closeProject();

    // The project shown: the window owns it. Null shows the welcome page.
    ProjectDocument *document() const { return m_document.get(); }
    void setDocument(std::unique_ptr<ProjectDocument> document);
    // Lets go of the open project without closing it, undo history and lock included, so
    // that a window built anew can take it over.
    std::unique_ptr<ProjectDocument> takeDocument();
    // Saves what is being typed, or asks whether to go on without it; false to stay.
    bool saveTypingOrAsk();
    bool commitPendingEdits();
    void bringToFront();
    // After the list of recently opened files changed.
    void updateRecentMenu();

    void showChapter(ChapterId chapter);
    void showDashboard();
    void showIndicator(const QString &indicatorId);
    void importMeasurements(const QString &indicatorId);
    void importStatLine();
    IndicatorPage *indicatorPage(); // built on first use
    void goTo(const WorkbookLocation &location);
    bool isDashboardShown() const;
    // The chapter shown now (or last shown, while the dashboard or an indicator is up).
    ChapterId currentChapter() const { return m_currentChapter; }

    // The page of the chapter shown now (or last shown, while the dashboard is up).
    ChapterPage *chapterPage() const;
    ChapterPage *chapterPage(ChapterId chapter) const;
    DashboardPage *dashboardPage() const { return m_dashboard; }
    SearchDialog *searchDialog();
    QTreeView *navigator() const { return m_navigator; }
    NoticeBar *noticeBar() const { return m_notice; }
    QAction *showChapterListAction() const { return m_showChapterList; }
    QAction *showGuidanceAction() const { return m_showGuidance; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *object, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // MainWindowMenus.cpp: the actions, the menus and the dialogs they open.
    void createActions();
    void createMenus();
    void updateTitle();
    void updateActions();
    void showReadOnlyNotice();
    void stepChapter(int delta);
    void undoOrRedo(bool redo);
    void showSearch();
    void showGuidance();
    // The panes that F6 moves between, in order.
    QList<QWidget *> panes() const;
    void fitChapterList();
    int chapterListWidth();
    void stepPane(int step);
    void editProjectInfo();
    void showSettings();
    void showAbout();
    void showReportDialog();
    void share(bool mail);

    void onNavigatorSelection();
    void onWriteFailed(const QString &message);
    void followChange(const WorkbookLocation &location);
    ChapterPage *ensurePage(ChapterId chapter);

    ProjectFiles m_files{*this};
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
    QAction *m_nextPane = nullptr;
    QAction *m_showChapterList = nullptr;
    QAction *m_showGuidance = nullptr;
    QLabel *m_savedState = nullptr; // "Opgeslagen om 10:42"
    bool m_fitChapterList = false;
    int m_chapterListWidth = 0; // titles and statuses side by side, see chapterListWidth()
    // Where the indicator page was opened from, for its back button.
    struct IndicatorOrigin
    {
        bool dashboard = false;
        ChapterId chapter = ChapterId::MonitorenEvalueren;
        int tab = 0;
    };
    IndicatorOrigin m_indicatorOrigin; // no width remembered: fit the list when first shown
    QAction *m_previousPane = nullptr;
    QAction *m_report = nullptr;
    QAction *m_importStatLine = nullptr;
    QAction *m_shareMail = nullptr;
    QAction *m_shareCopy = nullptr;
    QAction *m_mergeCopy = nullptr;
    QAction *m_history = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace rk
