#pragma once

#include "records/RecordTables.h"

#include <QList>

namespace rk {

// Changes to several tables that belong together (an import that adds indicators with
// their measurements and updates what was there): written in one transaction and undone
// as one step.
//
// Applying moves the rows of `appends` into the document (each list is left empty, its
// count kept) and swaps each write's value with the value it replaced; reverting takes the
// rows back out and swaps the values again. The same object is thus its own undo.
struct RecordChanges
{
    struct Append
    {
        TableId table;
        QList<Record> records; // appended in order; a parent's rows before its children's
        int count = 0;         // how many are in the document while applied
    };
    struct Write
    {
        TableId table;
        QString recordId;
        int field = 0;
        QVariant value;
    };
    QList<Append> appends;
    QList<Write> writes;

    bool isEmpty() const
    {
        for (const Append &append : appends) {
            if (!append.records.isEmpty() || append.count > 0)
                return false;
        }
        return writes.isEmpty();
    }
};

} // namespace rk
