// SPDX-License-Identifier: GPL-3.0-or-later
// The connector host on a real store (SQLite, and PostgreSQL in the _postgresql variant) with the
// test-only "sequence" plugin: paging, retries, the breaker, quarantine, restarts and, on PostgreSQL,
// two nodes that must never run the same connector at once.
#include "../store/storetesthelper.h"
#include "connect/connectorcatalogue.h"
#include "connect/connectorhost.h"
#include "connect/transport.h"
#include "core/clock.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/journal.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ioc;
using namespace std::chrono_literals;

namespace {

qint64 scalar(Database& database, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

ConnectorInstanceSettings sequence(const QString& id, QJsonObject config)
{
    ConnectorInstanceSettings settings;
    settings.id = id;
    settings.plugin = QStringLiteral("sequence");
    settings.interval = 20ms;
    settings.retryInitial = 10ms;
    settings.retryMaximum = 40ms;
    settings.breakerFailures = 100;
    settings.breakerOpen = 50ms;
    settings.config = std::move(config);
    return settings;
}

} // namespace

class TestConnectorHost : public QObject {
    Q_OBJECT

    std::unique_ptr<test::FreshStore> m_store;
    std::unique_ptr<Database> m_database; // the test's own connection, for reading back
    ConnectorCatalogue m_catalogue;
    Transport m_transport;
    SystemClock m_clock;

