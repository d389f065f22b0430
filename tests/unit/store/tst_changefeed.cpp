// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetesthelper.h"

#include "store/changefeed.h"
#include "store/ingest.h"

#include <QSignalSpy>

using namespace ioc;

class TestChangeFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void payloadRoundTrips()
    {
        ChangeSet changes;
        changes.counts = {{QStringLiteral("case"), 3}, {QStringLiteral("observation"), 120}};
        changes.caseKeys = {QStringLiteral("paht/PAHT.1"), QStringLiteral("paht/PAHT.2")};
        const QUuid origin = QUuid::createUuid();
        const auto decoded = ChangeSet::fromPayload(changes.toPayload(origin));
        QVERIFY(decoded);
        QCOMPARE(decoded->first, origin);
        QCOMPARE(decoded->second.counts, changes.counts);
        QCOMPARE(decoded->second.caseKeys, changes.caseKeys);
        QVERIFY(!ChangeSet::fromPayload("not json"));
        QVERIFY(!ChangeSet::fromPayload(R"({"n": {}})"));
    }

    void anotherConnectionHearsTheBatchThroughNotify()
    {
        if (!test::onPostgres())
            return; // LISTEN/NOTIFY is PostgreSQL's; on SQLite the feed is in-process only
        test::FreshStore store;
        auto writerDb = store.open();
        auto listenerDb = store.open();
        ChangeFeed writerFeed;
        ChangeFeed listenerFeed;
        QVERIFY(listenerFeed.listen(*listenerDb).ok());
        QVERIFY(writerFeed.listen(*writerDb).ok());
        QSignalSpy heard(&listenerFeed, &ChangeFeed::changed);
        QSignalSpy echoed(&writerFeed, &ChangeFeed::changed);

        IngestBatch batch;
        batch.cases.append(test::fieldReport(1));
        batch.cases.append(test::fieldReport(2));
        QVERIFY(Ingest(*writerDb, &writerFeed).write(batch).ok());
        QCOMPARE(echoed.count(), 1); // the local signal, at once
        QVERIFY(heard.wait(5000));
        QCOMPARE(heard.count(), 1);
        const auto changes = heard.at(0).at(0).value<ChangeSet>();
        QCOMPARE(heard.at(0).at(1).toBool(), false);
        QCOMPARE(changes.counts.value(QStringLiteral("case")), 2);
        QCOMPARE(changes.caseKeys, (QStringList{QStringLiteral("paht/PAHT.20261122.0001"), QStringLiteral("paht/PAHT.20261122.0002")}));
        // The writer does not hear its own batch a second time through PostgreSQL.
        QTest::qWait(200);
        QCOMPARE(echoed.count(), 1);
    }

    void aRolledBackBatchIsNeverAnnounced()
    {
        if (!test::onPostgres())
            return;
        test::FreshStore store;
        auto writerDb = store.open();
        auto listenerDb = store.open();
        ChangeFeed writerFeed;
        ChangeFeed listenerFeed;
        QVERIFY(listenerFeed.listen(*listenerDb).ok());
        QSignalSpy heard(&listenerFeed, &ChangeFeed::changed);
        {
            QSqlQuery query(writerDb->connection());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE alerts")));
        }
        IngestBatch batch;
        batch.cases.append(test::fieldReport(1));
        Alert alert;
        alert.key = {QStringLiteral("rules"), QStringLiteral("x")};
        alert.rule = QStringLiteral("x");
        alert.raised = test::kBaseTime;
        batch.alerts.append(alert);
        QSignalSpy local(&writerFeed, &ChangeFeed::changed);
        QVERIFY(!Ingest(*writerDb, &writerFeed).write(batch).ok());
        QVERIFY(!heard.wait(500));
        QCOMPARE(local.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
