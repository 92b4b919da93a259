#pragma once

#include "core/workbook/WorkbookLocation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace rk {

class ChartTable;
class IndicatorChartView;
struct IndicatorDefinition;
class ProjectDocument;
class RecordTablePanel;

// One indicator in detail: its goal, definition and verdict in words, the progress
// chart, and its measurements to edit, import from CSV or export.
class IndicatorPage : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorPage(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void showIndicator(const QString &indicatorId);
    QString indicatorId() const { return m_indicatorId; }
    IndicatorChartView *chart() const { return m_chart; }
    RecordTablePanel *measurements() const { return m_measurements; }
    RecordTablePanel *comparisons() const { return m_comparisons; }
    QTableWidget *areaTable() const { return m_areas; }
    QTableWidget *logTable() const { return m_log; }
    QTabWidget *tabs() const { return m_tabs; }
    QString verdictText() const;
    // "Terug naar ...": the page the indicator was opened from (for example "Plan van aanpak").
    void setBackTarget(const QString &place);
    QString backText() const;

Q_SIGNALS:
    void backRequested();
    void importRequested(const QString &indicatorId);
    void statLineImportRequested();
    // An activity or logbook row to show where it is edited.
    void locationRequested(const rk::WorkbookLocation &location);

private:
    void refresh();
    void refreshAreas(const IndicatorDefinition &d);
    void refreshLog();
    void addLogEntry();
    void openAreaRow(int row);

    QPointer<ProjectDocument> m_document;
    QString m_indicatorId;
    QLabel *m_goal;
    QLabel *m_title;
    QLabel *m_icon;
    QLabel *m_verdict;
    QLabel *m_definition;
    IndicatorChartView *m_chart;
    ChartTable *m_chartTable;
    QTabWidget *m_tabs;
    RecordTablePanel *m_measurements;
    RecordTablePanel *m_comparisons;
    QTableWidget *m_areas;
    QLabel *m_areasNote;
    QTableWidget *m_log;
    QPushButton *m_addLog;
    QPushButton *m_import;
    QPushButton *m_importStatLine;
    QPushButton *m_back = nullptr;
    QTimer *m_timer;
};

} // namespace rk
