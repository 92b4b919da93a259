#pragma once

#include "core/Chapter.h"

#include <QSet>
#include <QString>

namespace rk {

// What goes into a report.
struct ReportOptions
{
    enum class Kind
    {
        Short,
        Full
    };

    Kind kind = Kind::Short;
    QSet<ChapterId> leftOut; // chapters the user left out
    QString introduction;    // plain text, may be empty
    QString logoPath;        // may be empty
    // Contact persons of partner organisations are personal data: a report (often a public
    // council document) leaves them out unless asked.
    bool includePersonalData = false;

    bool includes(ChapterId chapter) const { return !leftOut.contains(chapter); }
};

} // namespace rk
