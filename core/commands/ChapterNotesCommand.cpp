#include "ChapterNotesCommand.h"

#include <QCoreApplication>

namespace rk {

std::optional<QString> ChapterNotesField::read(const ProjectDocument &document, ChapterId chapter)
{
    return document.chapter(chapter).notes;
}

bool ChapterNotesField::write(ProjectDocument &document, ChapterId chapter, const Value &notes)
{
    return document.writeChapterNotes(chapter, notes);
}

QString ChapterNotesField::text(ChapterId chapter, const Value &)
{
    return QCoreApplication::translate("rk::ChapterNotesCommand", "Notities bij %1 wijzigen")
        .arg(chapterTitle(chapter));
}

} // namespace rk
