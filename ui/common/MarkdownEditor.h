#pragma once

#include <QTextEdit>

class QAction;

namespace rk {

// Edits Markdown text as formatted text: bold, italic and lists through actions and
// shortcuts. Never takes HTML in (plain-text paste, no HTML in Markdown) and loads no
// resources. Undo belongs to the project, so the editor's own undo is off and
// Ctrl+Z / Ctrl+Shift+Z go to the window's actions.
class MarkdownEditor : public QTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    // Replaces the text without emitting markdownEdited().
    void setMarkdownText(const QString &markdown);
    QString markdownText() const;

    QAction *boldAction() const { return m_bold; }
    QAction *italicAction() const { return m_italic; }
    QAction *bulletListAction() const { return m_bulletList; }
    QAction *numberedListAction() const { return m_numberedList; }

Q_SIGNALS:
    // The user changed the text (not emitted for setMarkdownText()).
    void markdownEdited();
    // A good moment to store pending text: focus leaves, or a project undo/redo
    // shortcut is about to be passed on to the window.
    void flushRequested();

protected:
    bool event(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void toggleBold();
    void toggleItalic();
    void toggleList(int style);
    void updateActions();

    QAction *m_bold;
    QAction *m_italic;
    QAction *m_bulletList;
    QAction *m_numberedList;
    bool m_loading = false;
};

} // namespace rk
