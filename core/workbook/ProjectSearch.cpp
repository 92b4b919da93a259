#include "ProjectSearch.h"

#include "ProjectDocument.h"
#include "guidance/Guidance.h"
#include "text/SafeTextDocument.h"

#include <QCoreApplication>

namespace rk {

namespace {
const char *const kContext = "rk::ProjectSearch";
constexpr int kSnippetContext = 40;

QString snippetAround(const QString &text, int start, int length)
{
    const int from = std::max(0, start - kSnippetContext);
    const int to = std::min(int(text.size()), start + length + kSnippetContext);
    QString snippet = text.mid(from, to - from).simplified();
    if (from > 0)
        snippet.prepend(QStringLiteral("…"));
    if (to < text.size())
        snippet.append(QStringLiteral("…"));
    return snippet;
}

// Returns the position and length in `text` of the first match, or -1.
int findFolded(const QString &text, const QString &foldedNeedle, int *length)
{
    QList<int> origin;
    const QString folded = foldForSearch(text, &origin);
    const int at = int(folded.indexOf(foldedNeedle));
    if (at < 0)
        return -1;
    const int end = at + int(foldedNeedle.size()) - 1;
    const int start = origin.at(at);
    *length = origin.at(end) - start + 1;
    return start;
}

QString plainFromMarkdown(const QString &markdown)
{
    SafeTextDocument document;
    document.setMarkdown(markdown, kMarkdownFeatures);
    return document.toPlainText();
}
} // namespace

QString foldForSearch(const QString &text, QList<int> *origin)
{
    QString folded;
    folded.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QString decomposed = QString(text.at(i)).normalized(QString::NormalizationForm_KD).toCaseFolded();
        for (const QChar c : decomposed) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue;
            folded.append(c);
            if (origin)
                origin->append(i);
        }
    }
    return folded;
}

QList<SearchHit> searchProject(const ProjectDocument &document, const GuidanceLibrary &guidance, const QString &needle,
                               int limit)
{
    QList<SearchHit> hits;
    const QString foldedNeedle = foldForSearch(needle.simplified());
    if (foldedNeedle.isEmpty())
        return hits;
    auto consider = [&](const QString &text, const WorkbookLocation &location, const QString &where) {
        if (hits.size() >= limit)
            return;
        int length = 0;
        const int at = findFolded(text, foldedNeedle, &length);
        if (at >= 0)
            hits.append({location, where, snippetAround(text, at, length)});
    };

    for (const ChapterInfo &info : chapterInfos()) {
        const QString chapterName = chapterTitle(info.id);
        consider(plainFromMarkdown(document.chapter(info.id).notes),
                 {WorkbookLocation::Kind::Notes, info.id, {}, {}, {}, -1},
                 QCoreApplication::translate("rk::ProjectSearch", "%1 - Notities").arg(chapterName));
        const ChapterGuidance &g = guidance.chapter(info.id);
        for (const GuidanceQuestion &question : g.questions) {
            consider(
                document.answer(info.id, question.key),
                {WorkbookLocation::Kind::Question, info.id, question.key, {}, {}, -1},
                QCoreApplication::translate("rk::ProjectSearch", "%1 - Vraag: %2").arg(chapterName, question.text));
        }
        for (const Checklist &checklist : g.checklists) {
            for (const ChecklistItem &item : checklist.items) {
                consider(
                    document.checklistEntry(info.id, item.key).comment,
                    {WorkbookLocation::Kind::ChecklistItem, info.id, item.key, {}, {}, -1},
                    QCoreApplication::translate("rk::ProjectSearch", "%1 - Checklist: %2").arg(chapterName, item.text));
            }
        }
        for (TableId table : tablesOfChapter(info.id)) {
            const TableSpec &spec = tableSpec(table);
            for (const Record &record : document.records(table)) {
                for (int field = 0; field < int(spec.fields.size()); ++field) {
                    const FieldSpec &fieldSpec = spec.fields.at(std::size_t(field));
                    // A reference is found by the name it shows (an organisation's contributions
                    // and activities turn up in a search for the organisation).
                    const QString text =
                        fieldSpec.type == FieldType::Reference
                            ? document.recordTitle(static_cast<TableId>(fieldSpec.referenceTable),
                                                   record.values.value(field).toString())
                            : displayValue(fieldSpec, record.values.value(field));
                    consider(text, {WorkbookLocation::Kind::Record, info.id, {}, table, record.id, field},
                             QCoreApplication::translate("rk::ProjectSearch", "%1 - %2")
                                 .arg(chapterName, tableTitle(table)));
                }
            }
        }
    }
    return hits;
}

} // namespace rk
