// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/storetesthelper.h"

#include "connect/connectorstatusmodel.h"
#include "connect/internal/connectorstate.h"
#include "core/clock.h"
#include "store/changefeed.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace ioc;

namespace {

const QDateTime kNow = test::kBaseTime; // 08:00 UTC = 15:00 in Asia/Ho_Chi_Minh, the tests' time zone

ConnectorHealth healthy(const QString& id)
{
    ConnectorHealth h;
    h.connectorId = id;
    h.plugin = QStringLiteral("rest-json");
    h.node = QStringLiteral("console-1:4242");
    h.state = QStringLiteral("idle");
    // Not null: saveHealth binds a null QString as NULL and last_error is NOT NULL (reported to the lead).
    h.lastError = QStringLiteral("");
    h.lastAttempt = kNow.addSecs(-60);
    h.lastSuccess = kNow.addSecs(-60);
    h.dataTime = kNow.addSecs(-120);
    h.recordsToday = 42;
    h.recordsDay = QStringLiteral("2026-11-22");
    h.recentAttempts = 20;
    h.recentFailures = 3;
    h.nextAttempt = kNow.addSecs(60);
    h.staleAfterMs = 180000;
    h.updated = kNow.addSecs(-60);
    return h;
}

ConnectorHealth failing(const QString& id)
{
    ConnectorHealth h = healthy(id);
    h.state = QStringLiteral("backing_off");
    h.lastError = QStringLiteral("HTTP 503 from https://api.example.vn/…");
    h.lastErrorAt = kNow.addSecs(-10);
    h.consecutiveFailures = 3;
    return h;
}

void save(Database& database, const ConnectorHealth& health)
{
    const Result<void> saved = internal::saveHealth(database, health);
    if (!saved)
        qFatal("%s", qPrintable(saved.errorMessage()));
}

int rowOf(const ConnectorStatusModel& model, const QString& id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.get(row, QStringLiteral("connectorId")).toString() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestConnectorStatusModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsCarryTheHealthInWordsAndTheSummaryCountsThem()
    {
        test::FreshStore store;
        auto database = store.open();
        save(*database, healthy(QStringLiteral("rain")));
        save(*database, failing(QStringLiteral("traffic")));
        ManualClock clock(kNow);
        ConnectorStatusModel model(database.get(), nullptr, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDisplayNames({{QStringLiteral("rain"), QStringLiteral("Trạm đo mưa")}});
        QVERIFY(model.available());
        QCOMPARE(model.error(), QString());
        QCOMPARE(model.count(), 2);

        const int rain = rowOf(model, QStringLiteral("rain"));
        QVERIFY(rain >= 0);
        auto value = [&](int row, const char* role) { return model.get(row, QString::fromLatin1(role)); };
        QCOMPARE(value(rain, "name").toString(), QStringLiteral("Trạm đo mưa"));
        QCOMPARE(value(rain, "plugin").toString(), QStringLiteral("rest-json"));
        QCOMPARE(value(rain, "node").toString(), QStringLiteral("console-1:4242"));
        QCOMPARE(value(rain, "state").toString(), QStringLiteral("idle"));
        QCOMPARE(value(rain, "stateText").toString(), QStringLiteral("waiting for the next poll"));
        QCOMPARE(value(rain, "status").toString(), QStringLiteral("good"));
        QCOMPARE(value(rain, "lastSuccess").toDateTime(), kNow.addSecs(-60));
        QCOMPARE(value(rain, "dataAgeText").toString(), QStringLiteral("2 minute(s) ago"));
        QCOMPARE(value(rain, "recordsToday").toLongLong(), 42);
        QCOMPARE(value(rain, "errorRate").toDouble(), 15.0);
        QCOMPARE(value(rain, "stale").toBool(), false);
        QCOMPARE(value(rain, "down").toBool(), false);
        QCOMPARE(value(rain, "nextAttempt").toDateTime(), kNow.addSecs(60));

        const int traffic = rowOf(model, QStringLiteral("traffic"));
        QCOMPARE(value(traffic, "name").toString(), QStringLiteral("traffic")); // no configured name: the id
        QCOMPARE(value(traffic, "stateText").toString(), QStringLiteral("failed, retrying"));
        QCOMPARE(value(traffic, "status").toString(), QStringLiteral("risk"));
        QCOMPARE(value(traffic, "down").toBool(), true);
        QCOMPARE(value(traffic, "lastError").toString(), QStringLiteral("HTTP 503 from https://api.example.vn/…"));

        QCOMPARE(model.downCount(), 1);
        QCOMPARE(model.staleCount(), 0);
        QCOMPARE(model.overall(), QStringLiteral("down"));
        QCOMPARE(model.troubledIds(), QStringList{QStringLiteral("traffic")});
    }

    void dataGrowsStaleWithTimeAlone()
    {
        test::FreshStore store;
        auto database = store.open();
        save(*database, healthy(QStringLiteral("rain")));
        ManualClock clock(kNow);
        ConnectorStatusModel model(database.get(), nullptr, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy summary(&model, &ConnectorStatusModel::summaryChanged);
        model.refresh();
        QCOMPARE(model.overall(), QStringLiteral("ok"));
        QCOMPARE(summary.size(), 1);

        model.refresh(); // nothing changed: no signal
        QCOMPARE(summary.size(), 1);

        clock.advance(61 * 1000); // the data is now 181 s old; it may be 180 s old
        model.refresh();
        QCOMPARE(model.get(0, QStringLiteral("stale")).toBool(), true);
        QCOMPARE(model.get(0, QStringLiteral("status")).toString(), QStringLiteral("stale"));
        QCOMPARE(model.get(0, QStringLiteral("dataAgeText")).toString(), QStringLiteral("3 minute(s) ago"));
        QCOMPARE(model.overall(), QStringLiteral("stale"));
        QCOMPARE(model.staleCount(), 1);
        QCOMPARE(model.troubledIds(), QStringList{QStringLiteral("rain")});
        QCOMPARE(summary.size(), 2);

        clock.advance(2 * 86400 * 1000);
        model.refresh();
        QCOMPARE(model.get(0, QStringLiteral("dataAgeText")).toString(), QStringLiteral("2 day(s) ago"));
        // The counted day is over: nothing came in today.
        QCOMPARE(model.get(0, QStringLiteral("recordsToday")).toLongLong(), 0);
    }

    // Staleness moves with time: without any change reported, the model reads again every 15 s.
    void theTimerReadsAgain()
    {
        test::FreshStore store;
        auto database = store.open();
        ManualClock clock(kNow);
        ConnectorStatusModel model(database.get(), nullptr, clock);
        QSignalSpy refreshed(&model, &RecordListModel::refreshed);
        save(*database, healthy(QStringLiteral("rain")));
        QVERIFY(refreshed.wait(ConnectorStatusModel::kRefreshIntervalMs + 5000));
        QCOMPARE(model.count(), 1);
    }

    void theChangeFeedOfConnectorsRefreshes()
    {
        test::FreshStore store;
        auto database = store.open();
        ChangeFeed feed;
        ManualClock clock(kNow);
        ConnectorStatusModel model(database.get(), &feed, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.overall(), QStringLiteral("none"));

        save(*database, failing(QStringLiteral("traffic")));
        ChangeSet other;
        other.counts.insert(QStringLiteral("quarantine"), 1);
        feed.publishLocal(other);
        QCOMPARE(model.count(), 0); // not its record type

        QSignalSpy count(&model, &RecordListModel::countChanged);
        ChangeSet changes;
        changes.counts.insert(QStringLiteral("connector"), 1);
        feed.publishLocal(changes);
        QCOMPARE(model.count(), 1);
        QCOMPARE(count.size(), 1);
        QCOMPARE(model.overall(), QStringLiteral("down"));
    }

    void withoutAStoreItSaysSo()
    {
        ManualClock clock(kNow);
        ConnectorStatusModel model(nullptr, nullptr, clock);
        model.refresh();
        QVERIFY(!model.available());
        QVERIFY(!model.error().isEmpty());
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.overall(), QStringLiteral("none"));
    }

    void statesAndAgesInWords()
    {
        QCOMPARE(ConnectorStatusModel::stateText(QStringLiteral("breaker_open")), QStringLiteral("paused after repeated failures"));
        QCOMPARE(ConnectorStatusModel::breakerText(QStringLiteral("open")), QStringLiteral("open (attempts paused)"));
        QCOMPARE(ConnectorStatusModel::breakerText(QStringLiteral("half_open")), QStringLiteral("half-open (one trial attempt)"));
        QCOMPARE(ConnectorStatusModel::stateText(QStringLiteral("warp")), QStringLiteral("unknown state warp"));
        QCOMPARE(ConnectorStatusModel::ageText(kNow.addSecs(-59), kNow), QStringLiteral("just now"));
        QCOMPARE(ConnectorStatusModel::ageText(kNow.addSecs(-3 * 3600), kNow), QStringLiteral("3 hour(s) ago"));
        QCOMPARE(ConnectorStatusModel::ageText(kNow.addSecs(60), kNow), QStringLiteral("just now")); // a node's clock ahead
        QCOMPARE(ConnectorStatusModel::ageText(QDateTime(), kNow), QString());
    }
};

QTEST_GUILESS_MAIN(TestConnectorStatusModel)
#include "tst_connectorstatusmodel.moc"
