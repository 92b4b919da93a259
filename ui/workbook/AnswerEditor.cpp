#include "AnswerEditor.h"

#include "ui/common/UndoShortcuts.h"

#include <QTimer>

namespace rk {

AnswerEditor::AnswerEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_timer(new QTimer(this))
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (hasPendingText())
            Q_EMIT commitRequested();
    });
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_timer->start();
    });
}

void AnswerEditor::setStoredText(const QString &text)
{
    m_loading = true;
    if (toPlainText() != text)
        setPlainText(text);
    m_loading = false;
    m_stored = text;
}

bool AnswerEditor::event(QEvent *event)
{
    if (isProjectUndoShortcut(event)) {
        if (hasPendingText())
            Q_EMIT commitRequested();
        event->ignore();
        return false;
    }
    return QPlainTextEdit::event(event);
}

void AnswerEditor::focusOutEvent(QFocusEvent *event)
{
    m_timer->stop();
    if (hasPendingText())
        Q_EMIT commitRequested();
    QPlainTextEdit::focusOutEvent(event);
}

QSize AnswerEditor::sizeHint() const
{
    // About four lines: enough to answer, small enough to see several questions.
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * 4 + 12};
}

} // namespace rk
