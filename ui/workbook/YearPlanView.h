#pragma once

#include "core/workbook/WorkbookLocation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTreeWidget;
class QTimer;

namespace rk {

class ProjectDocument;

// The year at a glance, month by month: the moments of the yearly planning (the national
// week, the budget cycle, the monitor rounds, a new round of the checklist), the start and end
// of activities and the measurements that fall due. Enter opens the row it came from.
class YearPlanView : public QWidget
{
    Q_OBJECT

public:
    explicit YearPlanView(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void setYear(int year);
    int year() const;
    QTreeWidget *tree() const { return m_tree; }
    void refresh();

Q_SIGNALS:
    void locationRequested(const rk::WorkbookLocation &location);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPointer<ProjectDocument> m_document;
    QLabel *m_intro;
    QSpinBox *m_year;
    QTreeWidget *m_tree;
    QTimer *m_timer;
    QList<WorkbookLocation> m_locations; // of the rows, in order
    bool m_dirty = true;
};

// Asks for a year and the dates of its fixed moments, and adds those not planned yet as one
// step that can be undone.
void addFixedMoments(ProjectDocument *document, QWidget *parent);

} // namespace rk
