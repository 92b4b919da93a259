#include "Chapter.h"

#include <QCoreApplication>

namespace rk {

namespace {
const char *const kContext = "rk::Chapter";

const std::array<ChapterInfo, kChapterCount> kChapters = {{
    {ChapterId::Verkenning, "verkenning", ChapterPart::Organise, 1, QT_TRANSLATE_NOOP("rk::Chapter", "Verkenning")},
    {ChapterId::PlanVanAanpak, "plan_van_aanpak", ChapterPart::Organise, 2,
     QT_TRANSLATE_NOOP("rk::Chapter", "Plan van aanpak")},
    {ChapterId::Commitment, "commitment", ChapterPart::Organise, 3, QT_TRANSLATE_NOOP("rk::Chapter", "Commitment")},
    {ChapterId::SterkNetwerk, "sterk_netwerk", ChapterPart::Organise, 4,
     QT_TRANSLATE_NOOP("rk::Chapter", "Sterk netwerk")},
    {ChapterId::MonitorenEvalueren, "monitoren_evalueren", ChapterPart::Organise, 5,
     QT_TRANSLATE_NOOP("rk::Chapter", "Monitoren en evalueren")},
    {ChapterId::Bewustwording, "bewustwording", ChapterPart::Act, 6,
     QT_TRANSLATE_NOOP("rk::Chapter", "Bewustwordingscampagne")},
    {ChapterId::Preventie, "preventie", ChapterPart::Act, 7, QT_TRANSLATE_NOOP("rk::Chapter", "Preventie")},
    {ChapterId::SignalerenBespreken, "signaleren_bespreken", ChapterPart::Act, 8,
     QT_TRANSLATE_NOOP("rk::Chapter", "Signaleren en bespreken")},
    {ChapterId::OndersteunenActiveren, "ondersteunen_activeren", ChapterPart::Act, 9,
     QT_TRANSLATE_NOOP("rk::Chapter", "Ondersteunen en activeren")},
}};
} // namespace

const std::array<ChapterInfo, kChapterCount> &chapterInfos()
{
    return kChapters;
}

int chapterIndex(ChapterId id)
{
    return static_cast<int>(id);
}

const ChapterInfo &chapterInfo(ChapterId id)
{
    return kChapters.at(std::size_t(chapterIndex(id)));
}

std::optional<ChapterId> chapterFromKey(const QString &key)
{
    for (const ChapterInfo &info : kChapters) {
        if (key == QLatin1String(info.key))
            return info.id;
    }
    return std::nullopt;
}

QString chapterTitle(ChapterId id)
{
    return QCoreApplication::translate(kContext, chapterInfo(id).title);
}

QString chapterPartTitle(ChapterPart part)
{
    switch (part) {
    case ChapterPart::Organise:
        return QCoreApplication::translate("rk::Chapter", "Deel A: Hoe organiseert u dat?");
    case ChapterPart::Act:
        return QCoreApplication::translate("rk::Chapter", "Deel B: Wat kunt u doen?");
    }
    return {};
}

QString chapterStatusName(ChapterStatus status)
{
    switch (status) {
    case ChapterStatus::NotStarted:
        return QCoreApplication::translate("rk::Chapter", "Niet gestart");
    case ChapterStatus::InProgress:
        return QCoreApplication::translate("rk::Chapter", "Bezig");
    case ChapterStatus::Done:
        return QCoreApplication::translate("rk::Chapter", "Afgerond");
    }
    return {};
}

std::optional<ChapterStatus> chapterStatusFromInt(qint64 value)
{
    if (value < 0 || value > 2)
        return std::nullopt;
    return static_cast<ChapterStatus>(value);
}

} // namespace rk
