#include "RecordId.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <mutex>

namespace rk {

namespace {

void writeHex(char16_t *out, quint64 value, int digits)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char16_t(kDigits[value & 0xF]);
        value >>= 4;
    }
}

} // namespace

QString newRecordId()
{
    // RFC 9562, method 1: rand_a holds a counter that starts at a random value below
    // half its range each new millisecond, so that ids made within one millisecond still
    // sort in order; when it runs out, the time moves on by one millisecond.
    static std::mutex mutex;
    static qint64 lastMs = 0;
    static quint32 counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint32 sequence = 0;
    {
        const std::lock_guard lock(mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0xFFF) {
                ++ms;
                counter = QRandomGenerator::global()->bounded(0x800u);
            }
        } else {
            counter = QRandomGenerator::global()->bounded(0x800u);
        }
        lastMs = ms;
        sequence = counter;
    }
    const quint64 random = QRandomGenerator::global()->generate64();
    QString id(36, Qt::Uninitialized);
    auto *out = reinterpret_cast<char16_t *>(id.data());
    writeHex(out, quint64(ms) >> 16, 8);
    out[8] = u'-';
    writeHex(out + 9, quint64(ms) & 0xFFFF, 4);
    out[13] = u'-';
    writeHex(out + 14, 0x7000 | sequence, 4);
    out[18] = u'-';
    writeHex(out + 19, 0x8000 | ((random >> 48) & 0x3FFF), 4);
    out[23] = u'-';
    writeHex(out + 24, random & 0xFFFFFFFFFFFFull, 12);
    return id;
}

} // namespace rk
