#pragma once

#include <QChart>
#include <QPointer>
#include <QWidget>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace rk {

// The same data as a chart, as a table: one row per point or bar, with the series, the
// horizontal value (a date where the axis shows dates, else the category or number) and
// the vertical value, formatted in the UI language. Made from the chart itself, so it
// cannot tell another story than the picture.
QStandardItemModel *chartTableModel(const QChart *chart, QObject *parent);

// Set to true on a value axis whose values are times in milliseconds (a line over months
// with its own labels): the table then shows its values as dates.
constexpr const char *kTimeAxisProperty = "rkTimeAxis";

// A button under a chart that shows or hides its data as a table: the text alternative
// of the chart, reachable with the keyboard (WCAG 1.1.1).
class ChartTable : public QWidget
{
    Q_OBJECT

public:
    explicit ChartTable(QWidget *parent = nullptr);

    // Call after the chart changed; `title` names the chart for screen readers. The table
    // is made when it is shown, so hidden tables (most of them) cost nothing.
    void setChart(const QChart *chart, const QString &title);
    QPushButton *toggle() const { return m_toggle; }
    QTableView *table() const { return m_table; }

private:
    void fill();

    QPointer<const QChart> m_chart;
    QPushButton *m_toggle;
    QTableView *m_table;
    QStandardItemModel *m_model = nullptr;
};

} // namespace rk
