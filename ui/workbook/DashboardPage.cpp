#include "DashboardPage.h"

#include "ui/common/TableChanges.h"

#include "core/ProjectDocument.h"
#include "core/guidance/Guidance.h"
#include "core/workbook/Dashboard.h"
#include "ui/common/AccessibleNames.h"
#include "ui/common/StatusIcons.h"

#include <QEvent>
#include <QHeaderView>
#include <QHash>
#include <QLabel>
#include <QShowEvent>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rk {

namespace {
constexpr int kLocationRole = Qt::UserRole + 1;
}

// One line that ends in "…" when the page is too narrow for it. A QLabel asks for the width
// of its whole text (or of its longest word when it wraps), so a project title of the maximum
// length, perhaps one long word, would set the width of the window, beyond the screen. This
// one takes the width the page gives it; the whole text stays in the accessible name, and in
// the tooltip when it is shortened.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        // Neither the hint nor the minimum of the text counts: the layout gives the width.
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }

    void setFullText(const QString &text)
    {
        m_fullText = text;
        setAccessibleName(text);
        elide();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            elide();
    }

private:
    void elide()
    {
        const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, contentsRect().width());
        setToolTip(shown == m_fullText ? QString() : m_fullText);
        if (shown != text())
            setText(shown);
    }

    QString m_fullText;
};

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new ElidedLabel(this))
    , m_summary(new QLabel(this))
    , m_chapters(new QTreeWidget(this))
    , m_openItems(new QTreeWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    markAsHeading(m_title);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_chapters->setHeaderLabels({tr("Hoofdstuk"), tr("Status"), tr("Vragen"), tr("Checklist"), tr("Rijen in tabellen")});
    m_chapters->setRootIsDecorated(false);
    m_chapters->setAccessibleName(tr("Voortgang per hoofdstuk"));
    m_chapters->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_chapters->header()->setStretchLastSection(false);
    for (int column = 1; column < 5; ++column)
        m_chapters->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_openItems->setHeaderHidden(true);
    m_openItems->setHeaderLabel(tr("Open punt")); // heard by screen readers, even when hidden
    m_openItems->setAccessibleName(tr("Open punten"));
    m_openItems->setWordWrap(true);

    auto *chaptersLabel = new QLabel(tr("&Voortgang per hoofdstuk"), this);
    chaptersLabel->setBuddy(m_chapters);
    auto *openLabel = new QLabel(tr("&Open punten (Enter of dubbelklik gaat erheen)"), this);
    openLabel->setBuddy(m_openItems);
    for (QLabel *label : {chaptersLabel, openLabel}) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        markAsHeading(label);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(chaptersLabel);
    layout->addWidget(m_chapters, 2);
    layout->addWidget(openLabel);
    layout->addWidget(m_openItems, 3);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_chapters, &QTreeWidget::itemActivated, this, &DashboardPage::activate);
    connect(m_openItems, &QTreeWidget::itemActivated, this, &DashboardPage::activate);
}

void DashboardPage::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // Any change can move a figure; refresh once after a burst of changes.
        connect(m_document, &ProjectDocument::chapterChanged, this, &DashboardPage::scheduleRefresh);
        connect(m_document, &ProjectDocument::projectInfoChanged, this, &DashboardPage::scheduleRefresh);
        connect(m_document, &ProjectDocument::answerChanged, this, &DashboardPage::scheduleRefresh);
        connect(m_document, &ProjectDocument::checklistEntryChanged, this, &DashboardPage::scheduleRefresh);
        // Rows added, removed, changed or reset (an import or a new round undone).
        onTableChanges(m_document, this, [this](TableId) { scheduleRefresh(); });
    }
    refresh();
}

QString DashboardPage::summaryText() const
{
    return m_summary->text();
}

