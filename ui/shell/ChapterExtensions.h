#pragma once

#include "core/Chapter.h"
#include "ui/workbook/ChapterExtension.h"

namespace rk {

// The one table of which chapter pages get which other features' tabs and actions: the
// network overview and the organisation import in "Sterk netwerk", the matrix of who
// contributes to which goal in "Commitment", the progress overview in "Monitoren en
// evalueren". The shell hands each chapter page its extensions when it builds the page.
QList<ChapterExtension> chapterExtensions(ChapterId chapter);

} // namespace rk
