// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/capability.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ioc {

class AuthService;
class Clock;
class Database;

// The administrator's account screen: every account (never its password hash) and the changes the
// screen makes. Reading and every change need ManageAccounts in the console's session, checked in
// C++ (AuthService::authorize and the AuthService calls, which journal them), not in QML.
// Without it the list is empty and `error` says why. The list follows AuthService::accountsChanged;
// a new session starts empty (and is loaded at once when it may manage accounts). GUI thread.
class AccountListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Why the list is empty (no permission, store unreadable); empty when it is shown.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // Why the last change was refused; empty after a change that worked.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // The role codes an account can have, lowest first ("viewer" … "admin").
    Q_PROPERTY(QStringList roleCodes READ roleCodes CONSTANT)

public:
    enum Role {
        LoginRole = Qt::UserRole + 1,
        DisplayNameRole,
        RoleCodeRole,
        UnitRole,
        AreasRole,       // QStringList of area codes; empty: the whole province
        DisabledRole,
        LockedRole,      // locked until a time still in the future (by the injected clock)
        LockedUntilRole, // local time; invalid when not locked
        FailedSignInsRole,
        IsSelfRole,      // the account signed in on this console
    };

    AccountListModel(AuthService& auth, Database& database, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString error() const { return m_error; }
    QString lastError() const { return m_lastError; }
    QStringList roleCodes() const;

    // Reads the accounts again (journaled as a use of ManageAccounts, or a refusal).
    Q_INVOKABLE void refresh();

    // The changes the screen makes, as the console's session. Each returns whether it worked and
    // sets lastError to the reason when not. `areasText` is comma-separated area codes ("96, 32002").
    Q_INVOKABLE bool create(const QString& login, const QString& displayName, const QString& role, const QString& unit,
                            const QString& areasText, const QString& password, const QString& confirmation);
    Q_INVOKABLE bool setRole(const QString& login, const QString& role, const QString& areasText);
    Q_INVOKABLE bool setDisabled(const QString& login, bool disabled);
    Q_INVOKABLE bool resetPassword(const QString& login, const QString& newPassword, const QString& confirmation);
    Q_INVOKABLE bool unlock(const QString& login);

    // "96, 32002,," → {"96", "32002"}.
    static QStringList parseAreas(const QString& areasText);

Q_SIGNALS:
    void countChanged();
    void errorChanged();
    void lastErrorChanged();

private:
    // What the screen may see of an account: no password hash.
    struct Row {
        QString login;
        QString displayName;
        ioc::Role role = ioc::Role::Viewer;
        QString unit;
        QStringList areas;
        bool disabled = false;
        QDateTime lockedUntil;
        int failedSignIns = 0;
    };

    void setRows(QList<Row> rows);
    void setError(const QString& error);
    bool finish(bool ok, const QString& error);
    std::optional<ioc::Role> roleFor(const QString& code);

    AuthService& m_auth;
    Database& m_database;
    const Clock& m_clock;
    QList<Row> m_rows;
    bool m_loaded = false; // the current session was allowed to read the list
    QString m_error;
    QString m_lastError;
};

} // namespace ioc
