#include "Statement.h"

#include "Database.h"

#include <sqlite3.h>

#include <cstring>

namespace rk {

Statement::Statement(Database &db, const QString &sql)
    : m_db(db)
{
    if (!db.handle()) {
        m_failed = true;
        db.setError(SQLITE_MISUSE, QStringLiteral("database is not open"));
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(db.handle(), utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_failed = true;
        db.takeErrorFromHandle();
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    m_bound.resize(std::size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stmt && index > 0 && std::size_t(index) < m_bound.size()) {
        // Each parameter has a buffer of its own that is reused from row to row, and the
        // statement keeps it until the next bind of that parameter, so SQLite need not copy
        // the text (a bulk insert binds eight texts per row). A length of -1 tells SQLite the
        // text ends in a NUL, so the tables' length() checks read it in place; text with a
        // NUL inside is given its length instead.
        //
        // The same text bound again (the same shared string: the parent, the times, a source
        // on every row of an import, an empty note) is not converted again, and not bound
        // again while SQLite still holds it. Only strings that own their data count, since
        // only those cannot change while held here.
        Bound &bound = m_bound[std::size_t(index)];
        const bool same = (value.isEmpty() && bound.given.isEmpty()) ||
                          (value.data_ptr().isMutable() && value.constData() == bound.given.constData() &&
                           value.size() == bound.given.size());
        if (same && bound.textInPlace)
            return *this;
        if (!same) {
            bound.utf8.resize(m_encoder.requiredSpace(value.size()));
            char *end = m_encoder.appendToBuffer(bound.utf8.data(), value);
            bound.utf8.resize(end - bound.utf8.constData());
            const bool innerNul = std::memchr(bound.utf8.constData(), 0, std::size_t(bound.utf8.size())) != nullptr;
            bound.length = innerNul ? int(bound.utf8.size()) : -1;
            bound.given = value;
        }
        sqlite3_bind_text(m_stmt, index, bound.utf8.constData(), bound.length, SQLITE_STATIC);
        bound.textInPlace = true;
        bound.nullInPlace = false;
    }
    return *this;
}

Statement::Bound *Statement::boundOther(int index)
{
    if (!m_stmt || index <= 0 || std::size_t(index) >= m_bound.size())
        return nullptr;
    Bound &bound = m_bound[std::size_t(index)];
    bound.textInPlace = false;
    bound.nullInPlace = false;
    return &bound;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (boundOther(index))
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (boundOther(index))
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt && index > 0 && std::size_t(index) < m_bound.size() && m_bound[std::size_t(index)].nullInPlace)
        return *this;
    if (Bound *bound = boundOther(index)) {
        sqlite3_bind_null(m_stmt, index);
        bound->nullInPlace = true;
    }
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (value.isEmpty())
        return bindNull(index);
    if (boundOther(index))
        sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_db.takeErrorFromHandle();
    }
    return false;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    while (next()) {
    }
    return !m_failed;
}

void Statement::reset(Bindings bindings)
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        if (bindings == Bindings::Clear) {
            sqlite3_clear_bindings(m_stmt);
            for (Bound &bound : m_bound) {
                bound.textInPlace = false;
                bound.nullInPlace = true;
            }
        }
    }
    m_failed = !m_stmt;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool Statement::isNumber(int column) const
{
    if (!m_stmt)
        return false;
    const int type = sqlite3_column_type(m_stmt, column);
    return type == SQLITE_INTEGER || type == SQLITE_FLOAT;
}

bool Statement::isInteger(int column) const
{
    return m_stmt && sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

bool Statement::isText(int column) const
{
    return m_stmt && sqlite3_column_type(m_stmt, column) == SQLITE_TEXT;
}

bool Statement::isBlob(int column) const
{
    return m_stmt && sqlite3_column_type(m_stmt, column) == SQLITE_BLOB;
}

QByteArray Statement::blob(int column) const
{
    if (!m_stmt)
        return {};
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

QString Statement::text(int column) const
{
    if (!m_stmt)
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

qint64 Statement::integer(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

double Statement::real(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

} // namespace rk
