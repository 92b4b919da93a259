#include "ChapterPage.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "core/guidance/Guidance.h"
#include "core/workbook/Dashboard.h"
#include "core/text/SafeTextDocument.h"
#include "ui/common/AccessibleNames.h"
#include "ui/common/MarkdownEditor.h"
#include "ui/common/RecordFieldDelegate.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/common/StatusIcons.h"
#include "ui/workbook/ChecklistModel.h"
#include "ui/workbook/GoalsPanel.h"
#include "ui/workbook/GuidancePanel.h"
#include "ui/workbook/QuestionsPanel.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardItemModel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace rk {

namespace {
constexpr int kCommitDelayMs = 400;
// The guidance's width is one setting for every chapter: the width the user last gave it,
// 0 when put away.
const QString kGuidanceWidthKey = QStringLiteral("chapter/guidanceWidth");
constexpr int kGuidanceWidth = 320;
} // namespace

ChapterPage::ChapterPage(ChapterId chapter, const QList<ChapterExtension> &extensions, QWidget *parent)
    : QWidget(parent)
    , m_chapter(chapter)
    , m_title(new QLabel(this))
    , m_part(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_suggestion(new QLabel(this))
    , m_markDone(new QPushButton(this))
    , m_splitter(new QSplitter(this))
    , m_tabs(new QTabWidget(this))
    , m_questions(new QuestionsPanel(chapter, this))
    , m_guidance(new GuidancePanel(chapter, this))
    , m_commitTimer(new QTimer(this))
{
    const ChapterInfo &info = chapterInfo(chapter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    markAsHeading(m_title);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(QStringLiteral("%1. %2").arg(info.number).arg(chapterTitle(chapter)));
    m_part->setTextFormat(Qt::PlainText);
    m_part->setText(chapterPartTitle(info.part));

    for (ChapterStatus status : {ChapterStatus::NotStarted, ChapterStatus::InProgress, ChapterStatus::Done})
        m_status->addItem(statusIcon(status), chapterStatusName(status), int(status));
    m_status->setAccessibleName(tr("Status van het hoofdstuk"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_part);
    header->addLayout(titles, 1);
    // When everything is answered the page suggests closing the chapter; the user decides.
    m_suggestion->setTextFormat(Qt::PlainText);
    m_suggestion->setText(tr("Alles is beantwoord."));
    m_markDone->setText(tr("Markeren als afgerond"));
    m_markDone->setAccessibleDescription(tr("Alle vragen en checklistpunten van dit hoofdstuk zijn beantwoord."));
    m_suggestion->hide();
    m_markDone->hide();
    header->addWidget(m_suggestion);
    header->addWidget(m_markDone);
    header->addSpacing(12);
    header->addWidget(statusLabel);
    header->addWidget(m_status);

    m_tabs->setAccessibleName(tr("Werkboek"));
    m_tabs->tabBar()->setAccessibleName(tr("Onderdelen van %1").arg(chapterTitle(chapter)));
    m_tabs->addTab(m_questions, tr("&Vragen"));
    const ChapterGuidance &guidance = GuidanceLibrary::forUiLanguage().chapter(chapter);
    if (!guidance.checklists.isEmpty()) {
        m_checklistModel = new ChecklistModel(chapter, guidance, this);
        m_tabs->addTab(createChecklistTab(), tr("&Checklist"));
    }
    for (TableId table : tablesOfChapter(chapter)) {
        if (table == TableId::Goal) {
            // Goals come with their indicators.
            m_goalsPanel = new GoalsPanel(this);
            connect(m_goalsPanel, &GoalsPanel::indicatorRequested, this, &ChapterPage::indicatorRequested);
            m_tabs->addTab(m_goalsPanel, tr("&Doelen en indicatoren"));
            continue;
        }
        auto *panel = new RecordTablePanel(table, this);
        m_tables.insert(int(table), panel);
        m_tabs->addTab(panel, tableTitle(table));
    }
    // Between the chapter's own tables and its notes: the tabs and actions other features
    // add to this chapter.
    for (const ChapterExtension &extension : extensions)
        extension(*this);
    m_tabs->addTab(createNotesTab(), tr("&Notities"));
    giveTabsMnemonics();
    // Ctrl+Tab and Ctrl+Shift+Tab go through the tabs from anywhere on the page (as in a
    // browser); Ctrl+PgDn and Ctrl+PgUp go through the chapters.
    for (const auto &[keys, step] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_Tab), 1},
                                     std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), -1},
                                     std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), -1}}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step = step] {
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + m_tabs->count()) % m_tabs->count());
            m_tabs->currentWidget()->setFocus(Qt::TabFocusReason);
        });
    }

    auto *guidanceBox = new QWidget(this);
    auto *guidanceLayout = new QVBoxLayout(guidanceBox);
    guidanceLayout->setContentsMargins(0, 0, 0, 0);
    auto *guidanceLabel = new QLabel(tr("&Handreiking (F1)"), guidanceBox);
    guidanceLabel->setBuddy(m_guidance);
    QFont bold = guidanceLabel->font();
    bold.setBold(true);
    guidanceLabel->setFont(bold);
    guidanceLayout->addWidget(guidanceLabel);
    guidanceLayout->addWidget(m_guidance, 1);

    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(guidanceBox);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(true);
    // The guidance keeps one width on every chapter: the width the user last gave it.
    m_guidance->setWordWrapMode(QTextOption::WordWrap); // never inside a word
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(kGuidanceWidthKey, m_splitter->sizes().value(1));
        Q_EMIT guidanceShownChanged(isGuidanceShown());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);

    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(kCommitDelayMs);
    connect(m_commitTimer, &QTimer::timeout, this, &ChapterPage::commitPendingNotes);
    connect(m_editor, &MarkdownEditor::markdownEdited, this, [this] {
        m_notesDirty = true;
        m_commitTimer->start();
    });
    connect(m_editor, &MarkdownEditor::flushRequested, this, &ChapterPage::commitPendingNotes);
    connect(m_status, &QComboBox::activated, this, &ChapterPage::onStatusActivated);
    connect(m_markDone, &QPushButton::clicked, this, [this] {
        if (m_document && edit::setChapterStatus(*m_document, m_chapter, ChapterStatus::Done))
            m_status->setFocus(Qt::OtherFocusReason);
    });
    updateEditable();
}

