// MainWindow, part two: the actions and menus, and the dialogs they open.

#include "MainWindow.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "ui/common/HistoryDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/report/ReportDialog.h"
#include "ui/share/MergeReviewDialog.h"
#include "ui/share/ShareDialog.h"
#include "ui/shell/NoticeBar.h"
#include "ui/shell/ProjectInfoDialog.h"
#include "ui/shell/RecentFiles.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/WelcomePage.h"
#include "ui/shell/WindowRegistry.h"
#include "ui/workbook/ChapterPage.h"
#include "ui/workbook/GuidancePanel.h"
#include "ui/workbook/SearchDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

namespace rk {

void MainWindow::createActions()
{
    m_new = new QAction(tr("&Nieuw project..."), this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, [this] { m_files.newInteractive(); });

    m_open = new QAction(tr("&Openen..."), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, [this] { m_files.openInteractive(); });

    m_saveAs = new QAction(tr("Opslaan &als..."), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_saveAs->setStatusTip(tr("Bewaart een kopie van het project onder een andere naam en werkt daarin verder."));
    connect(m_saveAs, &QAction::triggered, this, [this] { m_files.saveAsInteractive(); });

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

    // F6 and Shift+F6 move between the panes: the chapter list, the work, the guidance.
    m_nextPane = new QAction(tr("Volgend &deelvenster"), this);
    m_nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_nextPane, &QAction::triggered, this, [this] { stepPane(1); });
    m_previousPane = new QAction(tr("Vorig d&eelvenster"), this);
    m_previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(m_previousPane, &QAction::triggered, this, [this] { stepPane(-1); });

    // Panes can be put away where the screen is small; the choice is remembered.
    m_showChapterList = new QAction(tr("&Lijst van hoofdstukken"), this);
    m_showChapterList->setCheckable(true);
    m_showChapterList->setChecked(QSettings().value(QStringLiteral("window/chapterListShown"), true).toBool());
    m_navigator->setVisible(m_showChapterList->isChecked());
    connect(m_showChapterList, &QAction::toggled, this, [this](bool shown) {
        m_navigator->setVisible(shown);
        QSettings().setValue(QStringLiteral("window/chapterListShown"), shown);
    });
    m_showGuidance = new QAction(tr("&Handreiking naast het werk"), this);
    m_showGuidance->setCheckable(true);
    m_showGuidance->setChecked(ChapterPage::storedGuidanceWidth() > 0);
    connect(m_showGuidance, &QAction::triggered, this, [this](bool shown) {
        if (ChapterPage *page = isDashboardShown() ? nullptr : chapterPage())
            page->setGuidanceShown(shown);
        else
            ChapterPage::storeGuidanceShown(shown);
    });

    m_history = new QAction(tr("&Geschiedenis..."), this);
    connect(m_history, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        commitPendingEdits();
        HistoryDialog dialog(m_document.get(), {}, this);
        dialog.exec();
    });

    m_importStatLine = new QAction(tr("Cijfers &inlezen uit StatLine..."), this);
    connect(m_importStatLine, &QAction::triggered, this, &MainWindow::importStatLine);
    m_report = new QAction(tr("Rapport &maken..."), this);
    m_report->setShortcut(QKeySequence::Print);
    connect(m_report, &QAction::triggered, this, &MainWindow::showReportDialog);
    m_shareMail = new QAction(tr("&Delen per e-mail..."), this);
    connect(m_shareMail, &QAction::triggered, this, [this] { share(true); });
    m_shareCopy = new QAction(tr("&Kopie opslaan voor delen..."), this);
    connect(m_shareCopy, &QAction::triggered, this, [this] { share(false); });
    m_mergeCopy = new QAction(tr("&Wijzigingen van een kopie samenvoegen..."), this);
    connect(m_mergeCopy, &QAction::triggered, this, [this] { m_files.reviewCopyInteractive(); });

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
    file->addAction(m_importStatLine);
    file->addSeparator();
    file->addAction(m_report);
    file->addAction(m_shareMail);
    file->addAction(m_shareCopy);
    file->addAction(m_mergeCopy);
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
    view->addSeparator();
    view->addAction(m_history);
    view->addSeparator();
    view->addAction(m_showChapterList);
    view->addAction(m_showGuidance);
    view->addSeparator();
    view->addAction(m_nextPane);
    view->addAction(m_previousPane);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guidance);
    help->addAction(m_about);
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
    m_importStatLine->setEnabled(editable);
    m_shareMail->setEnabled(open);
    m_shareCopy->setEnabled(open);
    m_mergeCopy->setEnabled(editable);
    m_history->setEnabled(open);
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
        const QFileInfo file(path);
        const QString shown = tr("%1 (in %2)").arg(file.fileName(), file.absoluteDir().dirName());
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(number++).arg(QString(shown).replace(QLatin1Char('&'), QStringLiteral("&&"))));
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
        edit::redo(*m_document);
    else
        edit::undo(*m_document);
    m_followChanges = false;
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

