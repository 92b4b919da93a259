#include "Database.h"

#include "Statement.h"

#include <sqlite3.h>

#include <utility>

namespace rk {

namespace {
// Larger than any text field we allow (200,000 characters in UTF-8), far below memory trouble.
constexpr int kMaxValueBytes = 4 * 1024 * 1024;
// SQLite's own memory, for every connection of the process together: far above what the
// largest project needs (a few tens of MB), far below what would trouble a laptop.
constexpr sqlite3_int64 kHeapLimitBytes = 1024LL * 1024 * 1024;
// How many virtual machine steps pass between two looks at the clock.
constexpr int kProgressSteps = 10000;

int stopWhenOverBudget(void *deadline)
{
    return static_cast<const QDeadlineTimer *>(deadline)->hasExpired() ? 1 : 0;
}
} // namespace

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_errorCode(other.m_errorCode)
    , m_errorMessage(std::move(other.m_errorMessage))
    , m_deadline(std::exchange(other.m_deadline, std::make_unique<QDeadlineTimer>(QDeadlineTimer::Forever)))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_errorCode = other.m_errorCode;
        m_errorMessage = std::move(other.m_errorMessage);
        std::swap(m_deadline, other.m_deadline);
    }
    return *this;
}

bool Database::open(const QString &path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOFOLLOW;
    QByteArray name = path.toUtf8();
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::Memory:
        flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY | SQLITE_OPEN_EXRESCODE;
        name = QByteArrayLiteral(":memory:");
        break;
    }
    // One thread at a time uses a connection (a bulk append hands it to its writer thread
    // and waits): SQLite need not lock it on every call (decision 120).
    flags |= SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setError(rc, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    m_path = path;
    m_errorCode = 0;
    m_errorMessage.clear();
    return true;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::configureDefensive()
{
    if (!m_db)
        return;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    // Our format has neither: whatever a received file brings of them never runs.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_hard_heap_limit64(kHeapLimitBytes);
    sqlite3_progress_handler(m_db, kProgressSteps, &stopWhenOverBudget, m_deadline.get());
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, 1 << 20);
    sqlite3_busy_timeout(m_db, 2000);
    exec(QStringLiteral("PRAGMA cell_size_check = ON"));
    // SQLite's own scratch data (the statement journal that lets one statement of many
    // rows be undone, sorts, VACUUM) stays in memory: none of a project's contents is written
    // to a temporary file elsewhere, and a bulk insert does not write each page it touches
    // twice more (decision 118).
    exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

void Database::setTimeBudget(qint64 ms)
{
    *m_deadline = ms < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(ms);
}

bool Database::wasOverBudget() const
{
    const int code = m_errorCode & 0xff;
    return code == SQLITE_INTERRUPT || code == SQLITE_NOMEM;
}

bool Database::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

bool Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        setError(sqlite3_extended_errcode(m_db), QString::fromUtf8(message ? message : sqlite3_errstr(rc)));
        sqlite3_free(message);
        return false;
    }
    return true;
}

qint64 Database::queryInt(const QString &sql, qint64 fallback)
{
    Statement query(*this, sql);
    if (!query.next())
        return fallback;
    return query.integer(0);
}

QString Database::queryText(const QString &sql)
{
    Statement query(*this, sql);
    if (!query.next())
        return {};
    return query.text(0);
}

bool Database::vacuumInto(const QString &targetPath)
{
    Statement query(*this, QStringLiteral("VACUUM INTO ?1"));
    query.bind(1, targetPath);
    return query.exec();
}

bool Database::isDiskFull() const
{
    return (m_errorCode & 0xff) == SQLITE_FULL;
}

void Database::setError(int code, const QString &message)
{
    m_errorCode = code;
    m_errorMessage = message;
}

void Database::takeErrorFromHandle()
{
    if (m_db)
        setError(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

} // namespace rk
