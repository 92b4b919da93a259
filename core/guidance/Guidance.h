#pragma once

#include "Chapter.h"

#include <QList>
#include <QStringList>

#include <array>
#include <memory>

namespace rk {

// The routekaart guidance of one chapter in one language, as shipped in
// resources/guidance/<language>/<chapter>.json. Keys are stable across languages and
// versions; project files store answers by key.
struct GuidanceQuestion
{
    QString key;
    QString text;
};

struct ChecklistItem
{
    QString key;
    QString text;
};

struct Checklist
{
    QString key;
    QString title;
    QList<ChecklistItem> items;
};

// A public source worth knowing, opened in the user's browser (https addresses only).
struct GuidanceLink
{
    QString title;
    QString url;
    QString what; // one sentence: what the user finds there
};

struct ChapterGuidance
{
    ChapterId chapter = ChapterId::Verkenning;
    QString purpose;
    QStringList background; // "Goed om te weten": facts of the field, paragraph by paragraph
    QList<GuidanceLink> links;
    QStringList tips;
    QStringList tools;
    QStringList examples;
    QList<GuidanceQuestion> questions;
    QList<Checklist> checklists;

    int checklistItemCount() const;
    const GuidanceQuestion *question(const QString &key) const;
    const ChecklistItem *checklistItem(const QString &key) const;
};

// All nine chapters of one language. Loaded from the embedded data files; a file that is
// missing or malformed is an error (the tests load and validate every file).
class GuidanceLibrary
{
public:
    // The library for "nl" or "en", loaded once from the embedded resources.
    static const GuidanceLibrary &forLanguage(const QString &language);
    // The library of the UI language (the default QLocale the app set at start).
    static const GuidanceLibrary &forUiLanguage();

    // Loads from a folder holding <chapter>.json files; false with a reason on any problem.
    bool loadFromDirectory(const QString &directory, const QString &language, QString *error);
    // Checks that another language holds exactly the same chapters, questions and items.
    bool matchesStructure(const GuidanceLibrary &other, QString *error) const;

    bool isLoaded() const { return m_loaded; }
    QString language() const { return m_language; }
    const ChapterGuidance &chapter(ChapterId id) const;

    // The guidance as Markdown, for the panel beside the workbook and for reports.
    QString toMarkdown(ChapterId id) const;

private:
    std::array<ChapterGuidance, kChapterCount> m_chapters;
    QString m_language;
    bool m_loaded = false;
};

// Where the embedded guidance lives (":/guidance/<language>").
QString embeddedGuidanceDirectory(const QString &language);

} // namespace rk
