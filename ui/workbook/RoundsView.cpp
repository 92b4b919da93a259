#include "RoundsView.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "core/guidance/Guidance.h"
#include "core/workbook/Rounds.h"
#include "ui/common/Announcement.h"
#include "ui/common/DateField.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/common/TableChanges.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rk {

RoundsView::RoundsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_start(new QPushButton(tr("Nieuwe ronde be&ginnen..."), this))
    , m_trend(new QTableWidget(this))
    , m_rounds(new RecordTablePanel(TableId::ChecklistRound, this))
    , m_timer(new QTimer(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_start->setToolTip(tr("Sluit de open ronde af en begin de volgende met dezelfde antwoorden; u past daarna aan "
                           "wat veranderd is"));
    connect(m_start, &QPushButton::clicked, this, &RoundsView::startRound);

    m_trend->setAccessibleName(tr("Antwoorden op de checklist per ronde"));
    m_trend->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trend->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trend->setSelectionMode(QAbstractItemView::SingleSelection);
    m_trend->setTabKeyNavigation(false);
    m_trend->setWordWrap(true);
    m_trend->verticalHeader()->setVisible(false);
    m_trend->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_trend, &QTableWidget::cellActivated, this, [this](int row, int) { activate(row); });


    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_start, 0, Qt::AlignTop);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_trend);
    splitter->addWidget(m_rounds);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &RoundsView::refresh);
    setTabOrder(m_start, m_trend);
    setTabOrder(m_trend, m_rounds);
}

void RoundsView::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_rounds->setDocument(document);
    if (m_document) {
        const auto later = [this] {
            m_dirty = true;
            if (isVisible())
                m_timer->start();
        };
        onTableChanges(m_document, this, [later](TableId table) {
            if (table == TableId::ChecklistRound || table == TableId::ChecklistRoundAnswer)
                later();
        });
        connect(m_document, &ProjectDocument::checklistEntryChanged, this, later);
    }
    m_dirty = true;
    updateActions();
    if (isVisible())
        refresh();
}

void RoundsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

QString RoundsView::summaryText() const
{
    return m_summary->text();
}

void RoundsView::updateActions()
{
    m_start->setEnabled(m_document && !m_document->isReadOnly());
}

void RoundsView::refresh()
{
    m_timer->stop();
    m_dirty = false;
    m_trend->clear();
    if (!m_document) {
        m_trend->setRowCount(0);
        m_summary->clear();
        return;
    }
    const QLocale locale;
    const QList<ChecklistRound> rounds = checklistRounds(*m_document);
    const ChecklistRound &open = rounds.constLast();
    QString summary =
        open.started.isValid()
            ? tr("Open ronde: %1, begonnen op %2.").arg(open.title, locale.toString(open.started, QLocale::LongFormat))
            : tr("Open ronde: de eerste.");
    summary += QLatin1Char(' ');
    summary += rounds.size() > 1
                   ? tr("Eerdere rondes bewaard: %1.").arg(rounds.size() - 1)
                   : tr("Beantwoord de checklist elk jaar opnieuw, bijvoorbeeld met de kerngroep. Begin dan een "
                        "nieuwe ronde: de antwoorden van nu blijven bewaard en de nieuwe ronde begint met dezelfde "
                        "antwoorden.");
    m_summary->setText(summary);

    const QList<ChecklistTrend> trends = checklistTrends(*m_document, GuidanceLibrary::forUiLanguage());
    const int roundCount = int(rounds.size());
    m_trend->setColumnCount(roundCount + 2);
    QStringList headers{tr("Vraag")};
    for (const ChecklistRound &round : rounds)
        headers.append(round.isOpen() ? tr("%1 (open)").arg(round.title) : round.title);
    headers.append(tr("Verloop"));
    m_trend->setHorizontalHeaderLabels(headers);
    m_trend->setRowCount(int(trends.size()));
    int improved = 0;
    int worse = 0;
    for (int row = 0; row < trends.size(); ++row) {
        const ChecklistTrend &trend = trends.at(row);
        auto *question = new QTableWidgetItem(
            QStringLiteral("%1. %2").arg(chapterInfo(trend.chapter).number).arg(trend.text));
        question->setToolTip(tr("Hoofdstuk %1: %2").arg(chapterTitle(trend.chapter), trend.text));
        question->setData(Qt::UserRole, int(trend.chapter));
        question->setData(Qt::UserRole + 1, trend.itemKey);
        m_trend->setItem(row, 0, question);
        for (int r = 0; r < roundCount; ++r) {
            const ChecklistAnswer answer = trend.answers.at(r);
            auto *cell = new QTableWidgetItem(answer == ChecklistAnswer::Unanswered ? QStringLiteral("–")
                                                                                    : checklistAnswerName(answer));
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setData(Qt::AccessibleTextRole, answer == ChecklistAnswer::Unanswered
                                                      ? tr("niet beantwoord")
                                                      : checklistAnswerName(answer));
            if (!trend.comments.at(r).isEmpty())
                cell->setToolTip(trend.comments.at(r));
            m_trend->setItem(row, r + 1, cell);
        }
        QString movement = trend.path();
        switch (trend.movement()) {
        case 1:
            movement = tr("%1 (beter)").arg(movement);
            ++improved;
            break;
        case -1:
            movement = tr("%1 (minder)").arg(movement);
            ++worse;
            break;
        default:
            break;
        }
        m_trend->setItem(row, roundCount + 1, new QTableWidgetItem(movement));
    }
    // Read only: answers are given in the checklist of each chapter.
    for (int row = 0; row < m_trend->rowCount(); ++row) {
        for (int column = 0; column < m_trend->columnCount(); ++column) {
            if (QTableWidgetItem *item = m_trend->item(row, column))
                item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        }
    }
    if (roundCount > 1)
        m_summary->setText(summary + QLatin1Char(' ') +
                           tr("Sinds de eerste ronde: %1 beter, %2 minder.").arg(improved).arg(worse));
    QHeaderView *header = m_trend->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_trend->columnCount(); ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    updateActions();
}

