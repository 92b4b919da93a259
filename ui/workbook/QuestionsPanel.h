#pragma once

#include "core/Chapter.h"

#include <QMap>
#include <QPointer>
#include <QScrollArea>

namespace rk {

class AnswerEditor;
class ProjectDocument;

// The guided questions of one chapter, each with its answer box. Answers are stored
// one edit at a time, each undoable.
class QuestionsPanel : public QScrollArea
{
    Q_OBJECT

public:
    QuestionsPanel(ChapterId chapter, QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    bool commitPending();
    void focusQuestion(const QString &key);
    AnswerEditor *editorFor(const QString &key) const { return m_editors.value(key); }

private:
    void commit(const QString &key);
    void onAnswerChanged(ChapterId chapter, const QString &key);

    ChapterId m_chapter;
    QPointer<ProjectDocument> m_document;
    QMap<QString, AnswerEditor *> m_editors;
    QStringList m_order;
};

} // namespace rk
