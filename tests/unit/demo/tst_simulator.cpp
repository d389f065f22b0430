// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/storetesthelper.h"

#include "core/clock.h"
#include "demo/demoprovince.h"
#include "demo/simulator.h"
#include "store/ingest.h"
#include "store/repositories.h"

#include <QSignalSpy>

using namespace ioc;

namespace {

// A Wednesday morning in the province.
const QDateTime kStart(QDate(2026, 11, 18), QTime(8, 0), Qt::OffsetFromUTC, 7 * 3600);

// A fresh store holding the province's seed, and a simulation clock at the seed's time.
class SeededStore {
public:
    SeededStore(const DemoProvince& province, quint64 seed, const QDateTime& start)
        : m_database(m_store.open()), m_ingest(*m_database), m_clock(start)
    {
        const Result<IngestReport> report = m_ingest.write(province.seed(seed, start));
        if (!report || !report.value().rejected.isEmpty())
            qFatal("cannot seed the store: %s", qPrintable(report ? report.value().rejected.first().reason
                                                                  : report.errorMessage()));
    }

    Database& database() { return *m_database; }
    Ingest& ingest() { return m_ingest; }
    ManualClock& clock() { return m_clock; }

private:
    test::FreshStore m_store;
    std::unique_ptr<Database> m_database;
    Ingest m_ingest;
    ManualClock m_clock;
};

QStringList casesLogged(const QStringList& events, const QString& what)
{
    QStringList result;
    for (const QString& line : events) {
        if (line.contains(what))
            result.append(line);
    }
    return result;
}

} // namespace

class TestSimulator : public QObject {
    Q_OBJECT

private:
    std::optional<DemoProvince> m_province;

private Q_SLOTS:
    void initTestCase()
    {
        Result<DemoProvince> loaded = DemoProvince::load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        m_province = std::move(loaded).value();
    }

    void theSameSeedAndStartGiveTheSameHourHoweverItIsSliced()
    {
        SeededStore storeA(*m_province, 7, kStart);
        Simulator inOneCall(storeA.ingest(), storeA.clock(), *m_province, 7);
        QSignalSpy writtenA(&inOneCall, &Simulator::eventsWritten);
        const Result<void> advanced = inOneCall.advanceTo(kStart.addSecs(3600));
        QVERIFY2(advanced.ok(), qPrintable(advanced.errorMessage()));

        SeededStore storeB(*m_province, 7, kStart);
        Simulator inSixtyCalls(storeB.ingest(), storeB.clock(), *m_province, 7);
        QSignalSpy writtenB(&inSixtyCalls, &Simulator::eventsWritten);
        for (int minute = 1; minute <= 60; ++minute) {
            const Result<void> step = inSixtyCalls.advanceTo(kStart.addSecs(60 * minute));
            QVERIFY2(step.ok(), qPrintable(step.errorMessage()));
        }

        const QStringList events = inOneCall.events();
        QVERIFY2(events.size() > 1000, qPrintable(QString::number(events.size())));
        QCOMPARE(inSixtyCalls.events(), events);
        QCOMPARE(writtenA.size(), 1);
        QCOMPARE(writtenA.first().first().toInt(), events.size());
        QVERIFY(writtenB.size() > 30);
        int total = 0;
        for (const QList<QVariant>& signal : writtenB)
            total += signal.first().toInt();
        QCOMPARE(total, events.size());
        // In time order, and none after the hour.
        for (qsizetype i = 1; i < events.size(); ++i)
            QVERIFY2(events.at(i - 1).left(20) <= events.at(i).left(20), qPrintable(events.at(i)));
        QVERIFY(events.last().left(20) <= kStart.addSecs(3600).toUTC().toString(Qt::ISODate));

        // The stores agree too.
        QCOMPARE(CaseRepository(storeB.database()).count().value(), CaseRepository(storeA.database()).count().value());
        QCOMPARE(ObservationRepository(storeB.database()).count().value(),
                 ObservationRepository(storeA.database()).count().value());

        // Another seed, another hour.
        SeededStore storeC(*m_province, 8, kStart);
        Simulator otherSeed(storeC.ingest(), storeC.clock(), *m_province, 8);
        QVERIFY(otherSeed.advanceTo(kStart.addSecs(3600)).ok());
        QVERIFY(otherSeed.events() != events);
    }

