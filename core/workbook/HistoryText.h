#pragma once

#include "ProjectTypes.h"

#include <QStringList>

namespace rk {

class ProjectDocument;

// A line of the history in words a user reads (translated): when, who, where ("Plan van aanpak >
// Doelen: Samen eten"), what ("Titel", "Toegevoegd", "500 regels toegevoegd"), what it was, what
// it became (values as shown: dates, choices, the title a reference points to) and the step.
QStringList describeHistory(const ProjectDocument &document, const HistoryEntry &entry);
// What a period's lines (newest first) come to: per row and field the value at the start and at
// the end, a row added and removed again in the period left out, back-and-forth that ends where
// it began left out. Newest first.
QList<HistoryEntry> netChanges(const QList<HistoryEntry> &newestFirst);
// Whether the line is about a personal field (a contact person's name, e-mail, ...).
bool isPersonalHistory(const HistoryEntry &entry);

} // namespace rk
