#include "ChapterStatusCommand.h"

#include <QCoreApplication>

namespace rk {

std::optional<ChapterStatus> ChapterStatusField::read(const ProjectDocument &document, ChapterId chapter)
{
    return document.chapter(chapter).status;
}

bool ChapterStatusField::write(ProjectDocument &document, ChapterId chapter, ChapterStatus status)
{
    return document.writeChapterStatus(chapter, status);
}

QString ChapterStatusField::text(ChapterId chapter, ChapterStatus status)
{
    return QCoreApplication::translate("rk::ChapterStatusCommand", "Status van %1 op \"%2\" zetten")
        .arg(chapterTitle(chapter), chapterStatusName(status));
}

} // namespace rk
