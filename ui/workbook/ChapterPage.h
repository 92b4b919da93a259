#pragma once

#include "core/Chapter.h"
#include "core/records/RecordTables.h"
#include "core/workbook/WorkbookLocation.h"
#include "ui/workbook/ChapterExtension.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolBar;
class QTreeView;

namespace rk {

class ChecklistModel;
class GoalsPanel;
class GuidancePanel;
class MarkdownEditor;
class ProjectDocument;
class QuestionsPanel;
class RecordTablePanel;

// The page of one chapter: title, part and status; the workbook in tabs (questions,
// checklist, the chapter's tables, notes) and the guidance beside it. Tabs and actions of
// other features (the network overview, the progress overview, ...) come in as extensions,
// which the page runs after its own tables and before the notes.
// Typed text is stored shortly after the user pauses, when focus leaves, and before any
// undo, page switch or close, each time as one undoable edit.
class ChapterPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChapterPage(ChapterId chapter, const QList<ChapterExtension> &extensions = {}, QWidget *parent = nullptr);

    // Call again after the document's read-only state changed.
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const;
    ChapterId chapter() const { return m_chapter; }

    // Stores typed text that has not been stored yet. False when that failed.
    bool commitPendingEdits();
    bool hasPendingNotes() const;

    void showLocation(const WorkbookLocation &location);
    void showGuidance();
    bool isGuidanceShown() const;
    void setGuidanceShown(bool shown);
    // The guidance setting, for the menu while no chapter is shown.
    static int storedGuidanceWidth();
    static void storeGuidanceShown(bool shown);

    MarkdownEditor *notesEditor() const { return m_editor; }
    QComboBox *statusBox() const { return m_status; }
    QPushButton *markDoneButton() const { return m_markDone; }
    QTabWidget *tabs() const { return m_tabs; }
    QuestionsPanel *questionsPanel() const { return m_questions; }
    QTreeView *checklistView() const { return m_checklistView; }
    RecordTablePanel *tablePanel(TableId table) const { return m_tables.value(int(table)); }
    GuidancePanel *guidancePanel() const { return m_guidance; }
    GoalsPanel *goalsPanel() const { return m_goalsPanel; }

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void indicatorRequested(const QString &indicatorId);
    void locationRequested(const rk::WorkbookLocation &location);
    void guidanceShownChanged(bool shown);
    // The page shows another document (or none): extensions follow it with their tabs.
    void documentChanged(rk::ProjectDocument *document);

private:
    bool commitPendingNotes();
    void reloadNotes();
    void onChapterChanged(ChapterId chapter);
    void onStatusActivated(int index);
    void updateStatus();
    void giveTabsMnemonics();
    void applyGuidanceWidth(int wanted);
    void updateEditable();
    void showUpdatedAt(const QString &timestamp);
    QWidget *createNotesTab();
    QWidget *createChecklistTab();

    ChapterId m_chapter;
    QPointer<ProjectDocument> m_document;
    QLabel *m_title;
    QLabel *m_part;
    QComboBox *m_status;
    QLabel *m_suggestion;
    QPushButton *m_markDone;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QuestionsPanel *m_questions;
    ChecklistModel *m_checklistModel = nullptr;
    QTreeView *m_checklistView = nullptr;
    QMap<int, RecordTablePanel *> m_tables;
    GoalsPanel *m_goalsPanel = nullptr;
    QToolBar *m_formatBar = nullptr;
    MarkdownEditor *m_editor = nullptr;
    QLabel *m_updated = nullptr;
    QWidget *m_notesTab = nullptr;
    GuidancePanel *m_guidance;
    QTimer *m_commitTimer;
    QString m_storedMarkdown;  // the editor's rendering of what the file holds
    bool m_notesDirty = false; // typed since the last store
    bool m_committing = false; // our own store is under way
};

} // namespace rk
