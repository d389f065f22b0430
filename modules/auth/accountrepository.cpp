// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/accountrepository.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ioc {

class AccountText {
    Q_DECLARE_TR_FUNCTIONS(ioc::AccountText)
};

namespace {

const QString kColumns = QStringLiteral(
    "login, display_name, role, unit, areas, disabled, password_hash, failed_sign_ins, locked_until, created_at, "
    "updated_at");

Result<Account> readAccount(const QSqlQuery& q)
{
    Account a;
    a.login = q.value(0).toString();
    a.displayName = q.value(1).toString();
    const auto role = roleFromCode(q.value(2).toString());
    if (!role)
        return fail(AccountText::tr("account %1: unknown role '%2'").arg(a.login, q.value(2).toString()));
    a.role = *role;
    a.unit = q.value(3).toString();
    a.areas = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.disabled = q.value(5).toInt() != 0;
    a.passwordHash = q.value(6).toString().toLatin1();
    a.failedSignIns = q.value(7).toInt();
    a.lockedUntil = fromStoredTime(q.value(8));
    a.createdAt = fromStoredTime(q.value(9));
    a.updatedAt = fromStoredTime(q.value(10));
    return a;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL, so an empty value is sent as ''.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindAccount(QSqlQuery& q, const Account& a)
{
    q.bindValue(QStringLiteral(":login"), text(a.login));
    q.bindValue(QStringLiteral(":display_name"), text(a.displayName));
    q.bindValue(QStringLiteral(":role"), toCode(a.role));
    q.bindValue(QStringLiteral(":unit"), text(a.unit));
    q.bindValue(QStringLiteral(":areas"), text(a.areas.join(QLatin1Char(','))));
    q.bindValue(QStringLiteral(":disabled"), a.disabled ? 1 : 0);
    q.bindValue(QStringLiteral(":password_hash"), QString::fromLatin1(a.passwordHash));
    q.bindValue(QStringLiteral(":failed_sign_ins"), a.failedSignIns);
    q.bindValue(QStringLiteral(":locked_until"), toStoredTime(a.lockedUntil));
    q.bindValue(QStringLiteral(":updated_at"), toStoredTime(a.updatedAt));
}

} // namespace

Result<std::optional<Account>> AccountRepository::get(const QString& login)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM accounts WHERE login = :login").arg(kColumns));
    q.bindValue(QStringLiteral(":login"), login);
    if (!q.exec())
        return fail(m_database.describeError(AccountText::tr("reading account %1").arg(login), q.lastError()));
    if (!q.next())
        return std::optional<Account>();
    Result<Account> account = readAccount(q);
    if (!account)
        return account.error();
    return std::optional<Account>(std::move(account).value());
}

Result<QList<Account>> AccountRepository::all()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM accounts ORDER BY login").arg(kColumns)))
        return fail(m_database.describeError(AccountText::tr("reading accounts"), q.lastError()));
    QList<Account> out;
    while (q.next()) {
        Result<Account> account = readAccount(q);
        if (!account)
            return account.error();
        out.append(std::move(account).value());
    }
    return out;
}

Result<qint64> AccountRepository::count()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM accounts")) || !q.next())
        return fail(m_database.describeError(AccountText::tr("counting accounts"), q.lastError()));
    return q.value(0).toLongLong();
}

Result<void> AccountRepository::insert(const Account& account)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (%1) VALUES (:login, :display_name, :role, :unit, :areas, "
                             ":disabled, :password_hash, :failed_sign_ins, :locked_until, :created_at, :updated_at)")
                  .arg(kColumns));
    bindAccount(q, account);
    q.bindValue(QStringLiteral(":created_at"), toStoredTime(account.createdAt));
    if (!q.exec())
        return fail(m_database.describeError(AccountText::tr("creating account %1").arg(account.login), q.lastError()));
    return {};
}

Result<void> AccountRepository::update(const Account& account)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE accounts SET display_name = :display_name, role = :role, unit = :unit, areas = :areas, "
        "disabled = :disabled, password_hash = :password_hash, failed_sign_ins = :failed_sign_ins, "
        "locked_until = :locked_until, updated_at = :updated_at WHERE login = :login"));
    bindAccount(q, account);
    if (!q.exec())
        return fail(m_database.describeError(AccountText::tr("changing account %1").arg(account.login), q.lastError()));
    if (q.numRowsAffected() != 1)
        return fail(AccountText::tr("account %1 does not exist").arg(account.login));
    return {};
}

Result<void> AccountRepository::setSignInState(const QString& login, int failedSignIns, const QDateTime& lockedUntil)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE accounts SET failed_sign_ins = :failed, locked_until = :locked WHERE login = :login"));
    q.bindValue(QStringLiteral(":failed"), failedSignIns);
    q.bindValue(QStringLiteral(":locked"), toStoredTime(lockedUntil));
    q.bindValue(QStringLiteral(":login"), login);
    if (!q.exec())
        return fail(m_database.describeError(AccountText::tr("recording a sign-in of %1").arg(login), q.lastError()));
    return {};
}

} // namespace ioc
