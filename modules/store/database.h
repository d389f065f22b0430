// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace ioc {

// One connection to the store: an SQLite file by default (WAL, foreign keys on, busy timeout), or
// PostgreSQL when a centre has several consoles. Opening applies the shipped migrations and refuses a
// database whose schema is newer than this program.
//
// Thread: Qt Sql connections belong to the thread that opened them. A Database is used only on the
// thread that opened it; another thread opens its own Database on the same URL.
class Database {
public:
    enum class Backend { Sqlite, Postgres };

    // url: a file path, "sqlite:PATH", "sqlite::memory:" (tests), or postgresql://user[:password]@host[:port]/db.
    // The error names the database (password removed) and what went wrong.
    static Result<std::unique_ptr<Database>> open(const QString& url);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    QString displayName() const { return m_displayName; } // safe to log: no password
    QSqlDatabase& connection() { return m_connection; }

    int schemaVersion();
    static int latestSchemaVersion();

    // Runs fn inside one transaction; commits when it succeeds, rolls back when it fails. Called
    // inside fn, it joins the outer transaction (the outer call commits or rolls back all of it).
    Result<void> transaction(const std::function<Result<void>()>& fn);

    // Formats a failed query's error with the database name, for messages.
    QString describeError(const QString& what, const QSqlError& error) const;

private:
    Database(Backend backend, QString connectionName, QString displayName);
    Result<void> configure();
    Result<void> migrate();

    Backend m_backend;
    QString m_connectionName;
    QString m_displayName;
    QSqlDatabase m_connection;
    int m_transactionDepth = 0;
};

// Epoch milliseconds (UTC) as stored; an invalid QDateTime is stored as NULL.
QVariant toStoredTime(const QDateTime& time);
QDateTime fromStoredTime(const QVariant& value);

} // namespace ioc
