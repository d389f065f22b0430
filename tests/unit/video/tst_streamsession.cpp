// SPDX-License-Identifier: GPL-3.0-or-later
// StreamSession against real sources: the shipped clips, a loopback RTSP server (gst-rtsp-server, started
// and stopped here: label "integration"), and raw TCP servers that never answer or answer garbage.

#include "video/streamsession.h"

#include "videotesthelper.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ioc;
using namespace std::chrono_literals;
using State = StreamSession::State;

namespace {

// Every message logged while a test runs (to prove that no credential reaches the log).
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

StreamSession::Timing fastTiming()
{
    StreamSession::Timing timing;
    timing.stallTimeout = 2000ms;
    timing.connectTimeout = 4000ms;
    timing.firstRetry = 200ms;
    timing.maxRetry = 1000ms;
    return timing;
}

std::unique_ptr<StreamSession> sessionFor(const QUrl& url)
{
    auto session = std::make_unique<StreamSession>();
    session->setTiming(fastTiming());
    session->setSource(url);
    return session;
}

// A port with nothing listening on it (bound, then released).
quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

class TstStreamSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_shortClip = test::makeClip(QDir(m_dir.path()), QStringLiteral("short.mp4"), 1.0, 10, 320, 240);
        QVERIFY2(!m_shortClip.isEmpty(), "ffmpeg (scripts/lib/packages.sh) makes the test clip");
    }

    void aLocalFilePlaysAndLoops()
    {
        auto session = sessionFor(QUrl::fromLocalFile(m_shortClip));
        QSignalSpy frames(session.get(), &StreamSession::frameArrived);
        session->start();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Live, 20000);
        // The clip has 10 pictures: 25 mean it started again from the beginning, and stayed live.
        QTRY_VERIFY_WITH_TIMEOUT(session->stats().framesDelivered >= 25, 20000);
        QCOMPARE(session->state(), State::Live);
        QCOMPARE(session->stats().frameSize, QSize(320, 240));
        QVERIFY(session->stats().fps > 3);
        QVERIFY(session->stats().msSinceLastFrame >= 0);
    }

    void stopStopsDecodingAndStartResumes()
    {
        auto session = sessionFor(QUrl::fromLocalFile(test::clipPath(QStringLiteral("vtest_h264_sub.mp4"))));
        QSignalSpy frames(session.get(), &StreamSession::frameArrived);
        session->start();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Live, 20000);
        session->stop();
        QCOMPARE(session->state(), State::Idle);
        frames.clear();
        QTest::qWait(1000);
        QCOMPARE(frames.size(), 0);
        session->start();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Live, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() > 3, 10000);
    }

    void snapshotBurnsTheCaptionIntoAPng()
    {
        auto session = sessionFor(QUrl::fromLocalFile(test::clipPath(QStringLiteral("vtest_h264_sub.mp4"))));
        const QString path = m_dir.filePath(QStringLiteral("snap/cam.png"));
        QVERIFY(!session->snapshot(path, QStringLiteral("CAM001"))); // no picture yet
        session->start();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Live, 20000);
        QVERIFY(session->snapshot(path, QStringLiteral("Nút giao CAM001")));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), session->lastFrame().size());
        // The band along the bottom: black with white letters (the caption left, the time right).
        const int band = std::max(18, image.height() / 14);
        int white = 0;
        int black = 0;
        for (int y = image.height() - band; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                white += c.lightness() > 200 ? 1 : 0;
                black += c.lightness() < 20 ? 1 : 0;
            }
        }
        QVERIFY2(white > 100, qPrintable(QString::number(white)));
        QVERIFY(black > image.width() * band / 2);
        // The caption is on the left half and the time on the right half.
        const auto whiteIn = [&](int from, int to) {
            int count = 0;
            for (int y = image.height() - band; y < image.height(); ++y)
                for (int x = from; x < to; ++x)
                    count += image.pixelColor(x, y).lightness() > 200 ? 1 : 0;
            return count;
        };
        QVERIFY(whiteIn(0, image.width() / 3) > 20);
        QVERIFY(whiteIn(image.width() * 2 / 3, image.width()) > 20);
    }

    // Acceptance 1: RTSP plays; the server goes → reconnecting; it comes back on the same port → live again.
    void rtspReconnectsByItselfWhenTheServerComesBack()
    {
        test::RtspServer server;
        QVERIFY2(server.start({{QStringLiteral("cam"), test::clipPath(QStringLiteral("vtest_h264.mp4"))}}),
                 "the RTSP server needs python3-gi and gir1.2-gst-rtsp-server-1.0 (scripts/lib/packages.sh)");
        auto session = sessionFor(server.url(QStringLiteral("cam")));
        session->setCameraKey(QStringLiteral("CAM-RTSP"));
        QList<State> seen;
        connect(session.get(), &StreamSession::stateChanged, this, [&seen](State state) { seen.append(state); });
        // The longest the event loop went without running while the stream opened (the GUI's freeze).
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, sinceTick.restart());
        });
        sinceTick.start();
        heartbeat.start(20);
        session->start();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Live, 30000);
        qInfo("RTSP: longest event-loop gap while opening %lld ms", longestGap);
        // Opening on the GUI thread (as QMediaPlayer does on Qt 6.4) stalled it ~3 s; on the player thread, not.
        QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
        heartbeat.stop();
        QCOMPARE(session->stats().frameSize, QSize(768, 576));

        server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Reconnecting, 30000);
        QVERIFY(!session->reason().isEmpty());
        QVERIFY(seen.contains(State::Reconnecting));
        QTest::qWait(1500); // some attempts fail while the server is away
        QCOMPARE_NE(session->state(), State::Live);

        const qint64 framesBefore = session->stats().framesDelivered;
        QElapsedTimer sinceRestart;
        QVERIFY(server.restart());
        sinceRestart.start();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Live, 30000);
        qInfo("RTSP: first picture %lld ms after the server came back (back-off %lld..%lld ms)", sinceRestart.elapsed(),
              qint64(fastTiming().firstRetry.count()), qint64(fastTiming().maxRetry.count()));
        QTRY_VERIFY_WITH_TIMEOUT(session->stats().framesDelivered > framesBefore + 5, 10000);
        QVERIFY(session->stats().reconnects >= 1);
    }

    // Acceptance 2: a dead URL, a wrong password and a non-video file each give their own state and reason;
    // a good stream beside them keeps delivering pictures meanwhile.
    void badCamerasSayWhyAndTheGoodOneKeepsPlaying()
    {
        test::RtspServer open;
        QVERIFY(open.start({{QStringLiteral("good"), test::clipPath(QStringLiteral("vtest_h264_sub.mp4"))}}));
        test::RtspServer locked;
        QVERIFY(locked.start({{QStringLiteral("cam"), test::clipPath(QStringLiteral("vtest_h264_sub.mp4"))}},
                             QStringLiteral("operator"), QStringLiteral("right-password")));
        const QString notVideo = m_dir.filePath(QStringLiteral("notes.mp4"));
        {
            QFile file(notVideo);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("This is a text file with a video's name.\n");
        }

        g_messages.clear();
        g_previousHandler = qInstallMessageHandler(captureMessage);
        const auto restoreHandler = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });
        QLoggingCategory::setFilterRules(QStringLiteral("ioc.video.debug=true"));
        const auto restoreRules = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });

        auto good = sessionFor(open.url(QStringLiteral("good")));
        good->start();
        QTRY_COMPARE_WITH_TIMEOUT(good->state(), State::Live, 30000);

        auto dead = sessionFor(QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(deadPort())));
        auto wrongPassword = sessionFor(locked.url(QStringLiteral("cam"), QStringLiteral("operator:wrong-secret")));
        auto noPassword = sessionFor(locked.url(QStringLiteral("cam")));
        auto rightPassword = sessionFor(locked.url(QStringLiteral("cam"), QStringLiteral("operator:right-password")));
        auto file = sessionFor(QUrl::fromLocalFile(notVideo));
        const qint64 goodBefore = good->stats().framesDelivered;
        for (auto* session : {dead.get(), wrongPassword.get(), noPassword.get(), rightPassword.get(), file.get()})
            session->start();

        QTRY_COMPARE_WITH_TIMEOUT(dead->state(), State::Reconnecting, 15000);
        QVERIFY2(dead->reason().contains(QStringLiteral("refused")), qPrintable(dead->reason()));
        QTRY_COMPARE_WITH_TIMEOUT(wrongPassword->state(), State::Failed, 15000);
        QVERIFY2(wrongPassword->reason().contains(QStringLiteral("Wrong user name or password")),
                 qPrintable(wrongPassword->reason()));
        QTRY_COMPARE_WITH_TIMEOUT(noPassword->state(), State::Failed, 15000);
        QVERIFY2(noPassword->reason().contains(QStringLiteral("needs a user name")), qPrintable(noPassword->reason()));
        QTRY_COMPARE_WITH_TIMEOUT(file->state(), State::Failed, 15000);
        QVERIFY2(file->reason().contains(QStringLiteral("Not a video")), qPrintable(file->reason()));
        QTRY_COMPARE_WITH_TIMEOUT(rightPassword->state(), State::Live, 30000);
        for (auto* session : {dead.get(), wrongPassword.get(), noPassword.get(), file.get()}) {
            QVERIFY2(!session->reason().contains(QStringLiteral("secret")), qPrintable(session->reason()));
            QVERIFY(!session->reason().contains(QStringLiteral("password")) || session == wrongPassword.get()
                    || session == noPassword.get());
        }

        // Nothing logged (every level of ioc.video on, Qt's own messages too) carries a password.
        QVERIFY(!g_messages.isEmpty());
        for (const QString& message : std::as_const(g_messages)) {
            QVERIFY2(!message.contains(QStringLiteral("wrong-secret")), qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("right-password")), qPrintable(message));
        }

        // Meanwhile the good camera went on.
        QCOMPARE(good->state(), State::Live);
        QVERIFY(good->stats().framesDelivered > goodBefore + 10);
        QVERIFY(good->stats().msSinceLastFrame < 1000);
    }

    // The camera that used to end the whole program: H.264 over RTSP whose SPS carries no frame rate
    // (openh264). Qt 6.4's FFmpeg backend divides by that rate in its render thread (SIGFPE): without the
    // probe's check this test process dies. The session must refuse it with its reason and never retry,
    // while a live stream that states its rate (x264), from the same server, plays.
    void aCameraWithoutAFrameRateFailsInsteadOfCrashing()
    {
        test::RtspServer server;
        server.setExtraArguments({QStringLiteral("--no-rate-clock"), QStringLiteral("norate"), QStringLiteral("--clock"),
                                  QStringLiteral("clock")});
        QVERIFY2(server.start({}), "rtspserver.py --clock needs x264enc (gstreamer1.0-plugins-ugly) and openh264enc");
        auto noRate = sessionFor(server.url(QStringLiteral("norate")));
        auto clock = sessionFor(server.url(QStringLiteral("clock")));
        QSignalSpy noRateFrames(noRate.get(), &StreamSession::frameArrived);
        noRate->start();
        clock->start();
        QTRY_COMPARE_WITH_TIMEOUT(noRate->state(), State::Failed, 15000);
        QVERIFY2(noRate->reason().contains(QStringLiteral("frame rate")), qPrintable(noRate->reason()));
        QTRY_COMPARE_WITH_TIMEOUT(clock->state(), State::Live, 30000);
        QCOMPARE(clock->stats().frameSize, QSize(320, 240));
        QTRY_VERIFY_WITH_TIMEOUT(clock->stats().framesDelivered > 10, 10000);
        // Failed stays failed (no retry would do better) and nothing was ever decoded for it.
        QCOMPARE(noRate->state(), State::Failed);
        QCOMPARE(noRateFrames.size(), 0);
        QCOMPARE(noRate->stats().reconnects, 0);
    }

    // MJPEG over HTTP (multipart/x-mixed-replace, as many cameras serve it): FFmpeg gives it no frame rate
    // either, and Qt 6.4's player died of it in the same way. A real MJPEG server on 127.0.0.1 (JPEG
    // pictures, 10 a second, to every client): the session refuses it with its reason and the test lives.
    void anMjpegCameraFailsInsteadOfCrashing()
    {
        QImage picture(160, 120, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        QByteArray jpeg;
        {
            QBuffer buffer(&jpeg);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY(picture.save(&buffer, "JPEG"));
        }
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> clients;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* client = server.nextPendingConnection()) {
                // Answers once the request has arrived (whatever it asks for).
                connect(client, &QTcpSocket::readyRead, client, [client, &clients] {
                    client->readAll();
                    if (clients.contains(client))
                        return;
                    client->write("HTTP/1.0 200 OK\r\nContent-Type: multipart/x-mixed-replace; boundary=frame\r\n\r\n");
                    clients.append(client);
                });
            }
        });
        QTimer pictures;
        connect(&pictures, &QTimer::timeout, this, [&] {
            for (QTcpSocket* client : std::as_const(clients)) {
                if (client->state() == QAbstractSocket::ConnectedState)
                    client->write("--frame\r\nContent-Type: image/jpeg\r\nContent-Length: " + QByteArray::number(jpeg.size())
                                  + "\r\n\r\n" + jpeg + "\r\n");
            }
        });
        pictures.start(100);
        auto session = sessionFor(QUrl(QStringLiteral("http://127.0.0.1:%1/video.mjpg").arg(server.serverPort())));
        session->start();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Failed, 15000);
        QVERIFY2(session->reason().contains(QStringLiteral("frame rate")), qPrintable(session->reason()));
        QCOMPARE(session->stats().framesDelivered, 0);
    }

    // A camera that keeps the connection but sends nothing: stalled, then reconnecting; back by itself.
    void aStalledStreamIsNoticedAndRecovers()
    {
        test::RtspServer server;
        QVERIFY(server.start({{QStringLiteral("cam"), test::clipPath(QStringLiteral("vtest_h264_sub.mp4"))}}));
        auto session = sessionFor(server.url(QStringLiteral("cam")));
        QList<State> seen;
        connect(session.get(), &StreamSession::stateChanged, this, [&seen](State state) { seen.append(state); });
        session->start();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Live, 30000);
        server.pause(true);
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(State::Stalled), 20000);
        QVERIFY2(session->reason().contains(QStringLiteral("No picture for")) || session->state() != State::Stalled,
                 qPrintable(session->reason()));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Reconnecting, 20000);
        server.pause(false);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Live, 60000);
        QVERIFY(session->stats().reconnects >= 1);
    }

    // A server that accepts and never says a word: the session times out and retries; the event loop
    // (the GUI) keeps running all along.
    void aServerThatNeverAnswersTimesOutWithoutFreezing()
    {
        QTcpServer silent;
        QList<QTcpSocket*> held;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (silent.hasPendingConnections())
                held.append(silent.nextPendingConnection());
        });
        auto session = sessionFor(QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(silent.serverPort())));
        int ticks = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
        heartbeat.start(50);
        QElapsedTimer elapsed;
        elapsed.start();
        session->start();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Reconnecting, 15000);
        QVERIFY2(session->reason().contains(QStringLiteral("timed out")), qPrintable(session->reason()));
        // 50 ms ticks over the wait: a blocked event loop would have missed most of them.
        QVERIFY2(ticks >= elapsed.elapsed() / 50 / 2, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(elapsed.elapsed())));
        QVERIFY(!held.isEmpty());
    }

    // A "camera" that answers with garbage bytes.
    void aServerThatSendsGarbageIsNotAVideoStream()
    {
        QTcpServer garbage;
        QVERIFY(garbage.listen(QHostAddress::LocalHost));
        connect(&garbage, &QTcpServer::newConnection, this, [&garbage] {
            while (QTcpSocket* socket = garbage.nextPendingConnection()) {
                QByteArray noise(4096, Qt::Uninitialized);
                for (char& c : noise)
                    c = char(QRandomGenerator::global()->bounded(256));
                noise[0] = 'X';
                socket->write(noise);
                socket->flush();
            }
        });
        auto session = sessionFor(QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(garbage.serverPort())));
        session->start();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Failed, 15000);
        QVERIFY2(session->reason().contains(QStringLiteral("not a video stream")), qPrintable(session->reason()));
    }

    void withoutASourceItFailsAtOnce()
    {
        StreamSession session;
        session.start();
        QCOMPARE(session.state(), State::Failed);
        QVERIFY(!session.reason().isEmpty());
        auto missing = sessionFor(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("absent.mp4"))));
        missing->start();
        QTRY_COMPARE_WITH_TIMEOUT(missing->state(), State::Failed, 5000);
        QVERIFY2(missing->reason().contains(QStringLiteral("does not exist")), qPrintable(missing->reason()));
    }

    // Pictures that change size mid-stream: one MPEG-TS stream, 320×240 then 640×360 (a new SPS), in one
    // session: the pictures keep coming at the new size, with no reconnect.
    void aPictureSizeChangeMidStreamKeepsThePictureComing()
    {
        const QDir dir(m_dir.path());
        const QString small = test::makeClip(dir, QStringLiteral("small.ts"), 2.0, 10, 320, 240);
        const QString big = test::makeClip(dir, QStringLiteral("big.ts"), 2.0, 10, 640, 360);
        QVERIFY(!small.isEmpty() && !big.isEmpty());
        const QString joined = dir.filePath(QStringLiteral("joined.ts"));
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-y"), QStringLiteral("-v"), QStringLiteral("error"),
                                               QStringLiteral("-i"), QStringLiteral("concat:%1|%2").arg(small, big),
                                               QStringLiteral("-c"), QStringLiteral("copy"), joined});
        QVERIFY(ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0);

        auto session = sessionFor(QUrl::fromLocalFile(joined));
        QSet<QString> sizes;
        connect(session.get(), &StreamSession::frameArrived, this, [&sizes](const QVideoFrame& frame) {
            sizes.insert(QStringLiteral("%1x%2").arg(frame.width()).arg(frame.height()));
        });
        session->start();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Live, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(sizes.contains(QStringLiteral("640x360")), 20000);
        QVERIFY(sizes.contains(QStringLiteral("320x240")));
        const qint64 framesAtChange = session->stats().framesDelivered;
        QTRY_VERIFY_WITH_TIMEOUT(session->stats().framesDelivered > framesAtChange + 5, 10000);
        QCOMPARE(session->state(), State::Live);
        QCOMPARE(session->stats().reconnects, 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_shortClip;
};

int main(int argc, char** argv)
{
    // Before the application object (QT64.md): the GStreamer backend misses elements on Debian 12.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QGuiApplication app(argc, argv);
    TstStreamSession test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_streamsession.moc"
