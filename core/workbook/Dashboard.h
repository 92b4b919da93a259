#pragma once

#include "ProjectTypes.h"
#include "Rounds.h"
#include "WorkbookLocation.h"

#include <QList>

#include <array>

namespace rk {

class GuidanceLibrary;
class ProjectDocument;

struct ChapterProgress
{
    ChapterId chapter = ChapterId::Verkenning;
    ChapterStatus status = ChapterStatus::NotStarted;
    int questionsAnswered = 0;
    int questionCount = 0;
    int checklistAnswered = 0;
    int checklistCount = 0;
    int tableRows = 0;
    bool hasNotes = false;

    // Every question and checklist item answered: the moment to suggest "Afgerond".
    bool isComplete() const
    {
        return questionsAnswered == questionCount && checklistAnswered == checklistCount
               && questionCount + checklistCount > 0;
    }
};

struct OpenItem
{
    WorkbookLocation location;
    QString text; // translated, ready to show
    bool suggestion = false; // a hint to the user ("is it done?"), not work still to do
};

// The figures of the home page: how far each chapter is and what is still open.
struct DashboardSummary
{
    std::array<ChapterProgress, kChapterCount> chapters;
    int chaptersDone = 0;
    int chaptersInProgress = 0;
    int questionsAnswered = 0;
    int questionCount = 0;
    int checklistAnswered = 0;
    int checklistCount = 0;
    ChecklistRound openRound; // the round of the checklist being answered now
    int closedRounds = 0;
    QList<OpenItem> openItems; // in chapter order: chapter status, then questions, then checklist, then "afgerond?"
};

ChapterProgress chapterProgress(const ProjectDocument &document, const GuidanceLibrary &guidance, ChapterId chapter);
DashboardSummary summarise(const ProjectDocument &document, const GuidanceLibrary &guidance);

} // namespace rk
