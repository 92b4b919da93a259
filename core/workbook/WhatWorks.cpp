#include "WhatWorks.h"

#include "ProjectDocument.h"

namespace rk {

namespace {
QList<int> indexesOf(ChoiceList list, const QString &keys)
{
    QList<int> result;
    const QStringList selected = keys.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const std::vector<Choice> &all = choices(list);
    for (int i = 0; i < int(all.size()); ++i) {
        if (selected.contains(QLatin1String(all.at(std::size_t(i)).key)))
            result.append(i);
    }
    return result;
}
} // namespace

QList<int> WhatWorksCoverage::thinElements() const
{
    QList<int> thin;
    for (int e = 0; e < byElement.size(); ++e) {
        if (byElement.at(e).size() <= kThin)
            thin.append(e);
    }
    return thin;
}

QList<int> WhatWorksCoverage::thinLevels() const
{
    QList<int> thin;
    for (int l = 0; l < byLevel.size(); ++l) {
        if (byLevel.at(l).size() <= kThin)
            thin.append(l);
    }
    return thin;
}

WhatWorksCoverage whatWorksCoverage(const ProjectDocument &document)
{
    const int elements = int(choices(ChoiceList::EffectiveElement).size());
    const int levels = int(choices(ChoiceList::PreventionLevel).size());
    WhatWorksCoverage coverage;
    coverage.cells = QList<QList<QList<WhatWorksCoverage::Item>>>(elements,
                                                                  QList<QList<WhatWorksCoverage::Item>>(levels));
    coverage.byElement = QList<QList<WhatWorksCoverage::Item>>(elements);
    coverage.byLevel = QList<QList<WhatWorksCoverage::Item>>(levels);
    const auto add = [&](TableId table, const Record &row, const QString &title, const QString &elementKeys,
                         const QString &levelKeys) {
        const QList<int> e = indexesOf(ChoiceList::EffectiveElement, elementKeys);
        const QList<int> l = indexesOf(ChoiceList::PreventionLevel, levelKeys);
        if (e.isEmpty())
            ++coverage.untagged; // still counted by its level below
        if (e.isEmpty() && l.isEmpty())
            return;
        const WhatWorksCoverage::Item item{table, row.id, title};
        for (int element : e)
            coverage.byElement[element].append(item);
        for (int level : l)
            coverage.byLevel[level].append(item);
        for (int element : e) {
            for (int level : l)
                coverage.cells[element][level].append(item);
        }
    };
    for (const Record &offer : document.records(TableId::Offer))
        add(TableId::Offer, offer, field(offer, OfferField::Activity).toString(),
            field(offer, OfferField::Elements).toString(), field(offer, OfferField::Levels).toString());
    for (const Record &activity : document.records(TableId::Activity)) {
        const std::optional<ActivityStatus> status = choiceOf<ActivityStatus>(field(activity, ActivityField::Status));
        if (status == ActivityStatus::Done || status == ActivityStatus::Stopped)
            continue;
        add(TableId::Activity, activity, field(activity, ActivityField::Title).toString(),
            field(activity, ActivityField::Elements).toString(), field(activity, ActivityField::Levels).toString());
    }
    return coverage;
}

} // namespace rk
