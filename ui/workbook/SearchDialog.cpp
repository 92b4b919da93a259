#include "SearchDialog.h"

#include "core/ProjectDocument.h"
#include "core/guidance/Guidance.h"
#include "core/workbook/ProjectSearch.h"
#include "ui/common/WindowSize.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rk {

SearchDialog::SearchDialog(QWidget *parent)
    : QDialog(parent)
    , m_query(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Zoeken in het project"));
    setModal(false);
    m_query->setPlaceholderText(tr("Zoek in notities, antwoorden, checklists en tabellen"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Zoekterm"));
    m_results->setHeaderLabels({tr("Waar"), tr("Gevonden tekst")});
    m_results->setRootIsDecorated(false);
    m_results->setAccessibleName(tr("Zoekresultaten"));
    m_results->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_results->setColumnWidth(0, 260);
    m_count->setTextFormat(Qt::PlainText);

    auto *label = new QLabel(tr("&Zoeken naar:"), this);
    label->setBuddy(m_query);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_query);
    layout->addWidget(m_count);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(640, 420));

    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &SearchDialog::runSearch);
    connect(m_query, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_results->topLevelItemCount() > 0) {
            m_results->setCurrentItem(m_results->topLevelItem(0));
            m_results->setFocus();
        }
    });
    connect(m_results, &QTreeWidget::itemActivated, this, &SearchDialog::activate);
}

void SearchDialog::setDocument(ProjectDocument *document)
{
    m_document = document;
    runSearch();
}

void SearchDialog::setQuery(const QString &text)
{
    m_query->setText(text);
    runSearch();
}

void SearchDialog::runSearch()
{
    m_timer->stop();
    m_results->clear();
    m_locations.clear();
    const QString needle = m_query->text().trimmed();
    if (!m_document || needle.isEmpty()) {
        m_count->clear();
        return;
    }
    const GuidanceLibrary &guidance = GuidanceLibrary::forUiLanguage();
    const QList<SearchHit> hits = searchProject(*m_document, guidance, needle);
    for (const SearchHit &hit : hits) {
        auto *item = new QTreeWidgetItem(m_results, {hit.where, hit.snippet});
        item->setData(0, Qt::UserRole, int(m_locations.size()));
        item->setToolTip(1, hit.snippet);
        m_locations.append(hit.location);
    }
    m_count->setText(hits.isEmpty() ? tr("Niets gevonden.") : tr("Aantal treffers: %1.").arg(hits.size()));
    // Heard while typing, without leaving the search field.
    m_count->setAccessibleName(m_count->text());
    QAccessibleEvent event(m_count, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void SearchDialog::activate(QTreeWidgetItem *item)
{
    const int number = item->data(0, Qt::UserRole).toInt();
    if (number >= 0 && number < m_locations.size())
        Q_EMIT locationRequested(m_locations.at(number));
}

} // namespace rk
