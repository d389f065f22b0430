// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/authservice.h"

#include "auth/accountrepository.h"
#include "auth/credentialrules.h"
#include "auth/logcategories.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/repositories.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace ioc {

class AuthText {
    Q_DECLARE_TR_FUNCTIONS(ioc::AuthText)
};

namespace {

const QString kSubjectPrefix = QStringLiteral("account:");
const QStringList kDigestKinds{QStringLiteral("account.created"), QStringLiteral("account.changed"),
                               QStringLiteral("account.password.changed")};

QString accountSubject(const QString& login) { return kSubjectPrefix + login; }

// Area codes are short codes of the store ("96", "32002"): letters, digits, '.', '_', '-'.
Result<void> checkAreaCodes(const QStringList& areas)
{
    for (const QString& code : areas) {
        bool plain = !code.isEmpty() && code.size() <= 16;
        for (const QChar c : code)
            plain = plain && c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-');
        if (!plain)
            return fail(AuthText::tr("'%1' is not an area code.").arg(CredentialRules::sanitisedForRecord(code)));
    }
    return {};
}

} // namespace

AuthService::AuthService(Database& database, Journal& journal, const Clock& clock, AuthPolicy policy,
                         PasswordHasher hasher, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_journal(journal)
    , m_clock(clock)
    , m_policy(policy)
    , m_hasher(hasher)
{
    // A hash of a random password: unknown logins are verified against it, so that the time a failed
    // sign-in takes does not tell whether the login exists.
    if (Result<QByteArray> dummy = m_hasher.hash(QString::number(QDateTime::currentMSecsSinceEpoch()) + QStringLiteral("-unused"));
        dummy)
        m_dummyHash = dummy.value();
    else
        qCCritical(lcAuth).noquote() << dummy.errorMessage();
    m_inactivityTimer.setInterval(5000);
    connect(&m_inactivityTimer, &QTimer::timeout, this, &AuthService::checkInactivity);
    loadHandover();
}

AuthService::~AuthService() = default;

void AuthService::record(const QString& actor, const QString& kind, const QString& subject, const QJsonObject& payload)
{
    if (auto appended = m_journal.append(actor, kind, subject, payload); !appended)
        qCCritical(lcAuth).noquote() << "could not journal" << kind << "for" << subject << ":" << appended.errorMessage();
}

void AuthService::setLastError(const QString& error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

Result<Session> AuthService::checkCredentials(const QString& rawLogin, const QString& password, const QString& purpose)
{
    const QString attempted = CredentialRules::sanitisedForRecord(rawLogin);
    const Result<QString> normalised = CredentialRules::normaliseLogin(rawLogin);
    if (!normalised) {
        record(QStringLiteral("unknown"), QStringLiteral("auth.signin.refused"), accountSubject(attempted),
               {{QStringLiteral("reason"), normalised.errorMessage()}, {QStringLiteral("purpose"), purpose}});
        return normalised.error();
    }
    const QString login = normalised.value();
    const QString subject = accountSubject(login);
    const QString wrong = AuthText::tr("The login or the password is wrong.");
    if (password.size() > CredentialRules::kMaxPasswordLength) {
        record(login, QStringLiteral("auth.signin.failed"), subject,
               {{QStringLiteral("reason"), QStringLiteral("password too long")}, {QStringLiteral("purpose"), purpose}});
        return fail(wrong);
    }

    AccountRepository accounts(m_database);
    const Result<std::optional<Account>> found = accounts.get(login);
    if (!found) {
        qCCritical(lcAuth).noquote() << found.errorMessage();
        return fail(AuthText::tr("Accounts cannot be read right now: %1").arg(found.errorMessage()));
    }
    if (!found.value()) {
        (void)m_hasher.verify(m_dummyHash, password);
        record(login, QStringLiteral("auth.signin.failed"), subject,
               {{QStringLiteral("reason"), QStringLiteral("unknown login")}, {QStringLiteral("purpose"), purpose}});
        return fail(wrong);
    }
    Account account = *found.value();
    const QDateTime now = m_clock.now();

    if (account.lockedUntil.isValid() && account.lockedUntil > now) {
        record(login, QStringLiteral("auth.signin.failed"), subject,
               {{QStringLiteral("reason"), QStringLiteral("locked")}, {QStringLiteral("purpose"), purpose}});
        return fail(AuthText::tr("This account is locked after too many failed sign-ins; try again after %1.")
                        .arg(QLocale().toString(account.lockedUntil.toLocalTime().time(), QLocale::ShortFormat)));
    }

    // The row must match what IOC Desk last wrote (see accountDigest).
    JournalQuery lastChange;
    lastChange.subject = subject;
    lastChange.kinds = kDigestKinds; // only the entries that carry a digest, however many others follow
    lastChange.limit = 1;
    const Result<QList<JournalEntry>> changes = m_journal.find(lastChange);
    if (!changes) {
        qCCritical(lcAuth).noquote() << changes.errorMessage();
        return fail(AuthText::tr("Accounts cannot be read right now: %1").arg(changes.errorMessage()));
    }
    QByteArray journaledDigest;
    {
        for (const JournalEntry& entry : changes.value()) {
            if (kDigestKinds.contains(entry.kind)) {
                journaledDigest = entry.payload.value(QStringLiteral("digest")).toString().toLatin1();
                break;
            }
        }
    }
    if (journaledDigest != accountDigest(account)) {
        record(login, QStringLiteral("account.tampered"), subject,
               {{QStringLiteral("reason"), QStringLiteral("the account row does not match its journaled digest")},
                {QStringLiteral("purpose"), purpose}});
        qCCritical(lcAuth).noquote() << "account" << login << "was changed outside IOC Desk; sign-in refused";
        return fail(AuthText::tr("This account was changed outside IOC Desk and cannot be used; an administrator "
                                 "must check it."));
    }

    if (!m_hasher.verify(account.passwordHash, password)) {
        account.failedSignIns += 1;
        const bool locks = account.failedSignIns >= m_policy.maxFailedSignIns;
        const QDateTime lockedUntil = locks ? now.addSecs(m_policy.lockout.count()) : QDateTime();
        if (auto saved = accounts.setSignInState(login, locks ? 0 : account.failedSignIns, lockedUntil); !saved)
            qCCritical(lcAuth).noquote() << saved.errorMessage();
        record(login, QStringLiteral("auth.signin.failed"), subject,
               {{QStringLiteral("reason"), QStringLiteral("wrong password")},
                {QStringLiteral("failures"), account.failedSignIns},
                {QStringLiteral("purpose"), purpose}});
        // The account list shows failures and lockouts.
        Q_EMIT accountsChanged();
        if (locks) {
            record(QStringLiteral("system"), QStringLiteral("auth.lockout"), subject,
                   {{QStringLiteral("until"), lockedUntil.toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("failures"), account.failedSignIns}});
            return fail(AuthText::tr("Too many failed sign-ins: this account is locked until %1.")
                            .arg(QLocale().toString(lockedUntil.toLocalTime().time(), QLocale::ShortFormat)));
        }
        return fail(wrong);
    }
    if (account.disabled) {
        record(login, QStringLiteral("auth.signin.failed"), subject,
               {{QStringLiteral("reason"), QStringLiteral("disabled")}, {QStringLiteral("purpose"), purpose}});
        return fail(AuthText::tr("This account is disabled; ask an administrator."));
    }
    if (account.failedSignIns != 0 || account.lockedUntil.isValid()) {
        if (auto saved = accounts.setSignInState(login, 0, QDateTime()); !saved)
            qCCritical(lcAuth).noquote() << saved.errorMessage();
        else
            Q_EMIT accountsChanged();
    }

    Session session;
    session.login = account.login;
    session.displayName = account.displayName;
    session.role = account.role;
    session.unit = account.unit;
    session.areas = account.areas;
    session.startedAt = now;
    return session;
}

Result<Session> AuthService::signIn(const QString& login, const QString& password)
{
    Result<Session> checked = checkCredentials(login, password, QStringLiteral("signin"));
    if (!checked)
        return checked;
    if (m_session.isValid())
        signOut(QStringLiteral("replaced"));
    m_session = checked.value();
    record(m_session.login, QStringLiteral("auth.signin"), accountSubject(m_session.login),
           {{QStringLiteral("role"), toCode(m_session.role)}});
    qCInfo(lcAuth).noquote() << "signed in:" << m_session.login << toCode(m_session.role);
    m_lastActivity = m_clock.now();
    if (m_policy.sessionTimeout.count() > 0)
        m_inactivityTimer.start();
    Q_EMIT sessionChanged();
    return checked;
}

Result<Session> AuthService::verifyCredentials(const QString& login, const QString& password, const QString& purpose)
{
    return checkCredentials(login, password, purpose);
}

void AuthService::signOut(const QString& reason)
{
    if (!m_session.isValid())
        return;
    record(m_session.login, reason == u"timeout" ? QStringLiteral("auth.session.timeout") : QStringLiteral("auth.signout"),
           accountSubject(m_session.login), {{QStringLiteral("reason"), reason}});
    m_session = Session();
    m_inactivityTimer.stop();
    Q_EMIT sessionChanged();
    Q_EMIT signedOut(reason);
}

Result<void> AuthService::authorize(const Session& session, Capability capability, const QString& subject,
                                    const QString& areaCode)
{
    const QString actor = session.isValid() ? session.login : QStringLiteral("unknown");
    QJsonObject payload{{QStringLiteral("capability"), toCode(capability)}};
    if (!areaCode.isEmpty())
        payload.insert(QStringLiteral("area"), areaCode);
    if (!session.has(capability)) {
        payload.insert(QStringLiteral("reason"), QStringLiteral("role"));
        record(actor, QStringLiteral("auth.privilege.denied"), subject, payload);
        return fail(session.isValid()
                        ? AuthText::tr("%1 (%2) may not %3.")
                              .arg(session.displayName, roleDisplayName(session.role), capabilityDisplayName(capability))
                        : AuthText::tr("Sign in to %1.").arg(capabilityDisplayName(capability)));
    }
    if (!areaCode.isEmpty() && !session.areas.isEmpty()) {
        QString parent;
        if (auto area = AreaRepository(m_database).get(areaCode); area && area.value())
            parent = area.value()->parentCode;
        if (!coversArea(session.areas, areaCode, parent)) {
            payload.insert(QStringLiteral("reason"), QStringLiteral("area"));
            record(actor, QStringLiteral("auth.privilege.denied"), subject, payload);
            return fail(AuthText::tr("%1 is outside the areas %2 is responsible for.").arg(areaCode, session.displayName));
        }
    }
    record(actor, QStringLiteral("auth.privilege.used"), subject, payload);
    return {};
}

Result<Account> AuthService::accountFor(const NewAccount& input)
{
    const Result<QString> login = CredentialRules::normaliseLogin(input.login);
    if (!login)
        return login.error();
    const QString displayName = input.displayName.trimmed();
    if (displayName.isEmpty() || displayName.size() > 120)
        return fail(AuthText::tr("A display name has 1 to 120 characters."));
    if (auto areas = checkAreaCodes(input.areas); !areas)
        return areas.error();
    Account account;
    account.login = login.value();
    account.displayName = displayName;
    account.role = input.role;
    account.unit = input.unit.trimmed().left(120);
    account.areas = input.areas;
    if (!input.passwordHash.isEmpty()) {
        account.passwordHash = input.passwordHash;
    } else {
        if (auto ok = CredentialRules::checkPassword(input.password, account.login, m_policy.passwordMinLength); !ok)
            return ok.error();
        Result<QByteArray> hash = m_hasher.hash(input.password);
        if (!hash)
            return hash.error();
        account.passwordHash = hash.value();
    }
    account.createdAt = account.updatedAt = m_clock.now();
    return account;
}

Result<void> AuthService::writeAccount(const QString& actor, const Account& account, bool created, const QString& kind,
                                       const QJsonObject& details)
{
    AccountRepository accounts(m_database);
    // The row and its journal entry go together: both or neither.
    Result<void> written = m_database.transaction([&]() -> Result<void> {
        if (auto stored = created ? accounts.insert(account) : accounts.update(account); !stored)
            return stored;
        QJsonObject payload = details;
        payload.insert(QStringLiteral("digest"), QString::fromLatin1(accountDigest(account)));
        payload.insert(QStringLiteral("role"), toCode(account.role));
        payload.insert(QStringLiteral("areas"), QJsonArray::fromStringList(account.areas));
        payload.insert(QStringLiteral("disabled"), account.disabled);
        if (auto appended = m_journal.append(actor, kind, accountSubject(account.login), payload); !appended)
            return appended.error();
        return {};
    });
    if (written)
        Q_EMIT accountsChanged();
    return written;
}

Result<void> AuthService::requireAccountManager(const Session& actor, const QString& subject)
{
    return authorize(actor, Capability::ManageAccounts, subject);
}

Result<void> AuthService::createAccount(const Session& actor, const NewAccount& input)
{
    if (auto allowed = requireAccountManager(actor, accountSubject(CredentialRules::sanitisedForRecord(input.login)));
        !allowed)
        return allowed;
    Result<Account> account = accountFor(input);
    if (!account) {
        record(actor.login, QStringLiteral("account.refused"), accountSubject(CredentialRules::sanitisedForRecord(input.login)),
               {{QStringLiteral("reason"), account.errorMessage()}});
        return account.error();
    }
    if (auto existing = AccountRepository(m_database).get(account.value().login); existing && existing.value())
        return fail(AuthText::tr("The login %1 is taken.").arg(account.value().login));
    return writeAccount(actor.login, account.value(), true, QStringLiteral("account.created"), {});
}

Result<void> AuthService::refuseSelfChange(const Session& actor, const QString& login, const QString& reason)
{
    if (actor.login != login)
        return {};
    record(actor.login, QStringLiteral("account.refused"), accountSubject(login),
           {{QStringLiteral("reason"), reason}});
    return fail(AuthText::tr("You cannot change your own role or disable your own account; another administrator "
                             "can."));
}

Result<void> AuthService::changeRole(const Session& actor, const QString& login, Role role, const QStringList& areas)
{
    if (auto allowed = requireAccountManager(actor, accountSubject(login)); !allowed)
        return allowed;
    if (auto self = refuseSelfChange(actor, login, QStringLiteral("own role")); !self)
        return self;
    if (auto checked = checkAreaCodes(areas); !checked) {
        record(actor.login, QStringLiteral("account.refused"), accountSubject(login),
               {{QStringLiteral("reason"), checked.errorMessage()}});
        return checked;
    }
    auto found = AccountRepository(m_database).get(login);
    if (!found)
        return found.error();
    if (!found.value())
        return fail(AuthText::tr("There is no account %1.").arg(CredentialRules::sanitisedForRecord(login)));
    Account account = *found.value();
    const QString before = toCode(account.role);
    account.role = role;
    account.areas = areas;
    account.updatedAt = m_clock.now();
    return writeAccount(actor.login, account, false, QStringLiteral("account.changed"),
                        {{QStringLiteral("previousRole"), before}});
}

Result<void> AuthService::setDisabled(const Session& actor, const QString& login, bool disabled)
{
    if (auto allowed = requireAccountManager(actor, accountSubject(login)); !allowed)
        return allowed;
    if (auto self = refuseSelfChange(actor, login, QStringLiteral("own account disabled")); !self)
        return self;
    auto found = AccountRepository(m_database).get(login);
    if (!found)
        return found.error();
    if (!found.value())
        return fail(AuthText::tr("There is no account %1.").arg(CredentialRules::sanitisedForRecord(login)));
    Account account = *found.value();
    account.disabled = disabled;
    account.updatedAt = m_clock.now();
    return writeAccount(actor.login, account, false, QStringLiteral("account.changed"), {});
}

Result<void> AuthService::setPassword(const Session& actor, const QString& login, const QString& currentPassword,
                                      const QString& newPassword)
{
    const bool own = actor.isValid() && actor.login == login;
    if (own) {
        if (auto checked = checkCredentials(login, currentPassword, QStringLiteral("password change")); !checked)
            return checked.error();
    } else if (auto allowed = requireAccountManager(actor, accountSubject(login)); !allowed) {
        return allowed;
    }
    auto found = AccountRepository(m_database).get(login);
    if (!found)
        return found.error();
    if (!found.value())
        return fail(AuthText::tr("There is no account %1.").arg(CredentialRules::sanitisedForRecord(login)));
    if (auto ok = CredentialRules::checkPassword(newPassword, login, m_policy.passwordMinLength); !ok) {
        record(actor.login, QStringLiteral("account.refused"), accountSubject(login),
               {{QStringLiteral("reason"), ok.errorMessage()}});
        return ok;
    }
    Result<QByteArray> hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    Account account = *found.value();
    account.passwordHash = hash.value();
    account.failedSignIns = 0;
    account.lockedUntil = QDateTime();
    account.updatedAt = m_clock.now();
    return writeAccount(actor.login, account, false, QStringLiteral("account.password.changed"),
                        {{QStringLiteral("by"), own ? QStringLiteral("self") : QStringLiteral("administrator")}});
}

Result<void> AuthService::unlock(const Session& actor, const QString& login)
{
    if (auto allowed = requireAccountManager(actor, accountSubject(login)); !allowed)
        return allowed;
    AccountRepository accounts(m_database);
    auto found = accounts.get(login);
    if (!found)
        return found.error();
    if (!found.value())
        return fail(AuthText::tr("There is no account %1.").arg(CredentialRules::sanitisedForRecord(login)));
    const Account& account = *found.value();
    QJsonObject payload{{QStringLiteral("failures"), account.failedSignIns}};
    if (account.lockedUntil.isValid())
        payload.insert(QStringLiteral("lockedUntil"), account.lockedUntil.toUTC().toString(Qt::ISODateWithMs));
    // Only the sign-in state changes (not in accountDigest), so no digest is journaled here.
    Result<void> written = m_database.transaction([&]() -> Result<void> {
        if (auto saved = accounts.setSignInState(account.login, 0, QDateTime()); !saved)
            return saved;
        if (auto appended = m_journal.append(actor.login, QStringLiteral("account.unlocked"),
                                             accountSubject(account.login), payload);
            !appended)
            return appended.error();
        return {};
    });
    if (written)
        Q_EMIT accountsChanged();
    return written;
}

Result<void> AuthService::createFirstAdministrator(const NewAccount& input)
{
    if (!needsFirstAdministrator())
        return fail(AuthText::tr("An administrator exists already; sign in instead."));
    NewAccount admin = input;
    admin.role = Role::Admin;
    admin.passwordHash.clear();
    Result<Account> account = accountFor(admin);
    if (!account)
        return account.error();
    return writeAccount(QStringLiteral("setup"), account.value(), true, QStringLiteral("account.created"),
                        {{QStringLiteral("firstAdministrator"), true}});
}

Result<void> AuthService::provision(const QList<NewAccount>& input, const QString& actor)
{
    for (const NewAccount& item : input) {
        Result<Account> account = accountFor(item);
        if (!account)
            return fail(AuthText::tr("account %1: %2").arg(CredentialRules::sanitisedForRecord(item.login), account.errorMessage()));
        if (auto existing = AccountRepository(m_database).get(account.value().login); existing && existing.value())
            continue;
        if (auto written = writeAccount(actor, account.value(), true, QStringLiteral("account.created"), {}); !written)
            return written;
    }
    return {};
}

void AuthService::setDemoAccounts(const QVariantList& accounts)
{
    m_demoAccounts = accounts;
    Q_EMIT demoAccountsChanged();
}

void AuthService::noteActivity()
{
    m_lastActivity = m_clock.now();
}

void AuthService::checkInactivity()
{
    if (!m_session.isValid() || m_policy.sessionTimeout.count() <= 0)
        return;
    const qint64 idleMs = m_lastActivity.msecsTo(m_clock.now());
    if (idleMs >= std::chrono::duration_cast<std::chrono::milliseconds>(m_policy.sessionTimeout).count())
        signOut(QStringLiteral("timeout"));
}

QStringList AuthService::capabilityCodes() const
{
    QStringList codes;
    if (m_session.isValid())
        for (Capability c : capabilitiesOf(m_session.role))
            codes.append(toCode(c));
    return codes;
}

bool AuthService::needsFirstAdministrator() const
{
    const Result<qint64> count = AccountRepository(m_database).count();
    return count && count.value() == 0;
}

bool AuthService::can(const QString& capabilityCode) const
{
    const auto capability = capabilityFromCode(capabilityCode);
    return capability && m_session.has(*capability);
}

bool AuthService::submitSignIn(const QString& login, const QString& password)
{
    const Result<Session> result = signIn(login, password);
    setLastError(result ? QString() : result.errorMessage());
    return result.ok();
}

bool AuthService::submitFirstAdministrator(const QString& login, const QString& displayName, const QString& password,
                                           const QString& confirmation)
{
    if (password != confirmation) {
        setLastError(AuthText::tr("The two passwords differ."));
        return false;
    }
    NewAccount admin;
    admin.login = login;
    admin.displayName = displayName;
    admin.password = password;
    admin.unit = QString();
    if (auto created = createFirstAdministrator(admin); !created) {
        setLastError(created.errorMessage());
        return false;
    }
    return submitSignIn(login, password);
}

bool AuthService::handOver(const QString& note)
{
    if (!m_session.isValid())
        return false;
    QJsonArray open;
    AlertQuery query;
    query.states = {AlertState::New, AlertState::Acknowledged};
    query.limit = 50;
    int openCount = 0;
    if (auto alerts = AlertRepository(m_database).find(query); alerts) {
        openCount = int(alerts.value().size());
        for (const Alert& alert : alerts.value())
            open.append(QJsonObject{{QStringLiteral("title"), alert.title},
                                    {QStringLiteral("severity"), toCode(alert.severity)},
                                    {QStringLiteral("state"), toCode(alert.state)}});
    }
    record(m_session.login, QStringLiteral("auth.handover"), accountSubject(m_session.login),
           {{QStringLiteral("note"), note.left(2000)},
            {QStringLiteral("from"), m_session.displayName},
            {QStringLiteral("openAlerts"), open},
            {QStringLiteral("openAlertCount"), openCount}});
    signOut(QStringLiteral("handover"));
    loadHandover();
    return true;
}

void AuthService::dismissHandover()
{
    m_handover.clear();
    Q_EMIT handoverChanged();
}

void AuthService::loadHandover()
{
    JournalQuery query;
    query.kindPrefix = QStringLiteral("auth.handover");
    query.limit = 1;
    const auto found = m_journal.find(query);
    if (!found || found.value().isEmpty())
        return;
    const JournalEntry& entry = found.value().constFirst();
    QVariantList open;
    for (const QJsonValue& v : entry.payload.value(QStringLiteral("openAlerts")).toArray())
        open.append(v.toObject().toVariantMap());
    m_handover = {{QStringLiteral("from"), entry.payload.value(QStringLiteral("from")).toString()},
                  {QStringLiteral("login"), entry.actor},
                  {QStringLiteral("time"), entry.time.toLocalTime()},
                  {QStringLiteral("note"), entry.payload.value(QStringLiteral("note")).toString()},
                  {QStringLiteral("openAlerts"), open},
                  {QStringLiteral("openAlertCount"), entry.payload.value(QStringLiteral("openAlertCount")).toInt()}};
    Q_EMIT handoverChanged();
}

} // namespace ioc
