#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rk {

// A zip of stored (uncompressed) entries, as ODF allows: the first entry, "mimetype", must be
// stored anyway, and the pictures are compressed already. zlib gives the checksums.
class StoredZip
{
public:
    void add(const QString &name, const QByteArray &data);
    // The whole archive; add nothing after.
    QByteArray finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc;
        quint32 size;
        quint32 offset;
    };
    QByteArray m_out;
    QList<Entry> m_entries;
};

} // namespace rk
