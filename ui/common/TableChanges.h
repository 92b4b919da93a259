#pragma once

#include "core/ProjectDocument.h"

#include <QObject>

namespace rk {

// Calls `changed(table)` whenever a row of `document` is added, removed or changed, or a whole
// table is replaced (an import, an undo of one), for as long as `receiver` lives. Views that
// show a few tables filter on the table and rebuild.
template<typename Changed>
void onTableChanges(ProjectDocument *document, QObject *receiver, Changed changed)
{
    QObject::connect(document, &ProjectDocument::recordInserted, receiver, changed);
    QObject::connect(document, &ProjectDocument::recordRemoved, receiver, changed);
    QObject::connect(document, &ProjectDocument::recordChanged, receiver, changed);
    QObject::connect(document, &ProjectDocument::tableReset, receiver, changed);
}

} // namespace rk