void RoundsView::activate(int row)
{
    const QTableWidgetItem *item = m_trend->item(row, 0);
    if (!item)
        return;
    Q_EMIT locationRequested({WorkbookLocation::Kind::ChecklistItem,
                              static_cast<ChapterId>(item->data(Qt::UserRole).toInt()),
                              item->data(Qt::UserRole + 1).toString(),
                              {},
                              {},
                              -1});
}

void RoundsView::startRound()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QDate today = QDate::currentDate();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Nieuwe ronde beginnen"));
    auto *intro = new QLabel(tr("De antwoorden van de open ronde worden bewaard onder de naam hieronder. De nieuwe "
                                "ronde begint met dezelfde antwoorden: u past alleen aan wat veranderd is. U kunt dit "
                                "ongedaan maken."),
                             &dialog);
    intro->setWordWrap(true);
    auto *closing = new QLineEdit(suggestedClosingTitle(*m_document, today), &dialog);
    closing->setMaxLength(500);
    auto *next = new QLineEdit(suggestedNewTitle(closing->text(), today), &dialog);
    next->setMaxLength(500);
    auto *date = new DateField(&dialog);
    date->setDate(today);
    auto *form = new QFormLayout;
    form->addRow(tr("Naam van de ronde die u &afsluit:"), closing);
    form->addRow(tr("Naam van de &nieuwe ronde:"), next);
    form->addRow(tr("&Datum:"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Ronde &beginnen"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString problem;
        const ChecklistRound open = openChecklistRound(*m_document);
        QStringList taken; // the names of the closed rounds
        for (const ChecklistRound &round : checklistRounds(*m_document)) {
            if (!round.isOpen())
                taken.append(round.title.trimmed());
        }
        const QString closingName = closing->text().trimmed();
        const QString nextName = next->text().trimmed();
        if (closingName.isEmpty() || nextName.isEmpty())
            problem = tr("Geef beide rondes een naam, bijvoorbeeld het jaar.");
        else if (closingName.compare(nextName, Qt::CaseInsensitive) == 0)
            problem = tr("De nieuwe ronde heeft dezelfde naam als de ronde die u afsluit. Kies een andere naam, "
                         "bijvoorbeeld het volgende jaar.");
        else if (taken.contains(closingName, Qt::CaseInsensitive) || taken.contains(nextName, Qt::CaseInsensitive))
            problem = tr("Er is al een ronde met de naam %1. Kies een andere naam.")
                          .arg(taken.contains(closingName, Qt::CaseInsensitive) ? closingName : nextName);
        else if (!date->date().isValid())
            problem = tr("Vul een geldige datum in, bijvoorbeeld %1.")
                          .arg(QLocale().toString(today, QLocale::ShortFormat));
        else if (open.started.isValid() && date->date() < open.started)
            problem = tr("De datum ligt voor het begin van de open ronde (%1). Kies %1 of later.")
                          .arg(QLocale().toString(open.started, QLocale::ShortFormat));
        if (!problem.isEmpty()) {
            MessageBox::warning(&dialog, dialog.windowTitle(), problem);
            return;
        }
        dialog.accept();
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    next->setFocus();
    next->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString newTitle = next->text().trimmed();
    if (!edit::applyChanges(*m_document, startRoundChanges(*m_document, closing->text(), newTitle, date->date()),
                            tr("Nieuwe ronde beginnen"))) {
        MessageBox::warning(this, tr("Nieuwe ronde beginnen"), m_document->lastError());
        return;
    }
    announce(this, tr("Ronde %1 is begonnen. De antwoorden van %2 zijn bewaard.").arg(newTitle, closing->text().trimmed()));
}

} // namespace rk
