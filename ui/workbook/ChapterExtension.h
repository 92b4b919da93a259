#pragma once

#include <QList>

namespace rk {

class ChapterPage;

// Adds another feature's tabs or actions to a chapter page while the page is built: after
// the chapter's own tabs (questions, checklist, tables) and before its notes. An extension
// places its tabs with ChapterPage::tabs() and tablePanel(), and follows the page's
// document through ChapterPage::documentChanged.
// Which chapter gets which extension is one table in the shell (ui/shell/ChapterExtensions),
// so that the workbook knows no other feature.
using ChapterExtension = void (*)(ChapterPage &page);

} // namespace rk
