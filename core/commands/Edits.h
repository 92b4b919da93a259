#pragma once

#include "ProjectTypes.h"

namespace rk {

class ProjectDocument;

// The one way the UI changes a project: each function pushes an undo command that
// writes at once. Nothing is pushed when the value would not change. Each returns
// false when the write failed (the document has emitted writeFailed()).
namespace edit {

bool setChapterNotes(ProjectDocument &document, ChapterId chapter, const QString &notes);
bool setChapterStatus(ProjectDocument &document, ChapterId chapter, ChapterStatus status);
bool setProjectInfo(ProjectDocument &document, const ProjectInfo &info);

} // namespace edit
} // namespace rk
