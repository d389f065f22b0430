// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/account.h"
#include "auth/passwordhasher.h"
#include "auth/session.h"
#include "core/result.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <chrono>
#include <optional>

namespace ioc {

class Clock;
class Database;
class Journal;

struct AuthPolicy {
    int maxFailedSignIns = 5;                // failures in a row before the account locks
    std::chrono::seconds lockout{300};       // how long it stays locked
    std::chrono::minutes sessionTimeout{15}; // inactivity before sign-out; 0: never (wall displays)
    int passwordMinLength = 10;
};

// An account to create. Either a password (hashed here, checked against the policy) or, for the
// shipped demo accounts only, a ready Argon2id hash.
struct NewAccount {
    QString login;
    QString displayName;
    Role role = Role::Viewer;
    QString unit;
    QStringList areas;
    QString password;
    QByteArray passwordHash;
};

// Accounts, sign-in and the session of this console. Every sign-in, failure, refusal, lockout,
// privilege use and account change is appended to the journal (kinds "auth.*" and "account.*").
// Permissions are checked here, in C++: QML only hides what the session cannot do.
// GUI thread (it owns a timer); the database is the GUI thread's.
class AuthService : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString login READ login NOTIFY sessionChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY sessionChanged)
    Q_PROPERTY(QString role READ roleCode NOTIFY sessionChanged)
    Q_PROPERTY(QString roleName READ roleName NOTIFY sessionChanged)
    Q_PROPERTY(QStringList capabilities READ capabilityCodes NOTIFY sessionChanged)
    Q_PROPERTY(bool needsFirstAdministrator READ needsFirstAdministrator NOTIFY accountsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QVariantList demoAccounts READ demoAccounts NOTIFY demoAccountsChanged)
    Q_PROPERTY(QVariantMap handover READ handover NOTIFY handoverChanged)
    Q_PROPERTY(int passwordMinLength READ passwordMinLength CONSTANT)

public:
    AuthService(Database& database, Journal& journal, const Clock& clock, AuthPolicy policy,
                PasswordHasher hasher = PasswordHasher(), QObject* parent = nullptr);
    ~AuthService() override;

    // Checks the credentials and makes them this console's session. A wrong password, an unknown or
    // disabled login, a locked or tampered account: an error that says what to do, an audit entry.
    Result<Session> signIn(const QString& login, const QString& password);
    // Checks someone's credentials without changing this console's session (a supervisor confirming
    // on an operator's console). Failures count towards that account's lockout like a sign-in.
    Result<Session> verifyCredentials(const QString& login, const QString& password, const QString& purpose);
    void signOut(const QString& reason = QStringLiteral("signout"));
    const Session& session() const { return m_session; }

    // May `session` use `capability` on `subject` (in `areaCode`, if it has one)? Journals the use
    // ("auth.privilege.used") or the refusal ("auth.privilege.denied").
    Result<void> authorize(const Session& session, Capability capability, const QString& subject,
                           const QString& areaCode = QString());

    // Account management: needs ManageAccounts in the acting session, except a first administrator
    // (only while no account exists) and provision() (the composition root: demo accounts, tests).
    Result<void> createAccount(const Session& actor, const NewAccount& account);
    // Nobody changes their own role or disables their own account (the last administrator could
    // lock everyone out): another administrator does.
    Result<void> changeRole(const Session& actor, const QString& login, Role role, const QStringList& areas);
    Result<void> setDisabled(const Session& actor, const QString& login, bool disabled);
    // Lifts a lockout before its delay ends and clears the failure count ("account.unlocked"). The
    // sign-in state is not part of accountDigest, so the journaled digest stays valid.
    Result<void> unlock(const Session& actor, const QString& login);
    // Someone's own password (actor == login, with the current password) or an administrator's reset.
    Result<void> setPassword(const Session& actor, const QString& login, const QString& currentPassword,
                             const QString& newPassword);
    Result<void> createFirstAdministrator(const NewAccount& account);
    Result<void> provision(const QList<NewAccount>& accounts, const QString& actor);

    // Demo mode: the accounts and passwords shown on the sign-in screen (never outside demo mode).
    void setDemoAccounts(const QVariantList& accounts);

    // Inactivity: the app reports user input; a timer (or a test) checks the deadline.
    void noteActivity();
    void checkInactivity();

    // QML side.
    bool isSignedIn() const { return m_session.isValid(); }
    QString login() const { return m_session.login; }
    QString displayName() const { return m_session.displayName; }
    QString roleCode() const { return m_session.isValid() ? toCode(m_session.role) : QString(); }
    QString roleName() const { return m_session.isValid() ? roleDisplayName(m_session.role) : QString(); }
    QStringList capabilityCodes() const;
    bool needsFirstAdministrator() const;
    QString lastError() const { return m_lastError; }
    QVariantList demoAccounts() const { return m_demoAccounts; }
    QVariantMap handover() const { return m_handover; }
    int passwordMinLength() const { return m_policy.passwordMinLength; }

    Q_INVOKABLE bool submitSignIn(const QString& login, const QString& password);
    Q_INVOKABLE bool submitFirstAdministrator(const QString& login, const QString& displayName,
                                              const QString& password, const QString& confirmation);
    Q_INVOKABLE void requestSignOut() { signOut(); }
    // Ends this operator's session, leaving a note and the list of open work for the next one.
    Q_INVOKABLE bool handOver(const QString& note);
    Q_INVOKABLE void dismissHandover();
    Q_INVOKABLE bool can(const QString& capabilityCode) const;
    // The language changed: the role's name is re-read.
    Q_INVOKABLE void retranslate() { Q_EMIT sessionChanged(); }

Q_SIGNALS:
    void sessionChanged();
    void accountsChanged();
    void lastErrorChanged();
    void demoAccountsChanged();
    void handoverChanged();
    void signedOut(const QString& reason);

private:
    Result<Session> checkCredentials(const QString& login, const QString& password, const QString& purpose);
    Result<void> writeAccount(const QString& actor, const Account& account, bool created, const QString& kind,
                              const QJsonObject& details);
    Result<Account> accountFor(const NewAccount& account);
    Result<void> requireAccountManager(const Session& actor, const QString& subject);
    Result<void> refuseSelfChange(const Session& actor, const QString& login, const QString& reason);
    void record(const QString& actor, const QString& kind, const QString& subject, const QJsonObject& payload);
    void setLastError(const QString& error);
    void loadHandover();

    Database& m_database;
    Journal& m_journal;
    const Clock& m_clock;
    AuthPolicy m_policy;
    PasswordHasher m_hasher;
    QByteArray m_dummyHash; // verified against for unknown logins, so both take the same time
    Session m_session;
    QDateTime m_lastActivity;
    QTimer m_inactivityTimer;
    QString m_lastError;
    QVariantList m_demoAccounts;
    QVariantMap m_handover;
};

} // namespace ioc
