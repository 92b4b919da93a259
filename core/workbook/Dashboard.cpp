#include "Dashboard.h"

#include "ProjectDocument.h"
#include "guidance/Guidance.h"
#include "progress/Progress.h"
#include "YearPlan.h"
#include "records/Fields.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace rk {

namespace {

// Activities whose end date has passed while they are still planned or running: the
// plan says something that is no longer true.
void appendOverdueActivities(const ProjectDocument &document, const QDate &today, QList<OpenItem> *openItems)
{
    for (const Record &activity : document.records(TableId::Activity)) {
        const std::optional<ActivityStatus> status = choiceOf<ActivityStatus>(field(activity, ActivityField::Status));
        const QDate end = QDate::fromString(field(activity, ActivityField::EndDate).toString(), Qt::ISODate);
        if (!status || (*status != ActivityStatus::Planned && *status != ActivityStatus::Running) || !end.isValid() ||
            end >= today)
            continue;
        openItems->append({WorkbookLocation{WorkbookLocation::Kind::Record, ChapterId::PlanVanAanpak, {},
                                            TableId::Activity, activity.id, fieldIndex(ActivityField::Status)},
                           QCoreApplication::translate("rk::Dashboard",
                                                       "Activiteit %1: einddatum %2 voorbij, status nog \"%3\"")
                               .arg(field(activity, ActivityField::Title).toString(),
                                    QLocale().toString(end, QLocale::ShortFormat),
                                    choiceLabel(ChoiceList::ActivityStatus, int(*status))),
                           false});
    }
}

// Indicators whose next measurement is due soon, or whose latest measurement is older than
// their cadence allows (the verdict then says little about now). One pass over all
// measurements: the dashboard is drawn on every open, and a series per indicator costs ten
// times as much in a large project.
void appendMeasurementsDue(const ProjectDocument &document, const QDate &today, QList<OpenItem> *openItems)
{
    const QHash<QString, QDate> latest = latestMeasurementDates(document);
    const QLocale locale;
    for (const Record &indicator : document.records(TableId::Indicator)) {
        const QDate last = latest.value(indicator.id);
        if (!last.isValid())
            continue; // not measured yet: the progress pages say so
        const IndicatorDefinition d = indicatorDefinition(indicator);
        const MeasurementDue due = nextMeasurementDue(d, last, today);
        if (due.state == MeasurementDue::State::NotYet)
            continue;
        const QString owner = document.recordTitle(TableId::Organisation,
                                                   field(indicator, IndicatorField::OwnerId).toString());
        QString text = due.state == MeasurementDue::State::Overdue
                           ? QCoreApplication::translate("rk::Dashboard", "Indicator %1: laatste meting %2, %3")
                                 .arg(d.name, locale.toString(last, QLocale::ShortFormat), olderThanCadenceText(d))
                           : QCoreApplication::translate("rk::Dashboard", "Indicator %1: volgende meting vóór %2")
                                 .arg(d.name, locale.toString(due.due, QLocale::ShortFormat));
        if (!owner.isEmpty())
            text += QCoreApplication::translate("rk::Dashboard", " (meet: %1)").arg(owner);
        openItems->append({WorkbookLocation{WorkbookLocation::Kind::Indicator, ChapterId::MonitorenEvalueren, {},
                                            TableId::Indicator, indicator.id, -1},
                           text, false});
    }
}

// The moments of the yearly planning in the coming six weeks.
void appendUpcomingMoments(const ProjectDocument &document, const QDate &today, QList<OpenItem> *openItems)
{
    const QLocale locale;
    for (const PlanningEntry &moment : upcomingMoments(document, today, today.addDays(42)))
        openItems->append({moment.location,
                           QCoreApplication::translate("rk::Dashboard", "Binnenkort: %1 (%2)")
                               .arg(moment.what, locale.toString(moment.date, QLocale::LongFormat)),
                           false});
}

// One chapter's figures; its open items are appended to `openItems` when given.
ChapterProgress summariseChapter(const ProjectDocument &document, const GuidanceLibrary &guidance, ChapterId chapter,
                                 QList<OpenItem> *openItems)
{
    const ChapterGuidance &g = guidance.chapter(chapter);
    ChapterProgress progress;
    progress.chapter = chapter;
    progress.status = document.chapterStatus(chapter);
    progress.hasNotes = !document.chapter(chapter).notes.trimmed().isEmpty();
    for (TableId table : tablesOfChapter(chapter))
        progress.tableRows += int(document.records(table).size());

    const auto open = [openItems, chapter](WorkbookLocation::Kind kind, const QString &key, const QString &text,
                                           bool suggestion = false) {
        if (openItems)
            openItems->append({WorkbookLocation{kind, chapter, key, {}, {}, -1}, text, suggestion});
    };
    if (progress.status == ChapterStatus::NotStarted) {
        open(WorkbookLocation::Kind::ChapterStatus, {},
             QCoreApplication::translate("rk::Dashboard", "Hoofdstuk %1 is nog niet gestart").arg(chapterTitle(chapter)));
    }
    progress.questionCount = int(g.questions.size());
    for (const GuidanceQuestion &question : g.questions) {
        if (!document.answer(chapter, question.key).trimmed().isEmpty())
            ++progress.questionsAnswered;
        else
            open(WorkbookLocation::Kind::Question, question.key,
                 QCoreApplication::translate("rk::Dashboard", "Vraag: %1").arg(question.text));
    }
    for (const Checklist &checklist : g.checklists) {
        for (const ChecklistItem &item : checklist.items) {
            ++progress.checklistCount;
            if (document.checklistEntry(chapter, item.key).answer != ChecklistAnswer::Unanswered)
                ++progress.checklistAnswered;
            else
                open(WorkbookLocation::Kind::ChecklistItem, item.key,
                     QCoreApplication::translate("rk::Dashboard", "Checklist: %1").arg(item.text));
        }
    }
    if (openItems && chapter == ChapterId::PlanVanAanpak) {
        appendOverdueActivities(document, QDate::currentDate(), openItems);
        appendUpcomingMoments(document, QDate::currentDate(), openItems);
    }
    if (openItems && chapter == ChapterId::MonitorenEvalueren)
        appendMeasurementsDue(document, QDate::currentDate(), openItems);
    if (progress.status != ChapterStatus::Done && progress.isComplete()) {
        open(WorkbookLocation::Kind::ChapterStatus, {},
             QCoreApplication::translate("rk::Dashboard", "Hoofdstuk %1: alles is beantwoord. Is het afgerond?")
                 .arg(chapterTitle(chapter)),
             true);
    }
    return progress;
}

} // namespace

ChapterProgress chapterProgress(const ProjectDocument &document, const GuidanceLibrary &guidance, ChapterId chapter)
{
    return summariseChapter(document, guidance, chapter, nullptr);
}

DashboardSummary summarise(const ProjectDocument &document, const GuidanceLibrary &guidance)
{
    DashboardSummary summary;
    const QList<ChecklistRound> rounds = checklistRounds(document);
    summary.openRound = rounds.constLast();
    summary.closedRounds = int(rounds.size()) - 1;
    for (const ChapterInfo &info : chapterInfos()) {
        const ChapterProgress progress = summariseChapter(document, guidance, info.id, &summary.openItems);
        summary.chapters.at(std::size_t(chapterIndex(info.id))) = progress;
        summary.questionsAnswered += progress.questionsAnswered;
        summary.questionCount += progress.questionCount;
        summary.checklistAnswered += progress.checklistAnswered;
        summary.checklistCount += progress.checklistCount;
        if (progress.status == ChapterStatus::Done)
            ++summary.chaptersDone;
        else if (progress.status == ChapterStatus::InProgress)
            ++summary.chaptersInProgress;
    }
    return summary;
}

} // namespace rk
