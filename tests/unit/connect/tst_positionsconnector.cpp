// SPDX-License-Identifier: GPL-3.0-or-later
// The positions connector plugin, loaded from its built file: real HTTP requests (QNetworkAccessManager,
// and a raw socket where the request must be malformed) to its OsmAnd endpoint on a free port.
#include "connectortesthelper.h"

#include "core/clock.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace ioc;
using namespace ioc::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    return probe.serverPort();
}

struct Answer {
    int status = 0;
    QByteArray body;
};

QList<UnitPosition> positionsOf(const TestConnectorContext& context)
{
    QList<UnitPosition> all;
    for (const ConnectorBatch& batch : context.delivered())
        all += batch.records.positions;
    return all;
}

QList<Asset> assetsOf(const TestConnectorContext& context)
{
    QList<Asset> all;
    for (const ConnectorBatch& batch : context.delivered())
        all += batch.records.assets;
    return all;
}

QList<QuarantinedRecord> quarantinedOf(const TestConnectorContext& context)
{
    QList<QuarantinedRecord> all;
    for (const ConnectorBatch& batch : context.delivered())
        all += batch.quarantined;
    return all;
}

// Sends raw bytes and reads until the server closes or timeoutMs passes. The server runs on this
// thread: wait with the event loop running (QTest::qWait), never with the blocking waitFor…().
QByteArray exchangeRaw(quint16 port, const QByteArray& bytes, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    bool written = false;
    while (timer.elapsed() < timeoutMs) {
        QTest::qWait(10);
        if (!written && socket.state() == QAbstractSocket::ConnectedState) {
            socket.write(bytes);
            written = true;
        }
        received += socket.readAll();
        if (written && socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    return received + socket.readAll();
}

} // namespace

class TestPositionsConnector : public QObject {
    Q_OBJECT

private:
    QPluginLoader m_loader;
    ConnectorFactory* m_factory = nullptr;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(8, 30), Qt::UTC)};
    QNetworkAccessManager m_network;
    quint16 m_port = 0;

    std::unique_ptr<TestConnectorContext> m_context;
    std::unique_ptr<Connector> m_connector;

    void start(QJsonObject config = {})
    {
        m_port = freePort();
        config.insert(QStringLiteral("port"), m_port);
        m_context = std::make_unique<TestConnectorContext>(QStringLiteral("gps"), config, nullptr, m_clock);
        auto made = m_factory->create(*m_context);
        if (!made)
            qFatal("create failed: %s", qPrintable(made.errorMessage()));
        m_connector = std::move(made).value();
        if (auto subscribed = m_connector->subscribe({}); !subscribed)
            qFatal("subscribe failed: %s", qPrintable(subscribed.errorMessage()));
    }

    Answer send(const QByteArray& method, const QString& query, const QByteArray& body = {},
                const QByteArray& contentType = "application/x-www-form-urlencoded")
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(query)));
        QNetworkReply* reply = nullptr;
        if (method == "POST") {
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
            reply = m_network.post(request, body);
        } else {
            reply = m_network.get(request);
        }
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return answer;
    }

