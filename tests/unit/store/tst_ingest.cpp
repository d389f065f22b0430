// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetesthelper.h"

#include "store/changefeed.h"
#include "store/ingest.h"
#include "store/repositories.h"

#include <QSignalSpy>

using namespace ioc;

namespace {

IngestBatch sampleBatch()
{
    IngestBatch batch;
    batch.source = QStringLiteral("test");
    for (int i = 1; i <= 3; ++i)
        batch.assets.append(test::rainGauge(i));
    for (int i = 1; i <= 20; ++i)
        batch.cases.append(test::fieldReport(i));
    for (int minute = 0; minute < 30; ++minute)
        batch.observations.append(test::rain(1 + minute % 3, minute, minute * 1.5));
    Indicator indicator{QStringLiteral("grdp_growth"), QStringLiteral("Tăng trưởng GRDP"), QStringLiteral("GRDP growth"),
                        QStringLiteral("%"), QStringLiteral("kinh_te"), Direction::HigherIsBetter, PeriodKind::Quarter};
    batch.indicators.append(indicator);
    batch.indicatorValues.append({indicator.code, QStringLiteral("96"), QStringLiteral("2026-Q3"), 8.0, 7.2, test::kBaseTime});
    batch.positions.append({test::rainGauge(1).key, test::kBaseTime, QGeoCoordinate(9.2, 105.2), 0});
    return batch;
}

struct Counts {
    qint64 assets, cases, observations, indicators, values, positions;
    bool operator==(const Counts&) const = default;
};

Counts countAll(Database& database)
{
    AssetRepository assets(database);
    CaseRepository cases(database);
    ObservationRepository observations(database);
    IndicatorRepository indicators(database);
    return {assets.count().value(), cases.count().value(), observations.count().value(), indicators.count().value(),
            indicators.valueCount().value(), observations.positionCount().value()};
}

} // namespace