namespace {
// The letter after '&' in a label, lower case, or a null character.
QChar mnemonicOf(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}
} // namespace

// Every tab can be reached with Alt and a letter: a tab named after a table gets the first
// of its letters that no other tab, the page's own labels or the menu bar use.
void ChapterPage::giveTabsMnemonics()
{
    // The menu bar (Bestand, Bewerken, Bekijken, Help) and the page's Status and Handreiking.
    //: The letters of the menu bar and of the page's Status and Handreiking labels, which the
    //: tabs must not take: Bestand, Bewerken, Bekijken, Help, Status, Handreiking.
    QString used = tr("bwkhs");
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QChar letter = mnemonicOf(m_tabs->tabText(i));
        if (!letter.isNull())
            used.append(letter);
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        QString text = m_tabs->tabText(i);
        if (text.contains(QLatin1Char('&')))
            continue;
        for (qsizetype at = 0; at < text.size(); ++at) {
            const QChar letter = text.at(at).toLower();
            if (letter.isLetter() && !used.contains(letter)) {
                text.insert(at, QLatin1Char('&'));
                used.append(letter);
                m_tabs->setTabText(i, text);
                break;
            }
        }
    }
}

QWidget *ChapterPage::createChecklistTab()
{
    m_checklistView = new QTreeView(this);
    m_checklistView->setModel(m_checklistModel);
    QStringList answers;
    for (int a = 0; a <= 4; ++a)
        answers.append(checklistAnswerName(static_cast<ChecklistAnswer>(a)));
    m_checklistView->setItemDelegateForColumn(ChecklistModel::AnswerColumn,
                                              new RecordFieldDelegate(answers, m_checklistView));
    m_checklistView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    // Cells, not rows: Right and Left reach the answer and the comment, and F2 edits them.
    m_checklistView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_checklistView->setAllColumnsShowFocus(false);
    m_checklistView->setWordWrap(true);
    m_checklistView->setAlternatingRowColors(true);
    m_checklistView->setAccessibleName(tr("Checklist"));
    m_checklistView->header()->setStretchLastSection(true);
    m_checklistView->setColumnWidth(ChecklistModel::ItemColumn, 380);
    m_checklistView->setColumnWidth(ChecklistModel::AnswerColumn, 150);
    m_checklistView->expandAll();
    return m_checklistView;
}

