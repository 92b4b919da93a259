#include "HistoryDialog.h"

#include "core/ProjectDocument.h"
#include "core/workbook/HistoryText.h"
#include "ui/common/WindowSize.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace rk {

namespace {
enum Period
{
    Always,
    Today,
    Week,
    Month,
    Year
};

QString shortened(const QString &text)
{
    QString line = text.simplified();
    return line.size() > 80 ? line.left(78) + QStringLiteral("…") : line;
}
} // namespace

HistoryDialog::HistoryDialog(ProjectDocument *document, const QString &recordId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_recordId(recordId)
{
    QString rowTitle;
    for (const TableSpec &spec : tableSpecs()) {
        if (rowTitle.isEmpty() && !recordId.isEmpty())
            rowTitle = document->recordTitle(spec.id, recordId);
    }
    setWindowTitle(recordId.isEmpty()   ? tr("Geschiedenis van het project")
                   : rowTitle.isEmpty() ? tr("Geschiedenis van deze regel")
                                        : tr("Geschiedenis van \"%1\"").arg(rowTitle));
    m_person = new QComboBox(this);
    m_person->addItem(tr("Iedereen"), QString());
    for (const QString &author : document->historyAuthors())
        m_person->addItem(author, author);
    m_chapter = new QComboBox(this);
    m_chapter->addItem(tr("Alle hoofdstukken"), QString());
    for (const ChapterInfo &info : chapterInfos())
        m_chapter->addItem(chapterTitle(info.id), QLatin1String(info.key));
    m_chapter->setEnabled(recordId.isEmpty());
    m_period = new QComboBox(this);
    m_period->addItem(tr("Altijd"), Always);
    m_period->addItem(tr("Vandaag"), Today);
    m_period->addItem(tr("De afgelopen 7 dagen"), Week);
    m_period->addItem(tr("De afgelopen 30 dagen"), Month);
    m_period->addItem(tr("Dit jaar"), Year);

    auto *filters = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QComboBox *box) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        filters->addWidget(label);
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryDialog::reload);
    };
    labelled(tr("&Wie:"), m_person);
    labelled(tr("&Hoofdstuk:"), m_chapter);
    labelled(tr("&Periode:"), m_period);
    filters->addStretch();

    m_model = new QStandardItemModel(0, 7, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Wanneer"), tr("Wie"), tr("Waar"), tr("Wat"), tr("Was"), tr("Werd"), tr("Stap")});
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(windowTitle());
    m_view->header()->setStretchLastSection(true);
    m_count = new QLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in the list is not a way to close the window.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    reload();
    m_view->setColumnWidth(0, 130);
    m_view->setColumnWidth(1, 130);
    m_view->setColumnWidth(2, 260);
    m_view->setColumnWidth(3, 170);
    m_view->setColumnWidth(4, 150);
    m_view->setColumnWidth(5, 150);
    resizeToFit(this, QSize(1150, 620));
}

void HistoryDialog::reload()
{
    if (!m_document)
        return;
    HistoryFilter filter;
    filter.author = m_person->currentData().toString();
    filter.chapter = m_chapter->currentData().toString();
    filter.record = m_recordId;
    const QDate today = QDate::currentDate();
    switch (m_period->currentData().toInt()) {
    case Today:
        filter.from = today.toString(Qt::ISODate);
        break;
    case Week:
        filter.from = today.addDays(-6).toString(Qt::ISODate);
        break;
    case Month:
        filter.from = today.addDays(-29).toString(Qt::ISODate);
        break;
    case Year:
        filter.from = QDate(today.year(), 1, 1).toString(Qt::ISODate);
        break;
    default:
        break;
    }
    m_model->removeRows(0, m_model->rowCount());
    const QList<HistoryEntry> entries = m_document->history(filter);
    for (const HistoryEntry &entry : entries) {
        QList<QStandardItem *> row;
        for (const QString &text : describeHistory(*m_document, entry)) {
            auto *item = new QStandardItem(shortened(text));
            item->setToolTip(text);
            row.append(item);
        }
        m_model->appendRow(row);
    }
    m_count->setText(entries.isEmpty()     ? tr("Geen wijzigingen gevonden.")
                     : entries.size() == 1 ? tr("1 wijziging.")
                                           : tr("%1 wijzigingen, de nieuwste bovenaan.").arg(entries.size()));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

} // namespace rk
