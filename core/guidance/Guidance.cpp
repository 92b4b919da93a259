#include "Guidance.h"

#include "Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace rk {

namespace {

constexpr int kFormat = 1;
constexpr qint64 kMaxFileSize = 256 * 1024;

bool readStrings(const QJsonObject &object, const char *name, QStringList *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isArray() || value.toArray().isEmpty()) {
        *error = QStringLiteral("'%1' must be a non-empty list").arg(QLatin1String(name));
        return false;
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QString text = entry.toString().trimmed();
        if (!entry.isString() || text.isEmpty()) {
            *error = QStringLiteral("'%1' holds an empty or non-text entry").arg(QLatin1String(name));
            return false;
        }
        out->append(text);
    }
    return true;
}

bool validKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,40}$"));
    return pattern.match(key).hasMatch();
}

bool parseChapter(const QByteArray &data, ChapterId id, const QString &language, ChapterGuidance *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("not valid JSON: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != kFormat) {
        *error = QStringLiteral("unknown format");
        return false;
    }
    if (root.value(QLatin1String("chapter")).toString() != QLatin1String(chapterInfo(id).key) ||
        root.value(QLatin1String("language")).toString() != language) {
        *error = QStringLiteral("chapter or language does not match the file name");
        return false;
    }
    out->chapter = id;
    out->purpose = root.value(QLatin1String("purpose")).toString().trimmed();
    if (out->purpose.isEmpty()) {
        *error = QStringLiteral("'purpose' is empty");
        return false;
    }
    if (!readStrings(root, "tips", &out->tips, error) || !readStrings(root, "tools", &out->tools, error) ||
        !readStrings(root, "examples", &out->examples, error))
        return false;
    // Optional: background paragraphs and links to public sources.
    if (root.contains(QLatin1String("background")) && !readStrings(root, "background", &out->background, error))
        return false;
    for (const QJsonValue &value : root.value(QLatin1String("links")).toArray()) {
        const QJsonObject object = value.toObject();
        GuidanceLink link{object.value(QLatin1String("title")).toString().trimmed(),
                          object.value(QLatin1String("url")).toString().trimmed(),
                          object.value(QLatin1String("what")).toString().trimmed()};
        // Only plain https addresses: a link from the guidance opens in the user's browser.
        static const QRegularExpression https(QStringLiteral("^https://[a-z0-9.-]+(/[A-Za-z0-9/._-]*)?$"));
        if (link.title.isEmpty() || link.what.isEmpty() || !https.match(link.url).hasMatch()) {
            *error = QStringLiteral("link '%1' has no title or description, or is not a plain https address")
                         .arg(link.url);
            return false;
        }
        out->links.append(link);
    }

    QStringList seen;
    const QJsonArray questions = root.value(QLatin1String("questions")).toArray();
    if (questions.isEmpty()) {
        *error = QStringLiteral("no questions");
        return false;
    }
    for (const QJsonValue &value : questions) {
        const QJsonObject object = value.toObject();
        GuidanceQuestion question{object.value(QLatin1String("key")).toString(),
                                  object.value(QLatin1String("text")).toString().trimmed()};
        if (!validKey(question.key) || question.text.isEmpty() || seen.contains(question.key)) {
            *error = QStringLiteral("question '%1' has a bad or repeated key, or no text").arg(question.key);
            return false;
        }
        seen.append(question.key);
        out->questions.append(question);
    }
    seen.clear();
    for (const QJsonValue &value : root.value(QLatin1String("checklists")).toArray()) {
        const QJsonObject object = value.toObject();
        Checklist checklist{object.value(QLatin1String("key")).toString(),
                            object.value(QLatin1String("title")).toString().trimmed(),
                            {}};
        if (!validKey(checklist.key) || checklist.title.isEmpty()) {
            *error = QStringLiteral("checklist '%1' has a bad key or no title").arg(checklist.key);
            return false;
        }
        for (const QJsonValue &itemValue : object.value(QLatin1String("items")).toArray()) {
            const QJsonObject item = itemValue.toObject();
            ChecklistItem entry{item.value(QLatin1String("key")).toString(),
                                item.value(QLatin1String("text")).toString().trimmed()};
            if (!validKey(entry.key) || entry.text.isEmpty() || seen.contains(entry.key)) {
                *error = QStringLiteral("checklist item '%1' has a bad or repeated key, or no text").arg(entry.key);
                return false;
            }
            seen.append(entry.key);
            checklist.items.append(entry);
        }
        if (checklist.items.isEmpty()) {
            *error = QStringLiteral("checklist '%1' has no items").arg(checklist.key);
            return false;
        }
        out->checklists.append(checklist);
    }
    return true;
}

QString bulletList(const QStringList &items)
{
    QString text;
    for (const QString &item : items)
        text += QStringLiteral("- ") + item + QLatin1Char('\n');
    return text;
}

} // namespace

int ChapterGuidance::checklistItemCount() const
{
    int count = 0;
    for (const Checklist &checklist : checklists)
        count += int(checklist.items.size());
    return count;
}

const GuidanceQuestion *ChapterGuidance::question(const QString &key) const
{
    for (const GuidanceQuestion &q : questions) {
        if (q.key == key)
            return &q;
    }
    return nullptr;
}

const ChecklistItem *ChapterGuidance::checklistItem(const QString &key) const
{
    for (const Checklist &checklist : checklists) {
        for (const ChecklistItem &item : checklist.items) {
            if (item.key == key)
                return &item;
        }
    }
    return nullptr;
}

QString embeddedGuidanceDirectory(const QString &language)
{
    return QStringLiteral(":/guidance/") + language;
}

