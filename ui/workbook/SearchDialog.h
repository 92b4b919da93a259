#pragma once

#include "core/workbook/WorkbookLocation.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace rk {

class ProjectDocument;

// Ctrl+F: searches the whole project (notes, answers, checklists, tables) as you type;
// Enter or a double click on a result goes there. Stays open beside the window.
class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SearchDialog(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void setQuery(const QString &text);
    void runSearch();
    QTreeWidget *results() const { return m_results; }
    QLineEdit *queryEdit() const { return m_query; }

Q_SIGNALS:
    void locationRequested(const rk::WorkbookLocation &location);

private:
    void activate(QTreeWidgetItem *item);

    QPointer<ProjectDocument> m_document;
    QLineEdit *m_query;
    QLabel *m_count;
    QTreeWidget *m_results;
    QTimer *m_timer;
    QList<WorkbookLocation> m_locations;
};

} // namespace rk
