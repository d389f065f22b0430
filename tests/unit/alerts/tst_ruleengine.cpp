// SPDX-License-Identifier: GPL-3.0-or-later
// The engine alone (no store): one candidate per episode, limits from the asset's properties, Clear for
// autoResolve rules, the index applies only the rules of a reading's metric and asset.
#include "alerts/ruleengine.h"

#include <QTest>

using namespace ioc;

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);

Asset asset(const QString& id, AssetKind kind, const QString& area, QJsonObject properties)
{
    Asset a;
    a.key = {QStringLiteral("demo"), id};
    a.kind = kind;
    a.name = id;
    a.position = QGeoCoordinate(9.18, 105.15);
    a.areaCode = area;
    a.properties = std::move(properties);
    return a;
}

Observation reading(const QString& id, const QString& metric, int minute, double value)
{
    return {{QStringLiteral("demo"), id}, metric, kStart.addSecs(60 * minute), value};
}

} // namespace

class TestRuleEngine : public QObject {
    Q_OBJECT

    static AlertRuleSet shipped() { return AlertRuleSet::load(AlertRuleSet::embeddedPath()).value(); }

private Q_SLOTS:
    void oneCandidatePerEpisode()
    {
        RuleEngine engine(shipped());
        engine.setAssets({asset(QStringLiteral("RG-01"), AssetKind::RainGauge, QStringLiteral("32002"), {{QStringLiteral("thresholdMmPerHour"), 40}})});
        QVERIFY(engine.evaluate({reading(QStringLiteral("RG-01"), QStringLiteral("rain_mm_h"), 0, 39.9)}).isEmpty());
        const QList<AlertCandidate> first = engine.evaluate({reading(QStringLiteral("RG-01"), QStringLiteral("rain_mm_h"), 5, 41)});
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().action, AlertCandidate::Action::Raise);
        QCOMPARE(first.first().rule, QStringLiteral("rain-over-threshold"));
        QCOMPARE(first.first().subject, QStringLiteral("asset:demo/RG-01"));
        QCOMPARE(first.first().episodeKey, QStringLiteral("rain-over-threshold/demo/RG-01/20261122T080500"));
        QCOMPARE(first.first().groupKey, QStringLiteral("rain-over-threshold/32002"));
        QCOMPARE(first.first().facts.value(u"high").toDouble(), 40.0); // the asset's property, not the literal 50
        QList<Observation> more;
        for (int i = 0; i < 20; ++i)
            more.append(reading(QStringLiteral("RG-01"), QStringLiteral("rain_mm_h"), 10 + i, 60 + i));
        QVERIFY(engine.evaluate(more).isEmpty());
        // Back under, no autoResolve on rain: no Clear; over again: a new episode.
        QVERIFY(engine.evaluate({reading(QStringLiteral("RG-01"), QStringLiteral("rain_mm_h"), 40, 10)}).isEmpty());
        const QList<AlertCandidate> again = engine.evaluate({reading(QStringLiteral("RG-01"), QStringLiteral("rain_mm_h"), 45, 55)});
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().episodeKey, QStringLiteral("rain-over-threshold/demo/RG-01/20261122T084500"));
    }

    void outsideARangeAndBackClears()
    {
        RuleEngine engine(shipped());
        engine.setAssets({asset(QStringLiteral("WS-01"), AssetKind::WaterStation, QStringLiteral("32002"),
                                {{QStringLiteral("phMin"), 6.0}, {QStringLiteral("phMax"), 8.5}})});
        QCOMPARE(engine.evaluate({reading(QStringLiteral("WS-01"), QStringLiteral("ph"), 0, 5.9)}).first().action,
                 AlertCandidate::Action::Raise);
        QVERIFY(engine.evaluate({reading(QStringLiteral("WS-01"), QStringLiteral("ph"), 5, 5.5)}).isEmpty());
        const QList<AlertCandidate> back = engine.evaluate({reading(QStringLiteral("WS-01"), QStringLiteral("ph"), 10, 7.2)});
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().action, AlertCandidate::Action::Clear);
        QCOMPARE(engine.evaluate({reading(QStringLiteral("WS-01"), QStringLiteral("ph"), 15, 8.6)}).size(), 1);
    }

    void onlyTheRulesOfTheReadingAreChecked()
    {
        QList<AlertRule> rules;
        for (int i = 0; i < 100; ++i) {
            AlertRule r;
            r.id = QStringLiteral("r%1").arg(i);
            r.metric = i % 2 ? QStringLiteral("ph") : QStringLiteral("rain_mm_h");
            r.assets = {{QStringLiteral("demo"), QStringLiteral("A%1").arg(i % 10)}};
            r.threshold = 100;
            rules.append(r);
        }
        RuleEngine engine(AlertRuleSet::fromRules(rules));
        QList<Asset> assets;
        for (int i = 0; i < 10; ++i)
            assets.append(asset(QStringLiteral("A%1").arg(i), AssetKind::RainGauge, QStringLiteral("1"), {}));
        engine.setAssets(assets);
        engine.evaluate({reading(QStringLiteral("A2"), QStringLiteral("rain_mm_h"), 0, 1)});
        QCOMPARE(engine.checksDone(), 10); // rules 2, 12, …, 92: rain at A2
        engine.evaluate({reading(QStringLiteral("A2"), QStringLiteral("turbidity_ntu"), 0, 1),
                         reading(QStringLiteral("unknown"), QStringLiteral("rain_mm_h"), 0, 1)});
        QCOMPARE(engine.checksDone(), 10);
    }

    void theStateSurvivesNewAssets()
    {
        RuleEngine engine(shipped());
        const Asset gauge = asset(QStringLiteral("RG-01"), AssetKind::RainGauge, QStringLiteral("32002"), {});
        engine.setAssets({gauge});
        QCOMPARE(engine.evaluate({reading(QStringLiteral("RG-01"), QStringLiteral("rain_mm_h"), 0, 80)}).size(), 1);
        engine.setAssets({asset(QStringLiteral("RG-00"), AssetKind::RainGauge, QStringLiteral("32002"), {}), gauge});
        QVERIFY(engine.evaluate({reading(QStringLiteral("RG-01"), QStringLiteral("rain_mm_h"), 5, 80)}).isEmpty());
    }

    void haversine()
    {
        // One degree of latitude is about 111.2 km.
        QVERIFY(std::abs(haversineMetres(QGeoCoordinate(9, 105), QGeoCoordinate(10, 105)) - 111195) < 50);
    }
};

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
