// SPDX-License-Identifier: GPL-3.0-or-later
// One camera's analytics on real clips (frames sampled, frame time from the clip's rate):
// - people counts equal a direct OpenCV HOG run with the same parameters, frame by frame;
// - a crowd of 3 is found on vtest (a campus walkway), never on intel_car-detection (a car park);
// - an intrusion zone across the walkway fires, one on the empty lawn does not;
// - a new frame size mid-stream and a gap in the frames restart the state instead of breaking it.
#include "visiontesthelper.h"
#include "vision/cameraanalyzer.h"

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

using namespace ioc;
using namespace ioc::test;

namespace {

const QString kVtest = QStringLiteral("vtest_h264.mp4");
const QString kCars = QStringLiteral("intel_car-detection.mp4");

CameraAnalyticsConfig crowdConfig(int minPeople, double seconds)
{
    CameraAnalyticsConfig c;
    c.people.enabled = true;
    c.people.width = 0;          // the frame's own size: the people of vtest are ~80 px tall
    c.people.winStride = 8;
    c.people.padding = 8;
    c.people.scale = 1.05;
    c.crowd.enabled = true;
    c.crowd.minPeople = minPeople;
    c.crowd.seconds = seconds;
    c.motion.minArea = 0;        // every sampled frame reaches the detector (the comparison needs all)
    return c;
}

// vtest (768×576): the walkway crosses the picture from the left edge to the lower right (picked on
// frames at 20 s and 50 s); the upper lawn, between the footpath and the car park, stays empty for the
// whole clip (people do cross the lower lawn, at 54 s).
AnalyticsZone zone(const QString& id, QList<QPointF> points)
{
    AnalyticsZone z;
    z.id = id;
    z.kind = AnalyticsZone::Kind::Intrusion;
    z.points = std::move(points);
    z.minObjectArea = 0.002;
    z.dwellSeconds = 1;
    return z;
}

AnalyticsZone walkway() { return zone(QStringLiteral("walkway"), {{0.0, 0.33}, {0.62, 0.36}, {0.62, 0.62}, {0.0, 0.45}}); }
AnalyticsZone lawn() { return zone(QStringLiteral("lawn"), {{0.20, 0.21}, {0.40, 0.18}, {0.40, 0.23}, {0.20, 0.25}}); }

} // namespace

