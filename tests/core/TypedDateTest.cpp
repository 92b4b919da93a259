// Dates are typed as people type them, in either language, and what cannot be read is
// told apart from an empty date.

#include "text/TypedDate.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace rk;

TEST_CASE("Dates typed in every accepted form are read", "[date]")
{
    const QDate today(2026, 12, 2);
    const QDate expected(2028, 12, 31);
    for (const char *typed : {"31-12-2028", "31-12-28", "31/12/2028", "31.12.2028", "31122028", "311228",
                              "2028-12-31", " 31-12-2028 "}) {
        INFO(typed);
        const text::TypedDate date = text::parseTypedDate(QString::fromLatin1(typed), today);
        CHECK(date.ok);
        CHECK_FALSE(date.empty);
        CHECK(date.date == expected);
    }
    CHECK(text::parseTypedDate(QStringLiteral("1-2-2027"), today).date == QDate(2027, 2, 1));
    CHECK(text::parseTypedDate(QStringLiteral("vandaag"), today).date == today);
    CHECK(text::parseTypedDate(QStringLiteral("Today"), today).date == today);
    const text::TypedDate empty = text::parseTypedDate(QStringLiteral("  "), today);
    CHECK(empty.ok);
    CHECK(empty.empty);
}

TEST_CASE("What is not a date is refused, never guessed", "[date]")
{
    for (const char *typed : {"31-02-2028", "32-12-2028", "(leeg)1122028", "morgen misschien", "12-2028", "2028",
                              "31-13-2028", "1122028"}) {
        INFO(typed);
        const text::TypedDate date = text::parseTypedDate(QString::fromLatin1(typed));
        CHECK_FALSE(date.ok);
        CHECK_FALSE(date.empty);
    }
}

TEST_CASE("The editor shows a date as the table does, in both languages", "[date]")
{
    const QLocale saved;
    const QDate date(2028, 12, 31);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    CHECK(text::dateForEditing(date) == QLatin1String("31-12-2028"));
    CHECK(text::parseTypedDate(text::dateForEditing(date)).date == date);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(text::dateForEditing(date) == QLatin1String("31/12/2028"));
    CHECK(text::parseTypedDate(text::dateForEditing(date)).date == date);
    CHECK(text::parseTypedDate(QStringLiteral("31-12-2028")).date == date);
    QLocale::setDefault(saved);
}
