// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a camera's streams from its Asset, resolving URLs, choosing the variant for a tile, redaction.

#include "video/camerastreams.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ioc;

namespace {

Asset camera(const QJsonArray& streams)
{
    Asset asset;
    asset.key = {QStringLiteral("demo"), QStringLiteral("CAM007")};
    asset.kind = AssetKind::Camera;
    asset.name = QStringLiteral("Nút giao 1");
    asset.properties = QJsonObject{{QStringLiteral("road"), QStringLiteral("đường A")}, {QStringLiteral("streams"), streams}};
    return asset;
}

QJsonObject stream(const QString& url, int width, int height)
{
    return QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("width"), width}, {QStringLiteral("height"), height}};
}

CameraStreams threeSizes()
{
    CameraStreams streams;
    streams.variants = {{QUrl(QStringLiteral("rtsp://h/main")), QSize(1920, 1080)},
                        {QUrl(QStringLiteral("rtsp://h/sub")), QSize(640, 360)},
                        {QUrl(QStringLiteral("rtsp://h/mid")), QSize(1280, 720)}};
    return streams;
}

} // namespace

class TstCameraStreams : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("IOC_VIDEO_DIR", "/opt/clips"); }

    void readsTheVariantsMainFirst()
    {
        const auto streams = cameraStreamsFromAsset(
            camera({stream(QStringLiteral("rtsp://cam.local:8554/main"), 1920, 1080),
                    stream(QStringLiteral("demo:vtest_h264_sub.mp4"), 384, 288), QStringLiteral("http://cam.local/mjpeg")}));
        QVERIFY2(streams.ok(), qPrintable(streams.errorMessage()));
        QCOMPARE(streams.value().cameraKey, QStringLiteral("CAM007"));
        QCOMPARE(streams.value().name, QStringLiteral("Nút giao 1"));
        QCOMPARE(streams.value().variants.size(), 3);
        QCOMPARE(streams.value().variants.at(0).url, QUrl(QStringLiteral("rtsp://cam.local:8554/main")));
        QCOMPARE(streams.value().variants.at(0).size, QSize(1920, 1080));
        QCOMPARE(streams.value().variants.at(1).url, QUrl::fromLocalFile(QStringLiteral("/opt/clips/vtest_h264_sub.mp4")));
        QVERIFY(!streams.value().variants.at(2).size.isValid());
    }

    void resolvesDemoRelativeAndAbsolutePaths()
    {
        QCOMPARE(resolveStreamUrl(QStringLiteral("demo:a.mp4")).value(), QUrl::fromLocalFile(QStringLiteral("/opt/clips/a.mp4")));
        QCOMPARE(resolveStreamUrl(QStringLiteral("sub/b.mp4")).value(), QUrl::fromLocalFile(QStringLiteral("/opt/clips/sub/b.mp4")));
        QCOMPARE(resolveStreamUrl(QStringLiteral("/data/c.mp4")).value(), QUrl::fromLocalFile(QStringLiteral("/data/c.mp4")));
        QCOMPARE(resolveStreamUrl(QStringLiteral("file:///data/d.mp4")).value(), QUrl::fromLocalFile(QStringLiteral("/data/d.mp4")));
        QCOMPARE(resolveStreamUrl(QStringLiteral("https://h/live.m3u8")).value(), QUrl(QStringLiteral("https://h/live.m3u8")));
    }

    void badConfigurationsFailWithTheirReason_data()
    {
        QTest::addColumn<QJsonArray>("streams");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QJsonArray() << QStringLiteral("no stream configured");
        QTest::newRow("no url") << QJsonArray{QJsonObject{{QStringLiteral("width"), 1}}} << QStringLiteral("Stream 1 has no URL");
        QTest::newRow("malformed") << QJsonArray{QStringLiteral("rtsp://h/ok"), QStringLiteral("rtsp://[::1/x")}
                                   << QStringLiteral("Stream 2: The URL is malformed");
        QTest::newRow("scheme") << QJsonArray{QStringLiteral("gopher://h/x")} << QStringLiteral("scheme 'gopher' is not supported");
        QTest::newRow("no host") << QJsonArray{QStringLiteral("rtsp:///x")} << QStringLiteral("has no host");
        QTest::newRow("escape") << QJsonArray{QStringLiteral("demo:../../etc/passwd")} << QStringLiteral("is not a clip name");
    }
    void badConfigurationsFailWithTheirReason()
    {
        QFETCH(QJsonArray, streams);
        QFETCH(QString, expected);
        const auto result = cameraStreamsFromAsset(camera(streams));
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(expected), qPrintable(result.errorMessage()));
    }

    void theVariantMapOfQmlReadsTheSame()
    {
        const QVariantMap map{{QStringLiteral("key"), QStringLiteral("CAM009")},
                              {QStringLiteral("name"), QStringLiteral("Cổng")},
                              {QStringLiteral("streams"),
                               QVariantList{QVariantMap{{QStringLiteral("url"), QStringLiteral("rtsp://h/m")},
                                                        {QStringLiteral("width"), 1280},
                                                        {QStringLiteral("height"), 720}}}}};
        const auto streams = cameraStreamsFromVariant(map);
        QVERIFY(streams.ok());
        QCOMPARE(streams.value().cameraKey, QStringLiteral("CAM009"));
        QCOMPARE(streams.value().variants.at(0).size, QSize(1280, 720));
        QVERIFY(!cameraStreamsFromVariant({}).ok());
    }

    void choosesTheSmallestVariantThatCoversTheTile()
    {
        const CameraStreams streams = threeSizes();
        QCOMPARE(chooseVariant(streams, QSize(480, 270), false), 1);  // sub covers it
        QCOMPARE(chooseVariant(streams, QSize(640, 360), false), 1);  // exactly
        QCOMPARE(chooseVariant(streams, QSize(641, 360), false), 2);  // too wide for sub: 720p
        QCOMPARE(chooseVariant(streams, QSize(960, 540), false), 2);
        QCOMPARE(chooseVariant(streams, QSize(1600, 900), false), 0);
        QCOMPARE(chooseVariant(streams, QSize(3840, 2160), false), 0); // none covers it: the largest
        QCOMPARE(chooseVariant(streams, QSize(100, 100), true), 0);    // maximised: the main stream
        QCOMPARE(chooseVariant(CameraStreams{}, QSize(100, 100), false), -1);
    }

    void aVariantOfUnknownSizeCountsAsTheLargest()
    {
        CameraStreams streams;
        streams.variants = {{QUrl(QStringLiteral("rtsp://h/main")), QSize()}, {QUrl(QStringLiteral("rtsp://h/sub")), QSize(384, 216)}};
        QCOMPARE(chooseVariant(streams, QSize(300, 200), false), 1);
        QCOMPARE(chooseVariant(streams, QSize(800, 450), false), 0);
    }

    void redactionRemovesTheCredentials()
    {
        const QUrl url(QStringLiteral("rtsp://admin:s3cret@10.0.0.5:554/Streaming/Channels/101"));
        const QString shown = redactedUrl(url);
        QCOMPARE(shown, QStringLiteral("rtsp://***:***@10.0.0.5:554/Streaming/Channels/101"));
        QVERIFY(!shown.contains(QStringLiteral("s3cret")));
        QVERIFY(!shown.contains(QStringLiteral("admin")));
        const QString token = redactedUrl(QUrl(QStringLiteral("https://h/live.m3u8?token=abc123&ch=2")));
        QVERIFY2(!token.contains(QStringLiteral("abc123")), qPrintable(token));
        QVERIFY(token.contains(QStringLiteral("ch=2")));
    }
};

QTEST_GUILESS_MAIN(TstCameraStreams)
#include "tst_camerastreams.moc"
