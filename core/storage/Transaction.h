#pragma once

namespace rk {

class Database;

// Scoped write transaction (BEGIN IMMEDIATE). Rolls back unless commit() succeeded,
// so an early return or a failed statement leaves the file as it was.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace rk
