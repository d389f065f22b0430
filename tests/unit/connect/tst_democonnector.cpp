// SPDX-License-Identifier: GPL-3.0-or-later
// The demo province's simulator as the host loads it: the seed first, then the simulation's events, and
// a restart from a checkpoint that continues the story without repeating it.
#include "connectortesthelper.h"

#include "core/clock.h"

#include <QJsonDocument>
#include <QTest>

using namespace ioc;

class TestDemoConnector : public QObject {
    Q_OBJECT

    QPluginLoader m_loader;
    ConnectorFactory* m_factory = nullptr;
    const QDateTime m_start = QDateTime(QDate(2026, 11, 18), QTime(1, 0), Qt::UTC);
    SystemClock m_clock;

    QJsonObject config(double speed) const
    {
        return {{QStringLiteral("seed"), 2026}, {QStringLiteral("speed"), speed},
                {QStringLiteral("start"), m_start.toString(Qt::ISODate)}};
    }

private Q_SLOTS:
    void initTestCase() { m_factory = test::loadConnectorFactory(m_loader, QStringLiteral("demo")); }

    void theFirstPollIsTheSeedThenTheSimulationGoesOn()
    {
        test::TestConnectorContext context(QStringLiteral("demo"), config(3600), nullptr, m_clock);
        Result<std::unique_ptr<Connector>> made = m_factory->create(context);
        QVERIFY2(made, qPrintable(made.errorMessage()));
        Connector& connector = *made.value();
        QCOMPARE(connector.mode(), Connector::Mode::Poll);

        Result<ConnectorBatch> seed = connector.poll({});
        QVERIFY2(seed, qPrintable(seed.errorMessage()));
        QCOMPARE(seed.value().records.areas.size(), 65); // the province and its 64 wards
        QVERIFY(seed.value().records.cases.size() > 3000);
        QVERIFY(seed.value().records.assets.size() > 50);
        QVERIFY(seed.value().quarantined.isEmpty());
        const QJsonObject first = QJsonDocument::fromJson(seed.value().checkpoint).object();
        QCOMPARE(QDateTime::fromString(first.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs), m_start);

        QTest::qWait(300); // an hour of simulated time per real second: a few minutes pass
        Result<ConnectorBatch> later = connector.poll(seed.value().checkpoint);
        QVERIFY2(later, qPrintable(later.errorMessage()));
        QVERIFY(later.value().records.size() > 0);
        QVERIFY(later.value().records.areas.isEmpty());
        const QDateTime reached = QDateTime::fromString(
            QJsonDocument::fromJson(later.value().checkpoint).object().value(QStringLiteral("reached")).toString(), Qt::ISODateWithMs);
        QVERIFY(reached > m_start);
        for (const Observation& observation : later.value().records.observations)
            QVERIFY(observation.time > m_start && observation.time <= reached);
    }

    void aRestartContinuesFromTheCheckpointWithoutRepeating()
    {
        test::TestConnectorContext context(QStringLiteral("demo"), config(3600), nullptr, m_clock);
        auto original = std::move(m_factory->create(context)).value();
        const QByteArray afterSeed = original->poll({}).value().checkpoint;
        QTest::qWait(300);
        Result<ConnectorBatch> events = original->poll(afterSeed);
        QVERIFY(events);
        const QByteArray checkpoint = events.value().checkpoint;
        const QDateTime reached = QDateTime::fromString(
            QJsonDocument::fromJson(checkpoint).object().value(QStringLiteral("reached")).toString(), Qt::ISODateWithMs);

        // A new process: a fresh connector handed the stored checkpoint.
        // Simulated time resumes with the first poll (it replays up to `reached`) and runs from there.
        auto resumed = std::move(m_factory->create(context)).value();
        Result<ConnectorBatch> replayed = resumed->poll(checkpoint);
        QVERIFY2(replayed, qPrintable(replayed.errorMessage()));
        QTest::qWait(300);
        Result<ConnectorBatch> next = resumed->poll(replayed.value().checkpoint);
        QVERIFY2(next, qPrintable(next.errorMessage()));
        for (const Observation& observation : replayed.value().records.observations)
            QVERIFY2(observation.time > reached, qPrintable(observation.time.toString(Qt::ISODate)));
        QVERIFY(next.value().records.cases.size() < 1000); // not the seed again
        QVERIFY(next.value().records.areas.isEmpty());
        QVERIFY(!next.value().records.observations.isEmpty());
        for (const Observation& observation : next.value().records.observations)
            QVERIFY2(observation.time > reached, qPrintable(observation.time.toString(Qt::ISODate)));
    }

    void aCheckpointItDidNotWriteIsAClearError()
    {
        test::TestConnectorContext context(QStringLiteral("demo"), config(1), nullptr, m_clock);
        auto connector = std::move(m_factory->create(context)).value();
        Result<ConnectorBatch> polled = connector->poll("{\"start\": \"yesterday\"}");
        QVERIFY(!polled);
        QVERIFY2(polled.errorMessage().contains(u"checkpoint"), qPrintable(polled.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestDemoConnector)
#include "tst_democonnector.moc"
