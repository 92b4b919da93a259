#include "NetworkOverview.h"

#include "core/ProjectDocument.h"
#include "core/network/Network.h"
#include "ui/common/ChartTable.h"
#include "ui/common/Colours.h"
#include "ui/common/TableChanges.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace rk {

namespace {
// Counts on an axis from 0, with a tick on every whole step of 1, 2 or 5 times a power of
// ten and at most six ticks, so that no label is a rounded fraction.
void setCountRange(QValueAxis *axis, int maximum)
{
    int step = 1;
    for (int scale = 1; step * 5 < maximum + 1; scale *= 10) {
        for (const int factor : {1, 2, 5}) {
            step = factor * scale;
            if (step * 5 >= maximum + 1)
                break;
        }
    }
    const int top = step * ((maximum + step) / step);
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
}

// Qt Charts gives each bar's label the height of its band less some padding, and cuts a
// label that does not fit down to "..."; so a bar chart grows with its number of bars.
int barChartHeight(const QChartView *view)
{
    int bars = 0;
    for (const QAbstractAxis *axis : view->chart()->axes(Qt::Vertical)) {
        if (const auto *categories = qobject_cast<const QBarCategoryAxis *>(axis))
            bars = int(categories->count());
    }
    const int line = view->fontMetrics().height();
    return std::max(300, 3 * line + 80 + bars * (line + 14));
}

// A horizontal bar chart of counts per label, leaving out labels with no count.
QChart *barChart(const QString &title, const QStringList &labels, const QList<int> &counts)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setLocale(QLocale());
    auto *set = new QBarSet(title);
    set->setColor(colours::blue());
    set->setLabelColor(Qt::black);
    // Horizontal bars start at the bottom: add the last first, so the first is on top.
    QStringList shown;
    int maximum = 1;
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        if (counts.value(i) == 0)
            continue;
        shown.append(labels.at(i));
        *set << counts.value(i);
        maximum = std::max(maximum, counts.value(i));
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(shown);
    auto *values = new QValueAxis(chart);
    setCountRange(values, maximum);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    return chart;
}

QStringList labelsOf(ChoiceList list)
{
    QStringList labels;
    for (int i = 0; i < int(choices(list).size()); ++i)
        labels.append(choiceLabel(list, i));
    return labels;
}
} // namespace

