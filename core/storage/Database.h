#pragma once

#include <QDeadlineTimer>
#include <QString>

#include <memory>

struct sqlite3;

namespace rk {

// Owns one SQLite connection. Move-only; closes the handle on destruction.
// Errors are kept as SQLite's (extended) result code plus its technical message;
// callers turn them into user-facing text.
class Database
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create,
        Memory
    };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    bool open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const;
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    // Hardening for files that arrive from elsewhere: defensive mode, untrusted schema,
    // triggers and views switched off, cell size checks, a cap on the size of any single
    // value, a hard limit on SQLite's heap, and a progress handler that stops any statement
    // once the time budget (setTimeBudget) has run out.
    void configureDefensive();
    // Every statement on this connection stops with SQLITE_INTERRUPT after `ms` milliseconds
    // from now (until the next call); a negative value removes the budget.
    void setTimeBudget(qint64 ms);

    // Runs one or more statements that return no rows we need (DDL, pragmas).
    bool exec(const QString &sql);
    // Runs a single-value query such as "PRAGMA user_version"; returns fallback on error.
    qint64 queryInt(const QString &sql, qint64 fallback = -1);
    QString queryText(const QString &sql);

    // Writes a compact, complete single-file copy of the database (VACUUM INTO).
    bool vacuumInto(const QString &targetPath);

    int errorCode() const { return m_errorCode; }
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    QString errorMessage() const { return m_errorMessage; }
    bool isDiskFull() const;
    // A statement was stopped by the time budget or SQLite's heap limit.
    bool wasOverBudget() const;
    void setError(int code, const QString &message);
    void takeErrorFromHandle();

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_errorCode = 0;
    QString m_errorMessage;
    // Heap-allocated so that the progress handler's pointer survives a move of Database.
    std::unique_ptr<QDeadlineTimer> m_deadline = std::make_unique<QDeadlineTimer>(QDeadlineTimer::Forever);
};

} // namespace rk
