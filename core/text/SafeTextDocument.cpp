#include "SafeTextDocument.h"

#include <QImage>

namespace rk {

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name)
    if (type == QTextDocument::ImageResource)
        return QImage(); // an empty image: nothing is fetched, nothing is shown
    return QString();
}

QString normalizedMarkdown(const QString &markdown)
{
    SafeTextDocument document;
    document.setMarkdown(markdown, kMarkdownFeatures);
    return document.toMarkdown(kMarkdownFeatures);
}

} // namespace rk
