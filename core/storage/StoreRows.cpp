#include "storage/StoreRows.h"

#include "storage/ProjectStore.h"
#include "storage/Statement.h"

#include <QVariant>

namespace rk {

int parametersPerRow(const TableSpec &spec)
{
    return 5 + int(spec.fields.size());
}

QString insertSql(const TableSpec &spec, int rows)
{
    const QString parentColumn = spec.hasParent() ? QLatin1String(spec.parentColumn) + QStringLiteral(", ") : QString();
    QStringList values;
    for (int r = 0; r < rows; ++r) {
        const int offset = r * parametersPerRow(spec);
        QStringList placeholders;
        for (int i : {1, 2, 3, 4})
            placeholders.append(QStringLiteral("?%1").arg(offset + i));
        if (spec.hasParent())
            placeholders.append(QStringLiteral("?%1").arg(offset + 5));
        for (int i = 0; i < int(spec.fields.size()); ++i)
            placeholders.append(QStringLiteral("?%1").arg(offset + i + 6));
        values.append(QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    return QStringLiteral("INSERT INTO %1 (id, position, created_at, updated_at, %2%3) VALUES %4")
        .arg(QLatin1String(spec.sqlName), parentColumn, ProjectStore::columnList(spec),
             values.join(QStringLiteral(", ")));
}

void bindValue(Statement &statement, int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        statement.bindNull(index);
    else if (value.typeId() == QMetaType::Double)
        statement.bind(index, value.toDouble());
    else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        statement.bind(index, value.toLongLong());
    else if (value.typeId() == QMetaType::QString)
        statement.bind(index, *static_cast<const QString *>(value.constData())); // not copied
    else
        statement.bind(index, value.toString());
}

void bindRecord(Statement &insert, const TableSpec &spec, const Record &record, int row, const QString &now, int offset)
{
    insert.bind(offset + 1, record.id).bind(offset + 2, row).bind(offset + 3, record.createdAt).bind(offset + 4, now);
    if (spec.hasParent())
        insert.bind(offset + 5, record.parentId);
    for (int i = 0; i < record.values.size(); ++i)
        bindValue(insert, offset + i + 6, record.values.at(i));
}

} // namespace rk
