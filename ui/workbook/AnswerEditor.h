#pragma once

#include <QPlainTextEdit>

class QTimer;

namespace rk {

// A plain-text box for one answer. Reports the text shortly after typing stops, when
// focus leaves and before a project undo, so the owner can store it as one edit.
class AnswerEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit AnswerEditor(QWidget *parent = nullptr);

    // Replaces the text without reporting it as typed.
    void setStoredText(const QString &text);
    bool hasPendingText() const { return toPlainText() != m_stored; }
    void markStored() { m_stored = toPlainText(); }

Q_SIGNALS:
    // Typed text is waiting to be stored.
    void commitRequested();

protected:
    bool event(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    QSize sizeHint() const override;

private:
    QTimer *m_timer;
    QString m_stored;
    bool m_loading = false;
};

} // namespace rk
