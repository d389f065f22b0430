// SPDX-License-Identifier: GPL-3.0-or-later
// The VideoStream element as a tile uses it: the camera map, the variant for the tile's size, maximise,
// active=false stops decoding, the VideoOutput's sink receives the pictures, snapshot, a bad camera.

#include "video/videostream.h"

#include "video/frametap.h"
#include "video/streamsession.h"
#include "videotesthelper.h"

#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

using namespace ioc;

namespace {

QVariantMap demoCamera()
{
    const auto stream = [](const QString& url, int width, int height) {
        return QVariantMap{{QStringLiteral("url"), url}, {QStringLiteral("width"), width}, {QStringLiteral("height"), height}};
    };
    return {{QStringLiteral("key"), QStringLiteral("CAM-VS")},
            {QStringLiteral("name"), QStringLiteral("Cổng trường")},
            {QStringLiteral("streams"),
             QVariantList{stream(QStringLiteral("demo:vtest_h264.mp4"), 768, 576),
                          stream(QStringLiteral("demo:vtest_h264_sub.mp4"), 384, 288)}}};
}

} // namespace

class TstVideoStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("IOC_VIDEO_DIR", test::clipPath(QString()).toUtf8()); }

    void aSmallTilePlaysTheSubStreamIntoItsSink()
    {
        VideoStream stream;
        QVideoSink sink;
        QSignalSpy shown(&sink, &QVideoSink::videoFrameChanged);
        stream.setVideoSink(&sink);
        stream.setTileSize(QSizeF(320, 240));
        stream.setCamera(demoCamera());
        QCOMPARE(stream.variantIndex(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), QStringLiteral("live"), 20000);
        QCOMPARE(stream.stateText(), QStringLiteral("Live"));
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() > 3, 10000);
        QCOMPARE(sink.videoFrame().size(), QSize(384, 288));
        QTRY_COMPARE_WITH_TIMEOUT(stream.stats().value(QStringLiteral("width")).toInt(), 384, 5000);
        QVERIFY(stream.stats().value(QStringLiteral("fps")).toDouble() > 0);
        QVERIFY(stream.stats().contains(QStringLiteral("sinceLastFrameMs")));

        // Maximised: the main stream.
        stream.setMaximised(true);
        QCOMPARE(stream.variantIndex(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(sink.videoFrame().size(), QSize(768, 576), 20000);
        stream.setMaximised(false);
        QCOMPARE(stream.variantIndex(), 1);
        // A large tile: the main stream too.
        stream.setTileSize(QSizeF(700, 500));
        QCOMPARE(stream.variantIndex(), 0);
    }

    void anInactiveTileDecodesNothing()
    {
        VideoStream stream;
        stream.setTileSize(QSizeF(320, 240));
        stream.setCamera(demoCamera());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), QStringLiteral("live"), 20000);
        QSignalSpy frames(stream.session(), &StreamSession::frameArrived);
        stream.setActive(false);
        QCOMPARE(stream.state(), QStringLiteral("idle"));
        frames.clear();
        QTest::qWait(800);
        QCOMPARE(frames.size(), 0);
        stream.setActive(true);
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), QStringLiteral("live"), 20000);
    }

    void theFrameTapGetsThePicturesUnderTheCameraKey()
    {
        std::atomic<int> tapped{0};
        const int id = FrameTap::instance().subscribe(QStringLiteral("CAM-VS"), 0,
                                                      [&](const QString&, const QVideoFrame&, QDateTime) { ++tapped; });
        VideoStream stream;
        stream.setTileSize(QSizeF(320, 240));
        stream.setCamera(demoCamera());
        QTRY_VERIFY_WITH_TIMEOUT(tapped.load() > 3, 20000);
        FrameTap::instance().unsubscribe(id);
    }

    void snapshotCarriesTheCameraName()
    {
        QTemporaryDir dir;
        VideoStream stream;
        stream.setTileSize(QSizeF(320, 240));
        stream.setCamera(demoCamera());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), QStringLiteral("live"), 20000);
        const QString path = dir.filePath(QStringLiteral("tile.png"));
        QVERIFY(stream.snapshot(path));
        QCOMPARE(QImage(path).size(), QSize(384, 288));
    }

    void aBadCameraFailsWithItsReason()
    {
        VideoStream stream;
        QSignalSpy changed(&stream, &VideoStream::stateChanged);
        stream.setCamera({{QStringLiteral("key"), QStringLiteral("CAM-BAD")},
                          {QStringLiteral("streams"), QVariantList{QStringLiteral("ftp://h/x")}}});
        QCOMPARE(stream.state(), QStringLiteral("failed"));
        QCOMPARE(stream.stateText(), QStringLiteral("Failed"));
        QVERIFY2(stream.reason().contains(QStringLiteral("not supported")), qPrintable(stream.reason()));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(stream.variantIndex(), -1);
    }

    void credentialsNeverReachTheReason()
    {
        VideoStream stream;
        stream.setCamera({{QStringLiteral("key"), QStringLiteral("CAM-PW")},
                          {QStringLiteral("streams"), QVariantList{QStringLiteral("rtsp://admin:hunter2@127.0.0.1:1/x")}}});
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), QStringLiteral("reconnecting"), 15000);
        QVERIFY(!stream.reason().isEmpty());
        QVERIFY(!stream.reason().contains(QStringLiteral("hunter2")));
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QGuiApplication app(argc, argv);
    TstVideoStream test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_videostream.moc"
