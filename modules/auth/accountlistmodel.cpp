// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/accountlistmodel.h"

#include "auth/accountrepository.h"
#include "auth/authservice.h"
#include "auth/credentialrules.h"
#include "core/clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace ioc {

class AccountsText {
    Q_DECLARE_TR_FUNCTIONS(ioc::AccountsText)
};

AccountListModel::AccountListModel(AuthService& auth, Database& database, const Clock& clock, QObject* parent)
    : QAbstractListModel(parent), m_auth(auth), m_database(database), m_clock(clock)
{
    // Whoever signs in next sees their own view; nothing of the previous session stays on screen.
    // Only a session that may manage accounts loads the list by itself, so that other sign-ins do
    // not fill the journal with refusals nobody asked for.
    connect(&m_auth, &AuthService::sessionChanged, this, [this] {
        m_loaded = false;
        setRows({});
        setError(QString());
        if (!m_lastError.isEmpty()) {
            m_lastError.clear();
            Q_EMIT lastErrorChanged();
        }
        if (m_auth.session().has(Capability::ManageAccounts))
            refresh();
    });
    connect(&m_auth, &AuthService::accountsChanged, this, [this] {
        if (m_loaded)
            refresh();
    });
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool locked = row.lockedUntil.isValid() && row.lockedUntil > m_clock.now();
    switch (role) {
    case LoginRole:
        return row.login;
    case DisplayNameRole:
    case Qt::DisplayRole:
        return row.displayName;
    case RoleCodeRole:
        return toCode(row.role);
    case UnitRole:
        return row.unit;
    case AreasRole:
        return row.areas;
    case DisabledRole:
        return row.disabled;
    case LockedRole:
        return locked;
    case LockedUntilRole:
        return locked ? row.lockedUntil.toLocalTime() : QDateTime();
    case FailedSignInsRole:
        return row.failedSignIns;
    case IsSelfRole:
        return row.login == m_auth.session().login;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    return {{LoginRole, "login"},
            {DisplayNameRole, "displayName"},
            {RoleCodeRole, "role"},
            {UnitRole, "unit"},
            {AreasRole, "areas"},
            {DisabledRole, "disabled"},
            {LockedRole, "locked"},
            {LockedUntilRole, "lockedUntil"},
            {FailedSignInsRole, "failedSignIns"},
            {IsSelfRole, "isSelf"}};
}

QStringList AccountListModel::roleCodes() const
{
    QStringList codes;
    for (ioc::Role role : allRoles())
        codes.append(toCode(role));
    return codes;
}

void AccountListModel::setRows(QList<Row> rows)
{
    if (rows.isEmpty() && m_rows.isEmpty())
        return;
    // The same accounts in the same order (a role, a flag, a lockout changed): the rows are updated
    // in place, so that the view keeps its delegates and its scroll position.
    const bool sameAccounts = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row& a, const Row& b) { return a.login == b.login; });
    if (sameAccounts) {
        m_rows = std::move(rows);
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

void AccountListModel::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

bool AccountListModel::finish(bool ok, const QString& error)
{
    const QString message = ok ? QString() : error;
    if (message != m_lastError) {
        m_lastError = message;
        Q_EMIT lastErrorChanged();
    }
    return ok;
}

void AccountListModel::refresh()
{
    if (auto allowed = m_auth.authorize(m_auth.session(), Capability::ManageAccounts, QStringLiteral("accounts"));
        !allowed) {
        m_loaded = false;
        setRows({});
        setError(allowed.errorMessage());
        return;
    }
    m_loaded = true;
    const Result<QList<Account>> accounts = AccountRepository(m_database).all();
    if (!accounts) {
        setError(accounts.errorMessage()); // keep the rows shown
        return;
    }
    QList<Row> rows;
    rows.reserve(accounts.value().size());
    for (const Account& account : accounts.value())
        rows.append({account.login, account.displayName, account.role, account.unit, account.areas, account.disabled,
                     account.lockedUntil, account.failedSignIns});
    setRows(std::move(rows));
    setError(QString());
}

QStringList AccountListModel::parseAreas(const QString& areasText)
{
    QStringList areas;
    for (const QString& part : areasText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed();
        if (!code.isEmpty() && !areas.contains(code))
            areas.append(code);
    }
    return areas;
}

std::optional<ioc::Role> AccountListModel::roleFor(const QString& code)
{
    const auto role = roleFromCode(code);
    if (!role)
        (void)finish(false, AccountsText::tr("'%1' is not a role.").arg(CredentialRules::sanitisedForRecord(code)));
    return role;
}

bool AccountListModel::create(const QString& login, const QString& displayName, const QString& role,
                              const QString& unit, const QString& areasText, const QString& password,
                              const QString& confirmation)
{
    if (password != confirmation)
        return finish(false, AccountsText::tr("The two passwords differ."));
    const auto accountRole = roleFor(role);
    if (!accountRole)
        return false;
    NewAccount account;
    account.login = login;
    account.displayName = displayName;
    account.role = *accountRole;
    account.unit = unit;
    account.areas = parseAreas(areasText);
    account.password = password;
    const Result<void> created = m_auth.createAccount(m_auth.session(), account);
    return finish(created.ok(), created.errorMessage());
}

bool AccountListModel::setRole(const QString& login, const QString& role, const QString& areasText)
{
    const auto accountRole = roleFor(role);
    if (!accountRole)
        return false;
    const Result<void> changed = m_auth.changeRole(m_auth.session(), login, *accountRole, parseAreas(areasText));
    return finish(changed.ok(), changed.errorMessage());
}

bool AccountListModel::setDisabled(const QString& login, bool disabled)
{
    const Result<void> changed = m_auth.setDisabled(m_auth.session(), login, disabled);
    return finish(changed.ok(), changed.errorMessage());
}

bool AccountListModel::resetPassword(const QString& login, const QString& newPassword, const QString& confirmation)
{
    if (newPassword != confirmation)
        return finish(false, AccountsText::tr("The two passwords differ."));
    // An administrator's own password is changed with the current one, not reset here.
    if (login == m_auth.session().login)
        return finish(false, AccountsText::tr("You cannot reset your own password here; another administrator can."));
    const Result<void> changed = m_auth.setPassword(m_auth.session(), login, QString(), newPassword);
    return finish(changed.ok(), changed.errorMessage());
}

bool AccountListModel::unlock(const QString& login)
{
    const Result<void> unlocked = m_auth.unlock(m_auth.session(), login);
    return finish(unlocked.ok(), unlocked.errorMessage());
}

} // namespace ioc
