// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fresh store with a journal, a manual clock and an AuthService with the cheapest Argon2id cost
// (the cost does not change what is tested; tst_passwordhasher checks the interactive cost).

#include "../store/storetesthelper.h"
#include "auth/authservice.h"
#include "core/clock.h"
#include "store/journal.h"

#include <memory>

namespace ioc::test {

struct AuthFixture {
    AuthFixture(AuthPolicy policy = {})
        : database(store.open())
        , clock(QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC))
        , journal(*database, clock)
        , auth(*database, journal, clock, policy, PasswordHasher(PasswordHasher::Cost::minimum()))
    {
    }

    // Provisions an account with a known password and returns its session by signing in.
    void add(const QString& login, Role role, const QString& password, const QStringList& areas = {})
    {
        NewAccount account;
        account.login = login;
        account.displayName = QStringLiteral("Người dùng ") + login;
        account.role = role;
        account.areas = areas;
        account.password = password;
        const Result<void> added = auth.provision({account}, QStringLiteral("test"));
        if (!added)
            qFatal("cannot provision %s: %s", qPrintable(login), qPrintable(added.errorMessage()));
    }

    QList<JournalEntry> journalOf(const QString& kindPrefix)
    {
        JournalQuery query;
        query.kindPrefix = kindPrefix;
        return journal.find(query).value();
    }

    FreshStore store;
    std::unique_ptr<Database> database;
    ManualClock clock;
    Journal journal;
    AuthService auth;
};

} // namespace ioc::test