QWidget *ChapterPage::createNotesTab()
{
    m_notesTab = new QWidget(this);
    m_editor = new MarkdownEditor(m_notesTab);
    m_formatBar = new QToolBar(m_notesTab);
    m_updated = new QLabel(m_notesTab);
    m_updated->setTextFormat(Qt::PlainText);
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    m_formatBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_formatBar->setAccessibleName(tr("Opmaak"));
    m_formatBar->addAction(m_editor->boldAction());
    m_formatBar->addAction(m_editor->italicAction());
    m_formatBar->addSeparator();
    m_formatBar->addAction(m_editor->bulletListAction());
    m_formatBar->addAction(m_editor->numberedListAction());
    auto *layout = new QVBoxLayout(m_notesTab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_formatBar);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_updated);
    return m_notesTab;
}

void ChapterPage::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_commitTimer->stop();
    m_document = document;
    m_questions->setDocument(document);
    if (m_checklistModel) {
        m_checklistModel->setDocument(document);
        m_checklistView->expandAll();
    }
    for (RecordTablePanel *panel : std::as_const(m_tables))
        panel->setDocument(document);
    if (m_goalsPanel)
        m_goalsPanel->setDocument(document);
    Q_EMIT documentChanged(document);
    if (m_document) {
        connect(m_document, &ProjectDocument::chapterChanged, this, &ChapterPage::onChapterChanged);
        connect(m_document, &ProjectDocument::chapterWorkChanged, this, [this](ChapterId chapter) {
            if (chapter == m_chapter)
                updateStatus();
        });
    }
    reloadNotes();
    updateEditable();
}

ProjectDocument *ChapterPage::document() const
{
    return m_document;
}

bool ChapterPage::hasPendingNotes() const
{
    return m_notesDirty && m_document && !m_document->isReadOnly();
}

bool ChapterPage::commitPendingEdits()
{
    if (!m_document || m_document->isReadOnly())
        return true;
    const bool answers = m_questions->commitPending();
    return commitPendingNotes() && answers;
}

bool ChapterPage::commitPendingNotes()
{
    m_commitTimer->stop();
    if (!hasPendingNotes())
        return true;
    const QString markdown = m_editor->markdownText();
    if (markdown == m_storedMarkdown) {
        m_notesDirty = false;
        return true;
    }
    m_committing = true;
    const bool stored = edit::setChapterNotes(*m_document, m_chapter, markdown);
    m_committing = false;
    if (!stored)
        return false; // keep the typed text in the editor; the window shows why
    m_storedMarkdown = markdown;
    m_notesDirty = false;
    return true;
}

void ChapterPage::reloadNotes()
{
    m_commitTimer->stop();
    if (!m_document) {
        m_editor->setMarkdownText(QString());
        m_storedMarkdown.clear();
        m_updated->clear();
        updateStatus();
        return;
    }
    const ChapterState &state = m_document->chapter(m_chapter);
    updateStatus();
    m_editor->setMarkdownText(state.notes);
    m_storedMarkdown = m_editor->markdownText();
    m_notesDirty = false;
    showUpdatedAt(state.updatedAt);
}

void ChapterPage::onChapterChanged(ChapterId chapter)
{
    if (chapter != m_chapter || !m_document)
        return;
    const ChapterState &state = m_document->chapter(m_chapter);
    updateStatus();
    // Our own commit changes nothing on screen; an undo or redo replaces the text.
    if (!m_committing && (m_notesDirty || normalizedMarkdown(state.notes) != m_storedMarkdown)) {
        const int position = m_editor->textCursor().position();
        m_editor->setMarkdownText(state.notes);
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(qMin(position, m_editor->document()->characterCount() - 1));
        m_editor->setTextCursor(cursor);
        m_storedMarkdown = m_editor->markdownText();
        m_notesDirty = false;
    }
    showUpdatedAt(state.updatedAt);
}

void ChapterPage::showUpdatedAt(const QString &timestamp)
{
    const QDateTime updated = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    m_updated->setText(
        updated.isValid()
            ? tr("Laatst gewijzigd: %1").arg(QLocale().toString(updated.toLocalTime(), QLocale::ShortFormat))
            : QString());
}

void ChapterPage::onStatusActivated(int index)
{
    if (!m_document)
        return;
    const auto status = static_cast<ChapterStatus>(m_status->itemData(index).toInt());
    if (!edit::setChapterStatus(*m_document, m_chapter, status))
        updateStatus();
}