NetworkOverview::NetworkOverview(QWidget *parent)
    : QScrollArea(parent)
    , m_summary(new QLabel)
    , m_kinds(new QChartView)
    , m_stages(new QChartView)
    , m_growth(new QChartView)
    , m_kindsTable(new ChartTable)
    , m_stagesTable(new ChartTable)
    , m_growthTable(new ChartTable)
    , m_vindplaatsen(new QListWidget)
    , m_signaleerders(new QListWidget)
    , m_timer(new QTimer(this))
{
    // The page is not a Tab stop itself: Tab goes to what is on it, and the page scrolls.
    setFocusPolicy(Qt::NoFocus);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Netwerkoverzicht"));
    auto *content = new QWidget(this);
    m_summary->setParent(content);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    for (QChartView *view : {m_kinds, m_stages, m_growth}) {
        view->setParent(content);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        view->setFocusPolicy(Qt::NoFocus);
    }
    m_kinds->setAccessibleName(tr("Organisaties per soort"));
    m_stages->setAccessibleName(tr("Organisaties per fase van betrokkenheid"));
    m_growth->setAccessibleName(tr("Groei van het netwerk"));
    m_vindplaatsen->setParent(content);
    m_signaleerders->setParent(content);
    m_vindplaatsen->setAccessibleName(tr("Vindplaatsen"));
    for (QListWidget *list : {m_vindplaatsen, m_signaleerders})
        list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_signaleerders->setAccessibleName(tr("Signaleerders"));
    auto *vindLabel = new QLabel(tr("&Vindplaatsen (zie ook Preventie)"), content);
    vindLabel->setBuddy(m_vindplaatsen);
    auto *signalLabel = new QLabel(tr("&Signaleerders (zie ook Signaleren en bespreken)"), content);
    signalLabel->setBuddy(m_signaleerders);
    auto *lists = new QVBoxLayout;
    lists->addWidget(vindLabel);
    lists->addWidget(m_vindplaatsen);
    lists->addWidget(signalLabel);
    lists->addWidget(m_signaleerders);
    auto *grid = new QGridLayout(content);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    auto withTable = [content](QChartView *view, ChartTable *table) {
        auto *box = new QVBoxLayout;
        table->setParent(content);
        box->addWidget(view, 1);
        box->addWidget(table);
        return box;
    };
    grid->addLayout(withTable(m_kinds, m_kindsTable), 1, 0, 1, 2);
    // One chart per row: side by side, a narrow window cut their labels short.
    grid->addLayout(withTable(m_stages, m_stagesTable), 2, 0, 1, 2);
    grid->addLayout(withTable(m_growth, m_growthTable), 3, 0, 1, 2);
    grid->addLayout(lists, 4, 0, 1, 2);
    // Tab goes down the page: the charts' tables, then the two lists.
    QWidget::setTabOrder(m_kindsTable->toggle(), m_kindsTable->table());
    QWidget::setTabOrder(m_kindsTable->table(), m_stagesTable->toggle());
    QWidget::setTabOrder(m_stagesTable->toggle(), m_stagesTable->table());
    QWidget::setTabOrder(m_stagesTable->table(), m_growthTable->toggle());
    QWidget::setTabOrder(m_growthTable->toggle(), m_growthTable->table());
    QWidget::setTabOrder(m_growthTable->table(), m_vindplaatsen);
    QWidget::setTabOrder(m_vindplaatsen, m_signaleerders);
    setWidget(content);
    for (QListWidget *list : {m_vindplaatsen, m_signaleerders}) {
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { Q_EMIT organisationRequested(item->data(Qt::UserRole).toString()); });
    }
    m_timer->setSingleShot(true);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &NetworkOverview::rebuild);
}

void NetworkOverview::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        auto changed = [this](TableId table) {
            if (table != TableId::Organisation)
                return;
            m_dirty = true;
            if (isVisible())
                m_timer->start();
        };
        onTableChanges(m_document, this, changed);
    }
    m_dirty = true;
    if (isVisible())
        rebuild();
}

void NetworkOverview::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    if (m_dirty)
        rebuild();
}

QString NetworkOverview::summaryText() const
{
    return m_summary->text();
}