    void eventsReachTheStore()
    {
        SeededStore store(*m_province, 11, kStart);
        CaseRepository cases(store.database());
        ObservationRepository observations(store.database());
        AssetRepository assets(store.database());
        const RecordKey unit{QStringLiteral("demo"), QStringLiteral("CSGT-01")};
        const qint64 casesBefore = cases.count().value();
        const qint64 observationsBefore = observations.count().value();
        const qint64 positionsBefore = observations.positionCount().value();
        const QGeoCoordinate unitBefore = assets.get(unit).value()->position;

        Simulator simulator(store.ingest(), store.clock(), *m_province, 11);
        const Result<void> advanced = simulator.advanceTo(kStart.addSecs(3600));
        QVERIFY2(advanced.ok(), qPrintable(advanced.errorMessage()));
        QCOMPARE(store.clock().now(), kStart.addSecs(3600));

        QVERIFY(cases.count().value() > casesBefore);
        QVERIFY(observations.count().value() > observationsBefore);
        QVERIFY(observations.positionCount().value() > positionsBefore);
        const QGeoCoordinate unitAfter = assets.get(unit).value()->position;
        QVERIFY2(unitAfter.distanceTo(unitBefore) > 50, qPrintable(unitAfter.toString()));
        const auto track = observations.track(unit, kStart, kStart.addSecs(3600));
        QVERIFY(track.ok());
        QVERIFY2(track.value().size() >= 100, qPrintable(QString::number(track.value().size())));

        // New field reports went on from the seed's numbering of the day.
        CaseQuery query;
        query.category = CaseCategory::FieldReport;
        query.openedSince = kStart;
        const auto arrived = cases.find(query);
        QVERIFY(arrived.ok());
        QVERIFY(!arrived.value().isEmpty());
        for (const Case& item : arrived.value())
            QVERIFY2(item.key.externalId.startsWith(u"PAHT.20261118."), qPrintable(item.key.externalId));
    }

    void theStormBringsRainRisingWaterAndAnSos()
    {
        SeededStore store(*m_province, 3, kStart);
        Simulator simulator(store.ingest(), store.clock(), *m_province, 3);
        QVERIFY(simulator.stormBegins() > kStart);
        QVERIFY(simulator.stormEnds() > simulator.stormBegins());
        const Result<void> advanced = simulator.advanceTo(simulator.stormEnds());
        QVERIFY2(advanced.ok(), qPrintable(advanced.errorMessage()));

        CaseQuery query;
        query.category = CaseCategory::Sos;
        const auto sos = CaseRepository(store.database()).find(query);
        QVERIFY(sos.ok());
        QVERIFY(!sos.value().isEmpty());
        for (const Case& item : sos.value()) {
            QVERIFY2(item.opened >= simulator.stormBegins() && item.opened <= simulator.stormEnds(),
                     qPrintable(describe(item.key)));
            QVERIFY(item.position.isValid());
            QCOMPARE(item.severity, Severity::Critical);
        }

        ObservationRepository observations(store.database());
        AssetRepository assets(store.database());
        // Results kept in variables: a range-for over a temporary's value() would dangle.
        double heaviest = 0;
        int dry = 0;
        const QList<Asset> gauges = assets.find(AssetKind::RainGauge).value();
        QVERIFY(!gauges.isEmpty());
        for (const Asset& gauge : gauges) {
            const QList<Observation> series =
                observations.series(gauge.key, QStringLiteral("rain_mm_h"), kStart, simulator.stormEnds()).value();
            QVERIFY(!series.isEmpty());
            double most = 0;
            for (const Observation& o : series)
                most = std::max(most, o.value);
            heaviest = std::max(heaviest, most);
            dry += most < 5;
        }
        QVERIFY2(heaviest > 30, qPrintable(QString::number(heaviest)));
        QVERIFY2(dry > 0, "the storm rains on some gauges, not on all");

        double rise = 0;
        const QList<Asset> towers = assets.find(AssetKind::FloodTower).value();
        QVERIFY(!towers.isEmpty());
        for (const Asset& tower : towers) {
            const QList<Observation> series =
                observations.series(tower.key, QStringLiteral("water_level_m"), kStart, simulator.stormEnds()).value();
            QVERIFY(!series.isEmpty());
            for (const Observation& o : series)
                rise = std::max(rise, o.value - series.first().value);
        }
        QVERIFY2(rise > 0.3, qPrintable(QString::number(rise)));
    }

