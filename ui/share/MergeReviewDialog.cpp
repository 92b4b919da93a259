#include "MergeReviewDialog.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "ui/common/Announcement.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WindowSize.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace rk {

namespace {
// A value in one line for the list; the details show it whole.
QString shortened(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 80)
        line = line.left(78) + QStringLiteral("…");
    return line;
}

} // namespace

MergeReviewDialog::MergeReviewDialog(ProjectDocument *document, merge::OpenedCopy opened, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_opened(std::move(opened))
{
    setWindowTitle(tr("Wijzigingen van een kopie samenvoegen"));
    m_comparison = merge::compare(m_opened.ancestor.get(), *m_opened.theirs, *m_document);
    for (merge::Change &change : m_comparison.changes)
        change.accepted = !change.isConflict();

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    const merge::CopyOrigin &origin = m_comparison.origin;
    QString intro;
    const QString date = merge::sharedOnText(origin);
    if (!date.isEmpty() && !origin.sharedWith.isEmpty())
        intro = tr("Kopie van \"%1\", gedeeld op %2 met %3.").arg(m_document->project().title, date, origin.sharedWith);
    else if (!date.isEmpty())
        intro = tr("Kopie van \"%1\", gedeeld op %2.").arg(m_document->project().title, date);
    else
        intro = tr("Kopie van \"%1\".").arg(m_document->project().title);
    if (m_comparison.threeWay)
        intro +=
            QLatin1Char(' ') + tr("Hieronder staat wat er in de kopie is veranderd sinds het delen. Vink uit wat u "
                                  "niet wilt overnemen. Bij een conflict kiest u zelf: de versie van de kopie of "
                                  "die van u.");
    else
        intro += QLatin1Char(' ') + m_opened.twoWayReason + QLatin1Char(' ') +
                 tr("Daarom is de kopie vergeleken met uw project zoals het nu is, en is niet altijd te zien wie iets "
                    "veranderde. Kies bij die wijzigingen zelf.");
    if (origin.personalDataRemoved)
        intro += QLatin1Char(' ') + tr("De kopie ging zonder gegevens van contactpersonen; die blijven zoals ze bij u "
                                       "zijn, tenzij u iets overneemt wat in de kopie is ingevuld.");
    m_intro->setText(intro);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Wijziging"), tr("Keuze"), tr("Eerst"), tr("In de kopie"), tr("Nu bij u")});
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Wijzigingen in de kopie"));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    buildModel();
    m_view->expandAll();
    m_view->setColumnWidth(ChangeColumn, 300);
    m_view->setColumnWidth(ChoiceColumn, 150);
    for (int column : {BeforeColumn, TheirsColumn, MineColumn})
        m_view->setColumnWidth(column, 200);

    m_details = new QTextBrowser(this);
    m_details->setAccessibleName(tr("Details van de gekozen wijziging"));
    m_details->setOpenLinks(false);
    m_details->setTabChangesFocus(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *all = new QPushButton(tr("&Alles zonder conflict overnemen"), this);
    auto *none = new QPushButton(tr("&Niets overnemen"), this);
    m_theirs = new QPushButton(tr("&Kopie overnemen"), this);
    m_theirs->setToolTip(tr("Neemt bij de gekozen wijziging de versie van de kopie over."));
    m_mine = new QPushButton(tr("&Mijn versie houden"), this);
    m_mine->setToolTip(tr("Houdt bij de gekozen wijziging uw eigen versie."));
    connect(all, &QPushButton::clicked, this, &MergeReviewDialog::acceptAllWithoutConflict);
    connect(none, &QPushButton::clicked, this, &MergeReviewDialog::acceptNothing);
    connect(m_theirs, &QPushButton::clicked, this, &MergeReviewDialog::takeTheirs);
    connect(m_mine, &QPushButton::clicked, this, &MergeReviewDialog::keepMine);
    auto *choices = new QHBoxLayout;
    choices->addWidget(all);
    choices->addWidget(none);
    choices->addStretch();
    choices->addWidget(m_theirs);
    choices->addWidget(m_mine);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Samenvoegen"), QDialogButtonBox::AcceptRole);
    m_merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(choices);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_model, &QStandardItemModel::itemChanged, this, &MergeReviewDialog::onItemChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MergeReviewDialog::showDetails);
    // The first change is where the work starts (the first conflict, when there is one).
    QModelIndex first;
    for (int c = 0; c < m_model->rowCount(); ++c) {
        const QStandardItem *chapter = m_model->item(c);
        for (int g = 0; g < chapter->rowCount(); ++g) {
            const QStandardItem *item = chapter->child(g)->child(0);
            const bool conflict = m_comparison.changes.at(item->data(kChangeRole).toInt()).isConflict();
            if (!first.isValid() ||
                (conflict &&
                 !m_comparison.changes.at(m_model->itemFromIndex(first)->data(kChangeRole).toInt()).isConflict()))
                first = item->index();
        }
    }
    if (first.isValid())
        m_view->setCurrentIndex(first);
    m_view->setFocus();
    updateSummary();
    showDetails();
    resizeToFit(this, QSize(1200, 720));
}

MergeReviewDialog::~MergeReviewDialog() = default;

void MergeReviewDialog::buildModel()
{
    const ProjectDocument &theirs = *m_opened.theirs;
    const ProjectDocument &mine = *m_document;
    QStandardItem *chapterItem = nullptr;
    QString chapterKey;
    QStandardItem *group = nullptr;
    QString groupKey;
    for (int i = 0; i < m_comparison.changes.size(); ++i) {
        const merge::Change &change = m_comparison.changes.at(i);
        const QString thisChapter =
            change.area == merge::Area::Project ? QStringLiteral("project") : QString::number(int(change.chapter));
        if (!chapterItem || thisChapter != chapterKey) {
            chapterKey = thisChapter;
            chapterItem = new QStandardItem(change.area == merge::Area::Project ? tr("Projectgegevens")
                                                                                : chapterTitle(change.chapter));
            chapterItem->setEditable(false);
            chapterItem->setData(-1, kChangeRole);
            QList<QStandardItem *> row{chapterItem};
            for (int c = 1; c < ColumnCount; ++c) {
                row.append(new QStandardItem);
                row.last()->setEditable(false);
            }
            m_model->appendRow(row);
            group = nullptr;
        }
        const QString thisGroup =
            QStringLiteral("%1/%2/%3").arg(int(change.area)).arg(int(change.table)).arg(change.recordId);
        if (!group || thisGroup != groupKey) {
            groupKey = thisGroup;
            QString title = merge::recordTitleOf(change, theirs, mine);
            if (change.area == merge::Area::Record)
                title = tr("%1: %2").arg(tableTitle(change.table), title);
            else if (change.area == merge::Area::Answer)
                title = tr("Vraag: %1").arg(title);
            else if (change.area == merge::Area::Checklist)
                title = tr("Checklist: %1").arg(title);
            else if (change.area == merge::Area::Chapter)
                title = tr("Notities en status");
            group = new QStandardItem(shortened(title));
            group->setToolTip(title);
            group->setEditable(false);
            group->setCheckable(true);
            group->setData(-1, kChangeRole);
            QList<QStandardItem *> row{group};
            for (int c = 1; c < ColumnCount; ++c) {
                row.append(new QStandardItem);
                row.last()->setEditable(false);
            }
            chapterItem->appendRow(row);
        }
        QString what;
        if (change.kind == merge::ChangeKind::Added) {
            const int under = int(change.rows.size()) - 1;
            if (change.conflict == merge::Conflict::Unknown)
                what = tr("Alleen in de kopie");
            else
                what = under > 1    ? tr("Toegevoegd in de kopie, met %1 regels eronder").arg(under)
                       : under == 1 ? tr("Toegevoegd in de kopie, met 1 regel eronder")
                                    : tr("Toegevoegd in de kopie");
        } else if (change.kind == merge::ChangeKind::Removed) {
            what = tr("Verwijderd in de kopie");
        } else if (change.area == merge::Area::Record && change.field < 0) {
            what = tr("Gewijzigd in de kopie, bij u verwijderd");
        } else {
            what = merge::fieldOf(change);
        }
        auto *item = new QStandardItem(what);
        item->setEditable(false);
        item->setCheckable(true);
        item->setData(i, kChangeRole);
        item->setData(false, kDecidedRole);
        item->setCheckState(change.isConflict() ? Qt::PartiallyChecked : Qt::Checked);
        auto cell = [&](const QVariant &value) {
            const bool unshared = change.conflict == merge::Conflict::PersonalFilled && &value == &change.before;
            const QString text = unshared ? tr("(niet gedeeld)") : merge::valueText(change, value, theirs, mine);
            auto *shown = new QStandardItem(shortened(text));
            shown->setEditable(false);
            shown->setToolTip(text);
            return shown;
        };
        auto *choice = new QStandardItem;
        choice->setEditable(false);
        group->appendRow({item, choice, cell(change.before), cell(change.theirs), cell(change.mine)});
        setChangeState(item, item->checkState());
    }
    for (QStandardItem *group : groupItems())
        updateGroupState(group);
}

void MergeReviewDialog::reject()
{
    // Choices made one by one are work: not lost without asking.
    bool chosen = false;
    for (const QStandardItem *group : groupItems()) {
        for (int r = 0; r < group->rowCount(); ++r)
            chosen = chosen || group->child(r)->data(kDecidedRole).toBool();
    }
    if (chosen &&
        MessageBox::question(this, windowTitle(), tr("Stoppen zonder samen te voegen? Uw keuzes gaan dan verloren."),
                             {{QMessageBox::Yes, tr("&Stoppen")}, {QMessageBox::No, tr("&Verder kiezen")}},
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    QDialog::reject();
}

void MergeReviewDialog::updateSummary()
{
    const int total = int(m_comparison.changes.size());
    const int accepted = int(std::count_if(m_comparison.changes.cbegin(), m_comparison.changes.cend(),
                                           [](const merge::Change &change) { return change.accepted; }));
    const int undecided = undecidedCount();
    QString text;
    if (total == 0)
        text = tr("Er is niets nieuws in deze kopie: alles wat erin staat, staat ook in uw project.");
    else
        text = (total == 1 ? tr("1 wijziging in de kopie, %1 gekozen om over te nemen.").arg(accepted)
                           : tr("%1 wijzigingen in de kopie, %2 gekozen om over te nemen.").arg(total).arg(accepted));
    if (undecided > 0)
        text += QLatin1Char(' ') +
                (undecided == 1 ? tr("Nog 1 conflict om over te beslissen, met Spatie, \"Kopie overnemen\" of \"Mijn "
                                     "versie houden\".")
                                : tr("Nog %1 conflicten om over te beslissen, met Spatie, \"Kopie overnemen\" of "
                                     "\"Mijn versie houden\".")
                                      .arg(undecided));
    m_summary->setText(text);
    m_merge->setEnabled(total > 0 && undecided == 0 && accepted > 0);
}

QString MergeReviewDialog::describe(const merge::Change &change) const
{
    const ProjectDocument &theirs = *m_opened.theirs;
    const ProjectDocument &mine = *m_document;
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p>")
                       .arg(merge::placeOf(change, theirs, mine).toHtmlEscaped(),
                            merge::recordTitleOf(change, theirs, mine).toHtmlEscaped());
    const auto value = [&](const QString &label, const QVariant &v) {
        const QString text = merge::valueText(change, v, theirs, mine);
        return QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(label.toHtmlEscaped(), text.isEmpty()
                                            ? tr("(leeg)").toHtmlEscaped()
                                            : text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    if (change.field >= 0) {
        html += QStringLiteral("<p>%1</p>").arg(merge::fieldOf(change).toHtmlEscaped());
        if (m_comparison.threeWay && change.conflict != merge::Conflict::PersonalFilled)
            html += value(tr("Eerst:"), change.before);
        html += value(tr("In de kopie:"), change.theirs);
        html += value(tr("Nu bij u:"), change.mine);
    } else if (!change.rows.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("Wat de kopie heeft:").toHtmlEscaped());
        for (const auto &[table, row] : change.rows) {
            merge::Change part;
            part.table = table;
            part.recordId = row.id;
            part.rows = {{table, row}};
            html +=
                QStringLiteral("<li>%1: %2</li>")
                    .arg(tableTitle(table).toHtmlEscaped(), merge::recordTitleOf(part, theirs, mine).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    } else if (change.kind == merge::ChangeKind::Removed) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("In de kopie is dit verwijderd. Overnemen verwijdert het ook bij u, met wat erbij hoort.")
                             .toHtmlEscaped());
    }
    if (change.isConflict())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Conflict:").toHtmlEscaped(), merge::conflictText(change.conflict).toHtmlEscaped());
    return html;
}

void MergeReviewDialog::showDetails()
{
    const bool change = currentChangeItem() != nullptr;
    const bool decidable = !currentChangeItems().isEmpty();
    m_theirs->setEnabled(decidable);
    m_mine->setEnabled(decidable);
    if (!change) {
        m_details->setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("Kies een wijziging om die hier helemaal te zien.").toHtmlEscaped()));
        return;
    }
    m_details->setHtml(describe(m_comparison.changes.at(currentChangeItem()->data(kChangeRole).toInt())));
}

void MergeReviewDialog::accept()
{
    if (!m_document || undecidedCount() > 0)
        return;
    merge::MergePlan plan = merge::plan(m_comparison, *m_document);
    if (plan.changes.isEmpty()) {
        m_lastMessage = tr("Er is niets gekozen dat kan worden overgenomen.");
        MessageBox::information(this, windowTitle(), m_lastMessage);
        return;
    }
    if (!edit::applyChanges(*m_document, std::move(plan.changes), merge::mergeStepText(m_comparison.origin))) {
        // The window shows why (the document's writeFailed); the project is as it was.
        m_lastMessage = m_document->lastError();
        MessageBox::warning(this, windowTitle(), m_lastMessage);
        return;
    }
    m_lastMessage =
        (plan.count == 1 ? tr("1 wijziging overgenomen.") : tr("%1 wijzigingen overgenomen.").arg(plan.count)) +
        QLatin1Char(' ') + tr("Met Ongedaan maken zet u alles in één keer terug.");
    for (const QString &note : std::as_const(plan.notes))
        m_lastMessage += QLatin1Char(' ') + note;
    announce(parentWidget() ? parentWidget() : this, m_lastMessage);
    if (!plan.notes.isEmpty())
        MessageBox::information(this, windowTitle(), m_lastMessage);
    QDialog::accept();
}

} // namespace rk
