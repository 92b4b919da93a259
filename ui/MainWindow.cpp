#include "MainWindow.h"

#include "ChapterListModel.h"
#include "ChapterPage.h"
#include "DashboardPage.h"
#include "IndicatorPage.h"
#include "MeasurementImportDialog.h"
#include "MessageBox.h"
#include "NoticeBar.h"
#include "ProjectDocument.h"
#include "ProjectInfoDialog.h"
#include "ProjectLock.h"
#include "ProjectOpener.h"
#include "RecentFiles.h"
#include "RecordTablePanel.h"
#include "ReportDialog.h"
#include "SearchDialog.h"
#include "SettingsDialog.h"
#include "ShareDialog.h"
#include "WelcomePage.h"
#include "commands/Edits.h"
#include "share/ShareCopy.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStorageInfo>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rk {

namespace {
QString fileFilter()
{
    return QCoreApplication::translate("rk::MainWindow", "Routekaart-projecten (*.routekaart)");
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// "Gemeente X - Titel" without characters that file systems refuse.
QString safeFileName(const QString &name)
{
    QString result = name;
    for (const QChar c : QStringLiteral("<>:\"/\\|?*"))
        result.replace(c, QLatin1Char('-'));
    return result.simplified();
}
} // namespace

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
    m_navigator->setMinimumWidth(330);
    m_navigator->setUniformRowHeights(true);

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
    statusBar();
    setAcceptDrops(true);

    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigatorSelection);
    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProjectInteractive);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::openProjectInteractive);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoInteractive);
    connect(m_welcome, &WelcomePage::recentFileRequested, this, &MainWindow::openProject);
    connect(m_notice, &NoticeBar::buttonClicked, this, &MainWindow::saveAsInteractive);

    m_welcome->setDemoAvailable(!demoProjectPath().isEmpty());
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    setDocument(nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_new = new QAction(tr("&Nieuw project..."), this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::newProjectInteractive);

    m_open = new QAction(tr("&Openen..."), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openProjectInteractive);

    m_saveAs = new QAction(tr("Opslaan &als..."), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_saveAs->setStatusTip(tr("Bewaart een kopie van het project onder een andere naam en werkt daarin verder."));
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::saveAsInteractive);

    m_projectInfo = new QAction(tr("Project&gegevens..."), this);
    connect(m_projectInfo, &QAction::triggered, this, &MainWindow::editProjectInfo);

    m_close = new QAction(tr("&Sluiten"), this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeProject);

    m_quit = new QAction(tr("A&fsluiten"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = new QAction(tr("&Ongedaan maken"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, this, [this] { undoOrRedo(false); });

    m_redo = new QAction(tr("Opnie&uw"), this);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redo, &QAction::triggered, this, [this] { undoOrRedo(true); });

    m_settings = new QAction(tr("&Instellingen..."), this);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);

    m_nextChapter = new QAction(tr("&Volgend hoofdstuk"), this);
    m_nextChapter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextChapter, &QAction::triggered, this, [this] { stepChapter(1); });
    m_previousChapter = new QAction(tr("V&orig hoofdstuk"), this);
    m_previousChapter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousChapter, &QAction::triggered, this, [this] { stepChapter(-1); });

    m_dashboardAction = new QAction(tr("O&verzicht"), this);
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);

    m_find = new QAction(tr("&Zoeken..."), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &MainWindow::showSearch);

    m_guidance = new QAction(tr("&Handreiking bij dit hoofdstuk"), this);
    m_guidance->setShortcut(QKeySequence::HelpContents);
    connect(m_guidance, &QAction::triggered, this, &MainWindow::showGuidance);

    m_report = new QAction(tr("&Rapport maken..."), this);
    m_report->setShortcut(QKeySequence::Print);
    connect(m_report, &QAction::triggered, this, &MainWindow::showReportDialog);
    m_shareMail = new QAction(tr("&Delen per e-mail..."), this);
    connect(m_shareMail, &QAction::triggered, this, [this] { share(true); });
    m_shareCopy = new QAction(tr("&Kopie opslaan voor delen..."), this);
    connect(m_shareCopy, &QAction::triggered, this, [this] { share(false); });

    m_about = new QAction(tr("&Over Routekaart Werkboek"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Bestand"));
    file->addAction(m_new);
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("&Recent geopend"));
    file->addSeparator();
    file->addAction(m_saveAs);
    file->addAction(m_projectInfo);
    file->addSeparator();
    file->addAction(m_report);
    file->addAction(m_shareMail);
    file->addAction(m_shareCopy);
    file->addSeparator();
    file->addAction(m_close);
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("Be&werken"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_settings);

    QMenu *view = menuBar()->addMenu(tr("Be&kijken"));
    view->addAction(m_dashboardAction);
    view->addAction(m_previousChapter);
    view->addAction(m_nextChapter);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guidance);
    help->addAction(m_about);
    updateRecentMenu();
}

