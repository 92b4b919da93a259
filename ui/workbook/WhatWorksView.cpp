#include "WhatWorksView.h"

#include "core/ProjectDocument.h"
#include "core/workbook/WhatWorks.h"
#include "ui/common/TableChanges.h"

#include <QHeaderView>
#include <QLabel>
#include <QShowEvent>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rk {

WhatWorksView::WhatWorksView(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_thin(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setText(tr("Wat werkt tegen eenzaamheid? Een Nederlands overzicht van 119 aanpakken vond zeven werkzame "
                        "elementen (de eerste zeven rijen). Daarnaast werkt negatieve gedachten verminderen voor alle "
                        "leeftijden (de laatste rij). De tabel telt per element en per niveau het aanbod (hoofdstuk 9) "
                        "en de geplande en lopende activiteiten (hoofdstuk 2) waarbij het element is aangevinkt. Een "
                        "lege of bijna lege plek is een vraag voor de coalitie: missen we hier iets?"));
    m_table->setAccessibleName(tr("Werkzame elementen per niveau van preventie"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::cellActivated, this, &WhatWorksView::activate);
    m_thin->setWordWrap(true);
    m_thin->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_thin);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &WhatWorksView::refresh);
}

void WhatWorksView::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        auto changed = [this](TableId table) {
            if (table == TableId::Offer || table == TableId::Activity) {
                m_dirty = true;
                if (isVisible())
                    m_timer->start();
            }
        };
        onTableChanges(m_document, this, changed);
    }
    m_dirty = true;
    if (isVisible())
        refresh();
}

void WhatWorksView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

QString WhatWorksView::thinText() const
{
    return m_thin->text();
}

void WhatWorksView::refresh()
{
    m_timer->stop();
    m_dirty = false;
    m_table->clear();
    if (!m_document) {
        m_table->setRowCount(0);
        m_thin->clear();
        return;
    }
    const WhatWorksCoverage coverage = whatWorksCoverage(*m_document);
    const int elements = int(coverage.byElement.size());
    const int levels = int(coverage.byLevel.size());
    m_table->setRowCount(elements + 1);
    m_table->setColumnCount(levels + 1);
    // The level's short name over its column ("Beschermen"), the whole label as its tip.
    for (int l = 0; l < levels; ++l) {
        const QString label = choiceLabel(ChoiceList::PreventionLevel, l);
        auto *header = new QTableWidgetItem(label.section(QLatin1Char(':'), 0, 0));
        header->setToolTip(label);
        m_table->setHorizontalHeaderItem(l, header);
    }
    m_table->setHorizontalHeaderItem(levels, new QTableWidgetItem(tr("Totaal")));
    QStringList rows;
    for (int e = 0; e < elements; ++e)
        rows.append(choiceLabel(ChoiceList::EffectiveElement, e));
    rows.append(tr("Totaal"));
    m_table->setVerticalHeaderLabels(rows);
    const auto cell = [this](int row, int column, const QList<WhatWorksCoverage::Item> &items) {
        QStringList names;
        for (const WhatWorksCoverage::Item &item : items)
            names.append(item.title);
        auto *widget = new QTableWidgetItem(items.isEmpty() ? tr("geen") : QString::number(items.size()));
        widget->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled); // read only
        widget->setTextAlignment(Qt::AlignCenter);
        widget->setToolTip(names.join(QLatin1Char('\n')));
        // A screen reader hears the count with what it counts.
        widget->setData(Qt::AccessibleTextRole, items.isEmpty() ? tr("geen") : QStringLiteral("%1: %2").arg(
                                                                                  items.size()).arg(names.join(QStringLiteral(", "))));
        if (!items.isEmpty()) {
            widget->setData(Qt::UserRole, int(items.constFirst().table));
            widget->setData(Qt::UserRole + 1, items.constFirst().id);
        } else {
            QFont bold = widget->font();
            bold.setBold(true);
            widget->setFont(bold);
        }
        m_table->setItem(row, column, widget);
    };
    for (int e = 0; e < elements; ++e) {
        for (int l = 0; l < levels; ++l)
            cell(e, l, coverage.cells.at(e).at(l));
        cell(e, levels, coverage.byElement.at(e));
    }
    for (int l = 0; l < levels; ++l)
        cell(elements, l, coverage.byLevel.at(l));
    // The thin places in words: what no more than one offer or activity brings in.
    QStringList thinElements, thinLevels;
    for (int e : coverage.thinElements())
        thinElements.append(QStringLiteral("%1 (%2)").arg(choiceLabel(ChoiceList::EffectiveElement, e)).arg(
            coverage.byElement.at(e).size()));
    for (int l : coverage.thinLevels())
        thinLevels.append(QStringLiteral("%1 (%2)").arg(choiceLabel(ChoiceList::PreventionLevel, l)).arg(
            coverage.byLevel.at(l).size()));
    QStringList lines;
    lines.append(thinElements.isEmpty()
                     ? tr("Elk werkzaam element zit in ten minste twee onderdelen van het aanbod of activiteiten.")
                     : tr("Dun of afwezig: %1.").arg(thinElements.join(QStringLiteral(", "))));
    if (!thinLevels.isEmpty())
        lines.append(tr("Weinig voor: %1.").arg(thinLevels.join(QStringLiteral(", "))));
    if (coverage.untagged > 0)
        lines.append(tr("Zonder werkzaam element: %1 onderdelen van het aanbod of activiteiten. Vink bij elk aan welke "
                        "werkzame elementen het heeft en voor welk niveau van preventie het is.")
                         .arg(coverage.untagged));
    m_thin->setText(lines.join(QLatin1Char('\n')));
}

void WhatWorksView::activate(int row, int column)
{
    const QTableWidgetItem *item = m_table->item(row, column);
    if (!item || item->data(Qt::UserRole + 1).toString().isEmpty())
        return;
    const auto table = static_cast<TableId>(item->data(Qt::UserRole).toInt());
    const ChapterId chapter = table == TableId::Offer ? ChapterId::OndersteunenActiveren : ChapterId::PlanVanAanpak;
    const int field = table == TableId::Offer ? fieldIndex(OfferField::Elements) : fieldIndex(ActivityField::Elements);
    Q_EMIT locationRequested({WorkbookLocation::Kind::Record, chapter, {}, table, item->data(Qt::UserRole + 1).toString(),
                              field});
}

} // namespace rk