    ConnectorHost::Options options() const
    {
        ConnectorHost::Options o;
        o.storeUrl = m_store->url();
        o.seed = 1;
        o.standbyRetry = 50ms;
        return o;
    }
    qint64 observations() { return scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM observations")); }
    qint64 distinctObservations()
    {
        return scalar(*m_database, QStringLiteral("SELECT COUNT(DISTINCT value) FROM observations"));
    }
    qint64 batches(const QString& id)
    {
        return scalar(*m_database, QStringLiteral("SELECT COALESCE(MAX(batches), 0) FROM connector_checkpoints WHERE connector_id = ?"), {id});
    }
    QString state(const QString& id)
    {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT state FROM connector_status WHERE connector_id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase() { m_catalogue.scan({qEnvironmentVariable("IOC_TEST_CONNECTOR_PLUGINS")}); }

    void init()
    {
        m_store = std::make_unique<test::FreshStore>();
        m_database = m_store->open();
    }
    void cleanup()
    {
        m_database.reset();
        m_store.reset();
    }

    void pagesThroughEveryRecordExactlyOnce()
    {
        ConnectorHost host(m_catalogue, m_transport, m_clock, nullptr, options());
        qint64 committedObservations = 0;
        connect(&host, &ConnectorHost::recordsCommitted, this, [&](const RecordBatch& records) {
            QCOMPARE(records.source, QStringLiteral("seq"));
            committedObservations += records.observations.size();
        });
        QCOMPARE(host.start({{sequence(QStringLiteral("seq"), {{QStringLiteral("records"), 95}, {QStringLiteral("pageSize"), 10}})}, {}}), 1);
        QTRY_COMPARE_WITH_TIMEOUT(batches(QStringLiteral("seq")), 10, 20000);
        host.stop();
        QCOMPARE(observations(), 95);
        QCOMPARE(distinctObservations(), 95);
        QCOMPARE(scalar(*m_database, QStringLiteral("SELECT records FROM connector_checkpoints WHERE connector_id = 'seq'")),
                 95 + 10); // 95 observations and the asset, upserted once per page
        QCOMPARE(state(QStringLiteral("seq")), QStringLiteral("stopped"));
        QTRY_COMPARE(committedObservations, 95); // what the alert rules are handed
        QCOMPARE(scalar(*m_database, QStringLiteral("SELECT records_today FROM connector_status WHERE connector_id = 'seq'")), 105);
    }

    void pollingAheadWhileABatchCommitsLosesAndDoublesNothing()
    {
        ConnectorHost host(m_catalogue, m_transport, m_clock, nullptr, options());
        host.start({{sequence(QStringLiteral("seq"), {{QStringLiteral("records"), 200}, {QStringLiteral("pageSize"), 10},
                                                      {QStringLiteral("quarantineEvery"), 9}, {QStringLiteral("slowMs"), 5},
                                                      {QStringLiteral("pollsAhead"), true}})}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(batches(QStringLiteral("seq")), 20, 20000);
        host.stop();
        const qint64 quarantined = 200 / 9;
        QCOMPARE(observations(), 200 - quarantined);
        QCOMPARE(distinctObservations(), 200 - quarantined);
        QCOMPARE(scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM quarantine")), quarantined);
    }

    void failuresAreRetriedAndNothingIsLostOrDoubled()
    {
        ConnectorHost host(m_catalogue, m_transport, m_clock, nullptr, options());
        QList<ConnectorHealth> seen;
        connect(&host, &ConnectorHost::healthChanged, this, [&](const ConnectorHealth& health) { seen.append(health); });
        host.start({{sequence(QStringLiteral("seq"), {{QStringLiteral("records"), 50}, {QStringLiteral("failPages"), QJsonArray{2, 2, 2, 4}}})}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(batches(QStringLiteral("seq")), 5, 20000);
        host.stop();
        // The runner's last reports are queued to this thread: let them arrive.
        QTRY_VERIFY(!seen.isEmpty() && seen.constLast().state == u"stopped");
        QCOMPARE(observations(), 50);
        QCOMPARE(distinctObservations(), 50);
        bool sawBackingOff = false;
        int worstStreak = 0;
        for (const ConnectorHealth& health : seen) {
            sawBackingOff |= health.state == u"backing_off";
            worstStreak = std::max(worstStreak, health.consecutiveFailures);
            if (health.state == u"backing_off")
                QVERIFY2(health.lastError.contains(u"page"), qPrintable(health.lastError));
        }
        QVERIFY(sawBackingOff);
        QCOMPARE(worstStreak, 3);
        QCOMPARE(seen.constLast().consecutiveFailures, 0);
        QVERIFY(seen.constLast().recentFailures >= 4);
    }

    void theBreakerOpensAndTheErrorHidesSecrets()
    {
        ConnectorInstanceSettings settings = sequence(QStringLiteral("down"), {{QStringLiteral("failAlways"), true}});
        settings.breakerFailures = 2;
        settings.breakerOpen = 60s;
        ConnectorHost host(m_catalogue, m_transport, m_clock, nullptr, options());
        host.start({{settings}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("down")), QStringLiteral("breaker_open"), 10000);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT breaker, last_error, consecutive_failures, next_attempt_at FROM connector_status")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("open"));
        QVERIFY(query.value(1).toString().contains(u"the source is down"));
        QVERIFY2(!query.value(1).toString().contains(u"s3cr3t"), qPrintable(query.value(1).toString()));
        QCOMPARE(query.value(2).toInt(), 2);
        // The next attempt waits for the breaker: about a minute away, not a retry delay.
        QVERIFY(fromStoredTime(query.value(3)) > QDateTime::currentDateTimeUtc().addSecs(50));
        host.stop();
    }

    void quarantinedRecordsAreKeptAndCanBeRetriedOrDiscarded()
    {
        ConnectorHost host(m_catalogue, m_transport, m_clock, nullptr, options());
        host.start({{sequence(QStringLiteral("seq"), {{QStringLiteral("records"), 40}, {QStringLiteral("quarantineEvery"), 10}})}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(batches(QStringLiteral("seq")), 4, 20000);
        QCOMPARE(observations(), 36);
        QCOMPARE(scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM quarantine WHERE state = 'held'")), 4);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, payload, reason, record_type FROM quarantine ORDER BY id")));
        QVERIFY(query.next());
        const qint64 first = query.value(0).toLongLong();
        QCOMPARE(query.value(1).toByteArray(), QByteArray("{\"i\":9}"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("record 9: scripted bad value"));
        QCOMPARE(query.value(3).toString(), QStringLiteral("observation"));
        QVERIFY(query.next());
        const qint64 second = query.value(0).toLongLong();
        query.finish(); // an open SELECT would keep this connection on an old snapshot (SQLite WAL)

        QSignalSpy handled(&host, &ConnectorHost::quarantineHandled);
        QVERIFY(host.retryQuarantined(QStringLiteral("seq"), first, QStringLiteral("quantri")));
        QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 1, 10000);
        QCOMPARE(handled.at(0).at(1).toBool(), true);
        QCOMPARE(observations(), 37);
        QVERIFY(host.retryQuarantined(QStringLiteral("seq"), first, QStringLiteral("quantri")));
        QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 2, 10000);
        QCOMPARE(handled.at(1).at(1).toBool(), false); // already handled: never written twice
        QVERIFY(host.discardQuarantined(QStringLiteral("seq"), second, QStringLiteral("quantri")));
        QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 3, 10000);
        QCOMPARE(handled.at(2).at(1).toBool(), true);
        host.stop();

        QCOMPARE(scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM quarantine WHERE state = 'retried' AND resolved_by = 'quantri'")), 1);
        QCOMPARE(scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM quarantine WHERE state = 'discarded'")), 1);
        QCOMPARE(scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM quarantine WHERE state = 'held'")), 2);
        Journal journal(*m_database, m_clock);
        JournalQuery byKind;
        byKind.kindPrefix = QStringLiteral("connector.quarantine.");
        Result<QList<JournalEntry>> entries = journal.find(byKind);
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 2);
        QVERIFY(journal.verify().value().intact());
    }

    void aSourceReadAgainDoesNotHoldItsBadRecordsTwice()
    {
        const ConnectorInstanceSettings settings =
            sequence(QStringLiteral("seq"), {{QStringLiteral("records"), 40}, {QStringLiteral("quarantineEvery"), 10}});
        for (int run = 0; run < 2; ++run) {
            ConnectorHost host(m_catalogue, m_transport, m_clock, nullptr, options());
            host.start({{settings}, {}});
            QTRY_COMPARE_WITH_TIMEOUT(batches(QStringLiteral("seq")), 4, 20000);
            host.stop();
            // Forget the checkpoint: the next run reads the whole source again, as a source without a cursor would.
            QSqlQuery(m_database->connection()).exec(QStringLiteral("DELETE FROM connector_checkpoints"));
        }
        QCOMPARE(observations(), 36);
        QCOMPARE(scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM quarantine")), 4);
    }

    void aRestartResumesFromTheCheckpoint()
    {
        // Polling ahead: the page fetched while the last batch commits is dropped at the stop, never stored.
        const ConnectorInstanceSettings settings =
            sequence(QStringLiteral("seq"), {{QStringLiteral("records"), 60}, {QStringLiteral("pageSize"), 5}, {QStringLiteral("slowMs"), 30},
                                             {QStringLiteral("pollsAhead"), true}});
        {
            ConnectorHost host(m_catalogue, m_transport, m_clock, nullptr, options());
            host.start({{settings}, {}});
            QTRY_VERIFY_WITH_TIMEOUT(batches(QStringLiteral("seq")) >= 3, 20000);
            host.stop();
        }
        const qint64 before = batches(QStringLiteral("seq"));
        QVERIFY(before < 12);
        QCOMPARE(observations(), before * 5);
        ConnectorHost again(m_catalogue, m_transport, m_clock, nullptr, options());
        again.start({{settings}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(batches(QStringLiteral("seq")), 12, 20000);
        again.stop();
        // Twelve pages in all: not one fetched again after the restart, none skipped.
        QCOMPARE(observations(), 60);
        QCOMPARE(distinctObservations(), 60);
    }

    void aConnectorThatCannotStartIsListedAndTheOthersRun()
    {
        ConnectorHost host(m_catalogue, m_transport, m_clock, nullptr, options());
        ConnectorInstanceSettings unknown = sequence(QStringLiteral("ghost"), {});
        unknown.plugin = QStringLiteral("no-such-plugin");
        const ConnectorInstanceSettings badConfig = sequence(QStringLiteral("typo"), {{QStringLiteral("pagesize"), 3}});
        const ConnectorInstanceSettings refused = sequence(QStringLiteral("refused"), {{QStringLiteral("refuseConfig"), true}});
        const ConnectorInstanceSettings good = sequence(QStringLiteral("good"), {{QStringLiteral("records"), 10}});
        QCOMPARE(host.start({{unknown, badConfig, refused, good}, {}}), 2);
        QTRY_COMPARE_WITH_TIMEOUT(batches(QStringLiteral("good")), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("refused")), QStringLiteral("failed"), 10000);
        const QString problems = host.problems().join(u'\n');
        QVERIFY2(problems.contains(u"ghost") && problems.contains(u"no-such-plugin"), qPrintable(problems));
        QVERIFY2(problems.contains(u"typo") && problems.contains(u"pagesize"), qPrintable(problems));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT last_error FROM connector_status WHERE connector_id = 'refused'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toString().contains(u"refused (scripted)"));
        host.stop();
    }

    void twoNodesNeverRunTheSameConnector()
    {
        // The per-connector lock is PostgreSQL's; a SQLite store belongs to one console (ctest runs this
        // case only in the _postgresql variant).
        QVERIFY2(test::onPostgres(), "this case needs IOC_TEST_DATABASE=postgresql://…");
        ConnectorHost::Options first = options();
        first.node = QStringLiteral("node-a");
        ConnectorHost::Options second = options();
        second.node = QStringLiteral("node-b");
        const ConnectorInstanceSettings settings =
            sequence(QStringLiteral("seq"), {{QStringLiteral("records"), 400}, {QStringLiteral("pageSize"), 5}, {QStringLiteral("slowMs"), 20}});
        auto a = std::make_unique<ConnectorHost>(m_catalogue, m_transport, m_clock, nullptr, first);
        a->start({{settings}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(batches(QStringLiteral("seq")) >= 1, 20000);
        ConnectorHost b(m_catalogue, m_transport, m_clock, nullptr, second);
        QList<QString> statesOfB;
        connect(&b, &ConnectorHost::healthChanged, this, [&](const ConnectorHealth& h) { statesOfB.append(h.state); });
        b.start({{settings}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(statesOfB.contains(QStringLiteral("standby")), 10000);
        QTest::qWait(300); // b keeps trying the lock every 50 ms meanwhile
        QCOMPARE(statesOfB.count(QStringLiteral("standby")), statesOfB.size());
        {
            QSqlQuery query(m_database->connection());
            QVERIFY(query.exec(QStringLiteral("SELECT node FROM connector_status WHERE connector_id = 'seq'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("node-a"));
        }
        a.reset(); // node a stops: its connection closes and releases the lock
        QTRY_VERIFY_WITH_TIMEOUT(statesOfB.contains(QStringLiteral("idle")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(batches(QStringLiteral("seq")), 80, 60000);
        b.stop();
        QCOMPARE(observations(), 400);
        QCOMPARE(distinctObservations(), 400);
    }
};

QTEST_GUILESS_MAIN(TestConnectorHost)
#include "tst_connectorhost.moc"
