#include "ChapterPage.h"

#include "MarkdownEditor.h"
#include "ProjectDocument.h"
#include "StatusIcons.h"
#include "commands/Edits.h"
#include "text/SafeTextDocument.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace rk {

namespace {
constexpr int kCommitDelayMs = 400;
}

ChapterPage::ChapterPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_part(new QLabel(this)), m_status(new QComboBox(this)),
      m_formatBar(new QToolBar(this)), m_editor(new MarkdownEditor(this)), m_updated(new QLabel(this)),
      m_commitTimer(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_part->setTextFormat(Qt::PlainText);
    m_updated->setTextFormat(Qt::PlainText);
    m_updated->setForegroundRole(QPalette::PlaceholderText);

    for (ChapterStatus status : {ChapterStatus::NotStarted, ChapterStatus::InProgress, ChapterStatus::Done})
        m_status->addItem(statusIcon(status), chapterStatusName(status), int(status));
    m_status->setAccessibleName(tr("Status van het hoofdstuk"));

    m_formatBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_formatBar->setAccessibleName(tr("Opmaak"));
    m_formatBar->addAction(m_editor->boldAction());
    m_formatBar->addAction(m_editor->italicAction());
    m_formatBar->addSeparator();
    m_formatBar->addAction(m_editor->bulletListAction());
    m_formatBar->addAction(m_editor->numberedListAction());

    auto *form = new QFormLayout;
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch();
    form->addRow(statusLabel, statusRow);

    auto *notesLabel = new QLabel(tr("&Notities"), this);
    notesLabel->setBuddy(m_editor);
    QFont notesFont = notesLabel->font();
    notesFont.setBold(true);
    notesLabel->setFont(notesFont);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_part);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(notesLabel);
    layout->addWidget(m_formatBar);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_updated);

    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(kCommitDelayMs);
    connect(m_commitTimer, &QTimer::timeout, this, &ChapterPage::commitPendingNotes);
    connect(m_editor, &MarkdownEditor::markdownEdited, m_commitTimer, qOverload<>(&QTimer::start));
    connect(m_editor, &MarkdownEditor::flushRequested, this, &ChapterPage::commitPendingNotes);
    connect(m_status, &QComboBox::activated, this, &ChapterPage::onStatusActivated);
    updateEditable();
}

void ChapterPage::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_commitTimer->stop();
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::chapterChanged, this, &ChapterPage::onChapterChanged);
        reload();
    }
    updateEditable();
}

void ChapterPage::setChapter(ChapterId chapter)
{
    if (chapter == m_chapter && m_document)
        return;
    commitPendingNotes();
    m_chapter = chapter;
    reload();
}

bool ChapterPage::hasPendingNotes() const
{
    return m_document && !m_document->isReadOnly() && m_editor->markdownText() != m_storedMarkdown;
}

bool ChapterPage::commitPendingNotes()
{
    m_commitTimer->stop();
    if (!hasPendingNotes())
        return true;
    const QString markdown = m_editor->markdownText();
    if (!edit::setChapterNotes(*m_document, m_chapter, markdown))
        return false; // keep the typed text in the editor; the window shows why
    m_storedMarkdown = markdown;
    return true;
}

void ChapterPage::reload()
{
    m_commitTimer->stop();
    const ChapterInfo &info = chapterInfo(m_chapter);
    m_title->setText(QStringLiteral("%1. %2").arg(info.number).arg(chapterTitle(m_chapter)));
    m_part->setText(chapterPartTitle(info.part));
    if (!m_document) {
        m_editor->setMarkdownText(QString());
        m_storedMarkdown.clear();
        return;
    }
    const ChapterState &state = m_document->chapter(m_chapter);
    m_status->setCurrentIndex(m_status->findData(int(state.status)));
    m_editor->setMarkdownText(state.notes);
    m_storedMarkdown = m_editor->markdownText();
    showUpdatedAt(state.updatedAt);
}

void ChapterPage::onChapterChanged(ChapterId chapter)
{
    if (chapter != m_chapter || !m_document)
        return;
    const ChapterState &state = m_document->chapter(m_chapter);
    m_status->setCurrentIndex(m_status->findData(int(state.status)));
    // Our own commit changes nothing on screen; an undo or redo replaces the text.
    const QString stored = normalizedMarkdown(state.notes);
    if (stored != m_editor->markdownText()) {
        const int position = m_editor->textCursor().position();
        m_editor->setMarkdownText(state.notes);
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(qMin(position, m_editor->document()->characterCount() - 1));
        m_editor->setTextCursor(cursor);
    }
    m_storedMarkdown = m_editor->markdownText();
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
        m_status->setCurrentIndex(m_status->findData(int(m_document->chapter(m_chapter).status)));
}

void ChapterPage::updateEditable()
{
    const bool editable = m_document && !m_document->isReadOnly();
    m_editor->setReadOnly(!editable);
    m_status->setEnabled(editable);
    m_formatBar->setEnabled(editable);
}

} // namespace rk
