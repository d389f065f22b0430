// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 7's acceptance, end to end: the host runs the real plugins against real servers on 127.0.0.1 and
// writes into a real store (SQLite; PostgreSQL in the _postgresql variant).
//  1. the HTTP server killed in the middle of a paginated pull and started again: every record once;
//  3. a TLS server with an untrusted certificate is refused with a clear error; with the test CA it works;
//  4. malformed records land in quarantine with the reason, the valid ones of the same page are stored,
//     and a page read again does not hold them twice;
//  5. 10,000 MQTT messages published at full speed arrive as 10,000 observations.
#include "../store/storetesthelper.h"
#include "connect/connectorcatalogue.h"
#include "connect/connectorhost.h"
#include "connect/transport.h"
#include "core/clock.h"
#include "mosquittobroker.h"
#include "serverprocess.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ioc;
using namespace std::chrono_literals;

namespace {

constexpr int kRecords = 500;
constexpr int kBadEvery = 50; // faulthttp --bad-every: records 50, 100… have no valid time

QJsonObject parse(QByteArray json)
{
    json.replace('`', '"');
    return QJsonDocument::fromJson(json).object();
}

QString tlsFile(const QString& name) { return QDir(qEnvironmentVariable("IOC_TEST_DATA")).filePath(QStringLiteral("tls/") + name); }

// faulthttp's records ({id, title, time, lat, lon, status}) as field reports.
QJsonObject itemsConnector(const QString& url, const QJsonObject& transport = {})
{
    QJsonObject config = parse("{`records`: `/items`, `pagination`: {`kind`: `page`, `pageSize`: 20},"
                               " `mapping`: {`target`: `case`, `fields`: {"
                               "  `externalId`: {`path`: `/id`}, `category`: {`value`: `field_report`},"
                               "  `title`: {`path`: `/title`}, `opened`: {`path`: `/time`, `time`: `iso`},"
                               "  `latitude`: {`path`: `/lat`}, `longitude`: {`path`: `/lon`},"
                               "  `status`: {`path`: `/status`, `map`: {`open`: `pending`, `closed`: `closed`}}}}}");
    config.insert(QStringLiteral("url"), url);
    if (!transport.isEmpty())
        config.insert(QStringLiteral("transport"), transport);
    return config;
}

ConnectorInstanceSettings instance(const QString& id, const QString& plugin, const QJsonObject& config)
{
    ConnectorInstanceSettings settings;
    settings.id = id;
    settings.plugin = plugin;
    settings.interval = 100ms;
    settings.retryInitial = 50ms;
    settings.retryMaximum = 300ms;
    settings.breakerFailures = 1000;
    settings.config = config;
    return settings;
}

} // namespace

class TestConnectorEndToEnd : public QObject {
    Q_OBJECT

