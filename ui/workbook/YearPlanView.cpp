#include "YearPlanView.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "core/records/Fields.h"
#include "core/workbook/YearPlan.h"
#include "ui/common/Announcement.h"
#include "ui/common/DateField.h"
#include "ui/common/MessageBox.h"
#include "ui/common/TableChanges.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QShowEvent>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rk {

namespace {
constexpr int kLocationRole = Qt::UserRole;
} // namespace

YearPlanView::YearPlanView(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_tree(new QTreeWidget(this))
    , m_timer(new QTimer(this))
{
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setText(tr("Het jaar in één overzicht: de vaste momenten uit de jaarplanning, het begin en einde van "
                        "activiteiten en de metingen die eraan komen. Plan de aanpak rond de Week tegen Eenzaamheid "
                        "en de begroting."));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setAccessibleName(tr("Jaar"));
    auto *yearLabel = new QLabel(tr("Jaa&r:"), this);
    yearLabel->setBuddy(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, &YearPlanView::refresh);

    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Datum"), tr("Wat"), tr("Soort")});
    m_tree->setAccessibleName(tr("Jaaroverzicht"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item ? item->data(0, kLocationRole).toInt() - 1 : -1;
        if (index >= 0 && index < m_locations.size())
            Q_EMIT locationRequested(m_locations.at(index));
    });

    auto *row = new QHBoxLayout;
    row->addWidget(yearLabel);
    row->addWidget(m_year);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row);
    layout->addWidget(m_tree, 1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &YearPlanView::refresh);
}

void YearPlanView::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        onTableChanges(m_document, this, [this](TableId table) {
            if (table == TableId::PlanningMoment || table == TableId::Activity || table == TableId::Measurement ||
                table == TableId::Indicator) {
                m_dirty = true;
                if (isVisible())
                    m_timer->start();
            }
        });
    }
    m_dirty = true;
    if (isVisible())
        refresh();
}

void YearPlanView::setYear(int year)
{
    m_year->setValue(year);
    refresh();
}

int YearPlanView::year() const
{
    return m_year->value();
}

void YearPlanView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void YearPlanView::refresh()
{
    m_timer->stop();
    m_dirty = false;
    m_tree->clear();
    m_locations.clear();
    if (!m_document)
        return;
    const QLocale locale;
    const QList<PlanningEntry> entries = yearPlan(*m_document, m_year->value());
    int month = 0;
    for (const PlanningEntry &entry : entries) {
        if (entry.date.month() != month) {
            // The month as a heading row, so that the year reads in its rhythm.
            month = entry.date.month();
            QString name = locale.standaloneMonthName(month);
            if (!name.isEmpty())
                name[0] = name.at(0).toUpper();
            auto *heading = new QTreeWidgetItem(m_tree, {name});
            heading->setFlags(Qt::ItemIsEnabled);
            heading->setFirstColumnSpanned(true);
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
        }
        QString date = locale.toString(entry.date, QLocale::ShortFormat);
        if (entry.endDate.isValid() && entry.endDate > entry.date)
            date = tr("%1 t/m %2").arg(date, locale.toString(entry.endDate, QLocale::ShortFormat));
        auto *item = new QTreeWidgetItem(m_tree, {date, entry.what, entry.kind});
        m_locations.append(entry.location);
        item->setData(0, kLocationRole, int(m_locations.size())); // 0: no location
        item->setToolTip(1, entry.what);
    }
    if (entries.isEmpty()) {
        auto *none = new QTreeWidgetItem(
            m_tree, {tr("Nog niets gepland in %1. Voeg de vaste momenten toe in de tab Jaarplanning.")
                         .arg(m_year->value())});
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
    }
}

void addFixedMoments(ProjectDocument *document, QWidget *parent)
{
    if (!document || document->isReadOnly())
        return;
    QDialog dialog(parent);
    dialog.setWindowTitle(YearPlanView::tr("Vaste momenten toevoegen"));
    auto *intro = new QLabel(YearPlanView::tr("De vaste momenten van een jaar. De datums zijn een voorstel: zet de "
                                              "datums van uw gemeente. De Week tegen Eenzaamheid valt elk jaar anders; "
                                              "controleer de datum."),
                             &dialog);
    intro->setWordWrap(true);
    auto *year = new QSpinBox(&dialog);
    year->setRange(2000, 2100);
    year->setValue(QDate::currentDate().year() + (QDate::currentDate().month() >= 10 ? 1 : 0));
    struct Line
    {
        QCheckBox *box;
        DateField *date;
    };
    auto *form = new QFormLayout;
    form->addRow(YearPlanView::tr("&Jaar:"), year);
    const auto line = [&](const QString &label) {
        Line l{new QCheckBox(label, &dialog), new DateField(&dialog)};
        l.box->setChecked(true);
        l.date->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        QObject::connect(l.box, &QCheckBox::toggled, l.date, &QWidget::setEnabled);
        form->addRow(l.box, l.date);
        return l;
    };
    const Line checklist = line(YearPlanView::tr("Nieuwe ronde van de &checklist"));
    const Line spring = line(YearPlanView::tr("&Voorjaarsnota"));
    const Line monitor = line(YearPlanView::tr("Ronde van de &Gezondheidsmonitor"));
    const Line week = line(YearPlanView::tr("&Week tegen Eenzaamheid (eerste dag)"));
    const Line budget = line(YearPlanView::tr("&Begroting in de raad"));
    const auto fill = [&](int y) {
        const FixedMoments suggested = suggestedFixedMoments(y);
        checklist.date->setDate(suggested.checklistRound);
        spring.date->setDate(suggested.voorjaarsnota);
        week.date->setDate(suggested.weekTegenEenzaamheid);
        budget.date->setDate(suggested.begroting);
        monitor.date->setDate(suggested.monitorRound);
        monitor.box->setChecked(suggested.monitorRound.isValid());
    };
    fill(year->value());
    QObject::connect(year, &QSpinBox::valueChanged, &dialog, fill);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    year->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return;
    FixedMoments moments;
    moments.year = year->value();
    const auto chosen = [](const Line &l) { return l.box->isChecked() ? l.date->date() : QDate(); };
    moments.checklistRound = chosen(checklist);
    moments.voorjaarsnota = chosen(spring);
    moments.monitorRound = chosen(monitor);
    moments.weekTegenEenzaamheid = chosen(week);
    moments.begroting = chosen(budget);
    RecordChanges changes = fixedMomentsChanges(*document, moments);
    if (changes.isEmpty()) {
        announce(parent, YearPlanView::tr("Deze momenten staan al in de jaarplanning van %1.").arg(moments.year));
        return;
    }
    const int count = int(changes.appends.constFirst().records.size());
    const int asked = int(!moments.checklistRound.isNull()) + int(!moments.voorjaarsnota.isNull()) +
                      int(!moments.monitorRound.isNull()) + int(!moments.weekTegenEenzaamheid.isNull()) +
                      int(!moments.begroting.isNull());
    if (!edit::applyChanges(*document, std::move(changes), YearPlanView::tr("Vaste momenten toevoegen"))) {
        MessageBox::warning(parent, dialog.windowTitle(), document->lastError());
        return;
    }
    QString message = YearPlanView::tr("Toegevoegd aan de jaarplanning van %1: %2 momenten.").arg(moments.year).arg(count);
    if (asked > count)
        message += QLatin1Char(' ') + YearPlanView::tr("%1 stonden er al in.").arg(asked - count);
    announce(parent, message);
}

} // namespace rk
