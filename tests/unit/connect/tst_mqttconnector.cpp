// SPDX-License-Identifier: GPL-3.0-or-later
// The mqtt connector plugin, loaded from its built file, against a real Mosquitto broker that each test
// starts on a free port of 127.0.0.1 (its own configuration in a temporary folder) and publishes to
// with a libmosquitto client.
#include "connectortesthelper.h"
#include "mosquittobroker.h"

#include "core/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <mosquitto.h>

#include <atomic>
#include <optional>
#include <unistd.h>

using namespace ioc;
using namespace ioc::test;

namespace {

// A libmosquitto publisher with its own network thread; counts the broker's PUBACKs.
class Publisher {
public:
    explicit Publisher(quint16 port, const char* user = nullptr, const char* password = nullptr)
    {
        m_client = mosquitto_new(nullptr, true, this);
        mosquitto_publish_callback_set(m_client, [](mosquitto*, void* self, int) {
            static_cast<Publisher*>(self)->m_acked.fetch_add(1);
        });
        if (user)
            mosquitto_username_pw_set(m_client, user, password);
        m_connected = mosquitto_connect(m_client, "127.0.0.1", port, 30) == MOSQ_ERR_SUCCESS
            && mosquitto_loop_start(m_client) == MOSQ_ERR_SUCCESS;
    }
    ~Publisher()
    {
        mosquitto_disconnect(m_client);
        mosquitto_loop_stop(m_client, false);
        mosquitto_destroy(m_client);
    }
    bool connected() const { return m_connected; }
    bool publish(const QString& topic, const QByteArray& payload, int qos = 1)
    {
        return mosquitto_publish(m_client, nullptr, topic.toUtf8().constData(), int(payload.size()), payload.constData(),
                                 qos, false)
            == MOSQ_ERR_SUCCESS;
    }
    int acked() const { return m_acked.load(); }

private:
    mosquitto* m_client = nullptr;
    std::atomic<int> m_acked{0};
    bool m_connected = false;
};

QJsonObject rainConfig(quint16 port, const QString& clientId)
{
    return QJsonObject{
        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), port},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("reconnect"), QJsonObject{{QStringLiteral("minSeconds"), 1}, {QStringLiteral("maxSeconds"), 2}}},
        {QStringLiteral("subscriptions"),
         QJsonArray{QJsonObject{
             {QStringLiteral("topic"), QStringLiteral("ioc/rain/+/reading")},
             {QStringLiteral("assetTopicLevel"), 2},
             {QStringLiteral("assetKind"), QStringLiteral("rain_gauge")},
             {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("rain_mm_h"), QStringLiteral("/rain")}}},
             {QStringLiteral("time"), QJsonObject{{QStringLiteral("pointer"), QStringLiteral("/t")},
                                                  {QStringLiteral("format"), QStringLiteral("epoch_ms")}}}}}}};
}

QByteArray reading(int i)
{
    return QByteArray("{\"rain\":") + QByteArray::number(i) + ",\"t\":" + QByteArray::number(1798761600000LL + i) + "}";
}

QList<Observation> observationsOf(const TestConnectorContext& context)
{
    QList<Observation> all;
    for (const ConnectorBatch& batch : context.delivered())
        all += batch.records.observations;
    return all;
}

QSet<QString> distinctKeys(const QList<Observation>& observations)
{
    QSet<QString> keys;
    for (const Observation& o : observations)
        keys.insert(describe(o.asset) + u'|' + o.metric + u'|' + QString::number(o.time.toMSecsSinceEpoch()));
    return keys;
}

QList<QuarantinedRecord> quarantinedOf(const TestConnectorContext& context)
{
    QList<QuarantinedRecord> all;
    for (const ConnectorBatch& batch : context.delivered())
        all += batch.quarantined;
    return all;
}

} // namespace

