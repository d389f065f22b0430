// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the video analytics (tests/bench/vision_pipeline.sh prints and publishes the figures).
//   stages:   mean per-frame cost of the motion gate (without and with its moving regions), MOG2 (one zone over the whole picture) and HOG
//             people at 640×480 and 320×240 (vtest frames, resized)
//   gated:    the first `seconds` of vtest at its 10 fps through one camera's analyzer (motion gate, 5 fps
//             budget on frame time, HOG + crowd; people.regions "motion" and "frame") against HOG on every
//             full frame; the same with a still scene (one frame repeated)
//   load:     16 cameras at 5 fps for `seconds` of wall time, 20 % of them (3) moving (vtest), the others
//             a still frame, through VisionPipeline on 2 threads (HOG at 384 px wide, crowd, one intrusion
//             zone): the process's CPU (getrusage)
//   delay:    submit() → alert raised (AlertService on SQLite), one alert per camera, 40 cameras
// Output: one line per figure, "name key=value …".
#include "alerts/alertservice.h"
#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/journal.h"
#include "vision/cameraanalyzer.h"
#include "vision/intrusiondetector.h"
#include "vision/motiongate.h"
#include "vision/peopledetector.h"
#include "vision/visionpipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace ioc;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

std::vector<cv::Mat> readFrames(const QString& clip, int count)
{
    std::vector<cv::Mat> out;
    cv::VideoCapture cap(clip.toStdString());
    cv::Mat f;
    while (int(out.size()) < count && cap.read(f))
        out.push_back(f.clone());
    return out;
}

template<typename F>
double meanMs(int n, F&& f)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        f(i);
    return double(t.nsecsElapsed()) / 1e6 / n;
}

AnalyticsZone wholeZone()
{
    AnalyticsZone z;
    z.id = QStringLiteral("all");
    z.points = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    z.dwellSeconds = 0;
    return z;
}

void stages(const std::vector<cv::Mat>& frames)
{
    for (const cv::Size size : {cv::Size(640, 480), cv::Size(320, 240)}) {
        std::vector<cv::Mat> bgr;
        std::vector<cv::Mat> gray;
        for (const cv::Mat& f : frames) {
            cv::Mat r, g;
            cv::resize(f, r, size, 0, 0, cv::INTER_AREA);
            cv::cvtColor(r, g, cv::COLOR_BGR2GRAY);
            bgr.push_back(r);
            gray.push_back(g);
        }
        const int n = int(frames.size());
        MotionGate gate;
        const double motion = meanMs(n, [&](int i) { gate.update(gray[size_t(i)]); });
        MotionGate regionGate;
        const double regions = meanMs(n, [&](int i) { regionGate.update(gray[size_t(i)], true); });
        IntrusionDetector mog(wholeZone());
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const double mog2 = meanMs(n, [&](int i) { mog.update(bgr[size_t(i)], t0.addMSecs(100 * i), false); });
        PeopleSettings ps;
        PeopleDetector hog(ps);
        const int hogFrames = std::min(n, 20);
        const double hogMs = meanMs(hogFrames, [&](int i) { hog.detect(gray[size_t(i * n / hogFrames)]); });
        std::printf("stages size=%dx%d motion_ms=%.3f motion_regions_ms=%.3f mog2_ms=%.3f hog_ms=%.1f\n", size.width, size.height, motion,
                    regions, mog2, hogMs);
    }
}

CameraAnalyticsConfig crowdConfig(PeopleSettings::Regions regions = PeopleSettings::Regions::Motion)
{
    CameraAnalyticsConfig c;
    c.people.regions = regions;
    c.maxFps = 5;
    c.people.enabled = true;
    c.crowd.enabled = true;
    c.crowd.minPeople = 3;
    c.crowd.seconds = 2;
    return c;
}

// Seconds of HOG (default settings, NMS) on every frame at its own size: the reference.
double hogEveryFrame(const std::vector<cv::Mat>& frames)
{
    PeopleSettings ps;
    PeopleDetector hog(ps);
    QElapsedTimer t;
    t.start();
    for (const cv::Mat& f : frames) {
        cv::Mat g;
        cv::cvtColor(f, g, cv::COLOR_BGR2GRAY);
        hog.detect(g);
    }
    return double(t.nsecsElapsed()) / 1e9;
}

void gated(const std::vector<cv::Mat>& frames, const char* name, PeopleSettings::Regions regions, double everyFrame)
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QElapsedTimer t;
    // The pipeline's per-camera path without threads: budget on frame time, then the analyzer.
    CameraAnalyzer analyzer(QStringLiteral("bench/cam"), crowdConfig(regions));
    t.start();
    QDateTime last;
    int analysed = 0;
    int detected = 0;
    int hogRuns = 0;
    double covered = 0;
    for (size_t i = 0; i < frames.size(); ++i) {
        const QDateTime time = t0.addMSecs(qint64(i) * 100);
        if (last.isValid() && last.msecsTo(time) < 180)
            continue;
        last = time;
        const Result<CameraAnalyzer::Outcome> out = analyzer.analyse({QStringLiteral("bench/cam"), {}, frames[i], time});
        ++analysed;
        detected += out && out.value().people >= 0 ? 1 : 0;
        hogRuns += out ? out.value().hogRuns : 0;
        covered += out ? out.value().hogCovered : 0;
    }
    const double pipeline = double(t.nsecsElapsed()) / 1e9;
    std::printf("gated scene=%s regions=%s frames=%zu hog_every_frame_s=%.2f pipeline_s=%.2f analysed=%d hog_frames=%d hog_runs=%d "
                "covered_percent=%.0f ratio=%.1f\n",
                name, regions == PeopleSettings::Regions::Motion ? "motion" : "frame", frames.size(), everyFrame, pipeline, analysed, detected,
                hogRuns, 100.0 * covered / std::max(1, detected), everyFrame / pipeline);
}

