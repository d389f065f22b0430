// SPDX-License-Identifier: GPL-3.0-or-later
// (No raw string literals here: moc 6.4 loses the class after one with quotes inside.)
#include "connect/connectorsetup.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using std::chrono::milliseconds;

class TestConnectorSetup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsSettingsWithDefaults()
    {
        const QByteArray json = "{\"connectors\": [\n"
            "            {\"id\": \"paht\", \"plugin\": \"rest-json\", \"intervalSeconds\": 30,\n"
            "             \"retry\": {\"initialSeconds\": 2}, \"breaker\": {\"failures\": 3}, \"config\": {\"url\": \"https://x\"}},\n"
            "            {\"id\": \"mua\", \"plugin\": \"mqtt\", \"enabled\": false}]}";
        Result<ConnectorSetup> setup = parseConnectorSetup(json, QStringLiteral("connectors.json"));
        QVERIFY2(setup, qPrintable(setup.errorMessage()));
        QVERIFY2(setup.value().problems.isEmpty(), qPrintable(setup.value().problems.join(u'\n')));
        QCOMPARE(setup.value().connectors.size(), 2);
        const ConnectorInstanceSettings& paht = setup.value().connectors.at(0);
        QCOMPARE(paht.id, QStringLiteral("paht"));
        QCOMPARE(paht.plugin, QStringLiteral("rest-json"));
        QCOMPARE(paht.interval, milliseconds(30000));
        QCOMPARE(paht.staleAfter, milliseconds(90000)); // three intervals by default
        QCOMPARE(paht.retryInitial, milliseconds(2000));
        QCOMPARE(paht.retryMaximum, milliseconds(300000));
        QCOMPARE(paht.breakerFailures, 3);
        QCOMPARE(paht.breakerOpen, milliseconds(120000));
        QCOMPARE(paht.config.value(QStringLiteral("url")).toString(), QStringLiteral("https://x"));
        QVERIFY(paht.enabled);
        QVERIFY(!setup.value().connectors.at(1).enabled);
        QCOMPARE(setup.value().connectors.at(1).interval, milliseconds(60000));
    }

    void aBadConnectorIsLeftOutAndNamedTheOthersStay()
    {
        const QByteArray json = "{\"connectors\": [\n"
            "            {\"id\": \"ok1\", \"plugin\": \"rest-json\"},\n"
            "            {\"id\": \"bad\", \"plugin\": \"rest-json\", \"intervalSeconds\": -5},\n"
            "            {\"id\": \"Bad Id\", \"plugin\": \"rest-json\"},\n"
            "            {\"id\": \"ok1\", \"plugin\": \"csv-drop\"},\n"
            "            {\"id\": \"ok2\", \"plugin\": \"csv-drop\", \"typo\": 1}]}";
        Result<ConnectorSetup> setup = parseConnectorSetup(json, QStringLiteral("connectors.json"));
        QVERIFY(setup);
        QCOMPARE(setup.value().connectors.size(), 1);
        QCOMPARE(setup.value().connectors.at(0).id, QStringLiteral("ok1"));
        const QString problems = setup.value().problems.join(u'\n');
        QVERIFY2(problems.contains(u"connectors.json: /connectors/1/intervalSeconds"), qPrintable(problems));
        QVERIFY2(problems.contains(u"/connectors/2/id"), qPrintable(problems));
        QVERIFY2(problems.contains(u"/connectors/3/id") && problems.contains(u"already used"), qPrintable(problems));
        QVERIFY2(problems.contains(u"/connectors/4") && problems.contains(u"typo"), qPrintable(problems));
    }

    void malformedFilesAreErrorsThatSayWhere()
    {
        Result<ConnectorSetup> truncated = parseConnectorSetup("{\"connectors\": [{\"id\": ", QStringLiteral("c.json"));
        QVERIFY(!truncated);
        QVERIFY2(truncated.errorMessage().contains(u"c.json") && truncated.errorMessage().contains(u"byte"),
                 qPrintable(truncated.errorMessage()));
        Result<ConnectorSetup> wrongShape = parseConnectorSetup("[1, 2]", QStringLiteral("c.json"));
        QVERIFY(!wrongShape);
        QVERIFY(wrongShape.errorMessage().contains(u"connectors"));
        Result<ConnectorSetup> missing = readConnectorSetup(QStringLiteral("/nonexistent/connectors.json"));
        QVERIFY(!missing);
        QVERIFY(missing.errorMessage().contains(u"/nonexistent/connectors.json"));
    }

    void readsAFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("connectors.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"connectors\": [{\"id\": \"csv\", \"plugin\": \"csv-drop\", \"name\": \"Tệp CSV\"}]}");
        file.close();
        Result<ConnectorSetup> setup = readConnectorSetup(file.fileName());
        QVERIFY2(setup, qPrintable(setup.errorMessage()));
        QCOMPARE(setup.value().connectors.at(0).displayName(), QStringLiteral("Tệp CSV"));
    }
};

QTEST_GUILESS_MAIN(TestConnectorSetup)
#include "tst_connectorsetup.moc"