void DashboardPage::scheduleRefresh()
{
    // Out of sight, the page waits until it is shown again.
    if (isVisible())
        m_refreshTimer->start();
    else
        m_stale = true;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

void DashboardPage::refresh()
{
    m_chapters->clear();
    m_openItems->clear();
    m_locations.clear();
    if (!m_document) {
        m_title->setFullText(QString());
        m_summary->clear();
        return;
    }
    const ProjectInfo &project = m_document->project();
    m_title->setFullText(tr("%1: %2").arg(project.gemeente, project.title));
    const GuidanceLibrary &guidance = GuidanceLibrary::forUiLanguage();
    const DashboardSummary summary = summarise(*m_document, guidance);
    m_summary->setText(tr("Periode %1 tot en met %2. %3 van de %4 hoofdstukken afgerond, %5 bezig. "
                          "%6 van de %7 vragen beantwoord, %8 van de %9 checklistpunten ingevuld.")
                           .arg(project.startYear)
                           .arg(project.endYear())
                           .arg(summary.chaptersDone)
                           .arg(kChapterCount)
                           .arg(summary.chaptersInProgress)
                           .arg(summary.questionsAnswered)
                           .arg(summary.questionCount)
                           .arg(summary.checklistAnswered)
                           .arg(summary.checklistCount) +
                       QLatin1Char(' ') +
                       (summary.openRound.started.isValid()
                            ? tr("Open ronde van de checklist: %1, sinds %2.")
                                  .arg(summary.openRound.title,
                                       QLocale().toString(summary.openRound.started, QLocale::LongFormat))
                            : tr("De checklist is in de eerste ronde.")));

    auto remember = [this](QTreeWidgetItem *item, const WorkbookLocation &location) {
        item->setData(0, kLocationRole, int(m_locations.size()));
        m_locations.append(location);
    };
    QHash<int, QTreeWidgetItem *> groups;
    for (const ChapterProgress &progress : summary.chapters) {
        const ChapterInfo &info = chapterInfo(progress.chapter);
        auto *item = new QTreeWidgetItem(m_chapters);
        item->setText(0, QStringLiteral("%1. %2").arg(info.number).arg(chapterTitle(progress.chapter)));
        item->setIcon(1, statusIcon(progress.status));
        item->setText(1, chapterStatusName(progress.status));
        item->setText(2, tr("%1 van %2").arg(progress.questionsAnswered).arg(progress.questionCount));
        item->setText(3, progress.checklistCount > 0
                             ? tr("%1 van %2").arg(progress.checklistAnswered).arg(progress.checklistCount)
                             : QStringLiteral("-"));
        item->setText(4, progress.tableRows > 0 ? QString::number(progress.tableRows) : QStringLiteral("-"));
        remember(item, WorkbookLocation{WorkbookLocation::Kind::ChapterStatus, progress.chapter, {}, {}, {}, -1});
    }
    QHash<int, int> openCount;
    for (const OpenItem &open : summary.openItems) {
        QTreeWidgetItem *&group = groups[int(open.location.chapter)];
        if (!group) {
            group = new QTreeWidgetItem(m_openItems);
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(group);
        item->setText(0, open.text);
        item->setToolTip(0, open.text);
        remember(item, open.location);
        if (!open.suggestion)
            ++openCount[int(open.location.chapter)];
    }
    // A chapter's count is of work still to do; the "is it done?" question is not counted.
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto chapter = static_cast<ChapterId>(it.key());
        const int count = openCount.value(it.key());
        it.value()->setText(0, count > 0 ? tr("%1 (%2 open)").arg(chapterTitle(chapter)).arg(count)
                                         : tr("%1 (alles beantwoord)").arg(chapterTitle(chapter)));
    }
    // Open items come in chapter order, so the groups do too.
    m_openItems->expandAll();
}

void DashboardPage::activate(QTreeWidgetItem *item)
{
    const QVariant number = item->data(0, kLocationRole);
    if (number.isValid() && number.toInt() < m_locations.size())
        Q_EMIT locationRequested(m_locations.at(number.toInt()));
}

} // namespace rk
