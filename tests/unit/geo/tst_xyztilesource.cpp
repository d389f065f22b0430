// SPDX-License-Identifier: GPL-3.0-or-later
// XYZ over real HTTP: python3's http.server on 127.0.0.1 serves tests/data/geo/xyz.
#include "geo/xyztilesource.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

static const QString kXyz = QStringLiteral(IOC_GEO_TEST_DATA "/xyz");

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Asks once and waits for the one answer.
TileFetch fetchNow(XyzTileSource& source, const TileId& tile)
{
    QSignalSpy spy(&source, &TileSource::fetched);
    source.request(tile);
    if (!spy.wait(20000))
        return TileFetch::failed(QStringLiteral("no answer"));
    QTest::qWait(50); // a second answer would come now
    if (spy.size() != 1)
        return TileFetch::failed(QStringLiteral("%1 answers").arg(spy.size()));
    if (spy.at(0).at(0).value<TileId>() != tile)
        return TileFetch::failed(QStringLiteral("answer for another tile"));
    return spy.at(0).at(1).value<TileFetch>();
}

} // namespace

class TestXyzTileSource : public QObject {
    Q_OBJECT

private:
    QProcess m_server;
    quint16 m_port = 0;
    QTemporaryDir m_cache;

    QString urlTemplate() const { return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_port); }

    bool startServer()
    {
        m_port = freePort();
        m_server.setProgram(QStringLiteral("python3"));
        m_server.setArguments({QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(m_port),
                               QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), kXyz});
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start();
        if (!m_server.waitForStarted(10000))
            return false;
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    void stopServer()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        m_server.kill();
        m_server.waitForFinished(5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TileId>();
        qRegisterMetaType<TileFetch>();
        QVERIFY(m_cache.isValid());
        QVERIFY2(startServer(), "python3 -m http.server did not start");
    }

    void cleanupTestCase() { stopServer(); }

    void urlFromTemplate()
    {
        XyzTileSource source(QStringLiteral("https://{s}.tile.example.org/{z}/{x}/{y}.png?k=1"), {m_cache.path(), false, {}});
        QVERIFY(source.isValid());
        QCOMPARE(source.tileUrl(TileId{7, 101, 60}), QUrl(QStringLiteral("https://c.tile.example.org/7/101/60.png?k=1"))); // (x + y) % 3 = 2
    }

    void badTemplates()
    {
        XyzTileSource ftp(QStringLiteral("ftp://example.org/{z}/{x}/{y}.png"), {});
        QVERIFY(!ftp.isValid());
        QVERIFY(ftp.errorString().contains(QLatin1String("ftp://example.org")));
        XyzTileSource noY(QStringLiteral("https://example.org/{z}/{x}.png"), {});
        QVERIFY(!noY.isValid());
        const TileFetch f = fetchNow(noY, TileId{0, 0, 0});
        QCOMPARE(f.status, TileFetch::Status::Error);
    }

    void fetchesOverHttp()
    {
        XyzTileSource source(urlTemplate(), {m_cache.path(), false, {}});
        QVERIFY(source.isValid());
        const TileFetch f = fetchNow(source, TileId{2, 3, 1});
        QCOMPARE(f.status, TileFetch::Status::Data);
        QCOMPARE(f.data, fileBytes(kXyz + QStringLiteral("/2/3/1.png")));
        QCOMPARE(QImage::fromData(f.data).size(), QSize(256, 256));
        QCOMPARE(fetchNow(source, TileId{0, 0, 0}).status, TileFetch::Status::Data);
        // Not on the server: HTTP 404, absent rather than an error.
        QCOMPARE(fetchNow(source, TileId{2, 0, 0}).status, TileFetch::Status::Absent);
        QCOMPARE(source.pendingCount(), 0);
    }

    void sendsTheUserAgent()
    {
        // A one-shot HTTP server that records the request.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QByteArray request;
        const QByteArray png = fileBytes(kXyz + QStringLiteral("/0/0/0.png"));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                request += socket->readAll();
                if (!request.contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: "
                              + QByteArray::number(png.size()) + "\r\n\r\n" + png);
                socket->disconnectFromHost();
            });
        });
        XyzTileSource source(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(server.serverPort()),
                             {m_cache.path() + QStringLiteral("/ua"), false, QStringLiteral("IOCDesk-test/1.0")});
        const TileFetch f = fetchNow(source, TileId{0, 0, 0});
        QCOMPARE(f.status, TileFetch::Status::Data);
        QCOMPARE(f.data, png);
        QVERIFY2(request.startsWith("GET /0/0/0.png HTTP/1.1\r\n"), request.constData());
        QVERIFY2(request.contains("\r\nUser-Agent: IOCDesk-test/1.0\r\n"), request.constData());
    }

    void unreachableServerIsAnError()
    {
        XyzTileSource source(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(freePort()),
                             {m_cache.path() + QStringLiteral("/none"), false, {}});
        const TileFetch f = fetchNow(source, TileId{1, 1, 0}); // exactly one answer, no retry
        QCOMPARE(f.status, TileFetch::Status::Error);
        QVERIFY2(f.error.contains(QLatin1String("127.0.0.1")), qPrintable(f.error));
        QCOMPARE(source.pendingCount(), 0);
    }

    // Last: stops the server.
    void offlineServesTheDiskCache()
    {
        const QString cache = m_cache.path() + QStringLiteral("/offline");
        {
            XyzTileSource online(urlTemplate(), {cache, false, {}});
            QCOMPARE(fetchNow(online, TileId{3, 6, 3}).status, TileFetch::Status::Data);
        }
        stopServer();
        XyzTileSource offline(urlTemplate(), {cache, true, {}});
        QVERIFY(offline.isOffline());
        const TileFetch cached = fetchNow(offline, TileId{3, 6, 3});
        QCOMPARE(cached.status, TileFetch::Status::Data);
        QCOMPARE(cached.data, fileBytes(kXyz + QStringLiteral("/3/6/3.png")));
        // Never fetched: offline does not ask the network, the tile is absent.
        QCOMPARE(fetchNow(offline, TileId{1, 1, 0}).status, TileFetch::Status::Absent);
        // Online with the server gone: what is cached still comes, the rest fails.
        XyzTileSource online(urlTemplate(), {cache, false, {}});
        QCOMPARE(fetchNow(online, TileId{1, 1, 0}).status, TileFetch::Status::Error);
    }
};

QTEST_GUILESS_MAIN(TestXyzTileSource)
#include "tst_xyztilesource.moc"