QString MainWindow::demoProjectPath()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString name = QStringLiteral("Voorbeeldstad.routekaart");
    for (const QString &candidate : {appDir + QStringLiteral("/../share/routekaart/demo/") + name,
                                     appDir + QStringLiteral("/../resources/demo/") + name}) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

bool MainWindow::openProject(const QString &path)
{
    if (MainWindow *holder = windowWithProject(path)) {
        holder->bringToFront();
        return true;
    }
    commitPendingEdits();
    return showOpened(path, ProjectOpener::open(path));
}

bool MainWindow::showOpened(const QString &path, OpenResult &&result)
{
    Q_ASSERT(!result.document || result.document->thread() == thread());
    if (!result.ok()) {
        MessageBox::warning(this, tr("Project openen"), result.message);
        if (result.problem == FileProblem::NotFound)
            recentFiles::remove(path);
        updateRecentMenu();
        return false;
    }
    recentFiles::add(result.document->filePath());
    setDocument(std::move(result.document));
    for (const QString &notice : std::as_const(result.notices))
        MessageBox::information(this, tr("Project openen"), notice);
    return true;
}

bool MainWindow::createProject(const QString &path)
{
    ProjectInfoDialog dialog(ProjectInfoDialog::Purpose::NewProject, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    OpenResult result = ProjectOpener::create(path, dialog.info(), true);
    if (!result.ok()) {
        MessageBox::warning(this, tr("Nieuw project"), result.message);
        return false;
    }
    recentFiles::add(result.document->filePath());
    setDocument(std::move(result.document));
    return true;
}

bool MainWindow::saveProjectAs(const QString &givenPath)
{
    if (!m_document)
        return false;
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    if (path == m_document->filePath()) {
        MessageBox::warning(this, tr("Opslaan als"), tr("Kies een andere naam dan die van het geopende project."));
        return false;
    }
    commitPendingEdits();
    // Write beside the target first, so that a failure never damages an existing file.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    if (!m_document->saveCopyAs(partial)) {
        MessageBox::warning(this, tr("Opslaan als"), describeProblem(FileProblem::CannotCreate, path));
        return false;
    }
    if (QFileInfo::exists(path) && (ProjectLock::currentHolder(path) || !QFile::remove(path))) {
        QFile::remove(partial);
        MessageBox::warning(this, tr("Opslaan als"),
                            tr("Het bestand %1 kan niet worden vervangen, omdat het in gebruik of beveiligd is.")
                                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        MessageBox::warning(this, tr("Opslaan als"), describeProblem(FileProblem::CannotCreate, path));
        return false;
    }
    OpenResult result = ProjectOpener::open(path);
    if (!result.ok()) {
        MessageBox::warning(this, tr("Opslaan als"), result.message);
        return false;
    }
    const ChapterId current = m_currentChapter;
    const bool dashboard = isDashboardShown();
    recentFiles::add(path);
    setDocument(std::move(result.document));
    if (dashboard)
        showDashboard();
    else
        showChapter(current);
    statusBar()->showMessage(tr("Opgeslagen als %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
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
    if (location.kind == WorkbookLocation::Kind::Record && location.table == TableId::Measurement) {
        // A measurement is shown on its indicator's page.
        if (const Record *row = m_document->record(TableId::Measurement, location.recordId)) {
            showIndicator(row->parentId);
            indicatorPage()->measurements()->showRecord(location.recordId, location.field);
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
        page = new ChapterPage(chapter, this);
        m_stack->addWidget(page);
        connect(page, &ChapterPage::indicatorRequested, this, &MainWindow::showIndicator);
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

void MainWindow::showSearch()
{
    if (!m_document)
        return;
    commitPendingEdits();
    SearchDialog *dialog = searchDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->queryEdit()->setFocus();
    dialog->queryEdit()->selectAll();
}

void MainWindow::showGuidance()
{
    if (!m_document)
        return;
    if (isDashboardShown())
        showChapter(m_currentChapter);
    chapterPage()->showGuidance();
}

void MainWindow::showIndicator(const QString &indicatorId)
{
    if (!m_document || !m_document->record(TableId::Indicator, indicatorId))
        return;
    commitPendingEdits();
    indicatorPage()->showIndicator(indicatorId);
    m_stack->setCurrentWidget(m_indicatorPage);
    // Mark the monitoring chapter in the navigator without leaving this page.
    const QSignalBlocker blocker(m_navigator->selectionModel());
    m_navigator->setCurrentIndex(m_chapterModel->indexOf(ChapterId::MonitorenEvalueren));
    m_navigator->viewport()->update();
}

IndicatorPage *MainWindow::indicatorPage()
{
    if (!m_indicatorPage) {
        m_indicatorPage = new IndicatorPage(this);
        m_stack->addWidget(m_indicatorPage);
        connect(m_indicatorPage, &IndicatorPage::backRequested, this, [this] {
            showChapter(ChapterId::MonitorenEvalueren);
            chapterPage()->tabs()->setCurrentIndex(0);
        });
        connect(m_indicatorPage, &IndicatorPage::importRequested, this, &MainWindow::importMeasurements);
        m_indicatorPage->setDocument(m_document.get());
    }
    return m_indicatorPage;
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
    if (m_document) {
        ProjectDocument *doc = m_document.get();
        connect(doc, &ProjectDocument::writeFailed, this, &MainWindow::onWriteFailed);
        connect(doc, &ProjectDocument::projectInfoChanged, this, &MainWindow::updateTitle);
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
        showFileNotices();
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

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QString());
        setWindowFilePath(QString());
        return;
    }
    QString title = tr("%1 (%2)").arg(m_document->displayName(), QFileInfo(m_document->filePath()).fileName());
    if (m_document->isReadOnly())
        title += QLatin1Char(' ') + tr("(alleen-lezen)");
    setWindowTitle(title);
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool editable = open && !m_document->isReadOnly();
    m_saveAs->setEnabled(open);
    m_close->setEnabled(open);
    m_projectInfo->setEnabled(open);
    m_nextChapter->setEnabled(open);
    m_previousChapter->setEnabled(open);
    m_dashboardAction->setEnabled(open);
    m_find->setEnabled(open);
    m_guidance->setEnabled(open);
    m_report->setEnabled(open);
    m_shareMail->setEnabled(open);
    m_shareCopy->setEnabled(open);
    QUndoStack *stack = open ? m_document->undoStack() : nullptr;
    m_undo->setEnabled(editable && stack->canUndo());
    m_redo->setEnabled(editable && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Ongedaan maken: %1").arg(stack->undoText())
                                              : tr("&Ongedaan maken"));
    m_redo->setText(stack && stack->canRedo() ? tr("Opnie&uw: %1").arg(stack->redoText()) : tr("Opnie&uw"));
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles::list();
    int number = 1;
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(number++).arg(
            QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Lijst &wissen"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        recentFiles::clear();
        updateRecentMenu();
        m_welcome->setRecentFiles({});
    });
}

void MainWindow::showReadOnlyNotice()
{
    if (m_document && m_document->isReadOnly())
        m_notice->showMessage(NoticeBar::Kind::Warning, m_document->readOnlyMessage(), tr("Opslaan als..."));
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

void MainWindow::stepChapter(int delta)
{
    if (!m_document)
        return;
    if (isDashboardShown()) {
        showChapter(delta > 0 ? ChapterId::Verkenning : m_currentChapter);
        return;
    }
    const int next = std::clamp(chapterIndex(m_currentChapter) + delta, 0, kChapterCount - 1);
    showChapter(static_cast<ChapterId>(next));
}

void MainWindow::undoOrRedo(bool redo)
{
    if (!m_document || m_document->isReadOnly())
        return;
    commitPendingEdits();
    // Show the chapter that the undone or redone edit touches.
    m_followChanges = true;
    if (redo)
        m_document->undoStack()->redo();
    else
        m_document->undoStack()->undo();
    m_followChanges = false;
}

void MainWindow::newProjectInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Nieuw project"), documentsFolder() + QLatin1Char('/') + tr("Project.routekaart"), fileFilter());
    if (path.isEmpty())
        return;
    createProject(path.endsWith(QLatin1String(".routekaart")) ? path : path + QStringLiteral(".routekaart"));
}

void MainWindow::openProjectInteractive()
{
    const QString start = m_document ? QFileInfo(m_document->filePath()).absolutePath() : documentsFolder();
    const QString path = QFileDialog::getOpenFileName(this, tr("Project openen"), start, fileFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::saveAsInteractive()
{
    if (!m_document)
        return;
    QString folder = QFileInfo(m_document->filePath()).absolutePath();
    if (!ProjectOpener::isWritableLocation(folder + QStringLiteral("/x.routekaart")))
        folder = documentsFolder();
    const QString suggestion =
        folder + QLatin1Char('/') + safeFileName(m_document->displayName()) + QStringLiteral(".routekaart");
    const QString path = QFileDialog::getSaveFileName(this, tr("Opslaan als"), suggestion, fileFilter());
    if (path.isEmpty())
        return;
    saveProjectAs(path.endsWith(QLatin1String(".routekaart")) ? path : path + QStringLiteral(".routekaart"));
}

void MainWindow::openDemoInteractive()
{
    const QString demo = demoProjectPath();
    if (demo.isEmpty())
        return;
    // Work in a copy, so that the example stays as it was shipped.
    const QString copy = documentsFolder() + QLatin1Char('/') + tr("Voorbeeldstad (voorbeeld).routekaart");
    if (!QFileInfo::exists(copy)) {
        QDir().mkpath(documentsFolder());
        if (!QFile::copy(demo, copy)) {
            MessageBox::warning(this, tr("Voorbeeldproject"), describeProblem(FileProblem::CannotCreate, copy));
            return;
        }
        QFile(copy).setPermissions(QFile(copy).permissions() | QFileDevice::WriteOwner);
    }
    openProject(copy);
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
