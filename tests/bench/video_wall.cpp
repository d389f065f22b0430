// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark program for tests/bench/video_wall.sh (the script says what the figures mean).
//
//   ioc_bench_video_wall wall URL TILES SECONDS
//       TILES StreamSessions on URL (a file loops), all live first; then, over SECONDS: pictures delivered
//       per tile per second, the process's CPU (getrusage, every thread) and its resident memory.
//       Prints: wall tiles=N fps_min=… fps_mean=… fps_max=… cpu_percent=… rss_mb=… frame=WxH
//   ioc_bench_video_wall reconnect URL COUNT
//       One session stopped and started COUNT times, each time until its first picture; resident memory
//       after 10 rounds (warm) and after all of them.
//       Prints: reconnect count=N rss_warm_mb=… rss_end_mb=… growth_mb=… mean_ms=…
// (The added latency on RTSP is ioc_bench_video_latency: video_latency.sh.)

#include "video/streamsession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace ioc;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? double(fields.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0;
}

// Runs the event loop (sleeping between events, as an application does) until done(), checked every
// 20 ms, or the timeout; false on timeout. tick() runs at each check.
template<typename Done, typename Tick = void (*)()>
bool waitUntil(Done done, int timeoutMs, Tick tick = [] {})
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    bool reached = done();
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        tick();
        reached = done();
        if (reached || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    if (!reached) {
        check.start(20);
        loop.exec();
    }
    return reached;
}

int wall(const QUrl& url, int tiles, int seconds)
{
    std::vector<std::unique_ptr<StreamSession>> sessions;
    for (int i = 0; i < tiles; ++i) {
        sessions.push_back(std::make_unique<StreamSession>());
        sessions.back()->setSource(url);
        sessions.back()->start();
    }
    const bool live = waitUntil([&] {
        return std::all_of(sessions.begin(), sessions.end(), [](const auto& s) { return s->state() == StreamSession::State::Live; });
    }, 60000);
    if (!live) {
        std::fprintf(stderr, "not every tile went live\n");
        return 1;
    }
    waitUntil([] { return false; }, 2000); // settle
    std::vector<qint64> before;
    for (const auto& session : sessions)
        before.push_back(session->stats().framesDelivered);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer elapsed;
    elapsed.start();
    double rss = 0;
    waitUntil([] { return false; }, seconds * 1000, [&rss] { rss = std::max(rss, residentMb()); });
    const double wallSeconds = double(elapsed.elapsed()) / 1000.0;
    const double cpu = cpuSeconds() - cpuBefore;
    double fpsMin = 1e9, fpsMax = 0, fpsSum = 0;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const double fps = double(sessions[i]->stats().framesDelivered - before[i]) / wallSeconds;
        fpsMin = std::min(fpsMin, fps);
        fpsMax = std::max(fpsMax, fps);
        fpsSum += fps;
    }
    const QSize frame = sessions.front()->stats().frameSize;
    std::printf("wall tiles=%d fps_min=%.2f fps_mean=%.2f fps_max=%.2f cpu_percent=%.1f rss_mb=%.1f frame=%dx%d seconds=%.1f\n",
                tiles, fpsMin, fpsSum / tiles, fpsMax, 100.0 * cpu / wallSeconds, rss, frame.width(), frame.height(), wallSeconds);
    return 0;
}

int reconnect(const QUrl& url, int count)
{
    StreamSession session;
    session.setSource(url);
    double warm = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < count; ++i) {
        session.start();
        if (!waitUntil([&] { return session.state() == StreamSession::State::Live; }, 30000)) {
            std::fprintf(stderr, "round %d: no picture\n", i);
            return 1;
        }
        session.stop();
        waitUntil([] { return false; }, 50); // the player thread closes the player
        if (i == 9)
            warm = residentMb();
    }
    waitUntil([] { return false; }, 1000);
    const double end = residentMb();
    std::printf("reconnect count=%d rss_warm_mb=%.1f rss_end_mb=%.1f growth_mb=%.1f mean_ms=%.0f\n", count, warm, end,
                end - warm, double(total.elapsed()) / count);
    return 0;
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
    if (args.size() == 5 && args.at(1) == u"wall")
        return wall(QUrl::fromUserInput(args.at(2)), args.at(3).toInt(), args.at(4).toInt());
    if (args.size() == 4 && args.at(1) == u"reconnect")
        return reconnect(QUrl::fromUserInput(args.at(2)), args.at(3).toInt());
    std::fprintf(stderr, "usage: ioc_bench_video_wall wall URL TILES SECONDS | reconnect URL COUNT\n");
    return 2;
}