namespace {
// The first widget inside `pane` that Tab would stop at, or the pane itself.
QWidget *firstTabStop(QWidget *pane)
{
    if (pane->focusPolicy() & Qt::TabFocus)
        return pane;
    // Where the pane holds a table or list, that is where the work is (not its buttons).
    for (QAbstractItemView *view : pane->findChildren<QAbstractItemView *>()) {
        const bool table = qobject_cast<QTableView *>(view) || qobject_cast<QTreeView *>(view);
        if (table && view->isVisible() && view->isEnabled() && (view->focusPolicy() & Qt::TabFocus))
            return view;
    }
    for (QWidget *w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
        if (pane->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return pane;
}
} // namespace

QList<QWidget *> MainWindow::panes() const
{
    QList<QWidget *> result;
    if (m_navigator->isVisible())
        result.append(m_navigator);
    if (ChapterPage *page = isDashboardShown() ? nullptr : qobject_cast<ChapterPage *>(m_stack->currentWidget())) {
        result.append(page->tabs()->currentWidget());
        if (page->guidancePanel()->isVisible() && page->guidancePanel()->width() > 0)
            result.append(page->guidancePanel());
    } else if (m_stack->currentWidget()) {
        result.append(m_stack->currentWidget());
    }
    return result;
}

void MainWindow::stepPane(int step)
{
    const QList<QWidget *> list = panes();
    QWidget *focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (focus && (focus == list.at(i) || list.at(i)->isAncestorOf(focus)))
            current = i;
    }
    const int next = current < 0 ? 0 : (current + step + int(list.size())) % int(list.size());
    firstTabStop(list.at(next))->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showGuidance()
{
    if (!m_document)
        return;
    if (isDashboardShown())
        showChapter(m_currentChapter);
    chapterPage()->showGuidance();
}

void MainWindow::editProjectInfo()
{
    if (!m_document)
        return;
    ProjectInfoDialog dialog(ProjectInfoDialog::Purpose::EditProject, this);
    dialog.setInfo(m_document->project());
    if (m_document->isReadOnly())
        dialog.setEnabled(false);
    if (dialog.exec() == QDialog::Accepted && !m_document->isReadOnly())
        edit::setProjectInfo(*m_document, dialog.info());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_document)
        m_document->updateAuthor();
    for (MainWindow *window : WindowRegistry::shownWindows()) {
        if (window->document())
            window->document()->updateAuthor();
    }
    if (dialog.languageChanged())
        WindowRegistry::rebuildAllWindows();
}

void MainWindow::showReportDialog()
{
    if (!m_document)
        return;
    commitPendingEdits();
    ReportDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::share(bool mail)
{
    if (!m_document)
        return;
    commitPendingEdits();
    ShareDialog dialog(m_document.get(), mail, this);
    dialog.exec();
}

void MainWindow::reviewCopy(const QString &copyPath)
{
    if (!m_document || m_document->isReadOnly())
        return;
    commitPendingEdits();
    merge::OpenedCopy opened;
    QString error;
    if (!merge::openCopy(copyPath, *m_document, &opened, &error)) {
        MessageBox::warning(this, tr("Wijzigingen van een kopie samenvoegen"), error);
        return;
    }
    MergeReviewDialog dialog(m_document.get(), std::move(opened), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("Over Routekaart Werkboek"),
        tr("Routekaart Werkboek %1\n\nEen werkboek voor gemeenten die met hun partners werken aan de lokale "
           "aanpak van eenzaamheid: de negen hoofdstukken van de routekaart, de doelen, de cijfers en het "
           "netwerk, in één bestand.\n\nVrije software onder de GNU GPL, versie 3 of later.")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace rk
