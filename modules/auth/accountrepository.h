// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/account.h"
#include "core/result.h"

#include <optional>

namespace ioc {

class Database;

// The accounts table. Every statement binds its values (no SQL is built from input). Writes are not
// journaled here: AuthService journals every change it makes.
class AccountRepository {
public:
    explicit AccountRepository(Database& database) : m_database(database) {}

    Result<std::optional<Account>> get(const QString& login);
    Result<QList<Account>> all();
    Result<qint64> count();
    Result<void> insert(const Account& account);
    // Writes everything but login and created_at.
    Result<void> update(const Account& account);
    Result<void> setSignInState(const QString& login, int failedSignIns, const QDateTime& lockedUntil);

private:
    Database& m_database;
};

} // namespace ioc
