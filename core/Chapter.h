#pragma once

#include <QString>

#include <array>
#include <optional>

namespace rk {

// The nine chapters of the routekaart, in their fixed order. The key is what the
// project file stores; it never changes, whatever the UI language.
enum class ChapterId
{
    Verkenning,
    PlanVanAanpak,
    Commitment,
    SterkNetwerk,
    MonitorenEvalueren,
    Bewustwording,
    Preventie,
    SignalerenBespreken,
    OndersteunenActiveren,
};

enum class ChapterPart
{
    Organise,
    Act
};

enum class ChapterStatus
{
    NotStarted = 0,
    InProgress = 1,
    Done = 2
};

constexpr int kChapterCount = 9;

struct ChapterInfo
{
    ChapterId id;
    const char *key;
    ChapterPart part;
    int number;        // 1..9 as shown to the user
    const char *title; // untranslated source text, see chapterTitle()
};

const std::array<ChapterInfo, kChapterCount> &chapterInfos();
const ChapterInfo &chapterInfo(ChapterId id);
std::optional<ChapterId> chapterFromKey(const QString &key);
int chapterIndex(ChapterId id);

QString chapterTitle(ChapterId id);
QString chapterPartTitle(ChapterPart part);
QString chapterStatusName(ChapterStatus status);
std::optional<ChapterStatus> chapterStatusFromInt(qint64 value);

} // namespace rk
