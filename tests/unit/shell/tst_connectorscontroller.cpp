// SPDX-License-Identifier: GPL-3.0-or-later
#include "../auth/authtesthelper.h"

#include "connect/internal/connectorstate.h"
#include "shell/connectorscontroller.h"
#include "shell/mapcontroller.h"
#include "shell/shellstatus.h"
#include "store/ingest.h"

#include <QSignalSpy>

using namespace ioc;

namespace {

const QString kPassword = QStringLiteral("Ca-Mau-2026!");

// The host's side, recorded: what was asked, by whom.
struct Calls {
    QStringList polled;
    QList<std::pair<qint64, QString>> retried; // id, actor
    QList<std::pair<qint64, QString>> discarded;
    QString failWith;

    ConnectorCommands commands()
    {
        auto answer = [this]() -> Result<void> {
            if (!failWith.isEmpty())
                return fail(failWith);
            return {};
        };
        return {[this, answer](const QString& connectorId) {
                    polled.append(connectorId);
                    return answer();
                },
                [this, answer](const QString&, qint64 id, const QString& actor) {
                    retried.append({id, actor});
                    return answer();
                },
                [this, answer](const QString&, qint64 id, const QString& actor) {
                    discarded.append({id, actor});
                    return answer();
                }};
    }
};

struct Fixture : test::AuthFixture {
    Fixture()
    {
        add(QStringLiteral("vanhanh"), Role::Operator, kPassword);
        add(QStringLiteral("quantri"), Role::Admin, kPassword);
    }

    void signInAs(const QString& login)
    {
        auth.signOut();
        const Result<Session> session = auth.signIn(login, kPassword);
        if (!session)
            qFatal("%s", qPrintable(session.errorMessage()));
    }

    ConnectorStatusModel status{database.get(), nullptr, clock};
    QuarantineModel quarantine{database.get(), nullptr};
    ConnectorsController controller{auth, status, quarantine};
};

} // namespace