class TestIngest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void upsertingTheSameBatchTwiceDoublesNothing()
    {
        test::FreshStore store;
        auto database = store.open();
        Ingest ingest(*database);
        const IngestBatch batch = sampleBatch();

        const Result<IngestReport> first = ingest.write(batch);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first.value().rejected.size(), 0);
        QCOMPARE(first.value().written, batch.size());
        const Counts afterFirst = countAll(*database);
        QCOMPARE(afterFirst, (Counts{3, 20, 30, 1, 1, 1}));

        const Result<IngestReport> second = ingest.write(batch);
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QCOMPARE(countAll(*database), afterFirst);
    }

    void anUpsertUpdatesTheRecordInPlace()
    {
        test::FreshStore store;
        auto database = store.open();
        Ingest ingest(*database);
        IngestBatch batch;
        batch.cases.append(test::fieldReport(7));
        QVERIFY(ingest.write(batch).ok());
        batch.cases[0].status = CaseStatus::Resolved;
        batch.cases[0].closed = test::kBaseTime.addDays(1);
        QVERIFY(ingest.write(batch).ok());
        CaseRepository cases(*database);
        QCOMPARE(cases.count().value(), 1);
        const auto stored = cases.get(batch.cases[0].key);
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->status, CaseStatus::Resolved);
        QCOMPARE(stored.value()->closed, test::kBaseTime.addDays(1));
        QCOMPARE(stored.value()->title, batch.cases[0].title);
    }

    void invalidRecordsAreRejectedAndTheRestIsWritten()
    {
        test::FreshStore store;
        auto database = store.open();
        Ingest ingest(*database);
        IngestBatch batch;
        batch.cases.append(test::fieldReport(1));
        Case noId = test::fieldReport(2);
        noId.key.externalId.clear();
        batch.cases.append(noId);
        Case offWorld = test::fieldReport(3);
        offWorld.position.setLatitude(123.0); // as a mapper setting fields one by one would
        batch.cases.append(offWorld);
        batch.cases.append(test::fieldReport(4));
        batch.observations.append(test::rain(99, 0, 3.0)); // no such gauge

        const Result<IngestReport> report = ingest.write(batch);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().written, 2);
        QCOMPARE(report.value().rejected.size(), 3);
        QCOMPARE(report.value().rejected.at(0).index, 1);
        QVERIFY2(report.value().rejected.at(0).reason.contains(u"external id is missing"), qPrintable(report.value().rejected.at(0).reason));
        QVERIFY2(report.value().rejected.at(1).reason.contains(u"PAHT.20261122.0003")
                     && report.value().rejected.at(1).reason.contains(u"latitude 123"),
                 qPrintable(report.value().rejected.at(1).reason));
        QVERIFY2(report.value().rejected.at(2).reason.contains(u"RG-99") && report.value().rejected.at(2).reason.contains(u"unknown asset"),
                 qPrintable(report.value().rejected.at(2).reason));
        QCOMPARE(CaseRepository(*database).count().value(), 2);
    }

    void recordsWithOnlyTheRequiredFieldsAreWritten()
    {
        test::FreshStore store;
        auto database = store.open();
        IngestBatch batch;
        Case minimal;
        minimal.key = {QStringLiteral("hotline"), QStringLiteral("1022-0001")};
        minimal.title = QStringLiteral("Cây đổ chắn đường");
        minimal.opened = test::kBaseTime;
        batch.cases.append(minimal);
        Alert alert;
        alert.key = {QStringLiteral("rules"), QStringLiteral("rain-RG01")};
        alert.rule = QStringLiteral("rain_over_threshold");
        alert.raised = test::kBaseTime;
        batch.alerts.append(alert);
        Indicator indicator;
        indicator.code = QStringLiteral("new_businesses");
        indicator.name = QStringLiteral("Doanh nghiệp thành lập mới");
        batch.indicators.append(indicator);
        const auto report = Ingest(*database).write(batch);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().written, 3);
        const auto stored = CaseRepository(*database).get(minimal.key);
        QVERIFY(stored.value());
        QVERIFY(!stored.value()->position.isValid());
        QVERIFY(!stored.value()->due.isValid());
        QCOMPARE(stored.value()->satisfied, std::optional<bool>());
    }

    void aDatabaseErrorRollsBackTheWholeBatch()
    {
        test::FreshStore store;
        auto database = store.open();
        Ingest ingest(*database);
        {
            QSqlQuery query(database->connection());
            // Make the alert write fail after the cases have been written in the same transaction.
            QVERIFY(query.exec(QStringLiteral("DROP TABLE alerts")));
        }
        IngestBatch batch;
        batch.cases.append(test::fieldReport(1));
        Alert alert;
        alert.key = {QStringLiteral("rules"), QStringLiteral("rain-RG01")};
        alert.rule = QStringLiteral("rain_over_threshold");
        alert.raised = test::kBaseTime;
        batch.alerts.append(alert);
        const Result<IngestReport> report = ingest.write(batch);
        QVERIFY(!report.ok());
        QVERIFY2(report.errorMessage().contains(u"alert"), qPrintable(report.errorMessage()));
        QCOMPARE(CaseRepository(*database).count().value(), 0);
    }

    void theFeedHearsOfEachCommittedBatchOnce()
    {
        test::FreshStore store;
        auto database = store.open();
        ChangeFeed feed;
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        Ingest ingest(*database, &feed);
        QVERIFY(ingest.write(sampleBatch()).ok());
        QCOMPARE(spy.count(), 1);
        const auto changes = spy.at(0).at(0).value<ChangeSet>();
        QCOMPARE(spy.at(0).at(1).toBool(), true);
        QCOMPARE(changes.counts.value(QStringLiteral("case")), 20);
        QCOMPARE(changes.counts.value(QStringLiteral("observation")), 30);
        QCOMPARE(changes.caseKeys.size(), 20);
        QCOMPARE(changes.caseKeys.first(), QStringLiteral("paht/PAHT.20261122.0001"));
    }

    void manyObservationsWithARepeatedKeyKeepTheLastValue()
    {
        // More rows than one multi-row statement holds on PostgreSQL, and one key twice in the batch.
        test::FreshStore store;
        auto database = store.open();
        Ingest ingest(*database);
        IngestBatch batch;
        for (int i = 1; i <= 3; ++i)
            batch.assets.append(test::rainGauge(i));
        for (int minute = 0; minute < 150; ++minute) {
            for (int gauge = 1; gauge <= 3; ++gauge)
                batch.observations.append(test::rain(gauge, minute, gauge * 100 + minute));
        }
        batch.observations.append(test::rain(2, 75, -1.0)); // the same key again, later in the batch
        const auto report = ingest.write(batch);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().rejected.size(), 0);
        ObservationRepository observations(*database);
        QCOMPARE(observations.count().value(), 450);
        const auto series = observations.series(test::rainGauge(2).key, QStringLiteral("rain_mm_h"),
                                                test::kBaseTime.addSecs(74 * 60), test::kBaseTime.addSecs(76 * 60));
        QCOMPARE(series.value().size(), 3);
        QCOMPARE(series.value().at(0).value, 274.0);
        QCOMPARE(series.value().at(1).value, -1.0);
        QCOMPARE(series.value().at(2).value, 276.0);
    }

    void manyCasesWithARepeatedKeyKeepTheLastRecord()
    {
        test::FreshStore store;
        auto database = store.open();
        IngestBatch batch;
        for (int i = 1; i <= 250; ++i)
            batch.cases.append(test::fieldReport(i));
        Case again = test::fieldReport(40);
        again.title = QStringLiteral("Ổ gà đã được vá, chờ nghiệm thu");
        again.status = CaseStatus::Resolved;
        batch.cases.insert(60, again); // the same key inside the same statement's worth of rows
        Case noTitle = test::fieldReport(251);
        noTitle.title.clear();
        batch.cases.append(noTitle);
        const auto report = Ingest(*database).write(batch);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().written, 251);
        QCOMPARE(report.value().rejected.size(), 1);
        QCOMPARE(report.value().rejected.first().index, 251);
        CaseRepository cases(*database);
        QCOMPARE(cases.count().value(), 250);
        const auto stored = cases.get(again.key);
        QCOMPARE(stored.value()->title, again.title);
        QCOMPARE(stored.value()->status, CaseStatus::Resolved);
        QCOMPARE(cases.get(test::fieldReport(250).key).value()->title, test::fieldReport(250).title);
    }

    void positionsMoveTheirUnit()
    {
        test::FreshStore store;
        auto database = store.open();
        Ingest ingest(*database);
        IngestBatch batch;
        Asset unit = test::rainGauge(1);
        unit.kind = AssetKind::PatrolUnit;
        batch.assets.append(unit);
        batch.positions.append({unit.key, test::kBaseTime.addSecs(120), QGeoCoordinate(9.30, 105.30), 30});
        batch.positions.append({unit.key, test::kBaseTime.addSecs(60), QGeoCoordinate(9.25, 105.25), 25});
        QVERIFY(ingest.write(batch).ok());
        const auto stored = AssetRepository(*database).get(unit.key);
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->position, QGeoCoordinate(9.30, 105.30)); // the newest, not the last written
        const auto track = ObservationRepository(*database).track(unit.key, test::kBaseTime, test::kBaseTime.addSecs(600));
        QCOMPARE(track.value().size(), 2);
        QCOMPARE(track.value().first().position, QGeoCoordinate(9.25, 105.25));
    }
};

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"