const GuidanceLibrary &GuidanceLibrary::forLanguage(const QString &language)
{
    static QMap<QString, std::shared_ptr<GuidanceLibrary>> cache;
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    auto &entry = cache[lang];
    if (!entry) {
        entry = std::make_shared<GuidanceLibrary>();
        QString error;
        if (!entry->loadFromDirectory(embeddedGuidanceDirectory(lang), lang, &error))
            qWarning("guidance for %s failed to load: %s", qPrintable(lang), qPrintable(error));
    }
    return *entry;
}

const GuidanceLibrary &GuidanceLibrary::forUiLanguage()
{
    return forLanguage(language::current());
}

bool GuidanceLibrary::loadFromDirectory(const QString &directory, const QString &language, QString *error)
{
    m_loaded = false;
    m_language = language;
    for (const ChapterInfo &info : chapterInfos()) {
        const QString path = directory + QLatin1Char('/') + QLatin1String(info.key) + QStringLiteral(".json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileSize) {
            *error = QStringLiteral("%1: missing, unreadable or too large").arg(path);
            return false;
        }
        ChapterGuidance guidance;
        QString detail;
        if (!parseChapter(file.readAll(), info.id, language, &guidance, &detail)) {
            *error = QStringLiteral("%1: %2").arg(path, detail);
            return false;
        }
        m_chapters.at(std::size_t(chapterIndex(info.id))) = guidance;
    }
    m_loaded = true;
    return true;
}

bool GuidanceLibrary::matchesStructure(const GuidanceLibrary &other, QString *error) const
{
    for (const ChapterInfo &info : chapterInfos()) {
        const ChapterGuidance &a = chapter(info.id);
        const ChapterGuidance &b = other.chapter(info.id);
        auto fail = [&](const QString &what) {
            *error = QStringLiteral("%1: %2 differ between %3 and %4")
                         .arg(QLatin1String(info.key), what, m_language, other.m_language);
            return false;
        };
        if (a.tips.size() != b.tips.size() || a.tools.size() != b.tools.size() ||
            a.examples.size() != b.examples.size() || a.background.size() != b.background.size())
            return fail(QStringLiteral("tips, tools, examples or background"));
        if (a.links.size() != b.links.size())
            return fail(QStringLiteral("links"));
        for (int i = 0; i < a.links.size(); ++i) {
            if (a.links.at(i).url != b.links.at(i).url)
                return fail(QStringLiteral("link addresses"));
        }
        if (a.questions.size() != b.questions.size())
            return fail(QStringLiteral("questions"));
        for (int i = 0; i < a.questions.size(); ++i) {
            if (a.questions.at(i).key != b.questions.at(i).key)
                return fail(QStringLiteral("question keys"));
        }
        if (a.checklists.size() != b.checklists.size())
            return fail(QStringLiteral("checklists"));
        for (int c = 0; c < a.checklists.size(); ++c) {
            const Checklist &ca = a.checklists.at(c);
            const Checklist &cb = b.checklists.at(c);
            if (ca.key != cb.key || ca.items.size() != cb.items.size())
                return fail(QStringLiteral("checklist '%1'").arg(ca.key));
            for (int i = 0; i < ca.items.size(); ++i) {
                if (ca.items.at(i).key != cb.items.at(i).key)
                    return fail(QStringLiteral("items of checklist '%1'").arg(ca.key));
            }
        }
    }
    return true;
}

const ChapterGuidance &GuidanceLibrary::chapter(ChapterId id) const
{
    return m_chapters.at(std::size_t(chapterIndex(id)));
}

QString GuidanceLibrary::toMarkdown(ChapterId id) const
{
    const ChapterGuidance &g = chapter(id);
    QString text;
    text += QStringLiteral("### ") +
            QCoreApplication::translate("rk::GuidanceLibrary", "Waar gaat dit hoofdstuk over?") +
            QStringLiteral("\n\n") + g.purpose + QStringLiteral("\n\n");
    if (!g.background.isEmpty())
        text += QStringLiteral("### ") + QCoreApplication::translate("rk::GuidanceLibrary", "Goed om te weten") +
                QStringLiteral("\n\n") + g.background.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n");
    text += QStringLiteral("### ") + QCoreApplication::translate("rk::GuidanceLibrary", "Tips") +
            QStringLiteral("\n\n") + bulletList(g.tips) + QLatin1Char('\n');
    QStringList questions;
    for (const GuidanceQuestion &q : g.questions)
        questions.append(q.text);
    text += QStringLiteral("### ") + QCoreApplication::translate("rk::GuidanceLibrary", "Vragen om over na te denken") +
            QStringLiteral("\n\n") + bulletList(questions) + QLatin1Char('\n');
    text += QStringLiteral("### ") + QCoreApplication::translate("rk::GuidanceLibrary", "Hulpmiddelen") +
            QStringLiteral("\n\n") + bulletList(g.tools) + QLatin1Char('\n');
    text += QStringLiteral("### ") +
            QCoreApplication::translate("rk::GuidanceLibrary", "Zo deden andere gemeenten het") +
            QStringLiteral("\n\n") + bulletList(g.examples);
    if (!g.links.isEmpty()) {
        QStringList links;
        for (const GuidanceLink &link : g.links)
            links.append(QStringLiteral("[%1](%2): %3").arg(link.title, link.url, link.what));
        text += QStringLiteral("\n\n### ") + QCoreApplication::translate("rk::GuidanceLibrary", "Meer weten") +
                QStringLiteral("\n\n") + bulletList(links);
    }
    return text;
}

} // namespace rk