class TestMqttConnector : public QObject {
    Q_OBJECT

private:
    QPluginLoader m_loader;
    ConnectorFactory* m_factory = nullptr;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};

    std::unique_ptr<Connector> make(TestConnectorContext& context)
    {
        auto made = m_factory->create(context);
        if (!made)
            qFatal("create failed: %s", qPrintable(made.errorMessage()));
        return std::move(made).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        mosquitto_lib_init();
        m_factory = loadConnectorFactory(m_loader, QStringLiteral("mqtt"));
    }
    void cleanupTestCase() { mosquitto_lib_cleanup(); }

    void deliversEveryMessageOfAFastStream()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        TestConnectorContext context(QStringLiteral("rain"), rainConfig(broker.port(), QStringLiteral("t-stream")), nullptr, m_clock);
        auto connector = make(context);
        QCOMPARE(connector->mode(), Connector::Mode::Subscribe);
        QVERIFY(connector->subscribe({}));
        QTest::qWait(300); // the subscription reaches the broker

        Publisher publisher(broker.port());
        QVERIFY(publisher.connected());
        constexpr int count = 10000;
        for (int i = 0; i < count; ++i)
            QVERIFY(publisher.publish(QStringLiteral("ioc/rain/RG-%1/reading").arg(i % 50), reading(i)));
        QTRY_COMPARE_WITH_TIMEOUT(publisher.acked(), count, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(observationsOf(context).size(), count, 60000);
        connector->unsubscribe();

        const QList<Observation> observations = observationsOf(context);
        QCOMPARE(observations.size(), count);
        QCOMPARE(distinctKeys(observations).size(), count);
        for (const Observation& o : observations) {
            const qint64 i = o.time.toMSecsSinceEpoch() - 1798761600000LL;
            QCOMPARE(o.value, double(i));
            QCOMPARE(o.asset, (RecordKey{QStringLiteral("rain"), QStringLiteral("RG-%1").arg(i % 50)}));
            QCOMPARE(o.metric, QStringLiteral("rain_mm_h"));
        }
        // Each asset comes once, before or with its first observation; batches hold at most 1,000 messages.
        QSet<QString> assets;
        for (const ConnectorBatch& batch : context.delivered()) {
            QVERIFY(batch.records.observations.size() <= 1000);
            QCOMPARE(batch.records.source, QStringLiteral("rain"));
            for (const Asset& asset : batch.records.assets) {
                QCOMPARE(asset.kind, AssetKind::RainGauge);
                QCOMPARE(asset.name, asset.key.externalId);
                QVERIFY2(!assets.contains(asset.key.externalId), qPrintable(asset.key.externalId));
                assets.insert(asset.key.externalId);
            }
        }
        QCOMPARE(assets.size(), 50);
        QVERIFY(quarantinedOf(context).isEmpty());
        QVERIFY(context.failures().isEmpty());
    }

    void quarantinesMalformedMessagesWithTheirBytes()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        QJsonObject config = rainConfig(broker.port(), QStringLiteral("t-bad"));
        QJsonArray subscriptions = config.value(QStringLiteral("subscriptions")).toArray();
        // A second subscription without a time: the receipt time from the context's clock.
        subscriptions.append(QJsonObject{{QStringLiteral("topic"), QStringLiteral("ioc/level/#")},
                                         {QStringLiteral("assetPointer"), QStringLiteral("/station/id")},
                                         {QStringLiteral("assetKind"), QStringLiteral("water_station")},
                                         {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("level_m"), QStringLiteral("/level")},
                                                                                 {QStringLiteral("ph"), QStringLiteral("/q/ph")}}}});
        config.insert(QStringLiteral("subscriptions"), subscriptions);
        TestConnectorContext context(QStringLiteral("sensors"), config, nullptr, m_clock);
        auto connector = make(context);
        QVERIFY(connector->subscribe({}));
        QTest::qWait(300);

        const QList<std::pair<QByteArray, QString>> bad = {
            {"rain: 12", QStringLiteral("not JSON")},
            {"{\"t\":1798761600000}", QStringLiteral("/rain: metric rain_mm_h is missing")},
            {"{\"rain\":\"12\",\"t\":1798761600000}", QStringLiteral("/rain: metric rain_mm_h is '12', not a finite number")},
            // Qt's JSON parser refuses numbers beyond a double and NaN/Infinity literals: not JSON.
            {"{\"rain\":1e999,\"t\":1798761600000}", QStringLiteral("not JSON (illegal number")},
            {"{\"rain\":NaN,\"t\":1798761600000}", QStringLiteral("not JSON")},
            {"{\"rain\":null,\"t\":1798761600000}", QStringLiteral("is null, not a finite number")},
            {"{\"rain\":1,\"t\":\"yesterday\"}", QStringLiteral("/t: 'yesterday' is not a number")},
            {"{\"rain\":1,\"note\":\"\xc3\x28\",\"t\":1}", QStringLiteral("not valid UTF-8")},
        };
        Publisher publisher(broker.port());
        QVERIFY(publisher.connected());
        for (const auto& [payload, reason] : bad)
            QVERIFY(publisher.publish(QStringLiteral("ioc/rain/RG-1/reading"), payload));
        QVERIFY(publisher.publish(QStringLiteral("ioc/level/north"), R"({"station":{"id":"WS-2"},"q":{"ph":7.1}})"));
        QVERIFY(publisher.publish(QStringLiteral("ioc/level/north"), R"({"station":{"id":"WS-2"},"level":1.25,"q":{"ph":7.1}})"));
        QVERIFY(publisher.publish(QStringLiteral("ioc/level/north"), R"({"level":1.25})"));

        QTRY_COMPARE_WITH_TIMEOUT(quarantinedOf(context).size(), bad.size() + 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(observationsOf(context).size(), 2, 10000);
        connector->unsubscribe();

        const QList<QuarantinedRecord> quarantined = quarantinedOf(context);
        for (qsizetype i = 0; i < bad.size(); ++i) {
            QCOMPARE(quarantined.at(i).payload, bad.at(i).first); // the raw bytes, as published
            QCOMPARE(quarantined.at(i).recordType, QStringLiteral("observation"));
            QVERIFY2(quarantined.at(i).reason.contains(QStringLiteral("topic ioc/rain/RG-1/reading")), qPrintable(quarantined.at(i).reason));
            QVERIFY2(quarantined.at(i).reason.contains(bad.at(i).second), qPrintable(quarantined.at(i).reason));
        }
        QVERIFY2(quarantined.at(bad.size()).reason.contains(QStringLiteral("/level: metric level_m is missing")),
                 qPrintable(quarantined.at(bad.size()).reason));
        QVERIFY2(quarantined.at(bad.size() + 1).reason.contains(QStringLiteral("/station/id: the asset id is missing")),
                 qPrintable(quarantined.at(bad.size() + 1).reason));

        // Both metrics of the good message, at the time of receipt, on the asset named by the pointer.
        const QList<Observation> observations = observationsOf(context);
        QCOMPARE(observations.at(0).metric, QStringLiteral("level_m"));
        QCOMPARE(observations.at(0).value, 1.25);
        QCOMPARE(observations.at(1).metric, QStringLiteral("ph"));
        QCOMPARE(observations.at(1).value, 7.1);
        for (const Observation& o : observations) {
            QCOMPARE(o.asset, (RecordKey{QStringLiteral("sensors"), QStringLiteral("WS-2")}));
            QCOMPARE(o.time, m_clock.now());
        }
        QList<Asset> assets;
        for (const ConnectorBatch& batch : context.delivered())
            assets += batch.records.assets;
        QCOMPARE(assets.size(), 1);
        QCOMPARE(assets.first().kind, AssetKind::WaterStation);
    }

    void reconnectsAfterTheBrokerRestarts()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        TestConnectorContext context(QStringLiteral("rain"), rainConfig(broker.port(), QStringLiteral("t-restart")), nullptr, m_clock);
        auto connector = make(context);
        QVERIFY(connector->subscribe({}));
        QTest::qWait(300);
        {
            Publisher publisher(broker.port());
            QVERIFY(publisher.connected());
            for (int i = 0; i < 100; ++i)
                QVERIFY(publisher.publish(QStringLiteral("ioc/rain/RG-1/reading"), reading(i)));
            QTRY_COMPARE_WITH_TIMEOUT(observationsOf(context).size(), 100, 10000);
        }

        broker.stop();
        QTRY_COMPARE_WITH_TIMEOUT(context.failures().size(), 1, 10000);
        QVERIFY2(context.failures().first().contains(QStringLiteral("lost the connection to the MQTT broker 127.0.0.1:%1")
                                                         .arg(broker.port())),
                 qPrintable(context.failures().first()));
        QCOMPARE(context.recoveries(), 0);
        QTest::qWait(1500); // at least one refused reconnect attempt while the broker is away

        QVERIFY(broker.start());
        QTRY_COMPARE_WITH_TIMEOUT(context.recoveries(), 1, 15000);
        QCOMPARE(context.failures().size(), 1); // one outage, reported once
        QTest::qWait(300);
        Publisher publisher(broker.port());
        QVERIFY(publisher.connected());
        for (int i = 100; i < 200; ++i)
            QVERIFY(publisher.publish(QStringLiteral("ioc/rain/RG-1/reading"), reading(i)));
        QTRY_COMPARE_WITH_TIMEOUT(distinctKeys(observationsOf(context)).size(), 200, 10000);
        connector->unsubscribe();
    }

    void theBrokerKeepsMessagesWhileTheConnectorIsAway()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        const QJsonObject config = rainConfig(broker.port(), QStringLiteral("t-session"));
        {
            TestConnectorContext context(QStringLiteral("rain"), config, nullptr, m_clock);
            auto connector = make(context);
            QVERIFY(connector->subscribe({}));
            QTest::qWait(500); // subscribed: the broker now holds a session for t-session
            connector->unsubscribe();
        }
        Publisher publisher(broker.port());
        QVERIFY(publisher.connected());
        for (int i = 0; i < 100; ++i)
            QVERIFY(publisher.publish(QStringLiteral("ioc/rain/RG-7/reading"), reading(i)));
        QTRY_COMPARE_WITH_TIMEOUT(publisher.acked(), 100, 10000);

        TestConnectorContext context(QStringLiteral("rain"), config, nullptr, m_clock);
        auto connector = make(context);
        QVERIFY(connector->subscribe({}));
        QTRY_COMPARE_WITH_TIMEOUT(distinctKeys(observationsOf(context)).size(), 100, 10000);
        connector->unsubscribe();
    }

    void keepsAndRetriesABatchTheHostRefused()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        TestConnectorContext context(QStringLiteral("rain"), rainConfig(broker.port(), QStringLiteral("t-retry")), nullptr, m_clock);
        context.setRefuseDeliveries(true);
        auto connector = make(context);
        QVERIFY(connector->subscribe({}));
        QTest::qWait(300);
        Publisher publisher(broker.port());
        QVERIFY(publisher.connected());
        for (int i = 0; i < 50; ++i)
            QVERIFY(publisher.publish(QStringLiteral("ioc/rain/RG-1/reading"), reading(i)));
        QTest::qWait(1000); // several refused attempts
        QVERIFY(context.delivered().isEmpty());
        for (int i = 50; i < 100; ++i)
            QVERIFY(publisher.publish(QStringLiteral("ioc/rain/RG-1/reading"), reading(i)));
        context.setRefuseDeliveries(false);
        QTRY_COMPARE_WITH_TIMEOUT(observationsOf(context).size(), 100, 15000);
        connector->unsubscribe();
        QCOMPARE(distinctKeys(observationsOf(context)).size(), 100);
    }

    void unsubscribeDeliversWhatIsBuffered()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        QJsonObject config = rainConfig(broker.port(), QStringLiteral("t-flush"));
        config.insert(QStringLiteral("batch"), QJsonObject{{QStringLiteral("maxMessages"), 100000}, {QStringLiteral("maxDelayMs"), 60000}});
        TestConnectorContext context(QStringLiteral("rain"), config, nullptr, m_clock);
        auto connector = make(context);
        QVERIFY(connector->subscribe({}));
        QTest::qWait(300);
        Publisher publisher(broker.port());
        QVERIFY(publisher.connected());
        for (int i = 0; i < 20; ++i)
            QVERIFY(publisher.publish(QStringLiteral("ioc/rain/RG-1/reading"), reading(i)));
        QTRY_COMPARE_WITH_TIMEOUT(publisher.acked(), 20, 5000);
        QTest::qWait(1000); // the broker forwards them; the batch waits for its minute
        QVERIFY(context.delivered().isEmpty());
        connector->unsubscribe();
        QCOMPARE(observationsOf(context).size(), 20);
    }

    void aWrongPasswordIsReportedWithoutThePassword()
    {
        MosquittoBroker broker(QStringLiteral("allow_anonymous false\npassword_file {dir}/passwords\n"));
        QProcess passwd;
        passwd.start(QStringLiteral("mosquitto_passwd"),
                     {QStringLiteral("-c"), QStringLiteral("-b"), broker.folder() + QStringLiteral("/passwords"),
                      QStringLiteral("ioc"), QStringLiteral("right-horse-battery")});
        QVERIFY(passwd.waitForFinished(10000));
        QCOMPARE(passwd.exitCode(), 0);
        QVERIFY(broker.start());

        QJsonObject config = rainConfig(broker.port(), QStringLiteral("t-auth"));
        config.insert(QStringLiteral("username"), QStringLiteral("ioc"));
        config.insert(QStringLiteral("password"), QStringLiteral("wrong-staple-7391"));
        {
            TestConnectorContext context(QStringLiteral("rain"), config, nullptr, m_clock);
            auto connector = make(context);
            QVERIFY(connector->subscribe({}));
            QTRY_VERIFY_WITH_TIMEOUT(!context.failures().isEmpty(), 10000);
            const QString reason = context.failures().first();
            QVERIFY2(reason.contains(QStringLiteral("refused the connection")) && reason.contains(QStringLiteral("not authorised")),
                     qPrintable(reason));
            QVERIFY(!reason.contains(QStringLiteral("wrong-staple-7391")));
            connector->unsubscribe();
        }
        // The same broker with the right password (from the environment): connected, and messages arrive.
        qputenv("IOC_TEST_MQTT_PASSWORD", "right-horse-battery");
        config.remove(QStringLiteral("password"));
        config.insert(QStringLiteral("passwordEnv"), QStringLiteral("IOC_TEST_MQTT_PASSWORD"));
        TestConnectorContext context(QStringLiteral("rain"), config, nullptr, m_clock);
        auto connector = make(context);
        QVERIFY(connector->subscribe({}));
        QTest::qWait(500);
        Publisher publisher(broker.port(), "ioc", "right-horse-battery");
        QVERIFY(publisher.connected());
        QVERIFY(publisher.publish(QStringLiteral("ioc/rain/RG-1/reading"), reading(1)));
        QTRY_COMPARE_WITH_TIMEOUT(observationsOf(context).size(), 1, 10000);
        QVERIFY(context.failures().isEmpty());
        connector->unsubscribe();
    }

    // A CA and a server certificate for 127.0.0.1 made with openssl, a second CA that did not sign it. The
    // broker listens twice: plain for the publisher, TLS for the connector.
    void tlsIsVerifiedByDefault()
    {
        QTemporaryDir certs;
        const auto openssl = [&](const QStringList& arguments) {
            QProcess process;
            process.setWorkingDirectory(certs.path());
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(QStringLiteral("openssl"), arguments);
            const bool ok = process.waitForFinished(60000) && process.exitCode() == 0;
            if (!ok)
                qWarning() << "openssl" << arguments << process.readAll();
            return ok;
        };
        QFile san(certs.filePath(QStringLiteral("san.cnf")));
        QVERIFY(san.open(QIODevice::WriteOnly));
        san.write("subjectAltName=IP:127.0.0.1\n");
        san.close();
        const QString days = QStringLiteral("2");
        QVERIFY(openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", days, "-subj", "/CN=IOC Test CA"}));
        QVERIFY(openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other.key", "-out", "other.pem", "-days", days, "-subj", "/CN=Other CA"}));
        QVERIFY(openssl({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"}));
        QVERIFY(openssl({"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.pem",
                         "-days", days, "-extfile", "san.cnf"}));

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 tlsPort = probe.serverPort();
        probe.close();
        MosquittoBroker broker(QStringLiteral("allow_anonymous true\nlistener %1 127.0.0.1\ncafile %2/ca.pem\ncertfile %2/server.pem\nkeyfile %2/server.key\n")
                          .arg(tlsPort).arg(certs.path()));
        QVERIFY(broker.start());
        QTRY_VERIFY_WITH_TIMEOUT([&] { QTcpSocket s; s.connectToHost(QHostAddress::LocalHost, tlsPort); return s.waitForConnected(100); }(), 5000);

        const auto tlsConfig = [&](const QString& clientId, const QString& caFile, std::optional<bool> verify) {
            QJsonObject config = rainConfig(tlsPort, clientId);
            QJsonObject tls{{QStringLiteral("enabled"), true}, {QStringLiteral("caFile"), certs.filePath(caFile)}};
            if (verify)
                tls.insert(QStringLiteral("verify"), *verify);
            config.insert(QStringLiteral("tls"), tls);
            return config;
        };
        Publisher publisher(broker.port());
        QVERIFY(publisher.connected());

        // The right CA: connected over TLS, messages arrive.
        TestConnectorContext trusted(QStringLiteral("rain"), tlsConfig(QStringLiteral("t-tls"), QStringLiteral("ca.pem"), std::nullopt), nullptr, m_clock);
        auto connector = make(trusted);
        QVERIFY(connector->subscribe({}));
        QTest::qWait(1000);
        QVERIFY2(trusted.failures().isEmpty(), qPrintable(trusted.failures().join(u'\n')));
        QVERIFY(publisher.publish(QStringLiteral("ioc/rain/RG-1/reading"), reading(1)));
        QTRY_COMPARE_WITH_TIMEOUT(observationsOf(trusted).size(), 1, 10000);
        connector->unsubscribe();

        // A CA that did not sign the broker's certificate: refused, and said so.
        TestConnectorContext untrusted(QStringLiteral("rain"), tlsConfig(QStringLiteral("t-tls-other"), QStringLiteral("other.pem"), std::nullopt), nullptr, m_clock);
        connector = make(untrusted);
        QVERIFY(connector->subscribe({}));
        QTRY_VERIFY_WITH_TIMEOUT(!untrusted.failures().isEmpty(), 15000);
        // Reported at once ("A TLS error occurred (OpenSSL …)") or after the connection timeout, depending
        // on whether libmosquitto's first handshake finishes in connect_async; OpenSSL's reason either way.
        QVERIFY2(untrusted.failures().first().contains(QStringLiteral("certificate verify failed")),
                 qPrintable(untrusted.failures().first()));
        QVERIFY(publisher.publish(QStringLiteral("ioc/rain/RG-1/reading"), reading(2)));
        QTest::qWait(500);
        QVERIFY(observationsOf(untrusted).isEmpty());
        connector->unsubscribe();

        // The same with verification turned off (test brokers only): connected.
        TestConnectorContext unverified(QStringLiteral("rain"), tlsConfig(QStringLiteral("t-tls-off"), QStringLiteral("other.pem"), false), nullptr, m_clock);
        connector = make(unverified);
        QVERIFY(connector->subscribe({}));
        QTest::qWait(1000);
        QVERIFY2(unverified.failures().isEmpty(), qPrintable(unverified.failures().join(u'\n')));
        QVERIFY(publisher.publish(QStringLiteral("ioc/rain/RG-1/reading"), reading(3)));
        QTRY_COMPARE_WITH_TIMEOUT(observationsOf(unverified).size(), 1, 10000);
        connector->unsubscribe();
    }

    void aBrokerThatIsNotThereIsReported()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        TestConnectorContext context(QStringLiteral("rain"), rainConfig(port, QStringLiteral("t-none")), nullptr, m_clock);
        auto connector = make(context);
        QVERIFY(connector->subscribe({})); // not fatal: it keeps trying
        QTRY_VERIFY_WITH_TIMEOUT(!context.failures().isEmpty(), 5000);
        QVERIFY2(context.failures().first().contains(QStringLiteral("Connection refused")), qPrintable(context.failures().first()));
        connector->unsubscribe();
    }

    void aBadConfigurationNamesTheSetting_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        const auto subscription = [](const char* key, const QJsonValue& value) {
            QJsonObject s{{QStringLiteral("topic"), QStringLiteral("a/+/b")}, {QStringLiteral("assetTopicLevel"), 1},
                          {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("m"), QStringLiteral("/m")}}}};
            s.insert(QLatin1String(key), value);
            return QJsonValue(QJsonArray{s});
        };
        QTest::newRow("topic") << "subscriptions" << subscription("topic", QStringLiteral("a/#/b")) << "subscriptions/0/topic";
        QTest::newRow("level") << "subscriptions" << subscription("assetTopicLevel", 3) << "subscriptions/0/assetTopicLevel";
        QTest::newRow("pointer") << "subscriptions" << subscription("metrics", QJsonObject{{QStringLiteral("m"), QStringLiteral("m")}})
                                 << "subscriptions/0/metrics/m";
        QTest::newRow("kind") << "subscriptions" << subscription("assetKind", QStringLiteral("tank")) << "subscriptions/0/assetKind";
        QTest::newRow("qos") << "qos" << QJsonValue(3) << "qos";
        QTest::newRow("passwordEnv") << "passwordEnv" << QJsonValue(QStringLiteral("IOC_NOT_SET_ANYWHERE")) << "passwordEnv";
    }
    void aBadConfigurationNamesTheSetting()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject config = rainConfig(1883, QStringLiteral("t-config"));
        config.insert(key, value);
        config.insert(QStringLiteral("username"), QStringLiteral("u"));
        TestConnectorContext context(QStringLiteral("rain"), config, nullptr, m_clock);
        auto made = m_factory->create(context);
        QVERIFY(!made);
        QVERIFY2(made.errorMessage().startsWith(message + u':'), qPrintable(made.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestMqttConnector)
#include "tst_mqttconnector.moc"
