#include "ChecklistEntryCommand.h"

#include <QCoreApplication>

namespace rk {

std::optional<ChecklistEntry> ChecklistEntryField::read(const ProjectDocument &document, const Key &key)
{
    return document.checklistEntry(key.chapter, key.itemKey);
}

bool ChecklistEntryField::write(ProjectDocument &document, const Key &key, const Value &entry)
{
    return document.writeChecklistEntry(key.chapter, key.itemKey, entry);
}

QString ChecklistEntryField::text(const Key &key, const Value &)
{
    return QCoreApplication::translate("rk::ChecklistEntryCommand", "Checklist bij %1 invullen")
        .arg(chapterTitle(key.chapter));
}

} // namespace rk
