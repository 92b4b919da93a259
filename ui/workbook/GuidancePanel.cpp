#include "GuidancePanel.h"

#include "core/guidance/Guidance.h"
#include "core/text/SafeTextDocument.h"
#include "ui/common/MessageBox.h"

#include <QDesktopServices>
#include <QFontMetrics>
#include <QUrl>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>
#include <QTextDocument>

namespace rk {

GuidancePanel::GuidancePanel(ChapterId chapter, QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    // The guidance's own links to public sources open in the user's browser (the guidance
    // allows only https addresses).
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("https"))
            return;
        // Without a browser, the address is given to copy.
        if (!QDesktopServices::openUrl(url))
            MessageBox::information(this, tr("Link openen"),
                                    tr("Er is geen webbrowser om deze pagina te openen. Het adres is: %1")
                                        .arg(url.toString()));
    });
    setAccessibleName(tr("Handreiking bij %1").arg(chapterTitle(chapter)));
    const GuidanceLibrary &guidance = GuidanceLibrary::forUiLanguage();
    if (!guidance.isLoaded()) {
        setPlainText(tr("De handreiking kon niet worden geladen."));
        return;
    }
    setMarkdown(guidance.toMarkdown(chapter));
    // Words are never broken, so the pane is never narrower than its longest word (it can
    // still be put away altogether).
    int longest = 0;
    const QFontMetrics metrics(document()->defaultFont());
    for (const QString &word : toPlainText().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    setMinimumWidth(std::min(longest, 400) + 2 * frameWidth() + int(document()->documentMargin() * 2)
                    + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 64); // and a list's indent
}

} // namespace rk