    void dossiersMoveOnAndSomeGoOverdue()
    {
        SeededStore store(*m_province, 5, kStart);
        Simulator simulator(store.ingest(), store.clock(), *m_province, 5);
        const Result<void> advanced = simulator.advanceTo(kStart.addSecs(8 * 3600));
        QVERIFY2(advanced.ok(), qPrintable(advanced.errorMessage()));
        const QStringList events = simulator.events();
        QVERIFY(!casesLogged(events, QStringLiteral(" dossier pending ")).isEmpty()); // new ones arrive
        QStringList moved;
        for (const QString& line : events) {
            if (line.contains(u" case dvc/") && !line.contains(u" dossier "))
                moved.append(line.section(u' ', 3, 3));
        }
        QVERIFY(moved.contains(QStringLiteral("in_progress")));
        QVERIFY(moved.contains(QStringLiteral("resolved")));
        QVERIFY2(moved.contains(QStringLiteral("overdue")), qPrintable(moved.join(u',')));
    }

    void advancingBackwardsChangesNothing()
    {
        SeededStore store(*m_province, 9, kStart);
        Simulator simulator(store.ingest(), store.clock(), *m_province, 9);
        QVERIFY(simulator.advanceTo(kStart.addSecs(600)).ok());
        const QStringList events = simulator.events();
        QVERIFY(!events.isEmpty());
        QVERIFY(simulator.advanceTo(kStart.addSecs(300)).ok());
        QCOMPARE(simulator.events(), events);
        QCOMPARE(store.clock().now(), kStart.addSecs(600));
    }

    void startRunsTheClockAtItsSpeedAndStopHaltsIt()
    {
        SeededStore store(*m_province, 13, kStart);
        Simulator simulator(store.ingest(), store.clock(), *m_province, 13);
        QSignalSpy written(&simulator, &Simulator::eventsWritten);
        QSignalSpy failed(&simulator, &Simulator::failed);
        simulator.start(600); // ten simulated minutes a second
        QVERIFY(simulator.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(store.clock().now() >= kStart.addSecs(120), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 20000);
        simulator.stop();
        QVERIFY(!simulator.isRunning());
        const QDateTime stoppedAt = store.clock().now();
        const qsizetype eventsAtStop = simulator.events().size();
        QTest::qWait(600);
        QCOMPARE(store.clock().now(), stoppedAt);
        QCOMPARE(simulator.events().size(), eventsAtStop);
        QVERIFY(failed.isEmpty());
        // Whatever the timer did, it did what advanceTo would have: positions of all 12 units every 30 s.
        const qint64 steps = kStart.secsTo(stoppedAt) / 30;
        const qsizetype positions = simulator.events().filter(QStringLiteral(" position ")).size();
        QVERIFY2(positions >= (steps - 1) * 12 && positions <= (steps + 1) * 12, qPrintable(QString::number(positions)));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
