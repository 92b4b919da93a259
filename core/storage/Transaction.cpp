#include "Transaction.h"

#include "Database.h"

#include <sqlite3.h>

namespace rk {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_active = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec(QStringLiteral("COMMIT"))) {
        // A failed COMMIT (disk full, I/O error) may leave the transaction open.
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_db.handle() && !sqlite3_get_autocommit(m_db.handle())) {
        // Keep the error that caused the rollback, not the rollback's own status.
        const int code = m_db.errorCode();
        const QString message = m_db.errorMessage();
        m_db.exec(QStringLiteral("ROLLBACK"));
        m_db.setError(code, message);
    }
}

} // namespace rk
