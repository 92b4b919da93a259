#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

#include <vector>

struct sqlite3_stmt;

namespace rk {

class Database;

// One prepared statement. Binding is by 1-based index; reading is by 0-based column.
// A failed prepare or step records the error on the owning Database.
class Statement
{
public:
    Statement(Database &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    // Bytes as a blob (copied by SQLite); an empty array binds NULL.
    Statement &bindBlob(int index, const QByteArray &value);

    // Steps once; true when a row is available. On error returns false and hasError() is true.
    bool next();
    // Steps to completion; true when the statement ran without error.
    bool exec();
    // Ready to run again, with every parameter NULL; or with the bindings kept, for a
    // statement run many times that binds every parameter each time (a bulk insert): then
    // binding the same text, or NULL, again costs nothing.
    enum class Bindings { Clear, Keep };
    void reset(Bindings bindings = Bindings::Clear);
    bool hasError() const { return m_failed; }

    int columnCount() const;
    bool isNull(int column) const;
    // Whether the stored value is a number (INTEGER or REAL), as opposed to text or a blob.
    bool isNumber(int column) const;
    // Whether the stored value is a whole number (INTEGER).
    bool isInteger(int column) const;
    // Whether the stored value is text.
    bool isText(int column) const;
    QString text(int column) const;
    // Whether the stored value is a blob.
    bool isBlob(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    // What each parameter is bound to: the last text, as given and as UTF-8 (see bind()),
    // and whether SQLite holds that text, or NULL, now.
    struct Bound
    {
        QString given;
        QByteArray utf8;
        int length = -1; // for SQLite: -1 when the text ends at its NUL, else its byte length
        bool textInPlace = false;
        bool nullInPlace = true;
    };
    // The parameter's entry, or nullptr when there is no such parameter; marks it as about
    // to hold something else than its text or NULL.
    Bound *boundOther(int index);
    std::vector<Bound> m_bound; // by parameter index
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace rk
