#include "Dashboard.h"

#include "ProjectDocument.h"
#include "guidance/Guidance.h"

#include <QCoreApplication>

namespace rk {

DashboardSummary summarise(const ProjectDocument &document, const GuidanceLibrary &guidance)
{
    DashboardSummary summary;
    for (const ChapterInfo &info : chapterInfos()) {
        const ChapterGuidance &g = guidance.chapter(info.id);
        ChapterProgress &progress = summary.chapters.at(std::size_t(chapterIndex(info.id)));
        progress.chapter = info.id;
        progress.status = document.chapter(info.id).status;
        progress.hasNotes = !document.chapter(info.id).notes.trimmed().isEmpty();
        for (TableId table : tablesOfChapter(info.id))
            progress.tableRows += int(document.records(table).size());

        if (progress.status == ChapterStatus::NotStarted) {
            WorkbookLocation location{WorkbookLocation::Kind::ChapterStatus, info.id, {}, {}, {}, -1};
            summary.openItems.append(
                {location, QCoreApplication::translate("rk::Dashboard", "Hoofdstuk %1 is nog niet gestart")
                               .arg(chapterTitle(info.id))});
        }
        progress.questionCount = int(g.questions.size());
        for (const GuidanceQuestion &question : g.questions) {
            if (!document.answer(info.id, question.key).trimmed().isEmpty()) {
                ++progress.questionsAnswered;
                continue;
            }
            WorkbookLocation location{WorkbookLocation::Kind::Question, info.id, question.key, {}, {}, -1};
            summary.openItems.append(
                {location, QCoreApplication::translate("rk::Dashboard", "Vraag: %1").arg(question.text)});
        }
        for (const Checklist &checklist : g.checklists) {
            for (const ChecklistItem &item : checklist.items) {
                ++progress.checklistCount;
                if (document.checklistEntry(info.id, item.key).answer != ChecklistAnswer::Unanswered) {
                    ++progress.checklistAnswered;
                    continue;
                }
                WorkbookLocation location{WorkbookLocation::Kind::ChecklistItem, info.id, item.key, {}, {}, -1};
                summary.openItems.append(
                    {location, QCoreApplication::translate("rk::Dashboard", "Checklist: %1").arg(item.text)});
            }
        }
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
