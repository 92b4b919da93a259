#pragma once

#include "Chapter.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;
class QToolBar;

namespace rk {

class MarkdownEditor;
class ProjectDocument;

// The page of one chapter: its title and part, its status and its notes.
// Typing is stored shortly after the user pauses, when focus leaves, and before any
// undo, chapter switch or close, each time as one undoable edit.
class ChapterPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChapterPage(QWidget *parent = nullptr);

    // Call again after the document's read-only state changed.
    void setDocument(ProjectDocument *document);
    void setChapter(ChapterId chapter);
    ChapterId chapter() const { return m_chapter; }

    // Stores typed text that has not been stored yet. False when that failed.
    bool commitPendingNotes();
    bool hasPendingNotes() const;

    MarkdownEditor *notesEditor() const { return m_editor; }
    QComboBox *statusBox() const { return m_status; }

private:
    void reload();
    void onChapterChanged(ChapterId chapter);
    void onStatusActivated(int index);
    void updateEditable();
    void showUpdatedAt(const QString &timestamp);

    QPointer<ProjectDocument> m_document;
    ChapterId m_chapter = ChapterId::Verkenning;
    QLabel *m_title;
    QLabel *m_part;
    QComboBox *m_status;
    QToolBar *m_formatBar;
    MarkdownEditor *m_editor;
    QLabel *m_updated;
    QTimer *m_commitTimer;
    QString m_storedMarkdown; // the editor's rendering of what the file holds
};

} // namespace rk
