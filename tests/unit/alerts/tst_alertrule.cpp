// SPDX-License-Identifier: GPL-3.0-or-later
// Rule files: the shipped one loads with every kind; bad ones are rejected naming the file and the JSON Pointer.
#include "alerts/alertrule.h"

#include <QTest>

using namespace ioc;

class TestAlertRule : public QObject {
    Q_OBJECT

    static QByteArray file(const QByteArray& rule) { return "{\"version\": 1, \"rules\": [" + rule + "]}"; }
    static QString reject(const QByteArray& json)
    {
        const Result<AlertRuleSet> set = AlertRuleSet::parse(json, QStringLiteral("bad.json"));
        return set ? QString() : set.errorMessage();
    }

private Q_SLOTS:
    void theShippedRulesLoad()
    {
        const Result<AlertRuleSet> set = AlertRuleSet::load(AlertRuleSet::embeddedPath());
        QVERIFY2(set, qPrintable(set.errorMessage()));
        const AlertRule* rain = set.value().find(QStringLiteral("rain-over-threshold"));
        QVERIFY(rain);
        QCOMPARE(rain->metric, QStringLiteral("rain_mm_h"));
        QCOMPARE(rain->assetKind, std::optional<AssetKind>(AssetKind::RainGauge));
        QCOMPARE(rain->thresholdProperty, QStringLiteral("thresholdMmPerHour"));
        const AlertRule* ph = set.value().find(QStringLiteral("water-ph-out-of-range"));
        QVERIFY(ph);
        QCOMPARE(ph->op, ThresholdOperator::Outside);
        QCOMPARE(*ph->min, 6.5);
        QCOMPARE(*ph->max, 8.5);
        QVERIFY(ph->autoResolve);
        const AlertRule* dossier = set.value().find(QStringLiteral("dossier-not-received"));
        QVERIFY(dossier);
        QCOMPARE(dossier->sla, SlaCondition::NotReceivedAfterHours);
        QCOMPARE(dossier->hours, 4.0);
        for (AlertRuleKind kind : {AlertRuleKind::ObservationThreshold, AlertRuleKind::CaseSla, AlertRuleKind::HotSpot,
                                   AlertRuleKind::Sos, AlertRuleKind::KpiRed, AlertRuleKind::Connector, AlertRuleKind::Vision})
            QVERIFY2(!set.value().ofKind(kind).isEmpty(), qPrintable(toCode(kind)));
    }

    void badFilesAreRejectedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"("id": "r1", "name": {"vi": "a", "en": "a"}, "domain": "d", "severity": "high", )";
        QTest::newRow("not json") << QByteArray("{\"version\": 1,") << QStringLiteral("bad.json: not valid JSON");
        QTest::newRow("unknown kind") << file("{" + head + R"("kind": "telepathy"})") << QStringLiteral("bad.json: /rules/0/kind");
        QTest::newRow("unknown severity")
            << file(R"({"id": "r1", "name": {"vi": "a", "en": "a"}, "domain": "d", "severity": "dire", "kind": "sos"})")
            << QStringLiteral("bad.json: /rules/0/severity");
        QTest::newRow("missing name") << file(R"({"id": "r1", "domain": "d", "severity": "high", "kind": "sos"})")
                                      << QStringLiteral("bad.json: /rules/0/name: is required");
        QTest::newRow("no threshold")
            << file("{" + head + R"("kind": "observation_threshold", "metric": "rain_mm_h", "assetKind": "rain_gauge", "operator": "above"})")
            << QStringLiteral("bad.json: /rules/0/threshold: operator above needs threshold or thresholdProperty");
        QTest::newRow("no metric") << file("{" + head + R"("kind": "observation_threshold", "assetKind": "rain_gauge", "operator": "above", "threshold": 1})")
                                   << QStringLiteral("bad.json: /rules/0/metric: is required");
        QTest::newRow("range upside down")
            << file("{" + head + R"("kind": "observation_threshold", "metric": "ph", "assetKind": "water_station", "operator": "outside", "min": 8.5, "max": 6.5})")
            << QStringLiteral("bad.json: /rules/0/max: 6.5 is not above min 8.5");
        QTest::newRow("both asset kind and assets")
            << file("{" + head + R"("kind": "observation_threshold", "metric": "ph", "assetKind": "water_station", "assets": ["demo/WS-01"], "operator": "above", "threshold": 1})")
            << QStringLiteral("bad.json: /rules/0/assetKind: give either assetKind or assets");
        QTest::newRow("field of another kind") << file("{" + head + R"("kind": "sos", "metric": "ph"})")
                                               << QStringLiteral("bad.json: /rules/0/metric: is not a field of a sos rule");
        QTest::newRow("sla without hours")
            << file("{" + head + R"("kind": "case_sla", "category": "dossier", "condition": "not_received_after_hours"})")
            << QStringLiteral("bad.json: /rules/0/hours: is required by a not_received_after_hours rule");
        QTest::newRow("hot spot of one case")
            << file("{" + head + R"("kind": "hot_spot", "minCases": 1, "radiusMetres": 300})")
            << QStringLiteral("bad.json: /rules/0/minCases");
        QTest::newRow("unknown indicator") << file("{" + head + R"("kind": "kpi_red", "indicators": ["happiness"]})")
                                           << QStringLiteral("bad.json: /rules/0/indicators/0: \"happiness\" is not an indicator");
        QTest::newRow("duplicate id") << file("{" + head + R"("kind": "sos"}, {)" + head + R"("kind": "sos"})")
                                      << QStringLiteral("bad.json: /rules/1/id: \"r1\" is already the id of /rules/0");
        QTest::newRow("unknown field") << file("{" + head + R"("kind": "sos", "colour": "red"})")
                                       << QStringLiteral("bad.json: /rules/0");
        QTest::newRow("wrong version") << QByteArray(R"({"version": 2, "rules": []})") << QStringLiteral("bad.json: /version");
    }

    void badFilesAreRejectedWithTheReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString error = reject(json);
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void aFileThatCannotBeReadIsNamed()
    {
        const Result<AlertRuleSet> set = AlertRuleSet::load(QStringLiteral("/nonexistent/rules.json"));
        QVERIFY(!set);
        QVERIFY(set.errorMessage().startsWith(u"/nonexistent/rules.json: cannot be read"));
    }
};

QTEST_GUILESS_MAIN(TestAlertRule)
#include "tst_alertrule.moc"
