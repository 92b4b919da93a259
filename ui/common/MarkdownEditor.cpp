#include "MarkdownEditor.h"

#include "core/text/SafeTextDocument.h"
#include "ui/common/UndoShortcuts.h"

#include <QAction>
#include <QKeyEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>

namespace rk {

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QTextEdit(parent)
{
    setDocument(new SafeTextDocument(this));
    setAcceptRichText(false);
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    setAccessibleName(tr("Notities"));

    m_bold = new QAction(tr("&Vet"), this);
    m_bold->setShortcut(QKeySequence::Bold);
    m_bold->setCheckable(true);
    m_bold->setToolTip(tr("Vet (%1)").arg(m_bold->shortcut().toString(QKeySequence::NativeText)));
    m_italic = new QAction(tr("&Cursief"), this);
    m_italic->setShortcut(QKeySequence::Italic);
    m_italic->setCheckable(true);
    m_italic->setToolTip(tr("Cursief (%1)").arg(m_italic->shortcut().toString(QKeySequence::NativeText)));
    m_bulletList = new QAction(tr("&Opsomming"), this);
    m_bulletList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    m_bulletList->setCheckable(true);
    m_bulletList->setToolTip(tr("Opsomming (%1)").arg(m_bulletList->shortcut().toString(QKeySequence::NativeText)));
    m_numberedList = new QAction(tr("&Genummerde lijst"), this);
    m_numberedList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    m_numberedList->setCheckable(true);
    m_numberedList->setToolTip(
        tr("Genummerde lijst (%1)").arg(m_numberedList->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *action : {m_bold, m_italic, m_bulletList, m_numberedList}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_bold, &QAction::triggered, this, &MarkdownEditor::toggleBold);
    connect(m_italic, &QAction::triggered, this, &MarkdownEditor::toggleItalic);
    connect(m_bulletList, &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDisc); });
    connect(m_numberedList, &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDecimal); });
    connect(this, &QTextEdit::cursorPositionChanged, this, &MarkdownEditor::updateActions);
    connect(this, &QTextEdit::currentCharFormatChanged, this, &MarkdownEditor::updateActions);
    connect(this, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT markdownEdited();
    });
}

void MarkdownEditor::setMarkdownText(const QString &markdown)
{
    m_loading = true;
    document()->setMarkdown(markdown, kMarkdownFeatures);
    m_loading = false;
    updateActions();
}

QString MarkdownEditor::markdownText() const
{
    return document()->toMarkdown(kMarkdownFeatures);
}

bool MarkdownEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool redo = key->matches(QKeySequence::Redo) ||
                          key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z) ||
                          key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y);
        if (key->matches(QKeySequence::Undo) || redo) {
            // Let the window's undo/redo shortcut fire instead of the editor's own.
            Q_EMIT flushRequested();
            event->ignore();
            return false;
        }
    }
    return QTextEdit::event(event);
}

void MarkdownEditor::focusOutEvent(QFocusEvent *event)
{
    Q_EMIT flushRequested();
    QTextEdit::focusOutEvent(event);
}

void MarkdownEditor::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(m_bold->isChecked() ? QFont::Bold : QFont::Normal);
    mergeCurrentCharFormat(format);
}

void MarkdownEditor::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(m_italic->isChecked());
    mergeCurrentCharFormat(format);
}

void MarkdownEditor::toggleList(int style)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    QTextList *list = cursor.currentList();
    if (list && list->format().style() == style) {
        // Take the block out of the list again.
        list->remove(cursor.block());
        QTextBlockFormat blockFormat = cursor.blockFormat();
        blockFormat.setIndent(0);
        cursor.setBlockFormat(blockFormat);
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(static_cast<QTextListFormat::Style>(style));
        list->setFormat(format);
    } else {
        cursor.createList(static_cast<QTextListFormat::Style>(style));
    }
    cursor.endEditBlock();
    updateActions();
}

void MarkdownEditor::updateActions()
{
    const QTextCharFormat format = currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::Bold);
    m_italic->setChecked(format.fontItalic());
    const QTextList *list = textCursor().currentList();
    m_bulletList->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
    m_numberedList->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);
}

} // namespace rk
