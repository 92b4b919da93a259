#include "Dashboard.h"

#include "ProjectDocument.h"
#include "guidance/Guidance.h"

#include <QCoreApplication>

namespace rk {

namespace {

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
