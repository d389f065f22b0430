// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline with a real AlertService over a fresh store (shipped rules): clips go in frame by frame
// through submit(); episodes become one alert each, with a snapshot PNG that OpenCV opens; the per-camera
// budget drops frames instead of queueing them; bad configuration, a missing model and unreadable frames
// stay with their camera while the others keep analysing; "false alarm" feedback is journaled.
#include "nv12frame.h"
#include "visiontesthelper.h"
#include "../auth/authtesthelper.h"
#include "alerts/alertservice.h"
#include "store/repositories.h"
#include "vision/visionpipeline.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace ioc;
using namespace ioc::test;

namespace {

const QString kVtest = QStringLiteral("vtest_h264.mp4");

AlertRuleSet shippedRules()
{
    Result<AlertRuleSet> rules = AlertRuleSet::load(AlertRuleSet::embeddedPath());
    if (!rules)
        qFatal("%s", qPrintable(rules.errorMessage()));
    return std::move(rules).value();
}

VisionCamera camera(const QString& id)
{
    return {QStringLiteral("demo/") + id, QStringLiteral("Camera ") + id, QGeoCoordinate(9.18, 105.15), QStringLiteral("32002")};
}

AnalyticsZone walkway()
{
    AnalyticsZone z;
    z.id = QStringLiteral("walkway");
    z.points = {{0.0, 0.33}, {0.62, 0.36}, {0.62, 0.62}, {0.0, 0.45}};
    z.dwellSeconds = 1;
    return z;
}

CameraAnalyticsConfig intrusionConfig()
{
    CameraAnalyticsConfig c;
    c.maxFps = 2;
    c.quietSeconds = 20;
    c.zones = {walkway()};
    return c;
}

struct PipelineFixture : AuthFixture {
    PipelineFixture()
        : service(*database, journal, auth, clock, shippedRules())
        , pipeline(&service, &journal, snapshots.path(), 2)
    {
        if (!service.start())
            qFatal("the alert service does not start");
    }

    QList<Alert> alertsOf(const QString& rule)
    {
        QList<Alert> out;
        const QList<Alert> all = AlertRepository(*database).find().value();
        for (const Alert& a : all) {
            if (a.rule == rule)
                out.append(a);
        }
        return out;
    }

    // Frames of vtest every `step` frames to `cameraKey`, `offset` added to their time; waits for each.
    void play(const QString& cameraKey, int step, int visits, qint64 offsetMs = 0, int first = 0)
    {
        const bool ok = forEachSampledFrame(kVtest, step, visits, [&](int, const cv::Mat& bgr, const QDateTime& time) {
            pipeline.submit({cameraKey, {}, bgr, time.addMSecs(offsetMs)});
            if (!pipeline.waitForIdle(30000))
                qFatal("the pipeline did not finish a frame in 30 s");
        }, first);
        if (!ok)
            qFatal("cannot open %s", qPrintable(kVtest));
    }

    QTemporaryDir snapshots;
    AlertService service;
    VisionPipeline pipeline;
};

} // namespace

class TestVisionPipeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneAlertPerEpisodeWithItsSnapshot()
    {
        PipelineFixture f;
        QVERIFY(f.pipeline.setCamera(camera(QStringLiteral("cam-01")), intrusionConfig()));
        QSignalSpy detected(&f.pipeline, &VisionPipeline::detected);
        QSignalSpy raised(&f.pipeline, &VisionPipeline::alertRaised);
        bool onGuiThread = true;
        connect(&f.pipeline, &VisionPipeline::detected, this, [&] { onGuiThread = onGuiThread && QThread::currentThread() == thread(); });

        // 30 s of the walkway at 2 frames a second: people all the time, one episode.
        f.play(QStringLiteral("demo/cam-01"), 5, 60);
        QVERIFY(detected.size() >= 10);
        QVERIFY(onGuiThread);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(f.pipeline.stats(QStringLiteral("demo/cam-01")).episodes, 1);
        QList<Alert> alerts = f.alertsOf(QStringLiteral("vision-intrusion"));
        QCOMPARE(alerts.size(), 1);
        const Alert first = alerts.first();
        QCOMPARE(first.subject, QStringLiteral("asset:demo/cam-01"));
        QCOMPARE(first.severity, Severity::High);
        QVERIFY2(first.title.contains(QStringLiteral("Camera cam-01")), qPrintable(first.title));
        const AlertRecord record = *f.service.get(first.key.externalId).value();
        QCOMPARE(record.details.ruleKind, AlertRuleKind::Vision);
        const QJsonObject facts = record.details.facts;
        QCOMPARE(facts.value(QStringLiteral("detection")).toString(), QStringLiteral("intrusion"));
        QCOMPARE(facts.value(QStringLiteral("zone")).toString(), QStringLiteral("walkway"));
        QVERIFY(facts.value(QStringLiteral("count")).toInt() >= 1);
        QVERIFY(!facts.value(QStringLiteral("boxes")).toArray().isEmpty());
        const QString snapshot = facts.value(QStringLiteral("snapshot")).toString();
        QVERIFY(snapshot.startsWith(f.snapshots.path()));
        const cv::Mat png = cv::imread(snapshot.toStdString());
        QVERIFY2(!png.empty(), qPrintable(snapshot));
        QCOMPARE(png.cols, 640);
        QCOMPARE(png.rows, 480);

        // The operator resolves it; the walkway is watched again after longer than the quiet period:
        // a second episode, a second alert, with its own snapshot.
        QVERIFY(f.service.resolve(first.key.externalId, QStringLiteral("system"), QStringLiteral("test")));
        f.play(QStringLiteral("demo/cam-01"), 5, 30, 120000, 300);
        QCOMPARE(raised.size(), 2);
        alerts = f.alertsOf(QStringLiteral("vision-intrusion"));
        QCOMPARE(alerts.size(), 2);
        QVERIFY(alerts.at(0).key != alerts.at(1).key);
        QCOMPARE(f.pipeline.stats(QStringLiteral("demo/cam-01")).episodes, 2);
        QCOMPARE(QDir(f.snapshots.path()).entryList({QStringLiteral("*.png")}).size(), 2);
    }

    void aCrowdOnVtestRaisesOneCrowdAlert()
    {
        PipelineFixture f;
        CameraAnalyticsConfig c;
        c.people.enabled = true;
        c.crowd.enabled = true;
        c.crowd.minPeople = 3;
        c.crowd.seconds = 4;
        c.quietSeconds = 60;
        QVERIFY(f.pipeline.setCamera(camera(QStringLiteral("cam-02")), c));
        f.play(QStringLiteral("demo/cam-02"), 40, 12);
        const QList<Alert> alerts = f.alertsOf(QStringLiteral("vision-crowd"));
        QCOMPARE(alerts.size(), 1);
        const QJsonObject facts = f.service.get(alerts.first().key.externalId).value()->details.facts;
        QVERIFY(facts.value(QStringLiteral("count")).toInt() >= 3);
        QCOMPARE(facts.value(QStringLiteral("boxes")).toArray().size(), facts.value(QStringLiteral("count")).toInt());
    }

    void framesOverTheBudgetOrWhileBusyAreDroppedNotQueued()
    {
        PipelineFixture f;
        CameraAnalyticsConfig c = intrusionConfig();
        c.maxFps = 5;
        QVERIFY(f.pipeline.setCamera(camera(QStringLiteral("cam-03")), c));
        // 10 frames a second of frame time, each waited for: every other one is over the budget.
        f.play(QStringLiteral("demo/cam-03"), 1, 20);
        VisionCameraStats s = f.pipeline.stats(QStringLiteral("demo/cam-03"));
        QCOMPARE(s.submitted, 20);
        QCOMPARE(s.analysed, 10);
        QCOMPARE(s.droppedBudget, 10);

        // A slow detector (HOG on full frames) and frames offered faster than it runs: the ones that
        // arrive while the camera is busy are dropped, and nothing is left queued afterwards.
        CameraAnalyticsConfig slow;
        slow.people.enabled = true;
        slow.maxFps = 50;
        QVERIFY(f.pipeline.setCamera(camera(QStringLiteral("cam-04")), slow));
        QList<cv::Mat> frames;
        QVERIFY(forEachSampledFrame(kVtest, 1, 10, [&](int, const cv::Mat& bgr, const QDateTime&) { frames.append(bgr.clone()); }));
        for (int i = 0; i < 30; ++i)
            f.pipeline.submit({QStringLiteral("demo/cam-04"), {}, frames.at(i % 10), clipStart().addSecs(i)});
        QVERIFY(f.pipeline.waitForIdle(30000));
        s = f.pipeline.stats(QStringLiteral("demo/cam-04"));
        QCOMPARE(s.submitted, 30);
        QVERIFY2(s.droppedBusy > 0, "HOG is slower than 30 submits in a row");
        QCOMPARE(s.analysed + s.droppedBusy + s.droppedBudget, s.submitted);

        // A camera without analytics costs nothing: nothing is counted, nothing runs.
        f.pipeline.submit({QStringLiteral("demo/none"), {}, frames.first(), clipStart()});
        QVERIFY(!f.pipeline.hasAnalytics(QStringLiteral("demo/none")));
        QCOMPARE(f.pipeline.stats(QStringLiteral("demo/none")).submitted, 0);
    }

    void badInputStaysWithItsCamera()
    {
        PipelineFixture f;
        QSignalSpy failed(&f.pipeline, &VisionPipeline::cameraFailed);

        // A zone with two points: refused, named, for that camera only.
        CameraAnalyticsConfig bad = intrusionConfig();
        bad.zones.first().points = {{0.1, 0.1}, {0.2, 0.2}};
        const Result<void> refused = f.pipeline.setCamera(camera(QStringLiteral("bad-zone")), bad);
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(),
                 QStringLiteral("Analytics of camera Camera bad-zone are off: zones[0].points: a zone needs at least 3 points, it has 2"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("demo/bad-zone"));
        QCOMPARE(f.pipeline.stats(QStringLiteral("demo/bad-zone")).lastError, refused.errorMessage());
        QVERIFY(!f.pipeline.hasAnalytics(QStringLiteral("demo/bad-zone")));

        // A missing model: the camera runs its other detectors and still raises its intrusion alert.
        CameraAnalyticsConfig noModel = intrusionConfig();
        noModel.dnn.enabled = true;
        noModel.dnn.model = f.snapshots.filePath(QStringLiteral("missing.onnx"));
        noModel.dnn.classes = f.snapshots.filePath(QStringLiteral("missing.txt"));
        QVERIFY(f.pipeline.setCamera(camera(QStringLiteral("no-model")), noModel));
        // A healthy camera next to it.
        QVERIFY(f.pipeline.setCamera(camera(QStringLiteral("healthy")), intrusionConfig()));

        const bool ok = forEachSampledFrame(kVtest, 5, 24, [&](int i, const cv::Mat& bgr, const QDateTime& time) {
            f.pipeline.submit({QStringLiteral("demo/no-model"), {}, bgr, time});
            f.pipeline.submit({QStringLiteral("demo/bad-zone"), {}, bgr, time});
            // The healthy camera gets unreadable frames at 5 and 5.5 s, then frames of half the size from 6 s.
            cv::Mat frame = bgr;
            if (i == 50 || i == 55)
                frame = cv::Mat();
            else if (i >= 60)
                cv::resize(bgr, frame, cv::Size(bgr.cols / 2, bgr.rows / 2));
            f.pipeline.submit({QStringLiteral("demo/healthy"), {}, frame, time});
            QVERIFY(f.pipeline.waitForIdle(30000));
        });
        QVERIFY(ok);
        const VisionCameraStats noModelStats = f.pipeline.stats(QStringLiteral("demo/no-model"));
        QCOMPARE(noModelStats.analysed, 24);
        QVERIFY2(noModelStats.lastError.endsWith(QStringLiteral("missing.onnx does not exist")), qPrintable(noModelStats.lastError));
        const VisionCameraStats healthy = f.pipeline.stats(QStringLiteral("demo/healthy"));
        QCOMPARE(healthy.failedFrames, 2);
        QCOMPARE(healthy.analysed, 22);
        QCOMPARE(healthy.lastError, QStringLiteral("the frame is empty or not a colour picture"));
        QCOMPARE(f.alertsOf(QStringLiteral("vision-intrusion")).size(), 2); // no-model and healthy
        QStringList failedCameras;
        for (const QList<QVariant>& args : failed)
            failedCameras.append(args.at(0).toString());
        QCOMPARE(failedCameras.count(QStringLiteral("demo/healthy")), 1); // the same error twice is reported once
        failedCameras.removeDuplicates();
        failedCameras.sort();
        QCOMPARE(failedCameras, (QStringList{QStringLiteral("demo/bad-zone"), QStringLiteral("demo/healthy"), QStringLiteral("demo/no-model")}));
    }

    void videoFramesFromTheWallRaiseAlertsToo()
    {
        PipelineFixture f;
        QVERIFY(f.pipeline.setCamera(camera(QStringLiteral("cam-06")), intrusionConfig()));
        QVERIFY(forEachSampledFrame(kVtest, 5, 16, [&](int, const cv::Mat& bgr, const QDateTime& time) {
            FrameInput input;
            input.cameraKey = QStringLiteral("demo/cam-06");
            input.frame = nv12(bgr);
            input.time = time;
            f.pipeline.submit(input);
            QVERIFY(f.pipeline.waitForIdle(30000));
        }));
        QCOMPARE(f.pipeline.stats(QStringLiteral("demo/cam-06")).analysed, 16);
        QCOMPARE(f.pipeline.stats(QStringLiteral("demo/cam-06")).failedFrames, 0);
        const QList<Alert> alerts = f.alertsOf(QStringLiteral("vision-intrusion"));
        QCOMPARE(alerts.size(), 1);
        const QString snapshot = f.service.get(alerts.first().key.externalId).value()->details.facts.value(QStringLiteral("snapshot")).toString();
        const cv::Mat png = cv::imread(snapshot.toStdString());
        QVERIFY(!png.empty());
        // The snapshot is the picture, not a grey or green block: it has the colours of the scene.
        const cv::Scalar mean = cv::mean(png);
        QVERIFY2(mean[1] > mean[2] && mean[0] > 40, qPrintable(QStringLiteral("%1 %2 %3").arg(mean[0]).arg(mean[1]).arg(mean[2])));
    }

    void aFalseAlarmIsJournaledWithItsSnapshot()
    {
        PipelineFixture f;
        QVERIFY(f.pipeline.setCamera(camera(QStringLiteral("cam-05")), intrusionConfig()));
        f.play(QStringLiteral("demo/cam-05"), 5, 10);
        const QList<Alert> alerts = f.alertsOf(QStringLiteral("vision-intrusion"));
        QCOMPARE(alerts.size(), 1);
        const QString key = alerts.first().key.externalId;
        QVERIFY(f.pipeline.recordFalseAlarm(key, QStringLiteral("vanhanh"), QStringLiteral("bóng cây")));
        JournalQuery q;
        q.kinds = {QStringLiteral("vision.false_alarm")};
        const QList<JournalEntry> entries = f.journal.find(q).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, QStringLiteral("vanhanh"));
        QCOMPARE(entries.first().subject, QStringLiteral("alert:") + key);
        const QString snapshot = entries.first().payload.value(QStringLiteral("snapshot")).toString();
        QVERIFY(QFile::exists(snapshot));
        QCOMPARE(entries.first().payload.value(QStringLiteral("note")).toString(), QStringLiteral("bóng cây"));
        QCOMPARE(entries.first().payload.value(QStringLiteral("camera")).toString(), QStringLiteral("demo/cam-05"));
        const Result<void> unknown = f.pipeline.recordFalseAlarm(QStringLiteral("no-such-alert"), QStringLiteral("vanhanh"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.errorMessage(), QStringLiteral("alert no-such-alert is not a camera analytics alert"));
    }
};

QTEST_MAIN(TestVisionPipeline)
#include "tst_visionpipeline.moc"