class TestConnectorsController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anOperatorIsRefusedAndNothingIsCalled()
    {
        Fixture f;
        Calls calls;
        f.controller.setCommands(calls.commands());
        f.signInAs(QStringLiteral("vanhanh"));
        QCOMPARE(f.controller.canManage(), false);

        QSignalSpy message(&f.controller, &ConnectorsController::lastMessageChanged);
        QCOMPARE(f.controller.retry(7, QStringLiteral("rain")), false);
        QCOMPARE(f.controller.discard(8, QStringLiteral("rain")), false);
        QCOMPARE(f.controller.pollNow(QStringLiteral("rain")), false);
        QVERIFY(calls.retried.isEmpty());
        QVERIFY(calls.discarded.isEmpty());
        QVERIFY(calls.polled.isEmpty());
        QVERIFY(message.size() >= 1);
        QVERIFY2(f.controller.lastMessage().contains(QStringLiteral("manage connectors")), qPrintable(f.controller.lastMessage()));
        QVERIFY(f.controller.lastFailed());

        const QList<JournalEntry> denied = f.journalOf(QStringLiteral("auth.privilege.denied"));
        QCOMPARE(denied.size(), 3);
        QStringList subjects;
        for (const JournalEntry& entry : denied) {
            QCOMPARE(entry.actor, QStringLiteral("vanhanh"));
            subjects.append(entry.subject);
        }
        subjects.sort();
        QCOMPARE(subjects, (QStringList{QStringLiteral("connector:rain"), QStringLiteral("quarantine:7"),
                                        QStringLiteral("quarantine:8")}));
    }

    void anAdministratorGoesThroughAsThemselves()
    {
        Fixture f;
        Calls calls;
        f.controller.setCommands(calls.commands());
        QSignalSpy canManage(&f.controller, &ConnectorsController::canManageChanged);
        f.signInAs(QStringLiteral("quantri"));
        QCOMPARE(f.controller.canManage(), true);
        QCOMPARE(canManage.size(), 1);

        QVERIFY(f.controller.retry(7, QStringLiteral("rain")));
        QCOMPARE(calls.retried, (QList<std::pair<qint64, QString>>{{7, QStringLiteral("quantri")}}));
        QVERIFY(!f.controller.lastFailed());
        QVERIFY(f.controller.discard(8, QStringLiteral("rain")));
        QCOMPARE(calls.discarded, (QList<std::pair<qint64, QString>>{{8, QStringLiteral("quantri")}}));
        QVERIFY(f.controller.pollNow(QStringLiteral("rain")));
        QCOMPARE(calls.polled, QStringList{QStringLiteral("rain")});
        QCOMPARE(f.journalOf(QStringLiteral("auth.privilege.used")).size(), 3);
        QCOMPARE(f.journalOf(QStringLiteral("auth.privilege.denied")).size(), 0);

        // The host's answer comes later and replaces the "requested" message.
        f.controller.onQuarantineHandled(7, false, QStringLiteral("/time: still not a date"));
        QCOMPARE(f.controller.lastMessage(), QStringLiteral("/time: still not a date"));
        QVERIFY(f.controller.lastFailed());

        // The host refuses (unknown connector): said, and not reported as sent.
        calls.failWith = QStringLiteral("connector rain is not running here");
        QCOMPARE(f.controller.retry(9, QStringLiteral("rain")), false);
        QCOMPARE(f.controller.lastMessage(), calls.failWith);

        // Signing out takes the permission away.
        f.auth.signOut();
        QCOMPARE(f.controller.canManage(), false);
        QCOMPARE(canManage.size(), 2);
    }

    void withoutAHostTheActionSaysWhereItRuns()
    {
        Fixture f;
        f.signInAs(QStringLiteral("quantri"));
        QCOMPARE(f.controller.retry(7, QStringLiteral("rain")), false);
        QVERIFY(f.controller.lastFailed());
        QVERIFY(f.controller.lastMessage().contains(QStringLiteral("rain")));
    }

    void pluginProblemsAreShown()
    {
        Fixture f;
        QSignalSpy changed(&f.controller, &ConnectorsController::pluginProblemsChanged);
        const QStringList problems{QStringLiteral("connector plugin libbad.so rejected: no metadata")};
        f.controller.setPluginProblems(problems);
        f.controller.setPluginProblems(problems);
        QCOMPARE(f.controller.pluginProblems(), problems);
        QCOMPARE(changed.size(), 1);
    }

    void theHeaderFollowsTheConnectorsHealth()
    {
        Fixture f;
        ShellStatus shell(f.clock, false);
        linkDataHealth(f.status, shell);
        QCOMPARE(shell.dataHealth(), ShellStatus::DataHealth::None);

        ConnectorHealth health;
        health.connectorId = QStringLiteral("rain");
        health.plugin = QStringLiteral("rest-json");
        health.node = QStringLiteral("node-1:1");
        health.state = QStringLiteral("idle");
        health.lastError = QStringLiteral(""); // not null: last_error is NOT NULL
        health.recordsDay = QStringLiteral("2026-11-22");
        health.dataTime = f.clock.now();
        health.staleAfterMs = 60000;
        health.updated = f.clock.now();
        QVERIFY(internal::saveHealth(*f.database, health).ok());
        f.status.refresh();
        QCOMPARE(shell.dataHealth(), ShellStatus::DataHealth::Ok);
        QCOMPARE(shell.dataSourceCount(), 1);

        // The map marks the gauges fed by "rain".
        IngestBatch gauges;
        Asset gauge = test::rainGauge(1);
        gauge.key.source = QStringLiteral("rain");
        gauges.assets.append(gauge);
        QVERIFY(Ingest(*f.database).write(gauges));
        MapController map(f.database.get(), nullptr, f.clock);
        map.refresh();
        linkStaleSources(f.controller, map);
        QCOMPARE(map.staleLayers(), QStringList());

        QSignalSpy stale(&f.controller, &ConnectorsController::staleSourcesChanged);
        f.clock.advance(61000);
        f.status.refresh();
        QCOMPARE(shell.dataHealth(), ShellStatus::DataHealth::Stale);
        QCOMPARE(f.controller.staleSources(), QStringList{QStringLiteral("rain")});
        QCOMPARE(stale.size(), 1);
        QCOMPARE(map.staleLayers(), QStringList{QStringLiteral("gauges")});

        health.state = QStringLiteral("breaker_open");
        QVERIFY(internal::saveHealth(*f.database, health).ok());
        f.status.refresh();
        QCOMPARE(shell.dataHealth(), ShellStatus::DataHealth::Down);
    }
};

QTEST_MAIN(TestConnectorsController)
#include "tst_connectorscontroller.moc"
