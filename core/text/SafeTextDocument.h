#pragma once

#include <QTextDocument>

namespace rk {

// Markdown as the project stores it: GitHub dialect with every form of HTML off.
constexpr QTextDocument::MarkdownFeatures kMarkdownFeatures =
    QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

// A text document that never loads a resource: an image or link in a note from someone
// else's file must not make the app read local files or reach the network.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT

public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

// The Markdown a note becomes after one round through the editor, so that opening a
// note and leaving it alone is never taken for an edit.
QString normalizedMarkdown(const QString &markdown);

} // namespace rk
