// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark program for tests/bench/video_latency.sh (the script says what the figures mean).
//
//   ioc_bench_video_latency session URL SECONDS
//       One StreamSession on rtspserver.py's --clock stream: each picture carries the wall clock of its
//       making (32 stripes); the clock is read back from the picture when the session delivers it (its
//       frameArrived, on the GUI thread: the moment a tile's sink gets it).
//   ioc_bench_video_latency opencv URL SECONDS
//       The reference: the same read-back through OpenCV's VideoCapture (its FFmpeg back end, default
//       options) reading the URL in a loop, the time taken as read() returns the picture.
//   Both print: latency reader=… pictures=N p50_ms=… p95_ms=… max_ms=… unreadable=… first_ms=…
//   (first_ms: from the start to the first picture.)

#include "video/streamsession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ioc;

namespace {

// The stripes of one row: 32 equal stripes across `width` pixels, `step` bytes from one pixel to the next,
// each read at its middle (three pixels averaged). White (> 128) = 1, most significant bit leftmost.
quint32 readCode(const uchar* row, int width, int step)
{
    const int stripe = width / 32;
    quint32 code = 0;
    for (int bit = 0; bit < 32; ++bit) {
        const int x = bit * stripe + stripe / 2;
        const int value = (row[(x - 1) * step] + row[x * step] + row[(x + 1) * step]) / 3;
        code = (code << 1) | (value > 128 ? 1u : 0u);
    }
    return code;
}

struct Delays {
    std::vector<qint64> values;
    qint64 unreadable = 0;

    // Milliseconds from the picture's making (its code) to now; both on the same machine's wall clock.
    void add(quint32 code)
    {
        const auto now = quint32(quint64(QDateTime::currentMSecsSinceEpoch()) % (quint64(1) << 32));
        const qint64 delay = qint64(qint32(now - code));
        if (delay >= 0 && delay < 60000)
            values.push_back(delay);
        else
            ++unreadable;
    }

    int print(const char* reader, qint64 firstMs)
    {
        if (values.empty()) {
            std::fprintf(stderr, "%s: no readable picture (%lld unreadable)\n", reader, unreadable);
            return 1;
        }
        std::sort(values.begin(), values.end());
        const auto at = [&](double q) { return values[std::min(values.size() - 1, std::size_t(q * double(values.size())))]; };
        std::printf("latency reader=%s pictures=%zu p50_ms=%lld p95_ms=%lld max_ms=%lld unreadable=%lld first_ms=%lld\n",
                    reader, values.size(), at(0.5), at(0.95), values.back(), unreadable, firstMs);
        return 0;
    }
};

void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

int session(const QUrl& url, int seconds)
{
    StreamSession session;
    session.setSource(url);
    Delays delays;
    QObject::connect(&session, &StreamSession::frameArrived, &session, [&](const QVideoFrame& delivered) {
        QVideoFrame frame(delivered);
        if (!frame.map(QVideoFrame::ReadOnly)) {
            ++delays.unreadable;
            return;
        }
        const auto format = frame.pixelFormat();
        // The luma plane comes first in the planar and semi-planar formats the FFmpeg backend hands out.
        if (format == QVideoFrameFormat::Format_YUV420P || format == QVideoFrameFormat::Format_NV12)
            delays.add(readCode(frame.bits(0) + frame.bytesPerLine(0) * (frame.height() / 2), frame.width(), 1));
        else
            ++delays.unreadable;
        frame.unmap();
    });
    QElapsedTimer started;
    started.start();
    session.start();
    qint64 firstMs = -1;
    QEventLoop loop;
    QObject::connect(&session, &StreamSession::stateChanged, &loop, [&](StreamSession::State state) {
        if (state == StreamSession::State::Live) {
            firstMs = started.elapsed();
            loop.quit();
        } else if (state == StreamSession::State::Failed) {
            loop.quit();
        }
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (session.state() != StreamSession::State::Live) {
        std::fprintf(stderr, "session: no picture (%s)\n", qPrintable(session.reason()));
        return 1;
    }
    runEventLoop(2000); // past the start-up burst
    delays.values.clear();
    delays.unreadable = 0;
    runEventLoop(seconds * 1000);
    return delays.print("session", firstMs);
}

int opencv(const QString& url, int seconds)
{
    QElapsedTimer started;
    started.start();
    cv::VideoCapture capture(url.toStdString(), cv::CAP_FFMPEG);
    if (!capture.isOpened()) {
        std::fprintf(stderr, "opencv: cannot open the stream\n");
        return 1;
    }
    Delays delays;
    cv::Mat picture;
    qint64 firstMs = -1;
    QElapsedTimer measuring;
    bool measuringStarted = false;
    while (!measuringStarted || measuring.elapsed() < seconds * 1000) {
        if (!capture.read(picture) || picture.empty()) {
            std::fprintf(stderr, "opencv: the stream ended\n");
            return 1;
        }
        if (firstMs < 0)
            firstMs = started.elapsed();
        if (picture.type() != CV_8UC3) {
            ++delays.unreadable;
            continue;
        }
        // BGR: the green channel of the middle row (black and white stripes: any channel does).
        const quint32 code = readCode(picture.ptr<uchar>(picture.rows / 2) + 1, picture.cols, 3);
        if (!measuringStarted && started.elapsed() - firstMs >= 2000) { // past the start-up burst, as above
            measuringStarted = true;
            measuring.start();
            delays.values.clear();
            delays.unreadable = 0;
        }
        delays.add(code);
    }
    return delays.print("opencv", firstMs);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"session")
        return session(QUrl(args.at(2)), args.at(3).toInt());
    if (args.size() == 4 && args.at(1) == u"opencv")
        return opencv(args.at(2), args.at(3).toInt());
    std::fprintf(stderr, "usage: ioc_bench_video_latency session|opencv URL SECONDS\n");
    return 2;
}
