#include "GuidancePanel.h"

#include "core/guidance/Guidance.h"
#include "core/text/SafeTextDocument.h"

#include <QLocale>

namespace rk {

GuidancePanel::GuidancePanel(ChapterId chapter, QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Handreiking bij %1").arg(chapterTitle(chapter)));
    const GuidanceLibrary &guidance = GuidanceLibrary::forUiLanguage();
    if (!guidance.isLoaded()) {
        setPlainText(tr("De handreiking kon niet worden geladen."));
        return;
    }
    setMarkdown(guidance.toMarkdown(chapter));
}

} // namespace rk
