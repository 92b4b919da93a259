// MainWindow, part one: the layout, the pages and the routing between them.

#include "MainWindow.h"

#include "core/ProjectDocument.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/common/WindowSize.h"
#include "ui/progress/IndicatorPage.h"
#include "ui/progress/MeasurementImportDialog.h"
#include "ui/progress/StatLineImportDialog.h"
#include "ui/shell/ChapterExtensions.h"
#include "ui/shell/ChapterListModel.h"
#include "ui/shell/NoticeBar.h"
#include "ui/shell/RecentFiles.h"
#include "ui/shell/WelcomePage.h"
#include "ui/shell/WindowRegistry.h"
#include "ui/workbook/ChapterPage.h"
#include "ui/workbook/DashboardPage.h"
#include "ui/workbook/SearchDialog.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_chapterModel(new ChapterListModel(this))
    , m_navigator(new QTreeView(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_dashboard(new DashboardPage(this))
    , m_notice(new NoticeBar(this))
{
    m_navigator->setModel(m_chapterModel);
    m_navigator->setHeaderHidden(false);
    m_navigator->setRootIsDecorated(false);
    m_navigator->setItemsExpandable(false);
    m_navigator->expandAll();
    m_navigator->header()->setSectionResizeMode(ChapterListModel::TitleColumn, QHeaderView::Stretch);
    m_navigator->header()->setSectionResizeMode(ChapterListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_navigator->header()->setStretchLastSection(false);
    m_navigator->setAccessibleName(tr("Hoofdstukken van de routekaart"));
    m_navigator->setMinimumWidth(160);
    m_navigator->setUniformRowHeights(true);
    // Too narrow for titles and statuses side by side: the status becomes an icon before the
    // title, so that the titles stay whole.
    m_navigator->viewport()->installEventFilter(this);

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_dashboard);
    // Chapter pages and the indicator page are built when first shown, which keeps start-up
    // and opening quick.
    for (int i = 0; i < kChapterCount; ++i)
        m_pages.append(nullptr);
    connect(m_dashboard, &DashboardPage::locationRequested, this, &MainWindow::goTo);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigator);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    createActions();
    createMenus();
    // Every change is written to the file at once; the status bar says so, and when.
    m_savedState = new QLabel(this);
    m_savedState->setTextFormat(Qt::PlainText);
    m_savedState->setObjectName(QStringLiteral("savedState"));
    statusBar()->addPermanentWidget(m_savedState);
    setAcceptDrops(true);

    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigatorSelection);
    connect(m_welcome, &WelcomePage::newProjectRequested, this, [this] { m_files.newInteractive(); });
    connect(m_welcome, &WelcomePage::openProjectRequested, this, [this] { m_files.openInteractive(); });
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] { m_files.openDemoInteractive(); });
    connect(m_welcome, &WelcomePage::recentFileRequested, this, &MainWindow::openProject);
    connect(m_notice, &NoticeBar::buttonClicked, this, [this] { m_files.saveAsInteractive(); });

    m_welcome->setDemoAvailable(!ProjectFiles::demoProjectPath().isEmpty());
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resizeToFit(this, QSize(1100, 720));
    else if (!(windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        keepOnScreen(this);
    m_fitChapterList = !splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    setDocument(nullptr);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &path)
{
    return m_files.open(path);
}

bool MainWindow::showOpened(const QString &path, OpenResult &&result)
{
    return m_files.showOpened(path, std::move(result));
}

void MainWindow::openFromOutside(const QStringList &files, MainWindow *preferred)
{
    WindowRegistry::openFromOutside(files, preferred);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

bool MainWindow::closeProject()
{
    if (!m_document)
        return true;
    if (!saveTypingOrAsk())
        return false;
    setDocument(nullptr);
    return true;
}

bool MainWindow::saveTypingOrAsk()
{
    if (!m_document || commitPendingEdits())
        return true;
    const auto answer = MessageBox::warning(
        this, tr("Project sluiten"),
        tr("De laatste wijziging in de notities kon niet worden opgeslagen. Als u nu sluit, gaat die "
           "wijziging verloren. Toch sluiten?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

std::unique_ptr<ProjectDocument> MainWindow::takeDocument()
{
    if (!m_document)
        return {};
    disconnect(m_document.get(), nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    std::unique_ptr<ProjectDocument> document = std::move(m_document);
    setDocument(nullptr); // every page lets go of it too
    return document;
}

void MainWindow::showChapter(ChapterId chapter)
{
    if (!m_document)
        return;
    m_navigator->setCurrentIndex(m_chapterModel->indexOf(chapter));
}

void MainWindow::showDashboard()
{
    if (!m_document)
        return;
    m_navigator->setCurrentIndex(m_chapterModel->dashboardIndex());
}

bool MainWindow::isDashboardShown() const
{
    return m_stack->currentWidget() == m_dashboard;
}

void MainWindow::goTo(const WorkbookLocation &location)
{
    if (!m_document)
        return;
    if (location.kind == WorkbookLocation::Kind::Dashboard) {
        showDashboard();
        return;
    }
    if (location.kind == WorkbookLocation::Kind::Indicator) {
        showIndicator(location.recordId);
        return;
    }
    if (location.kind == WorkbookLocation::Kind::Record &&
        (location.table == TableId::Measurement || location.table == TableId::Comparison)) {
        // Measurements and reference values are shown on their indicator's page.
        if (const Record *row = m_document->record(location.table, location.recordId)) {
            showIndicator(row->parentId);
            RecordTablePanel *panel = location.table == TableId::Measurement ? indicatorPage()->measurements()
                                                                             : indicatorPage()->comparisons();
            indicatorPage()->tabs()->setCurrentWidget(panel);
            panel->showRecord(location.recordId, location.field);
        }
        return;
    }
    showChapter(location.chapter);
    chapterPage(location.chapter)->showLocation(location);
}

ChapterPage *MainWindow::chapterPage() const
{
    return chapterPage(m_currentChapter);
}

ChapterPage *MainWindow::chapterPage(ChapterId chapter) const
{
    return const_cast<MainWindow *>(this)->ensurePage(chapter);
}

ChapterPage *MainWindow::ensurePage(ChapterId chapter)
{
    ChapterPage *&page = m_pages[chapterIndex(chapter)];
    if (!page) {
        page = new ChapterPage(chapter, chapterExtensions(chapter), this);
        m_stack->addWidget(page);
        connect(page, &ChapterPage::indicatorRequested, this, &MainWindow::showIndicator);
        connect(page, &ChapterPage::locationRequested, this, &MainWindow::goTo);
        connect(page, &ChapterPage::guidanceShownChanged, m_showGuidance, &QAction::setChecked);
        page->setDocument(m_document.get());
    }
    return page;
}

bool MainWindow::commitPendingEdits()
{
    bool ok = true;
    for (ChapterPage *page : std::as_const(m_pages)) {
        if (page)
            ok = page->commitPendingEdits() && ok;
    }
    return ok;
}

SearchDialog *MainWindow::searchDialog()
{
    if (!m_search) {
        m_search = new SearchDialog(this);
        connect(m_search, &SearchDialog::locationRequested, this, &MainWindow::goTo);
    }
    m_search->setDocument(m_document.get());
    return m_search;
}

void MainWindow::showIndicator(const QString &indicatorId)
{
    if (!m_document || !m_document->record(TableId::Indicator, indicatorId))
        return;
    commitPendingEdits();
    // Back leads to where the indicator was opened from: a chapter's tab, or the overview.
    if (m_stack->currentWidget() != m_indicatorPage) {
        m_indicatorOrigin = IndicatorOrigin();
        if (isDashboardShown()) {
            m_indicatorOrigin.dashboard = true;
        } else if (auto *page = qobject_cast<ChapterPage *>(m_stack->currentWidget())) {
            m_indicatorOrigin.chapter = page->chapter();
            m_indicatorOrigin.tab = page->tabs()->currentIndex();
        }
    }
    indicatorPage()->showIndicator(indicatorId);
    m_indicatorPage->setBackTarget(m_indicatorOrigin.dashboard ? tr("het overzicht")
                                   : m_indicatorOrigin.chapter == ChapterId::MonitorenEvalueren
                                       ? tr("de voortgang")
                                       : chapterTitle(m_indicatorOrigin.chapter));
    m_stack->setCurrentWidget(m_indicatorPage);
    // Mark where it was opened from in the navigator without leaving this page.
    const QSignalBlocker blocker(m_navigator->selectionModel());
    m_navigator->setCurrentIndex(m_indicatorOrigin.dashboard ? m_chapterModel->dashboardIndex()
                                                             : m_chapterModel->indexOf(m_indicatorOrigin.chapter));
    m_navigator->viewport()->update();
}

IndicatorPage *MainWindow::indicatorPage()
{
    if (!m_indicatorPage) {
        m_indicatorPage = new IndicatorPage(this);
        m_stack->addWidget(m_indicatorPage);
        connect(m_indicatorPage, &IndicatorPage::backRequested, this, [this] {
            // The navigator already marks the page of origin (showIndicator set it without a
            // signal), so selecting it again would change nothing: show that page here.
            if (m_indicatorOrigin.dashboard) {
                showDashboard();
                onNavigatorSelection();
                return;
            }
            showChapter(m_indicatorOrigin.chapter);
            onNavigatorSelection();
            chapterPage()->tabs()->setCurrentIndex(m_indicatorOrigin.tab);
        });
        connect(m_indicatorPage, &IndicatorPage::importRequested, this, &MainWindow::importMeasurements);
        connect(m_indicatorPage, &IndicatorPage::statLineImportRequested, this, &MainWindow::importStatLine);
        connect(m_indicatorPage, &IndicatorPage::locationRequested, this, &MainWindow::goTo);
        m_indicatorPage->setDocument(m_document.get());
    }
    return m_indicatorPage;
}

void MainWindow::importStatLine()
{
    if (!m_document || m_document->isReadOnly())
        return;
    // New indicators go under the goal of the indicator being looked at, if any.
    QString goalId;
    if (m_indicatorPage && m_stack->currentWidget() == m_indicatorPage) {
        if (const Record *indicator = m_document->record(TableId::Indicator, m_indicatorPage->indicatorId()))
            goalId = indicator->parentId;
    }
    StatLineImportDialog dialog(m_document.get(), goalId, this);
    dialog.exec();
}

void MainWindow::importMeasurements(const QString &indicatorId)
{
    if (!m_document || m_document->isReadOnly())
        return;
    MeasurementImportDialog dialog(m_document.get(), indicatorId, this);
    dialog.exec();
}

void MainWindow::followChange(const WorkbookLocation &location)
{
    if (m_followChanges)
        goTo(location);
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    for (ChapterPage *page : std::as_const(m_pages)) {
        if (page)
            page->setDocument(nullptr);
    }
    m_dashboard->setDocument(nullptr);
    if (m_indicatorPage)
        m_indicatorPage->setDocument(nullptr);
    if (m_search) {
        m_search->setDocument(nullptr);
        m_search->hide();
    }
    m_chapterModel->setDocument(nullptr);
    m_document = std::move(document);
    m_chapterModel->setDocument(m_document.get());
    m_navigator->expandAll();
    for (int part = 0; part < m_chapterModel->rowCount(); ++part)
        m_navigator->setFirstColumnSpanned(part, {}, true);
    m_notice->hide();
    m_savedState->setText(!m_document                ? QString()
                          : m_document->isReadOnly() ? tr("Alleen lezen")
                                                     : tr("Elke wijziging wordt meteen opgeslagen"));
    if (m_document) {
        ProjectDocument *doc = m_document.get();
        connect(doc, &ProjectDocument::writeFailed, this, &MainWindow::onWriteFailed);
        connect(doc, &ProjectDocument::projectInfoChanged, this, &MainWindow::updateTitle);
        connect(doc->undoStack(), &QUndoStack::indexChanged, this, [this] {
            m_savedState->setText(tr("Opgeslagen om %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        });
        // While undoing or redoing, show the place that changed.
        connect(doc, &ProjectDocument::chapterChanged, this, [this](ChapterId chapter) {
            followChange({WorkbookLocation::Kind::ChapterStatus, chapter, {}, {}, {}, -1});
        });
        connect(doc, &ProjectDocument::answerChanged, this, [this](ChapterId chapter, const QString &key) {
            followChange({WorkbookLocation::Kind::Question, chapter, key, {}, {}, -1});
        });
        connect(doc, &ProjectDocument::checklistEntryChanged, this, [this](ChapterId chapter, const QString &key) {
            followChange({WorkbookLocation::Kind::ChecklistItem, chapter, key, {}, {}, -1});
        });
        auto followRecord = [this](TableId table, int row) {
            const QList<Record> &rows = m_document->records(table);
            const QString id = row >= 0 && row < rows.size() ? rows.at(row).id : QString();
            if (table == TableId::Measurement && m_indicatorPage && m_stack->currentWidget() == m_indicatorPage)
                return; // the indicator page shows it already
            followChange({WorkbookLocation::Kind::Record, tableSpec(table).chapter, {}, table, id, 0});
        };
        connect(doc, &ProjectDocument::recordInserted, this, followRecord);
        connect(doc, &ProjectDocument::recordChanged, this, followRecord);
        connect(doc, &ProjectDocument::recordRemoved, this, [this](TableId table) {
            followChange({WorkbookLocation::Kind::Record, tableSpec(table).chapter, {}, table, {}, 0});
        });
        connect(doc->undoStack(), &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
        connect(doc->undoStack(), &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
        connect(doc->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
        connect(doc->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
        for (ChapterPage *page : std::as_const(m_pages)) {
            if (page)
                page->setDocument(doc);
        }
        m_dashboard->setDocument(doc);
        if (m_indicatorPage)
            m_indicatorPage->setDocument(doc);
        m_currentChapter = ChapterId::Verkenning;
        showDashboard();
        m_navigator->setFocus();
        showReadOnlyNotice();
        ProjectFiles::showFileNotices(*doc, m_notice);
    } else {
        m_welcome->setRecentFiles(recentFiles::list());
        m_welcome->setFocus();
        m_stack->setCurrentWidget(m_welcome);
    }
    // Without a project there is nothing to navigate.
    m_navigator->setVisible(m_document != nullptr);
    updateTitle();
    updateActions();
    updateRecentMenu();
}

void MainWindow::onNavigatorSelection()
{
    const QModelIndex current = m_navigator->currentIndex();
    if (ChapterListModel::isDashboard(current)) {
        commitPendingEdits();
        m_stack->setCurrentWidget(m_dashboard);
    } else if (const auto chapter = ChapterListModel::chapterAt(current)) {
        commitPendingEdits();
        m_currentChapter = *chapter;
        m_stack->setCurrentWidget(chapterPage(*chapter));
    }
}

void MainWindow::onWriteFailed(const QString &message)
{
    m_notice->showMessage(NoticeBar::Kind::Error, message);
    statusBar()->showMessage(message, 10000);
}

bool MainWindow::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_navigator->viewport() && event->type() == QEvent::Resize)
        fitChapterList();
    return QMainWindow::eventFilter(object, event);
}

// The width of the chapter list with titles and statuses side by side; measured while the
// list is in that form, and kept for when it is compact (then the title column holds icons).
int MainWindow::chapterListWidth()
{
    if (!m_chapterModel->isCompact() || m_chapterListWidth == 0) {
        const bool compact = m_chapterModel->isCompact();
        m_chapterModel->setCompact(false);
        const auto *list = static_cast<const QAbstractItemView *>(m_navigator);
        m_chapterListWidth = list->sizeHintForColumn(ChapterListModel::TitleColumn)
                             + list->sizeHintForColumn(ChapterListModel::StatusColumn);
        m_chapterModel->setCompact(compact);
    }
    return m_chapterListWidth;
}

void MainWindow::fitChapterList()
{
    const bool compact = m_navigator->viewport()->width() < chapterListWidth();
    if (compact == m_chapterModel->isCompact())
        return;
    m_chapterModel->setCompact(compact);
    m_navigator->setColumnHidden(ChapterListModel::StatusColumn, compact);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fitChapterList)
        return;
    // The first time: the chapter list as wide as its titles and statuses, the rest for the work.
    m_fitChapterList = false;
    auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    const int listWidth = chapterListWidth() + 2 * m_navigator->frameWidth() + 8;
    splitter->setSizes({listWidth, std::max(1, splitter->width() - listWidth - splitter->handleWidth())});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeProject()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile())
        openProject(urls.constFirst().toLocalFile());
}

} // namespace rk