class TestCameraAnalyzer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void peopleCountsEqualADirectHogRunAndACrowdIsFound()
    {
        CameraAnalyzer analyzer(QStringLiteral("test/vtest"), crowdConfig(3, 4));
        cv::HOGDescriptor hog;
        hog.setSVMDetector(cv::HOGDescriptor::getDefaultPeopleDetector());
        int frames = 0;
        int people = 0;
        int crowdFrames = 0;
        // Every 40th frame (4 s apart at 10 fps): 20 frames over the clip.
        QVERIFY(forEachSampledFrame(kVtest, 40, 20, [&](int index, const cv::Mat& bgr, const QDateTime& time) {
            const Result<CameraAnalyzer::Outcome> out = analyzer.analyse({QStringLiteral("test/vtest"), {}, bgr, time});
            QVERIFY2(out, qPrintable(out.errorMessage()));
            QVERIFY(out.value().motion);
            cv::Mat gray;
            cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
            std::vector<cv::Rect> found;
            std::vector<double> weights;
            hog.detectMultiScale(gray, found, weights, 0, cv::Size(8, 8), cv::Size(8, 8), 1.05);
            std::vector<float> scores(weights.begin(), weights.end());
            std::vector<int> keep;
            cv::dnn::NMSBoxes(found, scores, 0.f, 0.4f, keep);
            QVERIFY2(out.value().people == int(keep.size()),
                     qPrintable(QStringLiteral("frame %1: %2 people, OpenCV %3").arg(index).arg(out.value().people).arg(keep.size())));
            // Boxes come back in the frame's pixels.
            for (const VisionBox& b : out.value().peopleBoxes)
                QVERIFY(QRectF(0, 0, bgr.cols, bgr.rows).adjusted(-16, -16, 16, 16).contains(b.rect));
            people += out.value().people;
            ++frames;
            for (const VisionFinding& f : out.value().findings) {
                if (f.detection == u"crowd") {
                    QVERIFY(f.count >= 3);
                    QCOMPARE(f.boxes.size(), f.count);
                    ++crowdFrames;
                }
            }
        }));
        QCOMPARE(frames, 20);
        QVERIFY2(people >= 40, qPrintable(QString::number(people))); // 2–5 a frame: the detector saw people
        QVERIFY2(crowdFrames >= 1, "no crowd of 3 on vtest");
    }

    void noCrowdOnTheCarPark()
    {
        CameraAnalyzer analyzer(QStringLiteral("test/cars"), crowdConfig(3, 0));
        int frames = 0;
        QVERIFY(forEachSampledFrame(kCars, 25, 15, [&](int, const cv::Mat& bgr, const QDateTime& time) {
            const Result<CameraAnalyzer::Outcome> out = analyzer.analyse({QStringLiteral("test/cars"), {}, bgr, time});
            QVERIFY(out);
            QVERIFY(out.value().findings.isEmpty());
            frames += out.value().people >= 0 ? 1 : 0; // the detector ran (the gate stops frames without change)
        }));
        QVERIFY2(frames >= 10, qPrintable(QString::number(frames)));
    }

    void intrusionOnTheWalkwayNotOnTheLawn()
    {
        CameraAnalyticsConfig c;
        c.zones = {walkway(), lawn()};
        CameraAnalyzer analyzer(QStringLiteral("test/vtest"), c);
        QHash<QString, int> firing;
        int frames = 0;
        // Every 5th frame (2 a second) over the whole clip.
        QVERIFY(forEachSampledFrame(kVtest, 5, 1000, [&](int, const cv::Mat& bgr, const QDateTime& time) {
            const Result<CameraAnalyzer::Outcome> out = analyzer.analyse({QStringLiteral("test/vtest"), {}, bgr, time});
            QVERIFY(out);
            ++frames;
            for (const VisionFinding& f : out.value().findings) {
                QCOMPARE(f.detection, QStringLiteral("intrusion"));
                QVERIFY(f.count >= 1);
                firing[f.zone] += 1;
            }
        }));
        QVERIFY(frames >= 150);
        QVERIFY2(firing.value(QStringLiteral("walkway")) >= 10, qPrintable(QString::number(firing.value(QStringLiteral("walkway")))));
        QCOMPARE(firing.value(QStringLiteral("lawn")), 0);
    }

    void scheduleOutsideItsHoursDoesNotFire()
    {
        CameraAnalyticsConfig c;
        AnalyticsZone z = walkway();
        // The clip's frames are at 16:00 local time (09:00 UTC, Asia/Ho_Chi_Minh): watch only at night.
        z.schedule = {ScheduleWindow{{1, 2, 3, 4, 5, 6, 7}, QTime(22, 0), QTime(6, 0)}};
        c.zones = {z};
        CameraAnalyzer analyzer(QStringLiteral("test/vtest"), c);
        int findings = 0;
        QVERIFY(forEachSampledFrame(kVtest, 5, 60, [&](int, const cv::Mat& bgr, const QDateTime& time) {
            findings += int(analyzer.analyse({QStringLiteral("test/vtest"), {}, bgr, time}).value().findings.size());
        }));
        QCOMPARE(findings, 0);
    }

    void aNewFrameSizeMidStreamStartsOver()
    {
        CameraAnalyticsConfig c;
        c.zones = {walkway()};
        CameraAnalyzer analyzer(QStringLiteral("test/vtest"), c);
        int resized = 0;
        int firingSmall = 0;
        QVERIFY(forEachSampledFrame(kVtest, 5, 90, [&](int index, const cv::Mat& bgr, const QDateTime& time) {
            cv::Mat frame = bgr;
            if (index >= 150 && index < 300) // the stream switches to its sub stream (half size) and back
                cv::resize(bgr, frame, cv::Size(384, 288));
            const Result<CameraAnalyzer::Outcome> out = analyzer.analyse({QStringLiteral("test/vtest"), {}, frame, time});
            QVERIFY(out);
            resized += out.value().resized ? 1 : 0;
            for (const VisionFinding& f : out.value().findings) {
                for (const VisionBox& b : f.boxes) // boxes in the pixels of the frame they came from
                    QVERIFY(b.rect.right() <= frame.cols + 1 && b.rect.bottom() <= frame.rows + 1);
                if (frame.cols == 384)
                    ++firingSmall;
            }
        }));
        QCOMPARE(resized, 2);
        QVERIFY2(firingSmall > 0, "the zone kept its place on the smaller frames");
    }

    void aGapInTheFramesRestartsDurations()
    {
        CameraAnalyzer analyzer(QStringLiteral("test/vtest"), crowdConfig(1, 2));
        QList<cv::Mat> frames;
        QVERIFY(forEachSampledFrame(kVtest, 10, 4, [&](int, const cv::Mat& bgr, const QDateTime&) { frames.append(bgr.clone()); }, 200));
        QCOMPARE(frames.size(), 4);
        const QDateTime t0 = clipStart();
        auto crowdAt = [&](int i, const QDateTime& t) {
            const Result<CameraAnalyzer::Outcome> out = analyzer.analyse({QStringLiteral("test/vtest"), {}, frames.at(i), t});
            if (!out || out.value().people < 1)
                qFatal("frame %d: %s", i, qPrintable(out.errorMessage()));
            return !out.value().findings.isEmpty();
        };
        QVERIFY(!crowdAt(0, t0));
        QVERIFY(!crowdAt(1, t0.addSecs(1)));
        QVERIFY(crowdAt(2, t0.addSecs(2)));  // held 2 s
        QVERIFY(!crowdAt(3, t0.addSecs(60))); // a minute without frames: the 2 s start again
        QVERIFY(!crowdAt(0, t0.addSecs(61)));
        QVERIFY(crowdAt(1, t0.addSecs(62)));
    }
};

QTEST_GUILESS_MAIN(TestCameraAnalyzer)
#include "tst_cameraanalyzer.moc"
