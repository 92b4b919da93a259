#pragma once

#include "WorkbookLocation.h"

#include <QList>

namespace rk {

class GuidanceLibrary;
class ProjectDocument;

struct SearchHit
{
    WorkbookLocation location;
    QString where;   // translated: "Verkenning - Notities", "Preventie - Levensgebeurtenissen"
    QString snippet; // the matched text with some context, plain text
};

// Finds text in notes, answers, checklist comments and chapter tables. Matching ignores
// case and accents ("een" finds "één").
QList<SearchHit> searchProject(const ProjectDocument &document, const GuidanceLibrary &guidance, const QString &needle,
                               int limit = 500);

// Case- and accent-folded text, with for each folded character its index in the original.
QString foldForSearch(const QString &text, QList<int> *origin = nullptr);

} // namespace rk
