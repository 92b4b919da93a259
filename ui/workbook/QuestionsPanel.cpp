#include "QuestionsPanel.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "core/guidance/Guidance.h"
#include "ui/workbook/AnswerEditor.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace rk {

QuestionsPanel::QuestionsPanel(ChapterId chapter, QWidget *parent)
    : QScrollArea(parent)
    , m_chapter(chapter)
{
    setWidgetResizable(true);
    // The page is not a Tab stop itself: Tab goes to what is on it, and the page scrolls
    // to show it.
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Vragen bij %1").arg(chapterTitle(chapter)));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    const GuidanceLibrary &guidance = GuidanceLibrary::forUiLanguage();
    int number = 1;
    for (const GuidanceQuestion &question : guidance.chapter(chapter).questions) {
        auto *label = new QLabel(QStringLiteral("%1. %2").arg(number++).arg(question.text), content);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *editor = new AnswerEditor(content);
        editor->setAccessibleName(question.text);
        editor->setPlaceholderText(tr("Uw antwoord"));
        label->setBuddy(editor);
        layout->addWidget(label);
        layout->addWidget(editor);
        layout->addSpacing(6);
        m_editors.insert(question.key, editor);
        m_order.append(question.key);
        const QString key = question.key;
        connect(editor, &AnswerEditor::commitRequested, this, [this, key] { commit(key); });
    }
    layout->addStretch();
    setWidget(content);
}

void QuestionsPanel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    const bool editable = m_document && !m_document->isReadOnly();
    for (const QString &key : std::as_const(m_order)) {
        AnswerEditor *editor = m_editors.value(key);
        editor->setStoredText(m_document ? m_document->answer(m_chapter, key) : QString());
        editor->setReadOnly(!editable);
    }
    if (m_document)
        connect(m_document, &ProjectDocument::answerChanged, this, &QuestionsPanel::onAnswerChanged);
}

bool QuestionsPanel::commitPending()
{
    bool ok = true;
    for (const QString &key : std::as_const(m_order)) {
        if (m_editors.value(key)->hasPendingText())
            ok = edit::setAnswer(*m_document, m_chapter, key, m_editors.value(key)->toPlainText()) && ok;
    }
    return ok;
}

void QuestionsPanel::commit(const QString &key)
{
    AnswerEditor *editor = m_editors.value(key);
    if (!m_document || m_document->isReadOnly() || !editor->hasPendingText())
        return;
    // On failure the typed text stays in the box; the window shows why.
    if (edit::setAnswer(*m_document, m_chapter, key, editor->toPlainText()))
        editor->markStored();
}

void QuestionsPanel::focusQuestion(const QString &key)
{
    if (AnswerEditor *editor = m_editors.value(key)) {
        ensureWidgetVisible(editor);
        editor->setFocus(Qt::OtherFocusReason);
    }
}

void QuestionsPanel::onAnswerChanged(ChapterId chapter, const QString &key)
{
    if (chapter != m_chapter || !m_editors.contains(key))
        return;
    m_editors.value(key)->setStoredText(m_document->answer(chapter, key));
}

} // namespace rk
