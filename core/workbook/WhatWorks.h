#pragma once

#include "records/Fields.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rk {

class ProjectDocument;

// Which effective elements and levels of prevention the local offer and the plan's activities
// cover: for each element and level, the offers and activities tagged with both. Finished and
// stopped activities are left out: they no longer serve anyone; planned ones count.
struct WhatWorksCoverage
{
    struct Item
    {
        TableId table;
        QString id;
        QString title;
    };
    // cells[element][level]: the items tagged with that element and that level.
    QList<QList<QList<Item>>> cells;
    QList<QList<Item>> byElement; // tagged with the element, whatever the level
    QList<QList<Item>> byLevel;
    int untagged = 0; // offers and current activities with no effective element

    // "Thin": at most one offer or activity brings it in.
    static constexpr int kThin = 1;
    QList<int> thinElements() const;
    QList<int> thinLevels() const;
};

WhatWorksCoverage whatWorksCoverage(const ProjectDocument &document);

} // namespace rk
