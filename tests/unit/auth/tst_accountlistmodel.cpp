// SPDX-License-Identifier: GPL-3.0-or-later
#include "authtesthelper.h"

#include "auth/accountlistmodel.h"
#include "auth/accountrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {

const QString kPassword = QStringLiteral("Ca-Mau-2026!");

// An administrator, a supervisor and an operator, the administrator signed in.
struct AccountsFixture : AuthFixture {
    AccountsFixture(AuthPolicy policy = {}) : AuthFixture(policy)
    {
        add(QStringLiteral("quantri"), Role::Admin, kPassword);
        add(QStringLiteral("hung"), Role::Supervisor, kPassword);
        add(QStringLiteral("mai"), Role::Operator, kPassword, {QStringLiteral("32002")});
    }

    void signIn(const QString& login)
    {
        const Result<Session> session = auth.signIn(login, kPassword);
        if (!session)
            qFatal("cannot sign in %s: %s", qPrintable(login), qPrintable(session.errorMessage()));
    }

    Account stored(const QString& login)
    {
        return AccountRepository(*database).get(login).value().value();
    }
};

int rowOf(const AccountListModel& model, const QString& login)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.data(model.index(r), AccountListModel::LoginRole).toString() == login)
            return r;
    return -1;
}

QVariant valueOf(const AccountListModel& model, const QString& login, int role)
{
    const int r = rowOf(model, login);
    return r < 0 ? QVariant() : model.data(model.index(r), role);
}

} // namespace

class TestAccountListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anAdministratorSeesEveryAccountButNoHash()
    {
        AccountsFixture f;
        AccountListModel model(f.auth, *f.database, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.signIn(QStringLiteral("quantri")); // a session that may manage accounts loads the list
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.error(), QString());
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::RoleCodeRole).toString(), QStringLiteral("operator"));
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::AreasRole).toStringList(),
                 QStringList{QStringLiteral("32002")});
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::DisplayNameRole).toString(),
                 QStringLiteral("Người dùng mai"));
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::DisabledRole).toBool(), false);
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::LockedRole).toBool(), false);
        QCOMPARE(valueOf(model, QStringLiteral("quantri"), AccountListModel::IsSelfRole).toBool(), true);
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::IsSelfRole).toBool(), false);

        // No role carries the Argon2id hash.
        const QByteArray hash = f.stored(QStringLiteral("mai")).passwordHash;
        QVERIFY(hash.startsWith("$argon2id$"));
        const QHash<int, QByteArray> names = model.roleNames();
        for (int r = 0; r < model.rowCount(); ++r) {
            for (auto it = names.cbegin(); it != names.cend(); ++it) {
                QVERIFY(!it.value().contains("hash") && !it.value().contains("password"));
                QVERIFY(!model.data(model.index(r), it.key()).toString().contains(QStringLiteral("argon2")));
            }
        }
        QCOMPARE(model.roleCodes(),
                 (QStringList{QStringLiteral("viewer"), QStringLiteral("operator"), QStringLiteral("supervisor"),
                              QStringLiteral("leader"), QStringLiteral("admin")}));

        // Signing out clears it.
        f.auth.signOut();
        QCOMPARE(model.rowCount(), 0);
    }

    void aSupervisorSeesNoneAndTheAttemptIsJournaled()
    {
        AccountsFixture f;
        AccountListModel model(f.auth, *f.database, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.signIn(QStringLiteral("hung"));
        // Signing in without the permission does not by itself journal a refusal.
        QCOMPARE(f.journalOf(QStringLiteral("auth.privilege.denied")).size(), 0);
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.error().isEmpty());
        const QList<JournalEntry> denied = f.journalOf(QStringLiteral("auth.privilege.denied"));
        QCOMPARE(denied.size(), 1);
        QCOMPARE(denied.first().actor, QStringLiteral("hung"));
        QCOMPARE(denied.first().payload.value(QStringLiteral("capability")).toString(), QStringLiteral("manage_accounts"));

        // Changes are refused in C++ too, whatever the screen shows.
        QVERIFY(!model.create(QStringLiteral("lan"), QStringLiteral("Lan"), QStringLiteral("operator"), QString(),
                              QString(), kPassword, kPassword));
        QVERIFY(!model.lastError().isEmpty());
        QVERIFY(!model.setDisabled(QStringLiteral("mai"), true));
        QVERIFY(!model.unlock(QStringLiteral("mai")));
        QCOMPARE(AccountRepository(*f.database).count().value(), 3);
        QCOMPARE(f.stored(QStringLiteral("mai")).disabled, false);
        QCOMPARE(f.journalOf(QStringLiteral("auth.privilege.denied")).size(), 4);

        // Signed out: nothing either.
        f.auth.signOut();
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.error().isEmpty());
    }

    void createChangeDisableResetAreJournaled()
    {
        AccountsFixture f;
        AccountListModel model(f.auth, *f.database, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.signIn(QStringLiteral("quantri"));
        QSignalSpy countChanged(&model, &AccountListModel::countChanged);

        QVERIFY2(model.create(QStringLiteral("Lan"), QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("operator"),
                              QStringLiteral("Phường Tân Thành"), QStringLiteral(" 32002, 31825,, "), kPassword, kPassword),
                 qPrintable(model.lastError()));
        QCOMPARE(model.lastError(), QString());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(countChanged.count() >= 1);
        QCOMPARE(valueOf(model, QStringLiteral("lan"), AccountListModel::AreasRole).toStringList(),
                 (QStringList{QStringLiteral("32002"), QStringLiteral("31825")}));
        QCOMPARE(valueOf(model, QStringLiteral("lan"), AccountListModel::UnitRole).toString(), QStringLiteral("Phường Tân Thành"));
        QCOMPARE(f.journalOf(QStringLiteral("account.created")).first().subject, QStringLiteral("account:lan"));

        QVERIFY2(model.setRole(QStringLiteral("lan"), QStringLiteral("supervisor"), QString()), qPrintable(model.lastError()));
        QCOMPARE(valueOf(model, QStringLiteral("lan"), AccountListModel::RoleCodeRole).toString(), QStringLiteral("supervisor"));
        QCOMPARE(valueOf(model, QStringLiteral("lan"), AccountListModel::AreasRole).toStringList(), QStringList());
        QCOMPARE(f.journalOf(QStringLiteral("account.changed")).size(), 1);

        QVERIFY2(model.setDisabled(QStringLiteral("lan"), true), qPrintable(model.lastError()));
        QCOMPARE(valueOf(model, QStringLiteral("lan"), AccountListModel::DisabledRole).toBool(), true);
        QCOMPARE(f.journalOf(QStringLiteral("account.changed")).size(), 2);
        QVERIFY(model.setDisabled(QStringLiteral("lan"), false));
        QCOMPARE(valueOf(model, QStringLiteral("lan"), AccountListModel::DisabledRole).toBool(), false);

        const QString newPassword = QStringLiteral("Bac-Lieu-2027?");
        QVERIFY2(model.resetPassword(QStringLiteral("lan"), newPassword, newPassword), qPrintable(model.lastError()));
        const QList<JournalEntry> reset = f.journalOf(QStringLiteral("account.password.changed"));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(reset.first().actor, QStringLiteral("quantri"));
        QCOMPARE(reset.first().payload.value(QStringLiteral("by")).toString(), QStringLiteral("administrator"));

        // Every change kept the journaled digest: the account signs in with its new role and password.
        f.auth.signOut();
        QVERIFY(!f.auth.signIn(QStringLiteral("lan"), kPassword));
        const Result<Session> lan = f.auth.signIn(QStringLiteral("lan"), newPassword);
        QVERIFY2(lan, qPrintable(lan.errorMessage()));
        QCOMPARE(lan.value().role, Role::Supervisor);
        QVERIFY(f.journal.verify().value().intact());
    }

    void anAdministratorCannotLockThemselvesOut()
    {
        AccountsFixture f;
        AccountListModel model(f.auth, *f.database, f.clock);
        f.signIn(QStringLiteral("quantri"));
        QVERIFY(!model.setDisabled(QStringLiteral("quantri"), true));
        QVERIFY(!model.lastError().isEmpty());
        QVERIFY(!model.setRole(QStringLiteral("quantri"), QStringLiteral("viewer"), QString()));
        QVERIFY(!model.resetPassword(QStringLiteral("quantri"), QStringLiteral("Bac-Lieu-2027?"), QStringLiteral("Bac-Lieu-2027?")));
        const Account admin = f.stored(QStringLiteral("quantri"));
        QCOMPARE(admin.role, Role::Admin);
        QCOMPARE(admin.disabled, false);
        QCOMPARE(f.journalOf(QStringLiteral("account.refused")).size(), 2);
    }

    void aLockedAccountShowsLockedAndUnlockLiftsIt()
    {
        AuthPolicy policy;
        policy.maxFailedSignIns = 3;
        policy.lockout = std::chrono::seconds(600);
        AccountsFixture f(policy);
        AccountListModel model(f.auth, *f.database, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.signIn(QStringLiteral("quantri"));

        // Failures on another console (here: credentials checked for a confirmation) show at once.
        QVERIFY(!f.auth.verifyCredentials(QStringLiteral("mai"), QStringLiteral("Wrong-pass-1"), QStringLiteral("test")));
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::FailedSignInsRole).toInt(), 1);
        for (int i = 2; i <= 3; ++i)
            QVERIFY(!f.auth.verifyCredentials(QStringLiteral("mai"), QStringLiteral("Wrong-pass-%1").arg(i),
                                              QStringLiteral("test")));
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::LockedRole).toBool(), true);
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::LockedUntilRole).toDateTime(),
                 f.clock.now().addSecs(600));

        // The lock ends by itself after the delay (by the injected clock)…
        f.clock.advance(601 * 1000);
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::LockedRole).toBool(), false);
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::LockedUntilRole).toDateTime(), QDateTime());
        f.clock.advance(-601 * 1000);
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::LockedRole).toBool(), true);
        QVERIFY(!f.auth.verifyCredentials(QStringLiteral("mai"), kPassword, QStringLiteral("test")));

        // …or when an administrator lifts it.
        QVERIFY2(model.unlock(QStringLiteral("mai")), qPrintable(model.lastError()));
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::LockedRole).toBool(), false);
        QCOMPARE(valueOf(model, QStringLiteral("mai"), AccountListModel::FailedSignInsRole).toInt(), 0);
        const QList<JournalEntry> unlocked = f.journalOf(QStringLiteral("account.unlocked"));
        QCOMPARE(unlocked.size(), 1);
        QCOMPARE(unlocked.first().actor, QStringLiteral("quantri"));
        QCOMPARE(unlocked.first().subject, QStringLiteral("account:mai"));
        // The digest rule still holds: the unlocked account signs in (not "changed outside IOC Desk").
        const Result<Session> mai = f.auth.verifyCredentials(QStringLiteral("mai"), kPassword, QStringLiteral("test"));
        QVERIFY2(mai, qPrintable(mai.errorMessage()));
        QVERIFY(!model.unlock(QStringLiteral("nobody")));
        QVERIFY(f.journal.verify().value().intact());
    }

    void refusesBadInputAndChangesNothing_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("areas");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<bool>("audited"); // refused by the service, with an "account.refused" entry
        const QString ok = QStringLiteral("Bac-Lieu-2027?");
        QTest::newRow("look-alike login") << QStringLiteral("m\u0430i") << QStringLiteral("Mai") << QString() << ok << ok << true;
        QTest::newRow("empty login") << QString() << QStringLiteral("Mai") << QString() << ok << ok << true;
        QTest::newRow("long login") << QString(200, QLatin1Char('a')) << QStringLiteral("Mai") << QString() << ok << ok << true;
        QTest::newRow("sql in the login") << QStringLiteral("lan'; DROP TABLE accounts; --") << QStringLiteral("Lan")
                                          << QString() << ok << ok << true;
        QTest::newRow("taken login") << QStringLiteral("MAI") << QStringLiteral("Mai") << QString() << ok << ok << false;
        QTest::newRow("short password") << QStringLiteral("lan") << QStringLiteral("Lan") << QString()
                                        << QStringLiteral("Ab1!") << QStringLiteral("Ab1!") << true;
        QTest::newRow("mismatched confirmation") << QStringLiteral("lan") << QStringLiteral("Lan") << QString() << ok
                                                 << ok + QLatin1Char('x') << false;
        QTest::newRow("empty display name") << QStringLiteral("lan") << QStringLiteral("  ") << QString() << ok << ok << true;
        QTest::newRow("sql in an area code") << QStringLiteral("lan") << QStringLiteral("Lan")
                                             << QStringLiteral("96'; --") << ok << ok << true;
    }

    void refusesBadInputAndChangesNothing()
    {
        QFETCH(QString, login);
        QFETCH(QString, displayName);
        QFETCH(QString, areas);
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(bool, audited);
        AccountsFixture f;
        AccountListModel model(f.auth, *f.database, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.signIn(QStringLiteral("quantri"));
        QSignalSpy reset(&model, &AccountListModel::modelReset);
        QVERIFY(!model.create(login, displayName, QStringLiteral("operator"), QString(), areas, password, confirmation));
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(AccountRepository(*f.database).count().value(), 3);
        QCOMPARE(f.journalOf(QStringLiteral("account.created")).size(), 3);
        QCOMPARE(f.journalOf(QStringLiteral("account.refused")).size(), audited ? 1 : 0);
        QVERIFY(f.auth.verifyCredentials(QStringLiteral("mai"), kPassword, QStringLiteral("test")));
        QVERIFY(f.journal.verify().value().intact());
    }

    void sqlMetaCharactersInTheDisplayNameAreText()
    {
        AccountsFixture f;
        AccountListModel model(f.auth, *f.database, f.clock);
        f.signIn(QStringLiteral("quantri"));
        const QString name = QStringLiteral("O'Brien\"; DELETE FROM accounts; --");
        const QString unit = QStringLiteral("Unit'); DROP TABLE journal; --");
        QVERIFY2(model.create(QStringLiteral("o.brien"), name, QStringLiteral("viewer"), unit, QString(), kPassword, kPassword),
                 qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(valueOf(model, QStringLiteral("o.brien"), AccountListModel::DisplayNameRole).toString(), name);
        QCOMPARE(valueOf(model, QStringLiteral("o.brien"), AccountListModel::UnitRole).toString(), unit);
        QVERIFY(f.journal.verify().value().intact());
    }

    void refusesUnknownRolesAndBadAreas()
    {
        AccountsFixture f;
        AccountListModel model(f.auth, *f.database, f.clock);
        f.signIn(QStringLiteral("quantri"));
        QVERIFY(!model.setRole(QStringLiteral("mai"), QStringLiteral("root"), QString()));
        QVERIFY(!model.lastError().isEmpty());
        QVERIFY(!model.setRole(QStringLiteral("mai"), QStringLiteral("leader"), QStringLiteral("32002, ' OR 1=1 --")));
        QVERIFY(model.lastError().contains(QStringLiteral("area")));
        QVERIFY(!model.setRole(QStringLiteral("nobody"), QStringLiteral("leader"), QString()));
        const Account mai = f.stored(QStringLiteral("mai"));
        QCOMPARE(mai.role, Role::Operator);
        QCOMPARE(mai.areas, QStringList{QStringLiteral("32002")});
        QCOMPARE(f.journalOf(QStringLiteral("account.changed")).size(), 0);
        QVERIFY(f.journalOf(QStringLiteral("account.refused")).size() >= 1);
    }

    void parsesAreas()
    {
        QCOMPARE(AccountListModel::parseAreas(QStringLiteral(" 96 ,32002,,96, ")),
                 (QStringList{QStringLiteral("96"), QStringLiteral("32002")}));
        QCOMPARE(AccountListModel::parseAreas(QString()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