void load(const std::vector<cv::Mat>& frames, double seconds)
{
    VisionPipeline pipeline(nullptr, nullptr, QString(), 2);
    CameraAnalyticsConfig c = crowdConfig();
    // HOG at 384 px wide (half of vtest), on the moving regions (the default).
    c.people.width = 384;
    c.zones = {wholeZone()};
    c.zones.first().kind = AnalyticsZone::Kind::Intrusion;
    for (int cam = 0; cam < 16; ++cam) {
        if (!pipeline.setCamera({QStringLiteral("bench/%1").arg(cam), QString(), {}, {}}, c))
            qFatal("config");
    }
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    int tick = 0;
    while (wall.elapsed() < qint64(seconds * 1000)) {
        for (int cam = 0; cam < 16; ++cam) {
            const bool moving = cam < 3; // 3 of 16 ≈ 20 %
            const cv::Mat& f = moving ? frames[size_t(tick * 2 % int(frames.size()))] : frames.front();
            pipeline.submit({QStringLiteral("bench/%1").arg(cam), {}, f, t0.addMSecs(200 * tick)});
        }
        ++tick;
        const qint64 next = qint64(tick) * 200;
        while (wall.elapsed() < next) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QThread::msleep(2);
        }
    }
    pipeline.waitForIdle(60000);
    const double cpu = cpuSeconds() - cpu0;
    const double elapsed = double(wall.elapsed()) / 1000.0;
    qint64 analysed = 0, busy = 0, still = 0, submitted = 0;
    for (int cam = 0; cam < 16; ++cam) {
        const VisionCameraStats s = pipeline.stats(QStringLiteral("bench/%1").arg(cam));
        analysed += s.analysed;
        busy += s.droppedBusy;
        still += s.stillFrames;
        submitted += s.submitted;
    }
    std::printf("load cameras=16 moving=3 fps=5 seconds=%.1f cpu_percent=%.1f submitted=%lld analysed=%lld still=%lld dropped_busy=%lld\n",
                elapsed, 100.0 * cpu / elapsed, submitted, analysed, still, busy);
}

void delay(const std::vector<cv::Mat>& frames)
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::open(dir.filePath(QStringLiteral("bench.sqlite"))).value();
    SystemClock clock;
    Journal journal(*db, clock);
    AuthService auth(*db, journal, clock, AuthPolicy{}, PasswordHasher(PasswordHasher::Cost::minimum()));
    AlertService alerts(*db, journal, auth, clock, AlertRuleSet::load(AlertRuleSet::embeddedPath()).value());
    if (!alerts.start())
        qFatal("alerts");
    VisionPipeline pipeline(&alerts, &journal, dir.filePath(QStringLiteral("snapshots")), 2);
    CameraAnalyticsConfig c;
    c.zones = {wholeZone()};
    QHash<QString, qint64> submittedAt;
    QList<double> delays;
    QElapsedTimer clockMs;
    clockMs.start();
    QObject::connect(&pipeline, &VisionPipeline::alertRaised, [&](const QString&, const QString& camera, const QString&) {
        delays.append(double(clockMs.nsecsElapsed() / 1000 - submittedAt.value(camera)) / 1000.0);
    });
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int cam = 0; cam < 40; ++cam) {
        const QString key = QStringLiteral("bench/d%1").arg(cam);
        if (!pipeline.setCamera({key, QString(), {}, {}}, c))
            qFatal("config");
        // Warm the background (IntrusionDetector::kWarmupFrames), then the frame that fires.
        for (int i = 0; i <= IntrusionDetector::kWarmupFrames + 1 && delays.size() <= cam; ++i) {
            submittedAt.insert(key, clockMs.nsecsElapsed() / 1000);
            pipeline.submit({key, {}, frames[size_t((cam * 7 + i * 5) % int(frames.size()))], t0.addSecs(i)});
            pipeline.waitForIdle(30000);
        }
    }
    std::sort(delays.begin(), delays.end());
    const auto pct = [&](double p) { return delays.isEmpty() ? 0.0 : delays.at(std::min(qsizetype(delays.size() - 1), qsizetype(p * delays.size()))); };
    std::printf("delay alerts=%lld median_ms=%.1f p95_ms=%.1f max_ms=%.1f\n", qlonglong(delays.size()), pct(0.5), pct(0.95),
                delays.isEmpty() ? 0.0 : delays.last());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s VTEST_CLIP SECONDS\n", argv[0]);
        return 2;
    }
    const QString clip = QString::fromLocal8Bit(argv[1]);
    const double seconds = QString::fromLocal8Bit(argv[2]).toDouble();
    const std::vector<cv::Mat> frames = readFrames(clip, int(seconds * 10));
    if (frames.size() < 20) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    stages(frames);
    const double everyFrame = hogEveryFrame(frames);
    gated(frames, "vtest", PeopleSettings::Regions::Motion, everyFrame);
    gated(frames, "vtest", PeopleSettings::Regions::Frame, everyFrame);
    const std::vector<cv::Mat> still(frames.size(), frames.front());
    gated(still, "still", PeopleSettings::Regions::Motion, hogEveryFrame(still));
    load(frames, seconds);
    delay(frames);
    std::fflush(stdout);
    return 0;
}
