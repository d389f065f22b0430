// SPDX-License-Identifier: GPL-3.0-or-later
#include "authtesthelper.h"

#include "auth/accountrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {
const QString kPassword = QStringLiteral("Ca-Mau-2026!");
}

class TestAuthService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signsInWithTheRightPasswordOnly()
    {
        AuthFixture f;
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);
        QSignalSpy changed(&f.auth, &AuthService::sessionChanged);

        const Result<Session> wrong = f.auth.signIn(QStringLiteral("mai"), QStringLiteral("Ca-Mau-2025!"));
        QVERIFY(!wrong);
        QVERIFY(!f.auth.isSignedIn());
        QCOMPARE(changed.count(), 0);

        const Result<Session> right = f.auth.signIn(QStringLiteral("MAI"), kPassword);
        QVERIFY2(right, qPrintable(right.errorMessage()));
        QCOMPARE(f.auth.login(), QStringLiteral("mai"));
        QCOMPARE(f.auth.roleCode(), QStringLiteral("operator"));
        QVERIFY(f.auth.can(QStringLiteral("acknowledge_alerts")));
        QVERIFY(!f.auth.can(QStringLiteral("approve_sop_step")));
        QCOMPARE(changed.count(), 1);

        QCOMPARE(f.journalOf(QStringLiteral("auth.signin.failed")).size(), 1);
        QCOMPARE(f.journalOf(QStringLiteral("auth.signin.failed")).first().payload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("wrong password"));
        QCOMPARE(f.journalOf(QStringLiteral("auth.signin")).first().kind, QStringLiteral("auth.signin"));
    }

    void unknownLoginsFailLikeWrongPasswords()
    {
        AuthFixture f;
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);
        const Result<Session> unknown = f.auth.signIn(QStringLiteral("nobody"), kPassword);
        const Result<Session> wrong = f.auth.signIn(QStringLiteral("mai"), QStringLiteral("nope-nope-1A"));
        QVERIFY(!unknown && !wrong);
        QCOMPARE(unknown.errorMessage(), wrong.errorMessage());
        QCOMPARE(f.journalOf(QStringLiteral("auth.signin.failed")).size(), 2);
    }

    void locksAfterRepeatedFailuresAndUnlocksAfterTheDelay()
    {
        AuthPolicy policy;
        policy.maxFailedSignIns = 3;
        policy.lockout = std::chrono::seconds(120);
        AuthFixture f(policy);
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);

        for (int i = 0; i < 3; ++i)
            QVERIFY(!f.auth.signIn(QStringLiteral("mai"), QStringLiteral("Wrong-pass-%1").arg(i)));
        QCOMPARE(f.journalOf(QStringLiteral("auth.lockout")).size(), 1);

        // Locked: even the right password is refused, and says until when.
        const Result<Session> locked = f.auth.signIn(QStringLiteral("mai"), kPassword);
        QVERIFY(!locked);
        QVERIFY2(locked.errorMessage().contains(QStringLiteral("locked")), qPrintable(locked.errorMessage()));

        f.clock.advance(119 * 1000);
        QVERIFY(!f.auth.signIn(QStringLiteral("mai"), kPassword));
        f.clock.advance(2 * 1000);
        const Result<Session> unlocked = f.auth.signIn(QStringLiteral("mai"), kPassword);
        QVERIFY2(unlocked, qPrintable(unlocked.errorMessage()));

        // A success resets the count: two failures later it is not locked.
        f.auth.signOut();
        QVERIFY(!f.auth.signIn(QStringLiteral("mai"), QStringLiteral("Wrong-pass-a")));
        QVERIFY(!f.auth.signIn(QStringLiteral("mai"), QStringLiteral("Wrong-pass-b")));
        QVERIFY(f.auth.signIn(QStringLiteral("mai"), kPassword));
    }

    void refusesDisabledAccounts()
    {
        AuthFixture f;
        f.add(QStringLiteral("admin"), Role::Admin, kPassword);
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);
        const Session admin = f.auth.signIn(QStringLiteral("admin"), kPassword).value();
        QVERIFY(f.auth.setDisabled(admin, QStringLiteral("mai"), true));
        const Result<Session> refused = f.auth.signIn(QStringLiteral("mai"), kPassword);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("disabled")));
    }

    void refusesBadInputWithAnAuditEntryAndChangesNothing_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("empty") << QString();
        QTest::newRow("very long") << QString(10000, QLatin1Char('a'));
        QTest::newRow("look-alike") << QStringLiteral("m\u0430i"); // Cyrillic а
        QTest::newRow("sql") << QStringLiteral("mai'; DROP TABLE accounts; --");
        QTest::newRow("like wildcard") << QStringLiteral("%");
    }

    void refusesBadInputWithAnAuditEntryAndChangesNothing()
    {
        QFETCH(QString, login);
        AuthFixture f;
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);
        const Result<Session> refused = f.auth.signIn(login, kPassword);
        QVERIFY(!refused);
        QVERIFY(!refused.errorMessage().isEmpty());
        QCOMPARE(f.journalOf(QStringLiteral("auth.signin.refused")).size(), 1);
        // Nothing changed: the account is there and works.
        QCOMPARE(AccountRepository(*f.database).count().value(), 1);
        QVERIFY(f.auth.signIn(QStringLiteral("mai"), kPassword));
    }

    void sqlMetaCharactersInEveryFieldAreStoredAsText()
    {
        AuthFixture f;
        f.add(QStringLiteral("admin"), Role::Admin, kPassword);
        const Session admin = f.auth.signIn(QStringLiteral("admin"), kPassword).value();
        NewAccount odd;
        odd.login = QStringLiteral("o.brien");
        odd.displayName = QStringLiteral("O'Brien\"; DELETE FROM accounts; --");
        odd.unit = QStringLiteral("Unit'); DROP TABLE journal; --");
        odd.role = Role::Viewer;
        odd.password = QStringLiteral("It's-a \"pass\"; --1");
        QVERIFY(f.auth.createAccount(admin, odd));
        const Account stored = AccountRepository(*f.database).get(QStringLiteral("o.brien")).value().value();
        QCOMPARE(stored.displayName, odd.displayName);
        QCOMPARE(stored.unit, odd.unit);
        QCOMPARE(AccountRepository(*f.database).count().value(), 2);
        QVERIFY(f.auth.signIn(QStringLiteral("o.brien"), odd.password));
        QVERIFY(f.journal.verify().value().intact());
    }

    void refusesATamperedAccountRow()
    {
        AuthFixture f;
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);
        // Someone with database access makes the operator an administrator behind IOC Desk's back.
        QSqlQuery q(f.database->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE accounts SET role = 'admin' WHERE login = 'mai'")));

        const Result<Session> refused = f.auth.signIn(QStringLiteral("mai"), kPassword);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("outside IOC Desk")));
        QVERIFY(!f.auth.isSignedIn());
        QCOMPARE(f.journalOf(QStringLiteral("account.tampered")).size(), 1);
        // Nothing changed by the refusal: the row is as the intruder left it, for the administrator to see.
        QCOMPARE(AccountRepository(*f.database).get(QStringLiteral("mai")).value()->role, Role::Admin);
    }

    // The digest check reads the last entry that carries a digest, however many other account.*
    // entries (refusals, unlocks) came after it.
    void manyLaterAccountEntriesDoNotHideTheDigest()
    {
        AuthFixture f;
        f.add(QStringLiteral("admin"), Role::Admin, kPassword);
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);
        const Session admin = f.auth.signIn(QStringLiteral("admin"), kPassword).value();
        for (int i = 0; i < 25; ++i)
            QVERIFY(!f.auth.setPassword(admin, QStringLiteral("mai"), QString(), QStringLiteral("short")));
        QCOMPARE(f.journalOf(QStringLiteral("account.refused")).size(), 25);
        const Result<Session> mai = f.auth.signIn(QStringLiteral("mai"), kPassword);
        QVERIFY2(mai, qPrintable(mai.errorMessage()));
    }

    void accountChangesNeedManageAccountsAndAreJournaled()
    {
        AuthFixture f;
        f.add(QStringLiteral("admin"), Role::Admin, kPassword);
        f.add(QStringLiteral("hung"), Role::Supervisor, kPassword);
        const Session supervisor = f.auth.signIn(QStringLiteral("hung"), kPassword).value();
        NewAccount extra{QStringLiteral("lan"), QStringLiteral("Lan"), Role::Operator, {}, {}, kPassword, {}};
        const Result<void> refused = f.auth.createAccount(supervisor, extra);
        QVERIFY(!refused);
        QCOMPARE(AccountRepository(*f.database).count().value(), 2);
        QCOMPARE(f.journalOf(QStringLiteral("auth.privilege.denied")).size(), 1);

        const Session admin = f.auth.signIn(QStringLiteral("admin"), kPassword).value();
        QVERIFY(f.auth.createAccount(admin, extra));
        QVERIFY(f.auth.changeRole(admin, QStringLiteral("lan"), Role::Supervisor, {QStringLiteral("31825")}));
        QVERIFY(f.auth.setPassword(admin, QStringLiteral("lan"), QString(), QStringLiteral("Another-Pass-9")));
        // The journaled digest follows every change: the changed account still signs in.
        QVERIFY(f.auth.signIn(QStringLiteral("lan"), QStringLiteral("Another-Pass-9")));
        QCOMPARE(f.auth.roleCode(), QStringLiteral("supervisor"));
        QCOMPARE(f.journalOf(QStringLiteral("account.changed")).size(), 1);
        QCOMPARE(f.journalOf(QStringLiteral("account.password.changed")).size(), 1);
        QVERIFY(f.journal.verify().value().intact());
    }

    void firstAdministratorOnlyOnAnEmptyStore()
    {
        AuthFixture f;
        QVERIFY(f.auth.needsFirstAdministrator());
        QVERIFY(!f.auth.submitFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Quản trị"),
                                                 QStringLiteral("Short1!"), QStringLiteral("Short1!")));
        QVERIFY(!f.auth.lastError().isEmpty());
        QVERIFY(!f.auth.submitFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Quản trị"), kPassword,
                                                 kPassword + QLatin1Char('x')));
        QVERIFY(f.auth.submitFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Quản trị"), kPassword, kPassword));
        QVERIFY(f.auth.isSignedIn());
        QCOMPARE(f.auth.roleCode(), QStringLiteral("admin"));
        QVERIFY(!f.auth.needsFirstAdministrator());
        f.auth.signOut();
        // A second "first administrator" is refused.
        QVERIFY(!f.auth.createFirstAdministrator({QStringLiteral("admin2"), QStringLiteral("X"), Role::Admin, {}, {},
                                                  kPassword, {}}));
        QCOMPARE(AccountRepository(*f.database).count().value(), 1);
    }

    void privilegesAreCheckedPerAreaAndJournaled()
    {
        AuthFixture f;
        f.add(QStringLiteral("mai"), Role::Operator, kPassword, {QStringLiteral("31825")});
        const Session mai = f.auth.signIn(QStringLiteral("mai"), kPassword).value();
        QVERIFY(f.auth.authorize(mai, Capability::AcknowledgeAlerts, QStringLiteral("alert:x"), QStringLiteral("31825")));
        const Result<void> elsewhere =
            f.auth.authorize(mai, Capability::AcknowledgeAlerts, QStringLiteral("alert:y"), QStringLiteral("32002"));
        QVERIFY(!elsewhere);
        QVERIFY(!f.auth.authorize(mai, Capability::ManageAccounts, QStringLiteral("account:x")));
        QVERIFY(!f.auth.authorize(Session(), Capability::ViewCameras, QStringLiteral("camera:1")));
        QCOMPARE(f.journalOf(QStringLiteral("auth.privilege.used")).size(), 1);
        QCOMPARE(f.journalOf(QStringLiteral("auth.privilege.denied")).size(), 3);
    }

    void signsOutAfterInactivityUnlessTheTimeoutIsOff()
    {
        AuthPolicy policy;
        policy.sessionTimeout = std::chrono::minutes(10);
        AuthFixture f(policy);
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);
        QVERIFY(f.auth.signIn(QStringLiteral("mai"), kPassword));
        QSignalSpy signedOut(&f.auth, &AuthService::signedOut);
        f.clock.advance(9 * 60 * 1000);
        f.auth.noteActivity();
        f.clock.advance(9 * 60 * 1000);
        f.auth.checkInactivity();
        QVERIFY(f.auth.isSignedIn());
        f.clock.advance(61 * 1000);
        f.auth.checkInactivity();
        QVERIFY(!f.auth.isSignedIn());
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(signedOut.first().first().toString(), QStringLiteral("timeout"));
        QCOMPARE(f.journalOf(QStringLiteral("auth.session.timeout")).size(), 1);

        AuthPolicy wall;
        wall.sessionTimeout = std::chrono::minutes(0);
        AuthFixture w(wall);
        w.add(QStringLiteral("wall"), Role::Viewer, kPassword);
        QVERIFY(w.auth.signIn(QStringLiteral("wall"), kPassword));
        w.clock.advance(24 * 3600 * 1000);
        w.auth.checkInactivity();
        QVERIFY(w.auth.isSignedIn());
    }

    void handOverLeavesANoteForTheNextOperator()
    {
        AuthFixture f;
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);
        f.add(QStringLiteral("an"), Role::Operator, kPassword);
        QVERIFY(f.auth.signIn(QStringLiteral("mai"), kPassword));
        QVERIFY(f.auth.handOver(QStringLiteral("Trạm bơm Tân Thành chưa xác nhận")));
        QVERIFY(!f.auth.isSignedIn());
        QVERIFY(f.auth.signIn(QStringLiteral("an"), kPassword));
        const QVariantMap handover = f.auth.handover();
        QCOMPARE(handover.value(QStringLiteral("login")).toString(), QStringLiteral("mai"));
        QCOMPARE(handover.value(QStringLiteral("note")).toString(), QStringLiteral("Trạm bơm Tân Thành chưa xác nhận"));
        f.auth.dismissHandover();
        QVERIFY(f.auth.handover().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