    std::unique_ptr<test::FreshStore> m_store;
    std::unique_ptr<Database> m_database;
    ConnectorCatalogue m_catalogue;
    Transport m_transport;
    SystemClock m_clock;

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_database->connection());
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }
    QString statusOf(const QString& id, const QString& column)
    {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT %1 FROM connector_status WHERE connector_id = ?").arg(column));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }
    std::unique_ptr<ConnectorHost> host()
    {
        ConnectorHost::Options options;
        options.storeUrl = m_store->url();
        options.seed = 7;
        return std::make_unique<ConnectorHost>(m_catalogue, m_transport, m_clock, nullptr, options);
    }

private Q_SLOTS:
    void initTestCase() { m_catalogue.scan({qEnvironmentVariable("IOC_TEST_CONNECTOR_DIR")}); }
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

    void aServerKilledMidPaginationLosesAndDoublesNothing()
    {
        test::ServerProcess server;
        // 25 pages of 20, each taking 100 ms to come: the kill lands in the middle of the pull.
        const QStringList args{QStringLiteral("--records"), QString::number(kRecords), QStringLiteral("--bad-every"),
                               QString::number(kBadEvery), QStringLiteral("--page-delay"), QStringLiteral("0.1")};
        const QString python = test::pythonWith(QStringLiteral("json"));
        QVERIFY(server.start(python, QStringLiteral("scripts/test-servers/faulthttp.py"), args));
        auto running = host();
        running->start({{instance(QStringLiteral("paht"), QStringLiteral("rest-json"),
                                  itemsConnector(server.url(QStringLiteral("http"), QStringLiteral("/api/items"))))}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")) >= 100, 30000);
        server.stop(); // killed in the middle of the pull (25 pages of 20)
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")) < kRecords - kRecords / kBadEvery);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("paht"), QStringLiteral("state")), QStringLiteral("backing_off"), 20000);
        // The error names the server (the request in flight broke, or the next one was refused).
        const QString error = statusOf(QStringLiteral("paht"), QStringLiteral("last_error"));
        QVERIFY2(error.contains(server.url(QStringLiteral("http"), QStringLiteral("/api/items"))), qPrintable(error));
        QVERIFY(server.start(python, QStringLiteral("scripts/test-servers/faulthttp.py"), args)); // the same port
        const qint64 valid = kRecords - kRecords / kBadEvery;
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), valid, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM quarantine")), qint64(kRecords / kBadEvery), 30000);
        // The source is read again every 100 ms: nothing doubles while it is.
        QTest::qWait(1500);
        running->stop();
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), valid);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT external_id) FROM cases")), valid);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM quarantine")), qint64(kRecords / kBadEvery));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE external_id = 'item-000050'")), 0);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT reason, payload FROM quarantine ORDER BY id")) && query.next());
        QVERIFY2(query.value(0).toString().contains(u"/time") && query.value(0).toString().contains(u"31/02/2026"),
                 qPrintable(query.value(0).toString()));
        QVERIFY(query.value(1).toByteArray().contains("item-000050"));
    }

    void anUntrustedCertificateIsRefusedAndTheTestCaWorks()
    {
        test::ServerProcess server;
        QVERIFY(server.start(test::pythonWith(QStringLiteral("ssl")), QStringLiteral("scripts/test-servers/faulthttp.py"),
                             {QStringLiteral("--records"), QStringLiteral("40"), QStringLiteral("--tls"),
                              tlsFile(QStringLiteral("server.pem")), tlsFile(QStringLiteral("server.key"))}));
        const QString url = server.url(QStringLiteral("https"), QStringLiteral("/api/items"));
        const QJsonObject withCa{{QStringLiteral("tls"), QJsonObject{{QStringLiteral("caFile"), tlsFile(QStringLiteral("ca.pem"))}}}};
        auto running = host();
        running->start({{instance(QStringLiteral("untrusted"), QStringLiteral("rest-json"), itemsConnector(url)),
                         instance(QStringLiteral("trusted"), QStringLiteral("rest-json"), itemsConnector(url, withCa))},
                        {}});
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE source = 'trusted'")), 40, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("untrusted"), QStringLiteral("state")), QStringLiteral("backing_off"), 20000);
        running->stop();
        const QString error = statusOf(QStringLiteral("untrusted"), QStringLiteral("last_error"));
        QVERIFY2(error.contains(u"certificate is not trusted") && error.contains(url), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE source = 'untrusted'")), 0);
    }

    void tenThousandMqttMessagesBecomeTenThousandObservations()
    {
        test::MosquittoBroker broker;
        QVERIFY(broker.start());
        const QJsonObject config = parse("{`host`: `127.0.0.1`, `clientId`: `e2e-rain`, `qos`: 1,"
                                         " `subscriptions`: [{`topic`: `ioc/rain/+/reading`, `assetTopicLevel`: 2,"
                                         "  `assetKind`: `rain_gauge`, `metrics`: {`rain_mm_h`: `/rain`},"
                                         "  `time`: {`pointer`: `/t`, `format`: `epoch_ms`}}]}");
        QJsonObject withPort = config;
        withPort.insert(QStringLiteral("port"), int(broker.port()));
        auto running = host();
        running->start({{instance(QStringLiteral("mua"), QStringLiteral("mqtt"), withPort)}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("mua"), QStringLiteral("state")), QStringLiteral("subscribed"), 20000);
        // The subscription is in place once a probe message comes through (subscribing is asynchronous).
        const auto publishOne = [&](const QString& topic, const QByteArray& message) {
            QProcess::execute(QStringLiteral("mosquitto_pub"),
                              {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(broker.port()),
                               QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-t"), topic, QStringLiteral("-m"),
                               QString::fromUtf8(message)});
        };
        const QString probes = QStringLiteral("SELECT COUNT(*) FROM observations o JOIN assets a ON a.id = o.asset_id "
                                              "WHERE a.external_id = 'PROBE'");
        for (int attempt = 0; attempt < 50 && scalar(probes) == 0; ++attempt) {
            publishOne(QStringLiteral("ioc/rain/PROBE/reading"), QStringLiteral("{\"rain\": 0, \"t\": %1}").arg(1767225600000LL + attempt).toUtf8());
            QTest::qWait(200);
        }
        QVERIFY(scalar(probes) > 0);
        const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM observations"));

        // 10,000 messages from 10 gauges, as fast as mosquitto_pub sends them (one connection, QoS 1).
        QByteArray lines;
        for (int i = 0; i < 10000; ++i)
            lines += QStringLiteral("{\"rain\": %1, \"t\": %2}\n").arg(i % 97 / 10.0).arg(1767225600000LL + i * 1000LL).toUtf8();
        for (int gauge = 0; gauge < 10; ++gauge) {
            QProcess publish;
            publish.start(QStringLiteral("mosquitto_pub"),
                          {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(broker.port()),
                           QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-t"),
                           QStringLiteral("ioc/rain/RG-%1/reading").arg(gauge), QStringLiteral("-l")});
            QVERIFY(publish.waitForStarted());
            const QList<QByteArray> all = lines.split('\n');
            QByteArray part;
            for (int i = gauge * 1000; i < (gauge + 1) * 1000; ++i)
                part += all.at(i) + '\n';
            publish.write(part);
            publish.closeWriteChannel();
            QVERIFY(publish.waitForFinished(60000));
            QCOMPARE(publish.exitCode(), 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM observations")), before + 10000, 60000);
        running->stop();
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM observations")), before + 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM assets WHERE kind = 'rain_gauge' AND external_id <> 'PROBE'")), 10);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM quarantine")), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectorEndToEnd)
#include "tst_connectorendtoend.moc"
