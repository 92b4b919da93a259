#include "StoredZip.h"

#include <zlib.h>

namespace rk {

namespace {
void le16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
}

void le32(QByteArray &out, quint32 v)
{
    le16(out, quint16(v & 0xffff));
    le16(out, quint16(v >> 16));
}
} // namespace

void StoredZip::add(const QString &name, const QByteArray &data)
{
    const QByteArray path = name.toUtf8();
    const quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    Entry entry{path, crc, quint32(data.size()), quint32(m_out.size())};
    le32(m_out, 0x04034b50);
    le16(m_out, 20); // version needed
    le16(m_out, 0x0800); // names in UTF-8
    le16(m_out, 0); // stored
    le16(m_out, 0); // time
    le16(m_out, 0x21); // date: 1980-01-01
    le32(m_out, crc);
    le32(m_out, entry.size);
    le32(m_out, entry.size);
    le16(m_out, quint16(path.size()));
    le16(m_out, 0);
    m_out.append(path);
    m_out.append(data);
    m_entries.append(entry);
}

QByteArray StoredZip::finish()
{
    const quint32 directory = quint32(m_out.size());
    for (const Entry &entry : std::as_const(m_entries)) {
        le32(m_out, 0x02014b50);
        le16(m_out, 20);
        le16(m_out, 20);
        le16(m_out, 0x0800);
        le16(m_out, 0);
        le16(m_out, 0);
        le16(m_out, 0x21);
        le32(m_out, entry.crc);
        le32(m_out, entry.size);
        le32(m_out, entry.size);
        le16(m_out, quint16(entry.name.size()));
        le16(m_out, 0); // extra
        le16(m_out, 0); // comment
        le16(m_out, 0); // disk
        le16(m_out, 0); // internal attributes
        le32(m_out, 0); // external attributes
        le32(m_out, entry.offset);
        m_out.append(entry.name);
    }
    const quint32 size = quint32(m_out.size()) - directory;
    le32(m_out, 0x06054b50);
    le16(m_out, 0);
    le16(m_out, 0);
    le16(m_out, quint16(m_entries.size()));
    le16(m_out, quint16(m_entries.size()));
    le32(m_out, size);
    le32(m_out, directory);
    le16(m_out, 0);
    return m_out;
}

} // namespace rk