private Q_SLOTS:
    void initTestCase() { m_factory = loadConnectorFactory(m_loader, QStringLiteral("positions")); }
    void cleanup()
    {
        m_connector.reset();
        m_context.reset();
    }

    void aGetStoresThePositionAndTheUnitOnce()
    {
        start();
        QCOMPARE(m_connector->mode(), Connector::Mode::Subscribe);
        Answer answer = send("GET", QStringLiteral("?id=P-01&lat=9.1769&lon=105.1524&timestamp=1798761600&speed=10&batt=80"));
        QCOMPARE(answer.status, 200);
        answer = send("GET", QStringLiteral("?id=P-01&lat=9.18&lon=105.16&timestamp=1798761660"));
        QCOMPARE(answer.status, 200);

        const QList<UnitPosition> positions = positionsOf(*m_context);
        QCOMPARE(positions.size(), 2);
        QCOMPARE(positions.at(0).unit, (RecordKey{QStringLiteral("gps"), QStringLiteral("P-01")}));
        QCOMPARE(positions.at(0).time, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(positions.at(0).position.latitude(), 9.1769);
        QCOMPARE(positions.at(0).position.longitude(), 105.1524);
        QCOMPARE(positions.at(0).speedKmh, 18.52); // 10 knots
        QCOMPARE(positions.at(1).time, QDateTime(QDate(2027, 1, 1), QTime(0, 1), Qt::UTC));
        QCOMPARE(positions.at(1).speedKmh, 0.0);
        // The unit's asset comes with its first position only, already placed there.
        const QList<Asset> assets = assetsOf(*m_context);
        QCOMPARE(assets.size(), 1);
        QCOMPARE(assets.first().key, positions.first().unit);
        QCOMPARE(assets.first().kind, AssetKind::PatrolUnit);
        QCOMPARE(assets.first().name, QStringLiteral("P-01"));
        QCOMPARE(assets.first().position, positions.first().position);
        QCOMPARE(m_context->delivered().first().dataTime, positions.first().time);
        QCOMPARE(m_context->delivered().first().records.source, QStringLiteral("gps"));
    }

    void aFormPostAndOtherTimeFormatsAreRead()
    {
        start();
        QCOMPARE(send("POST", QString(), "id=P%2002&lat=9.2&lon=105.1&timestamp=2026-11-22T08%3A00%3A00Z&speed=1").status, 200);
        QCOMPARE(send("POST", QString(), "deviceid=P-03&location=9.3%2C105.2&timestamp=1798761600123").status, 200);
        QCOMPARE(send("GET", QStringLiteral("?id=P-04&lat=-1&lon=-2&timestamp=2026-11-22+07:59:00")).status, 200);
        QCOMPARE(send("GET", QStringLiteral("?id=P-05&lat=1&lon=2")).status, 200); // no time: the time of receipt
        // The tracker says it has no fix: acknowledged, not stored.
        const Answer noFix = send("GET", QStringLiteral("?id=P-05&lat=0&lon=0&valid=false"));
        QCOMPARE(noFix.status, 200);
        QVERIFY(noFix.body.startsWith("not stored"));

        const QList<UnitPosition> positions = positionsOf(*m_context);
        QCOMPARE(positions.size(), 4);
        QCOMPARE(positions.at(0).unit.externalId, QStringLiteral("P 02"));
        QCOMPARE(positions.at(0).time, QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));
        QCOMPARE(positions.at(0).speedKmh, 1.852);
        QCOMPARE(positions.at(1).unit.externalId, QStringLiteral("P-03"));
        QCOMPARE(positions.at(1).position, QGeoCoordinate(9.3, 105.2));
        QCOMPARE(positions.at(1).time.toMSecsSinceEpoch(), 1798761600123LL); // milliseconds
        QCOMPARE(positions.at(2).time, QDateTime(QDate(2026, 11, 22), QTime(7, 59), Qt::UTC));
        QCOMPARE(positions.at(3).time, m_clock.now());
    }

    void theJsonOfTraccarClientIsRead()
    {
        start();
        const QByteArray body = R"({"location":{"timestamp":"2026-11-22T08:10:00.000Z","coords":{"latitude":9.25,"longitude":105.5,"speed":5,"heading":90},"is_moving":true,"battery":{"level":0.8}},"device_id":"P-06"})";
        QCOMPARE(send("POST", QString(), body, "application/json").status, 200);
        const QList<UnitPosition> positions = positionsOf(*m_context);
        QCOMPARE(positions.size(), 1);
        QCOMPARE(positions.first().unit.externalId, QStringLiteral("P-06"));
        QCOMPARE(positions.first().speedKmh, 18.0); // m/s in this format
        QCOMPARE(positions.first().time, QDateTime(QDate(2026, 11, 22), QTime(8, 10), Qt::UTC));
    }

    void aBadPositionIsAnsweredAndQuarantined_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("reason");
        QTest::newRow("latitude") << "?id=P-01&lat=123&lon=105" << "lat: 123 is outside -90…90";
        QTest::newRow("not a number") << "?id=P-01&lat=9.1&lon=east" << "lon: 'east' is not a number";
        QTest::newRow("no id") << "?lat=9.1&lon=105" << "id: missing";
        QTest::newRow("no position") << "?id=P-01" << "lat, lon: missing";
        QTest::newRow("time") << "?id=P-01&lat=9&lon=105&timestamp=yesterday" << "timestamp: 'yesterday' is not";
        QTest::newRow("twice") << "?id=P-01&id=P-02&lat=9&lon=105" << "id: given twice";
        QTest::newRow("speed") << "?id=P-01&lat=9&lon=105&speed=-3" << "speed: -3 is negative";
        QTest::newRow("nan") << "?id=P-01&lat=nan&lon=105" << "lat: 'nan' is not a number";
    }
    void aBadPositionIsAnsweredAndQuarantined()
    {
        QFETCH(QString, query);
        QFETCH(QString, reason);
        start();
        const Answer answer = send("GET", query);
        QCOMPARE(answer.status, 400);
        QVERIFY2(QString::fromUtf8(answer.body).contains(reason), answer.body.constData());
        QVERIFY(positionsOf(*m_context).isEmpty());
        const QList<QuarantinedRecord> quarantined = quarantinedOf(*m_context);
        QCOMPARE(quarantined.size(), 1);
        QCOMPARE(quarantined.first().recordType, QStringLiteral("position"));
        QCOMPARE(quarantined.first().payload, "GET /" + query.toUtf8() + " HTTP/1.1"); // the raw request line
        QVERIFY2(quarantined.first().reason.contains(reason), qPrintable(quarantined.first().reason));
    }

    void onlyListedUnitsMayReport()
    {
        start(QJsonObject{{QStringLiteral("units"), QJsonArray{QStringLiteral("P-01"), QStringLiteral("P-02")}}});
        const Answer refused = send("GET", QStringLiteral("?id=P-09&lat=9&lon=105"));
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.body.contains("P-09"));
        QCOMPARE(send("GET", QStringLiteral("?id=P-02&lat=9&lon=105")).status, 200);
        QCOMPARE(positionsOf(*m_context).size(), 1);
        QCOMPARE(positionsOf(*m_context).first().unit.externalId, QStringLiteral("P-02"));
        QVERIFY(quarantinedOf(*m_context).isEmpty()); // a stranger is refused, not kept
    }

    void aTokenIsRequiredWhenConfiguredAndNeverKept()
    {
        start(QJsonObject{{QStringLiteral("token"), QStringLiteral("tk-83ab19")}});
        QCOMPARE(send("GET", QStringLiteral("?id=P-01&lat=9&lon=105")).status, 401);
        QCOMPARE(send("GET", QStringLiteral("?id=P-01&lat=9&lon=105&token=tk-83ab1")).status, 401);
        QCOMPARE(send("GET", QStringLiteral("?id=P-01&lat=9&lon=105&token=tk-83ab19")).status, 200);
        QCOMPARE(send("GET", QStringLiteral("?id=P-01&lat=99&lon=105&token=tk-83ab19")).status, 400);
        QCOMPARE(positionsOf(*m_context).size(), 1);
        const QList<QuarantinedRecord> quarantined = quarantinedOf(*m_context);
        QCOMPARE(quarantined.size(), 1);
        QVERIFY2(!quarantined.first().payload.contains("tk-83ab19"), quarantined.first().payload.constData());
        QVERIFY(quarantined.first().payload.contains("lat=99"));
    }

    void anOversizeRequestIsRefused()
    {
        start(QJsonObject{{QStringLiteral("maxRequestBytes"), 4096}});
        const QByteArray huge = "GET /?id=P-01&lat=9&lon=105&pad=" + QByteArray(8000, 'x') + " HTTP/1.1\r\nHost: a\r\n\r\n";
        const QByteArray answer = exchangeRaw(m_port, huge);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
        QVERIFY(answer.contains("larger than 4096 bytes"));
        const QByteArray body = "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\nid=P-01";
        QVERIFY(exchangeRaw(m_port, body).startsWith("HTTP/1.1 413 "));
        QVERIFY(m_context->delivered().isEmpty());
    }

    void aMalformedRequestIsRefused()
    {
        start();
        QByteArray answer = exchangeRaw(m_port, "HELLO THERE\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
        QCOMPARE(quarantinedOf(*m_context).size(), 1);
        QCOMPARE(quarantinedOf(*m_context).first().payload, QByteArray("HELLO THERE"));
        answer = exchangeRaw(m_port, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nid=P1\r\n0\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 501 "), answer.constData());
        answer = exchangeRaw(m_port, "DELETE /?id=P-01&lat=9&lon=105 HTTP/1.1\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 405 "), answer.constData());
        QVERIFY(positionsOf(*m_context).isEmpty());
    }

    void twoRequestsOnOneConnectionAreBothAnswered()
    {
        start();
        const QByteArray answer = exchangeRaw(m_port,
            "GET /?id=P-01&lat=9&lon=105&timestamp=1798761600 HTTP/1.1\r\nHost: a\r\n\r\n"
            "GET /?id=P-01&lat=9.1&lon=105&timestamp=1798761601 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        QCOMPARE(answer.count("HTTP/1.1 200 OK"), 2);
        QCOMPARE(positionsOf(*m_context).size(), 2);
    }

    void anIdleConnectionIsClosed()
    {
        start(QJsonObject{{QStringLiteral("idleTimeoutSeconds"), 1}});
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 2000);
        socket.write("GET /?id=P-01");
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(timer.elapsed() >= 900);
        QVERIFY(m_context->delivered().isEmpty());
    }

    void aPositionTheHostRefusedIsAnswered503AndTakenLater()
    {
        start();
        m_context->setRefuseDeliveries(true);
        QCOMPARE(send("GET", QStringLiteral("?id=P-01&lat=9&lon=105")).status, 503);
        m_context->setRefuseDeliveries(false);
        QCOMPARE(send("GET", QStringLiteral("?id=P-01&lat=9&lon=105")).status, 200);
        QCOMPARE(positionsOf(*m_context).size(), 1);
        QCOMPARE(assetsOf(*m_context).size(), 1); // the unit's asset was not committed the first time
    }

    void aBadConfigurationNamesTheSetting()
    {
        const QList<std::pair<QJsonObject, QString>> cases = {
            {QJsonObject{{QStringLiteral("listen"), QStringLiteral("localhost:80")}}, QStringLiteral("listen:")},
            {QJsonObject{{QStringLiteral("port"), 70000}}, QStringLiteral("port:")},
            {QJsonObject{{QStringLiteral("units"), QJsonArray{QString()}}}, QStringLiteral("units:")},
            {QJsonObject{{QStringLiteral("tokenEnv"), QStringLiteral("IOC_NOT_SET_ANYWHERE")}}, QStringLiteral("tokenEnv:")},
        };
        for (const auto& [config, setting] : cases) {
            TestConnectorContext context(QStringLiteral("gps"), config, nullptr, m_clock);
            auto made = m_factory->create(context);
            QVERIFY(!made);
            QVERIFY2(made.errorMessage().startsWith(setting), qPrintable(made.errorMessage()));
        }
        // A port already taken: subscribe() says so.
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        TestConnectorContext context(QStringLiteral("gps"), QJsonObject{{QStringLiteral("port"), taken.serverPort()}}, nullptr, m_clock);
        auto made = m_factory->create(context);
        QVERIFY(made);
        auto subscribed = made.value()->subscribe({});
        QVERIFY(!subscribed);
        QVERIFY2(subscribed.errorMessage().startsWith(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(taken.serverPort())),
                 qPrintable(subscribed.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestPositionsConnector)
#include "tst_positionsconnector.moc"
