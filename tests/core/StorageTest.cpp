// The small RAII layer over SQLite: statements, binding, transactions, errors.

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace rk;

TEST_CASE("Statements bind and read values of every kind", "[storage]")
{
    Database db;
    REQUIRE(db.open(QString(), Database::Mode::Memory));
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE t (s TEXT, i INTEGER, r REAL, n TEXT)")));
    Statement insert(db, QStringLiteral("INSERT INTO t VALUES (?1, ?2, ?3, ?4)"));
    insert.bind(1, QStringLiteral("één 'twee' \"drie\"")).bind(2, qint64(1) << 40).bind(3, 2.5).bindNull(4);
    REQUIRE(insert.exec());
    Statement select(db, QStringLiteral("SELECT s, i, r, n FROM t"));
    REQUIRE(select.next());
    CHECK(select.text(0) == QStringLiteral("één 'twee' \"drie\""));
    CHECK(select.integer(1) == (qint64(1) << 40));
    CHECK(select.real(2) == 2.5);
    CHECK(select.isNull(3));
    CHECK_FALSE(select.next());
    CHECK_FALSE(select.hasError());
}

TEST_CASE("A statement reused row after row binds each row's own text", "[storage]")
{
    Database db;
    REQUIRE(db.open(QString(), Database::Mode::Memory));
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE t (s TEXT CHECK (length(s) <= 20), k INTEGER)")));
    Statement insert(db, QStringLiteral("INSERT INTO t VALUES (?1, ?2)"));
    // Longer, then shorter, then empty, then with a NUL inside: each bind replaces the last
    // in the parameter's reused buffer.
    const QStringList texts = {QStringLiteral("een lange tekst"), QStringLiteral("kort"), QString(),
                               QStringLiteral("a") + QChar(0) + QStringLiteral("b"), QStringLiteral("ĳsvogel")};
    for (int i = 0; i < texts.size(); ++i) {
        insert.reset();
        insert.bind(1, texts.at(i)).bind(2, i);
        REQUIRE(insert.exec());
    }
    Statement select(db, QStringLiteral("SELECT s, length(CAST(s AS BLOB)) FROM t ORDER BY k"));
    for (const QString &text : texts) {
        REQUIRE(select.next());
        CHECK(select.text(0) == text);
        CHECK(select.integer(1) == text.toUtf8().size()); // the NUL and what follows it are kept
    }
    insert.reset();
    insert.bind(1, QString(21, QLatin1Char('x'))).bind(2, 9);
    CHECK_FALSE(insert.exec()); // the length check reads the bound text
}

TEST_CASE("A bad statement reports an error instead of failing silently", "[storage]")
{
    Database db;
    REQUIRE(db.open(QString(), Database::Mode::Memory));
    Statement bad(db, QStringLiteral("SELEKT nothing"));
    CHECK_FALSE(bad.isValid());
    CHECK(bad.hasError());
    CHECK_FALSE(db.errorMessage().isEmpty());
    CHECK_FALSE(bad.next());
    CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO missing VALUES (1)")));
}

TEST_CASE("A transaction rolls back unless committed", "[storage]")
{
    Database db;
    REQUIRE(db.open(QString(), Database::Mode::Memory));
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    {
        Transaction transaction(db);
        REQUIRE(transaction.isActive());
        REQUIRE(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    }
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM t")) == 0);
    {
        Transaction transaction(db);
        REQUIRE(db.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        REQUIRE(transaction.commit());
    }
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM t")) == 1);
}

TEST_CASE("Values over the length cap are refused once hardened", "[storage]")
{
    Database db;
    REQUIRE(db.open(QString(), Database::Mode::Memory));
    db.configureDefensive();
    CHECK(db.queryInt(QStringLiteral("SELECT length(zeroblob(1000))")) == 1000);
    Statement huge(db, QStringLiteral("SELECT zeroblob(10 * 1024 * 1024)"));
    CHECK_FALSE(huge.next());
    CHECK(huge.hasError());
}

TEST_CASE("Opening a missing file read-only fails with a code", "[storage]")
{
    Database db;
    CHECK_FALSE(db.open(QStringLiteral("/nonexistent/dir/x.routekaart"), Database::Mode::ReadOnly));
    CHECK(db.errorCode() != 0);
    CHECK_FALSE(db.isOpen());
}
