#include "ChartTable.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QLineSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QXYSeries>

namespace rk {

namespace {
QString number(qreal value)
{
    // Whole numbers without decimals, others with at most two: as a person writes them.
    return QLocale().toString(value, 'f', qFuzzyCompare(value, qRound64(value)) ? 0 : 2);
}

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}
} // namespace

QStandardItemModel *chartTableModel(const QChart *chart, QObject *parent)
{
    auto *model = new QStandardItemModel(0, 3, parent);
    model->setHorizontalHeaderLabels({ChartTable::tr("Reeks"), ChartTable::tr("Bij"), ChartTable::tr("Waarde")});
    if (!chart)
        return model;
    const QList<QAbstractSeries *> allSeries = chart->series();
    for (QAbstractSeries *series : allSeries) {
        const QList<QAbstractAxis *> horizontal = series->attachedAxes();
        bool dates = false;
        const QBarCategoryAxis *categories = nullptr;
        for (QAbstractAxis *axis : horizontal) {
            // A date axis, or an axis of values that are times (month labels on a line).
            if (qobject_cast<QDateTimeAxis *>(axis) || axis->property(kTimeAxisProperty).toBool())
                dates = true;
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                categories = c;
        }
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            // A band: each point with its two bounds.
            const QList<QPointF> upper = area->upperSeries()->points();
            const QList<QPointF> lower = area->lowerSeries() ? area->lowerSeries()->points() : QList<QPointF>();
            for (qsizetype i = 0; i < upper.size() && i < lower.size(); ++i) {
                const QString at =
                    dates ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(upper.at(i).x()), Qt::UTC).date(),
                                               QLocale::ShortFormat)
                          : number(upper.at(i).x());
                model->appendRow({cell(area->name()), cell(at),
                                  cell(ChartTable::tr("%1 tot %2").arg(number(lower.at(i).y()), number(upper.at(i).y())))});
            }
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            const QList<QPointF> points = xy->points();
            for (const QPointF &point : points) {
                const QString at =
                    dates ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC).date(),
                                               QLocale::ShortFormat)
                          : number(point.x());
                model->appendRow({cell(xy->name()), cell(at), cell(number(point.y()))});
            }
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            // In the order the chart is read: horizontal bars from the top down.
            const bool topDown = bars->type() == QAbstractSeries::SeriesTypeHorizontalBar ||
                                 bars->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar ||
                                 bars->type() == QAbstractSeries::SeriesTypeHorizontalPercentBar;
            const QList<QBarSet *> sets = bars->barSets();
            for (const QBarSet *set : sets) {
                for (int n = 0; n < set->count(); ++n) {
                    const int i = topDown ? set->count() - 1 - n : n;
                    const QString at = categories && i < categories->count() ? categories->at(i) : number(i + 1);
                    model->appendRow({cell(set->label()), cell(at), cell(number(set->at(i)))});
                }
            }
        }
    }
    return model;
}

ChartTable::ChartTable(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QPushButton(tr("Gegevens als tabel"), this))
    , m_table(new QTableView(this))
{
    // A plain button whose text says what it does: a screen reader hears a button, not a
    // check box, and "Tabel verbergen" once the table shows.
    m_table->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(140);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_table);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const bool on = m_table->isHidden();
        if (on)
            fill();
        m_table->setVisible(on);
        m_toggle->setText(on ? tr("Tabel verbergen") : tr("Gegevens als tabel"));
        if (on)
            m_table->setFocus();
    });
}

void ChartTable::setChart(const QChart *chart, const QString &title)
{
    m_chart = chart;
    if (!m_table->isHidden())
        fill();
    m_toggle->setAccessibleName(tr("Gegevens van %1 als tabel").arg(title));
    m_table->setAccessibleName(tr("Tabel: %1").arg(title));
    m_table->setAccessibleDescription(tr("Dezelfde gegevens als de grafiek, per punt een rij."));
}

void ChartTable::fill()
{
    QStandardItemModel *old = m_model;
    m_model = chartTableModel(m_chart, this);
    m_table->setModel(m_model);
    delete old;
}

} // namespace rk
