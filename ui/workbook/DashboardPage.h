#pragma once

#include "core/workbook/WorkbookLocation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace rk {

class ElidedLabel;
class ProjectDocument;

// The home page: where each chapter stands, how much of the questions and checklists
// is answered, and every open item, each one a way into its place in the workbook.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    QTreeWidget *chapterList() const { return m_chapters; }
    QTreeWidget *openItemList() const { return m_openItems; }
    QString summaryText() const;

Q_SIGNALS:
    void locationRequested(const rk::WorkbookLocation &location);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    void activate(QTreeWidgetItem *item);

    QPointer<ProjectDocument> m_document;
    ElidedLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_chapters;
    QTreeWidget *m_openItems;
    QTimer *m_refreshTimer;
    QList<WorkbookLocation> m_locations; // indexed by the item's stored number
    bool m_stale = false;                // changed while hidden
};

} // namespace rk