void ChapterPage::updateStatus()
{
    const bool hasWork = m_document && m_document->chapterHasWork(m_chapter);
    const ChapterStatus shown = m_document ? m_document->chapterStatus(m_chapter) : ChapterStatus::NotStarted;
    m_status->setCurrentIndex(m_status->findData(int(shown)));
    // "Niet gestart" says nothing has been done; once there is work it is not a choice.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_status->model())) {
        if (QStandardItem *item = model->item(m_status->findData(int(ChapterStatus::NotStarted))))
            item->setEnabled(!hasWork);
    }
    m_status->setToolTip(hasWork ? tr("Dit hoofdstuk heeft antwoorden, rijen of notities, dus het is minstens "
                                      "'Bezig'. Afgerond kiest u zelf.")
                                 : QString());
    const bool suggest = m_document && !m_document->isReadOnly() && shown != ChapterStatus::Done
                         && chapterProgress(*m_document, GuidanceLibrary::forUiLanguage(), m_chapter).isComplete();
    m_suggestion->setVisible(suggest);
    m_markDone->setVisible(suggest);
}

void ChapterPage::updateEditable()
{
    const bool editable = m_document && !m_document->isReadOnly();
    m_editor->setReadOnly(!editable);
    m_status->setEnabled(editable);
    m_formatBar->setEnabled(editable);
}

void ChapterPage::showLocation(const WorkbookLocation &location)
{
    switch (location.kind) {
    case WorkbookLocation::Kind::Dashboard:
        break;
    case WorkbookLocation::Kind::ChapterStatus:
        m_status->setFocus(Qt::OtherFocusReason);
        break;
    case WorkbookLocation::Kind::Notes:
        m_tabs->setCurrentWidget(m_notesTab);
        m_editor->setFocus(Qt::OtherFocusReason);
        break;
    case WorkbookLocation::Kind::Question:
        m_tabs->setCurrentWidget(m_questions);
        m_questions->focusQuestion(location.key);
        break;
    case WorkbookLocation::Kind::ChecklistItem:
        if (m_checklistView) {
            m_tabs->setCurrentWidget(m_checklistView);
            const QModelIndex index = m_checklistModel->indexOfItem(location.key);
            m_checklistView->setCurrentIndex(index);
            m_checklistView->scrollTo(index);
            m_checklistView->setFocus(Qt::OtherFocusReason);
        }
        break;
    case WorkbookLocation::Kind::Indicator:
        break;
    case WorkbookLocation::Kind::Record:
        if (m_goalsPanel && (location.table == TableId::Goal || location.table == TableId::Indicator)) {
            m_tabs->setCurrentWidget(m_goalsPanel);
            if (location.table == TableId::Goal) {
                m_goalsPanel->showGoal(location.recordId);
            } else if (const Record *indicator =
                           m_document ? m_document->record(TableId::Indicator, location.recordId) : nullptr) {
                m_goalsPanel->showIndicator(indicator->parentId, location.recordId, location.field);
            }
        } else if (RecordTablePanel *panel = m_tables.value(int(location.table))) {
            m_tabs->setCurrentWidget(panel);
            if (!location.key.isEmpty())
                panel->filterEdit()->setText(location.key);
            panel->showRecord(location.recordId, location.field);
        }
        break;
    }
}

int ChapterPage::storedGuidanceWidth()
{
    return QSettings().value(kGuidanceWidthKey, kGuidanceWidth).toInt();
}

void ChapterPage::storeGuidanceShown(bool shown)
{
    QSettings().setValue(kGuidanceWidthKey, shown ? kGuidanceWidth : 0);
}

// At most two fifths of the page.
void ChapterPage::applyGuidanceWidth(int wanted)
{
    const int total = std::max(1, m_splitter->width() - m_splitter->handleWidth());
    const int guidance = std::clamp(wanted, 0, total * 2 / 5);
    m_splitter->setSizes({total - guidance, guidance});
}

void ChapterPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applyGuidanceWidth(storedGuidanceWidth());
}

void ChapterPage::showGuidance()
{
    if (!isGuidanceShown())
        setGuidanceShown(true);
    m_guidance->setFocus(Qt::OtherFocusReason);
}

bool ChapterPage::isGuidanceShown() const
{
    return m_splitter->sizes().value(1) > 0;
}

// Shown or put away on every chapter: the width is one setting, 0 when put away.
void ChapterPage::setGuidanceShown(bool shown)
{
    applyGuidanceWidth(shown ? kGuidanceWidth : 0);
    QSettings().setValue(kGuidanceWidthKey, m_splitter->sizes().value(1));
    Q_EMIT guidanceShownChanged(shown);
}

} // namespace rk
