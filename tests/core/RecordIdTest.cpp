// Keys of new records: the form of a UUID (version 7), unique, and in the order made.

#include "records/RecordId.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <future>

using namespace rk;

TEST_CASE("New record keys are time-ordered UUIDs", "[records]")
{
    static const QRegularExpression form(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QStringList ids;
    for (int i = 0; i < 20000; ++i) // more than one millisecond's counter can hold
        ids.append(newRecordId());
    for (const QString &id : std::as_const(ids))
        REQUIRE(form.match(id).hasMatch());
    for (int i = 1; i < ids.size(); ++i)
        REQUIRE(ids.at(i - 1) < ids.at(i));
    // The first twelve digits are the time in milliseconds.
    const QString first = ids.constFirst();
    const qint64 ms = first.left(8).toLongLong(nullptr, 16) << 16 | first.mid(9, 4).toLongLong(nullptr, 16);
    CHECK(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60000);
}

TEST_CASE("Record keys made on several threads at once are all different", "[records]")
{
    auto make = [] {
        QStringList ids;
        for (int i = 0; i < 5000; ++i)
            ids.append(newRecordId());
        return ids;
    };
    auto a = std::async(std::launch::async, make);
    auto b = std::async(std::launch::async, make);
    const QStringList all = a.get() + b.get();
    CHECK(QSet<QString>(all.cbegin(), all.cend()).size() == all.size());
}