void NetworkOverview::rebuild()
{
    m_dirty = false;
    m_vindplaatsen->clear();
    m_signaleerders->clear();
    if (!m_document)
        return;
    const network::Counts counts = network::countOrganisations(*m_document);
    QStringList roles;
    for (int r = 0; r < counts.byRole.size(); ++r)
        roles.append(
            QStringLiteral("%1: %2").arg(choiceLabel(ChoiceList::OrganisationRole, r)).arg(counts.byRole.at(r)));
    int droppedOut = 0;
    for (const Record &organisation : m_document->records(TableId::Organisation))
        droppedOut += choiceOf<CommitmentStage>(field(organisation, OrganisationField::Stage)) ==
                      CommitmentStage::Afgehaakt;
    QString summary = (droppedOut > 0 ? tr("Het netwerk telt %1 organisaties, van wie %2 afgehaakt.")
                                            .arg(counts.total)
                                            .arg(droppedOut)
                                      : tr("Het netwerk telt %1 organisaties.").arg(counts.total)) +
                      QLatin1Char(' ') + tr("Rollen: %1.").arg(roles.join(QStringLiteral(", ")));
    // Who is missing from the coalition, and where no partner works along.
    const network::Gaps gaps = network::findGaps(*m_document);
    QStringList sectors;
    for (Sector sector : gaps.emptySectors)
        sectors.append(choiceLabel(ChoiceList::Sector, int(sector)));
    summary += QStringLiteral("\n")
               + (sectors.isEmpty() ? tr("Uit elke sector doet iemand mee.")
                                    : tr("Nog niemand doet mee uit: %1. (Wie alleen in beeld of benaderd is, telt nog "
                                         "niet mee.)")
                                          .arg(sectors.join(QStringLiteral(", "))));
    if (gaps.withoutSector > 0)
        summary += QLatin1Char(' ') + tr("Organisaties zonder sector: %1.").arg(gaps.withoutSector);
    QStringList chapters;
    for (ChapterId chapter : gaps.chaptersWithoutPartner)
        chapters.append(chapterTitle(chapter));
    summary += QStringLiteral("\n")
               + (chapters.isEmpty()
                      ? tr("In elk hoofdstuk van deel B werkt een partner mee.")
                      : tr("In deze hoofdstukken van deel B werkt nog geen partner mee: %1. Een partner werkt mee als "
                           "hij een activiteit daar uitvoert, of bijdraagt aan een doel met een activiteit daar. De "
                           "gemeente zelf telt hier niet als partner.")
                            .arg(chapters.join(QStringLiteral(", "))));
    m_summary->setText(summary);

    auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_kinds, barChart(tr("Per soort"), labelsOf(ChoiceList::OrganisationKind), counts.byKind));
    replace(m_stages,
            barChart(tr("Per fase van betrokkenheid"), labelsOf(ChoiceList::CommitmentStage), counts.byStage));
    m_kinds->setMinimumHeight(barChartHeight(m_kinds));
    // The stage chart and the growth line beside it are as high as the bars need.
    const int lower = barChartHeight(m_stages);
    m_stages->setMinimumHeight(lower);
    m_growth->setMinimumHeight(lower);

    auto *growth = new QChart;
    growth->setTitle(tr("Groei van het netwerk"));
    growth->legend()->hide();
    growth->setBackgroundRoundness(0);
    auto *line = new QLineSeries(growth);
    line->setPointsVisible(true);
    line->setColor(colours::green());
    const QList<QPair<QDate, int>> points = network::growth(*m_document);
    for (const auto &[date, total] : points)
        line->append(qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch()), total);
    growth->addSeries(line);
    // Time runs along month labels placed on the first of their month, every month or every
    // few months, so that no month is named twice and none falls between its ticks.
    auto *x = new QCategoryAxis(growth);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setProperty(kTimeAxisProperty, true);
    if (!points.isEmpty()) {
        const QDate first = points.constFirst().first.addMonths(-1);
        const QDate from(first.year(), first.month(), 1);
        const QDate last = points.constLast().first.addMonths(1);
        const QDate to(last.year(), last.month(), 1);
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month();
        const int step = std::max(1, (months + 3) / 4); // at most five labels
        const auto at = [](const QDate &date) { return qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch()); };
        x->setStartValue(at(from));
        for (int month = 0; month <= months; month += step) {
            const QDate tick = from.addMonths(month);
            x->append(QLocale().toString(tick, QStringLiteral("MM-yyyy")), at(tick));
        }
        x->setRange(at(from), at(from.addMonths(((months + step - 1) / step) * step)));
    }
    auto *y = new QValueAxis(growth);
    int highest = 1;
    for (const auto &point : points)
        highest = std::max(highest, point.second);
    setCountRange(y, highest);
    y->setTitleText(tr("organisaties"));
    growth->addAxis(x, Qt::AlignBottom);
    growth->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    replace(m_growth, growth);
    m_kindsTable->setChart(m_kinds->chart(), m_kinds->accessibleName());
    m_stagesTable->setChart(m_stages->chart(), m_stages->accessibleName());
    m_growthTable->setChart(m_growth->chart(), m_growth->accessibleName());

    for (const auto &[key, list] :
         {std::pair<const char *, QListWidget *>{"vindplaats", m_vindplaatsen}, {"signaleerder", m_signaleerders}}) {
        for (const QString &id : network::organisationsWithRole(*m_document, QLatin1String(key))) {
            auto *item = new QListWidgetItem(m_document->recordTitle(TableId::Organisation, id), list);
            item->setData(Qt::UserRole, id);
        }
        // As high as their rows: the page scrolls, not a list inside it.
        const int rows = std::max(1, list->count());
        list->setFixedHeight(rows * std::max(list->sizeHintForRow(0), list->fontMetrics().height() + 2)
                             + 2 * list->frameWidth() + 4);
    }
}

} // namespace rk
