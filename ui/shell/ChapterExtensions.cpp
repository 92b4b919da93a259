#include "ChapterExtensions.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "core/records/Fields.h"
#include "core/workbook/CouncilReport.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Announcement.h"
#include "ui/common/RecordTablePanel.h"
#include "ui/network/NetworkMatrixView.h"
#include "ui/network/NetworkOverview.h"
#include "ui/network/OrganisationImportDialog.h"
#include "ui/progress/ProgressOverview.h"
#include "ui/workbook/ChapterPage.h"
#include "ui/workbook/RoundsView.h"
#include "ui/workbook/WhatWorksView.h"
#include "ui/workbook/YearPlanView.h"

#include <QAction>
#include <QCoreApplication>
#include <QTabWidget>

#include <map>

namespace rk {

// The labels are the chapter page's, and keep its translation context.
namespace {
// The network as a whole, right after the organisations table.
void addNetworkOverview(ChapterPage &page)
{
    auto *overview = new NetworkOverview(&page);
    QObject::connect(&page, &ChapterPage::documentChanged, overview, &NetworkOverview::setDocument);
    QObject::connect(overview, &NetworkOverview::organisationRequested, &page, [&page](const QString &id) {
        page.showLocation({WorkbookLocation::Kind::Record, page.chapter(), {}, TableId::Organisation, id, 0});
    });
    QTabWidget *tabs = page.tabs();
    tabs->insertTab(tabs->indexOf(page.tablePanel(TableId::Organisation)) + 1, overview,
                    QCoreApplication::translate("rk::ChapterPage", "Netwerk&overzicht"));
}

// Organisations read from a CSV file, from a button on the organisations table.
void addOrganisationImport(ChapterPage &page)
{
    RecordTablePanel *organisations = page.tablePanel(TableId::Organisation);
    auto *import =
        new QAction(QCoreApplication::translate("rk::ChapterPage", "Organisaties &inlezen uit CSV..."), organisations);
    organisations->addToolAction(import);
    QObject::connect(import, &QAction::triggered, &page, [&page] {
        if (!page.document() || page.document()->isReadOnly())
            return;
        OrganisationImportDialog dialog(page.document(), &page);
        dialog.exec();
    });
}

// Organisations against goals, just before the contributions table.
void addContributionMatrix(ChapterPage &page)
{
    auto *matrix = new NetworkMatrixView(&page);
    QObject::connect(&page, &ChapterPage::documentChanged, matrix, &NetworkMatrixView::setDocument);
    QObject::connect(matrix, &NetworkMatrixView::contributionRequested, &page, [&page](const QString &id) {
        page.showLocation({WorkbookLocation::Kind::Record, page.chapter(), {}, TableId::Contribution, id, 2});
    });
    QTabWidget *tabs = page.tabs();
    tabs->insertTab(tabs->indexOf(page.tablePanel(TableId::Contribution)), matrix,
                    QCoreApplication::translate("rk::ChapterPage", "&Wie draagt bij"));
}

// The verdicts of all indicators, as the chapter's first tab and the one shown first.
void addProgressOverview(ChapterPage &page)
{
    auto *progress = new ProgressOverview(&page);
    QObject::connect(&page, &ChapterPage::documentChanged, progress, &ProgressOverview::setDocument);
    QObject::connect(progress, &ProgressOverview::indicatorRequested, &page, &ChapterPage::indicatorRequested);
    page.tabs()->insertTab(0, progress, QCoreApplication::translate("rk::ChapterPage", "V&oortgang"));
    page.tabs()->setCurrentIndex(0);
}

// The network in one place: from the organisations to what they contribute, and back from
// a contribution to its organisation (the two live in chapters 4 and 3 of the routekaart).
void addLinkToContributions(ChapterPage &page)
{
    RecordTablePanel *organisations = page.tablePanel(TableId::Organisation);
    auto *go = new QAction(QCoreApplication::translate("rk::ChapterPage", "&Bijdragen bekijken"), organisations);
    go->setToolTip(QCoreApplication::translate("rk::ChapterPage",
                                               "Wat de organisaties bijdragen aan de doelen, met de matrix (hoofdstuk "
                                               "Commitment)"));
    organisations->addToolAction(go);
    QObject::connect(go, &QAction::triggered, &page, [&page, organisations] {
        // The contributions of the organisation chosen here: filtered by its name, the first
        // one current; an organisation without any says so.
        const ProjectDocument *document = page.document();
        const QString organisation = organisations->currentRecordId();
        QString name;
        QString first;
        if (document && !organisation.isEmpty()) {
            name = document->recordTitle(TableId::Organisation, organisation);
            for (const Record &contribution : document->records(TableId::Contribution)) {
                if (field(contribution, ContributionField::OrganisationId).toString() == organisation) {
                    first = contribution.id;
                    break;
                }
            }
        }
        if (!name.isEmpty() && first.isEmpty()) {
            // Nothing to show: say so here, rather than show other organisations' rows.
            announce(&page, QCoreApplication::translate("rk::ChapterPage",
                                                        "%1 draagt nog niet bij aan een doel. Een bijdrage legt u "
                                                        "vast bij hoofdstuk 3, Commitment, tab Bijdragen.")
                                .arg(name));
            return;
        }
        Q_EMIT page.locationRequested(
            {WorkbookLocation::Kind::Record, ChapterId::Commitment, name, TableId::Contribution, first, 0});
    });
}

void addLinkToOrganisation(ChapterPage &page)
{
    RecordTablePanel *contributions = page.tablePanel(TableId::Contribution);
    auto *go = new QAction(QCoreApplication::translate("rk::ChapterPage", "Naar de &organisatie"), contributions);
    go->setToolTip(QCoreApplication::translate("rk::ChapterPage",
                                               "De organisatie van de gekozen bijdrage (hoofdstuk Sterk netwerk)"));
    contributions->addToolAction(go);
    QObject::connect(go, &QAction::triggered, &page, [&page, contributions] {
        const Record *contribution =
            page.document() ? page.document()->record(TableId::Contribution, contributions->currentRecordId()) : nullptr;
        const QString organisation =
            contribution ? field(*contribution, ContributionField::OrganisationId).toString() : QString();
        Q_EMIT page.locationRequested(
            {WorkbookLocation::Kind::Record, ChapterId::SterkNetwerk, {}, TableId::Organisation, organisation, 0});
    });
}
// What works: the effective elements and levels the offer and the activities cover, right
// after the offer.
void addWhatWorks(ChapterPage &page)
{
    auto *view = new WhatWorksView(&page);
    QObject::connect(&page, &ChapterPage::documentChanged, view, &WhatWorksView::setDocument);
    QObject::connect(view, &WhatWorksView::locationRequested, &page, &ChapterPage::locationRequested);
    QTabWidget *tabs = page.tabs();
    tabs->insertTab(tabs->indexOf(page.tablePanel(TableId::Offer)) + 1, view,
                    QCoreApplication::translate("rk::ChapterPage", "W&at werkt"));
}

// The checklist year after year, right after the checklist.
void addRounds(ChapterPage &page)
{
    auto *view = new RoundsView(&page);
    QObject::connect(&page, &ChapterPage::documentChanged, view, &RoundsView::setDocument);
    QObject::connect(view, &RoundsView::locationRequested, &page, &ChapterPage::locationRequested);
    QTabWidget *tabs = page.tabs();
    tabs->insertTab(tabs->indexOf(page.tablePanel(TableId::LogEntry)), view,
                    QCoreApplication::translate("rk::ChapterPage", "&Rondes"));
}

// A council report to start from: the key messages drafted from the figures, and the sender,
// subject, dates and status filled in where empty.
void addCouncilDraft(ChapterPage &page)
{
    RecordTablePanel *reports = page.tablePanel(TableId::CouncilReport);
    auto *draft = new QAction(QCoreApplication::translate("rk::ChapterPage", "&Kernboodschap voorstellen"), reports);
    draft->setToolTip(QCoreApplication::translate("rk::ChapterPage",
                                                  "Maakt een concept van de kernboodschap uit de cijfers van het "
                                                  "werkboek, en vult lege velden zoals afzender en peildatum"));
    reports->addToolAction(draft);
    QObject::connect(draft, &QAction::triggered, &page, [&page, reports] {
        ProjectDocument *document = page.document();
        if (!document || document->isReadOnly())
            return;
        const QString id = reports->currentRecordId();
        if (id.isEmpty()) {
            announce(&page, QCoreApplication::translate("rk::ChapterPage",
                                                        "Kies eerst een rapportage, of voeg er een toe met Insert."));
            return;
        }
        const Record *row = document->record(TableId::CouncilReport, id);
        bool replace = false;
        if (row && !field(*row, CouncilReportField::KeyMessages).toString().trimmed().isEmpty()) {
            replace = MessageBox::question(&page, QCoreApplication::translate("rk::ChapterPage", "Kernboodschap voorstellen"),
                                           QCoreApplication::translate("rk::ChapterPage",
                                                                       "Deze rapportage heeft al een kernboodschap. "
                                                                       "Vervangen door een nieuw concept? U kunt dit "
                                                                       "ongedaan maken."),
                                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
            if (!replace)
                return;
        }
        RecordChanges changes = councilReportDraft(*document, id, QDate::currentDate(), replace);
        if (changes.isEmpty())
            return;
        if (!edit::applyChanges(*document, std::move(changes),
                                QCoreApplication::translate("rk::ChapterPage", "Kernboodschap voorstellen")))
            MessageBox::warning(&page, QCoreApplication::translate("rk::ChapterPage", "Kernboodschap voorstellen"),
                                document->lastError());
        else
            announce(&page, QCoreApplication::translate("rk::ChapterPage",
                                                        "Het concept staat in de kernboodschap. Herschrijf het in uw "
                                                        "eigen woorden; het korte rapport neemt het over."));
    });
}

// The yearly planning: its fixed moments added at once, and the year at a glance beside it.
void addYearPlan(ChapterPage &page)
{
    RecordTablePanel *moments = page.tablePanel(TableId::PlanningMoment);
    auto *add = new QAction(QCoreApplication::translate("rk::ChapterPage", "&Vaste momenten toevoegen..."), moments);
    add->setToolTip(QCoreApplication::translate("rk::ChapterPage",
                                                "De Week tegen Eenzaamheid, de voorjaarsnota, de begroting, de "
                                                "monitorronde en een nieuwe ronde van de checklist voor een jaar"));
    moments->addToolAction(add);
    QObject::connect(add, &QAction::triggered, &page, [&page] { addFixedMoments(page.document(), &page); });
    auto *view = new YearPlanView(&page);
    QObject::connect(&page, &ChapterPage::documentChanged, view, &YearPlanView::setDocument);
    QObject::connect(view, &YearPlanView::locationRequested, &page, &ChapterPage::locationRequested);
    QTabWidget *tabs = page.tabs();
    tabs->insertTab(tabs->indexOf(moments) + 1, view, QCoreApplication::translate("rk::ChapterPage", "&Jaaroverzicht"));
}
} // namespace

QList<ChapterExtension> chapterExtensions(ChapterId chapter)
{
    static const std::map<ChapterId, QList<ChapterExtension>> extensions = {
        {ChapterId::SterkNetwerk, {addNetworkOverview, addOrganisationImport, addLinkToContributions}},
        {ChapterId::Commitment, {addContributionMatrix, addLinkToOrganisation}},
        {ChapterId::MonitorenEvalueren, {addProgressOverview, addRounds, addCouncilDraft}},
        {ChapterId::PlanVanAanpak, {addYearPlan}},
        {ChapterId::OndersteunenActiveren, {addWhatWorks}},
    };
    const auto found = extensions.find(chapter);
    return found != extensions.end() ? found->second : QList<ChapterExtension>();
}

} // namespace rk
