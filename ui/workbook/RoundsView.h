#pragma once

#include "core/workbook/WorkbookLocation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace rk {

class ProjectDocument;
class RecordTablePanel;

// The checklist year after year: every checklist item with its answer in each round and how
// it moved (nee → deels → ja), the rounds themselves (name, dates, what was learned), and the
// button that closes the open round and starts the next from its answers. Enter on an item
// opens it in its chapter's checklist.
class RoundsView : public QWidget
{
    Q_OBJECT

public:
    explicit RoundsView(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    QTableWidget *trendTable() const { return m_trend; }
    RecordTablePanel *roundsPanel() const { return m_rounds; }
    QPushButton *startButton() const { return m_start; }
    QString summaryText() const;
    void refresh();
    // Asks for the names and the date, then closes the open round and opens the next, as one
    // step that can be undone.
    void startRound();

Q_SIGNALS:
    void locationRequested(const rk::WorkbookLocation &location);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void activate(int row);
    void updateActions();

    QPointer<ProjectDocument> m_document;
    QLabel *m_summary;
    QPushButton *m_start;
    QTableWidget *m_trend;
    RecordTablePanel *m_rounds;
    QTimer *m_timer;
    bool m_dirty = true;
};

} // namespace rk
