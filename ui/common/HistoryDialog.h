#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeView;

namespace rk {

class ProjectDocument;

// "Geschiedenis": the edits made to the project (or to one row), newest first, with who made
// them, where, what was there and what came instead; filtered by person, chapter and period.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // With `recordId`, only that row's history.
    HistoryDialog(ProjectDocument *document, const QString &recordId = {}, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QComboBox *personFilter() const { return m_person; }
    QComboBox *chapterFilter() const { return m_chapter; }
    QComboBox *periodFilter() const { return m_period; }

private:
    void reload();

    QPointer<ProjectDocument> m_document;
    QString m_recordId;
    QComboBox *m_person = nullptr;
    QComboBox *m_chapter = nullptr;
    QComboBox *m_period = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace rk
