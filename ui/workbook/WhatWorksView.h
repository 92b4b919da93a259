#pragma once

#include "core/workbook/WorkbookLocation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTimer;

namespace rk {

class ProjectDocument;

// Which effective elements of loneliness interventions and which levels of prevention the
// local offer and the plan's activities cover, as a table of elements by levels; the thin
// places named in words. Enter on a cell goes to the first offer or activity in it.
class WhatWorksView : public QWidget
{
    Q_OBJECT

public:
    explicit WhatWorksView(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    QTableWidget *table() const { return m_table; }
    QString thinText() const;
    void refresh();

Q_SIGNALS:
    void locationRequested(const rk::WorkbookLocation &location);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void activate(int row, int column);

    QPointer<ProjectDocument> m_document;
    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_thin;
    QTimer *m_timer;
    bool m_dirty = true;
};

} // namespace rk
