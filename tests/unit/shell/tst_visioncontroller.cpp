// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics' QML face on a real pipeline, a real AlertService (shipped rules) over a fresh store and a
// frame tap of its own: pictures of vtest published to the tap (as the wall's sessions do, NV12) reach the
// pipeline and come back as detections in normalised coordinates, which expire without newer ones; the
// episode raises one alert and "false alarm" is journaled for the signed-in person (refused without
// acknowledge_alerts); saveConfig validates (error text back, nothing written), needs configure_analytics
// (refusal journaled), applies and writes the file; a bad config file turns that camera off only, cameras added
// later get their configs without the others being read again; the
// shipped demo configs are valid and name demo cameras that play vtest; without a pipeline everything answers "nothing" and refuses.
#include "../vision/nv12frame.h"
#include "../auth/authtesthelper.h"
#include "alerts/alertservice.h"
#include "demo/demoprovince.h"
#include "shell/visioncontroller.h"
#include "store/repositories.h"
#include "video/frametap.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace ioc;
using namespace ioc::test;

namespace {

const QString kPassword = QStringLiteral("Ca-Mau-2026!");

Asset camera(const QString& id)
{
    Asset a;
    a.key = {QStringLiteral("demo"), id};
    a.kind = AssetKind::Camera;
    a.name = QStringLiteral("Camera ") + id;
    a.position = QGeoCoordinate(9.18, 105.15);
    a.areaCode = QStringLiteral("32002");
    return a;
}

// The walkway of vtest, crossed by pedestrians all the time (tst_visionpipeline's zone).
QVariantMap walkwayConfig(int points = 4)
{
    const QVariantList all{QVariantList{0.0, 0.33}, QVariantList{0.62, 0.36}, QVariantList{0.62, 0.62}, QVariantList{0.0, 0.45}};
    QVariantMap zone{{QStringLiteral("id"), QStringLiteral("walkway")},
                     {QStringLiteral("kind"), QStringLiteral("intrusion")},
                     {QStringLiteral("points"), all.mid(0, points)},
                     {QStringLiteral("dwellSeconds"), 1.0}};
    return {{QStringLiteral("enabled"), true}, {QStringLiteral("maxFps"), 8.0}, {QStringLiteral("quietSeconds"), 30.0},
            {QStringLiteral("zones"), QVariantList{zone}}};
}

AlertRuleSet shippedRules()
{
    Result<AlertRuleSet> rules = AlertRuleSet::load(AlertRuleSet::embeddedPath());
    if (!rules)
        qFatal("%s", qPrintable(rules.errorMessage()));
    return std::move(rules).value();
}

struct Fixture : AuthFixture {
    Fixture()
        : service(*database, journal, auth, clock, shippedRules())
        , pipeline(&service, &journal, snapshots.path(), 2)
        , controller(&pipeline, auth, configs.path())
    {
        if (!service.start())
            qFatal("the alert service does not start");
        controller.setFrameTap(&tap);
        controller.setCameras({camera(QStringLiteral("CAM-V1")), camera(QStringLiteral("CAM-V2")), camera(QStringLiteral("CAM-V3"))});
        add(QStringLiteral("truongca"), Role::Supervisor, kPassword);
        add(QStringLiteral("vanhanh"), Role::Operator, kPassword);
        add(QStringLiteral("xem"), Role::Viewer, kPassword);
    }

    void signIn(const QString& login)
    {
        if (!auth.signIn(login, kPassword))
            qFatal("cannot sign %s in", qPrintable(login));
    }

    // Publishes vtest's pictures (every other frame) to the tap as a camera session would, a little
    // over 10 a second, until `done` or the clip ends; returns whether `done` held.
    bool play(const QString& key, const std::function<bool()>& done)
    {
        cv::VideoCapture capture(QStringLiteral(IOC_TEST_VIDEO "/vtest_h264.mp4").toStdString());
        if (!capture.isOpened())
            qFatal("cannot open vtest");
        cv::Mat frame;
        for (int i = 0; capture.read(frame); ++i) {
            if (i % 2 != 0)
                continue;
            tap.publish(key, nv12(frame));
            QTest::qWait(90);
            if (done())
                return true;
        }
        return done();
    }

    QTemporaryDir snapshots;
    QTemporaryDir configs;
    AlertService service;
    VisionPipeline pipeline;
    FrameTap tap;
    VisionController controller;
};

} // namespace

class TestVisionController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tapPicturesBecomeDetectionsAndAnAlert()
    {
        Fixture f;
        f.signIn(QStringLiteral("truongca"));
        f.controller.setDetectionLifetimeMs(800);
        QVERIFY(f.controller.canConfigure());
        QVERIFY(!f.controller.hasAnalytics(QStringLiteral("CAM-V1")));
        QVERIFY(!f.tap.hasSubscribers(QStringLiteral("CAM-V1"))); // no analytics: no subscription
        QCOMPARE(f.controller.saveConfig(QStringLiteral("CAM-V1"), walkwayConfig()), QString());
        QVERIFY(f.controller.hasAnalytics(QStringLiteral("CAM-V1")));
        QVERIFY(f.tap.hasSubscribers(QStringLiteral("CAM-V1")));
        QVERIFY(!f.tap.hasSubscribers(QStringLiteral("CAM-V2")));
        QCOMPARE(f.controller.zones(QStringLiteral("CAM-V1")).size(), 1);

        QSignalSpy changed(&f.controller, &VisionController::changed);
        QSignalSpy raised(&f.controller, &VisionController::alertRaised);
        const bool seen = f.play(QStringLiteral("CAM-V1"), [&] { return !f.controller.detections(QStringLiteral("CAM-V1")).isEmpty(); });
        QVERIFY2(seen, "no detection from the walkway of vtest");
        const QVariantList boxes = f.controller.detections(QStringLiteral("CAM-V1"));
        for (const QVariant& item : boxes) {
            const QVariantMap box = item.toMap();
            QCOMPARE(box.value(QStringLiteral("detection")).toString(), QStringLiteral("intrusion"));
            QCOMPARE(box.value(QStringLiteral("zone")).toString(), QStringLiteral("walkway"));
            QCOMPARE(box.value(QStringLiteral("rule")).toString(), QStringLiteral("Intrusion"));
            QCOMPARE(box.value(QStringLiteral("scoreText")).toString(), QStringLiteral("100%")); // a moving object: score 1
            const double x = box.value(QStringLiteral("x")).toDouble();
            const double y = box.value(QStringLiteral("y")).toDouble();
            const double w = box.value(QStringLiteral("width")).toDouble();
            const double h = box.value(QStringLiteral("height")).toDouble();
            // Normalised to the picture (768×576), and where the walkway is (y 0.33..0.62, x < 0.62 + slack).
            QVERIFY2(x >= 0 && y >= 0 && w > 0 && h > 0 && x + w <= 1.0001 && y + h <= 1.0001, qPrintable(QVariant(box).toString()));
            QVERIFY(y + h > 0.3 && y < 0.65 && x < 0.7);
        }
        QVERIFY(changed.size() > 0);
        // Nothing on another camera.
        QVERIFY(f.controller.detections(QStringLiteral("CAM-V2")).isEmpty());
        // No newer picture: the boxes go.
        QTRY_VERIFY_WITH_TIMEOUT(f.controller.detections(QStringLiteral("CAM-V1")).isEmpty(), 5000);

        // The episode raised one alert; "false alarm" is journaled for the signed-in supervisor.
        QVERIFY(f.pipeline.waitForIdle(30000));
        QList<Alert> alerts;
        const QList<Alert> all = AlertRepository(*f.database).find().value();
        for (const Alert& a : all) {
            if (a.rule == u"vision-intrusion")
                alerts.append(a);
        }
        QCOMPARE(alerts.size(), 1);
        const QString alertKey = alerts.first().key.externalId;
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().at(0).toString(), alertKey);
        QCOMPARE(raised.first().at(1).toString(), QStringLiteral("CAM-V1")); // the wall's key
        QCOMPARE(raised.first().at(2).toString(), QStringLiteral("vision-intrusion"));
        QCOMPARE(f.controller.falseAlarm(alertKey, QStringLiteral("người đi bộ hợp lệ")), QString());
        QList<JournalEntry> feedback = f.journalOf(QStringLiteral("vision.false_alarm"));
        QCOMPARE(feedback.size(), 1);
        QCOMPARE(feedback.first().actor, QStringLiteral("truongca"));

        // A viewer may not (no acknowledge_alerts): refused, journaled, nothing recorded.
        f.signIn(QStringLiteral("xem"));
        const int deniedBefore = int(f.journalOf(QStringLiteral("auth.privilege.denied")).size());
        QVERIFY(!f.controller.falseAlarm(alertKey, QString()).isEmpty());
        QCOMPARE(f.journalOf(QStringLiteral("auth.privilege.denied")).size(), deniedBefore + 1);
        QCOMPARE(f.journalOf(QStringLiteral("vision.false_alarm")).size(), 1);
    }

    void saveConfigValidatesAndNeedsThePermission()
    {
        Fixture f;
        const QString file = CameraAnalyticsConfig::fileFor(f.configs.path(), QStringLiteral("CAM-V2"));

        // An operator may not configure analytics: refused in C++, journaled, nothing written or applied.
        f.signIn(QStringLiteral("vanhanh"));
        QVERIFY(!f.controller.canConfigure());
        const QString refused = f.controller.saveConfig(QStringLiteral("CAM-V2"), walkwayConfig());
        QVERIFY(!refused.isEmpty());
        const QList<JournalEntry> denied = f.journalOf(QStringLiteral("auth.privilege.denied"));
        QVERIFY(!denied.isEmpty());
        QCOMPARE(denied.last().subject, QStringLiteral("asset:demo/CAM-V2"));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!f.controller.hasAnalytics(QStringLiteral("CAM-V2")));

        // A supervisor may; a zone of two points is refused with the vision module's reason.
        f.signIn(QStringLiteral("truongca"));
        QVERIFY(f.controller.canConfigure());
        const QString invalid = f.controller.saveConfig(QStringLiteral("CAM-V2"), walkwayConfig(2));
        QVERIFY2(invalid.contains(QStringLiteral("3 points")), qPrintable(invalid));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!f.controller.hasAnalytics(QStringLiteral("CAM-V2")));
        QVERIFY(!f.controller.saveConfig(QStringLiteral("CAM-V2"), {{QStringLiteral("maxFps"), QStringLiteral("fast")}}).isEmpty());
        QVERIFY(!f.controller.saveConfig(QStringLiteral("NO-SUCH"), walkwayConfig()).isEmpty());

        // A good one: applied, written, read back by config().
        QCOMPARE(f.controller.saveConfig(QStringLiteral("CAM-V2"), walkwayConfig()), QString());
        QVERIFY(QFile::exists(file));
        QVERIFY(f.controller.hasAnalytics(QStringLiteral("CAM-V2")));
        const QVariantMap back = f.controller.config(QStringLiteral("CAM-V2"));
        QCOMPARE(back.value(QStringLiteral("maxFps")).toDouble(), 8.0);
        QCOMPARE(back.value(QStringLiteral("zones")).toList().size(), 1);
        QCOMPARE(back.value(QStringLiteral("zones")).toList().first().toMap().value(QStringLiteral("points")).toList().size(), 4);
        QVERIFY(CameraAnalyticsConfig::load(f.configs.path(), QStringLiteral("CAM-V2")));

        // A config without detectors switches the camera's analytics off (and its subscription).
        QVariantMap off = walkwayConfig();
        off.insert(QStringLiteral("zones"), QVariantList());
        QCOMPARE(f.controller.saveConfig(QStringLiteral("CAM-V2"), off), QString());
        QVERIFY(!f.controller.hasAnalytics(QStringLiteral("CAM-V2")));
        QVERIFY(!f.tap.hasSubscribers(QStringLiteral("CAM-V2")));
    }

    void aBadConfigFileTurnsOnlyItsCameraOff()
    {
        Fixture f;
        QTemporaryDir fallback;
        Result<CameraAnalyticsConfig> good = CameraAnalyticsConfig::fromJson(QJsonObject::fromVariantMap(walkwayConfig()));
        QVERIFY(good);
        QVERIFY(good.value().save(f.configs.path(), QStringLiteral("CAM-V1")));
        QFile bad(CameraAnalyticsConfig::fileFor(f.configs.path(), QStringLiteral("CAM-V2")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"zones\": [{\"id\": \"z\", \"points\": [[0, 0], [1, 1]]}]}");
        bad.close();
        // CAM-V3 only in the fallback folder (the shipped demo configs), CAM-V1 in both: the user's wins.
        QVERIFY(good.value().save(fallback.path(), QStringLiteral("CAM-V3")));
        QFile broken(CameraAnalyticsConfig::fileFor(fallback.path(), QStringLiteral("CAM-V1")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not json");
        broken.close();

        const QStringList problems = f.controller.loadConfigs(fallback.path());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("Camera CAM-V2")), qPrintable(problems.first()));
        QVERIFY(problems.first().contains(QStringLiteral("3 points")));
        QVERIFY(f.controller.hasAnalytics(QStringLiteral("CAM-V1")));
        QVERIFY(!f.controller.hasAnalytics(QStringLiteral("CAM-V2")));
        QVERIFY(f.controller.hasAnalytics(QStringLiteral("CAM-V3")));
        QCOMPARE(f.controller.error(QStringLiteral("CAM-V2")), problems.first());
        QVERIFY(f.controller.error(QStringLiteral("CAM-V1")).isEmpty());
        QVERIFY(f.tap.hasSubscribers(QStringLiteral("CAM-V1")));
        QVERIFY(!f.tap.hasSubscribers(QStringLiteral("CAM-V2")));

        // A camera that leaves the list loses its analytics and its subscription.
        f.controller.setCameras({camera(QStringLiteral("CAM-V2"))});
        QVERIFY(!f.controller.hasAnalytics(QStringLiteral("CAM-V1")));
        QVERIFY(!f.pipeline.hasAnalytics(QStringLiteral("demo/CAM-V1")));
        QVERIFY(!f.tap.hasSubscribers(QStringLiteral("CAM-V1")));

        // Cameras added later (the store's list changed): only they are read; the bad one is not reported again.
        QVERIFY(good.value().save(f.configs.path(), QStringLiteral("CAM-V4")));
        f.controller.setCameras({camera(QStringLiteral("CAM-V1")), camera(QStringLiteral("CAM-V2")), camera(QStringLiteral("CAM-V4"))});
        QVERIFY(f.controller.loadConfigs(fallback.path(), true).isEmpty());
        QVERIFY(f.controller.hasAnalytics(QStringLiteral("CAM-V1")));
        QVERIFY(f.controller.hasAnalytics(QStringLiteral("CAM-V4")));
        QVERIFY(!f.controller.hasAnalytics(QStringLiteral("CAM-V2")));
    }

    void theShippedDemoConfigsAreValid()
    {
        const QDir folder(QStringLiteral(IOC_TEST_DEMO_CONFIGS));
        const QStringList files = folder.entryList({QStringLiteral("*.json")});
        QCOMPARE(files.size(), 3);
        bool crowd = false;
        bool intrusion = false;
        for (const QString& name : files) {
            Result<CameraAnalyticsConfig> loaded = CameraAnalyticsConfig::load(folder.path(), QFileInfo(name).completeBaseName());
            QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
            QVERIFY(loaded.value().validate());
            crowd = crowd || (loaded.value().crowd.enabled && loaded.value().crowd.minPeople == 3);
            intrusion = intrusion || !loaded.value().zones.isEmpty();
        }
        QVERIFY(crowd);
        QVERIFY(intrusion);

        // Each names a camera of the demo province (the app's default seed) whose main stream is vtest.
        Result<DemoProvince> province = DemoProvince::load();
        QVERIFY2(province, qPrintable(province.errorMessage()));
        const RecordBatch batch = province.value().seed(2026, QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
        for (const QString& name : files) {
            const QString key = QFileInfo(name).completeBaseName();
            const auto it = std::find_if(batch.assets.cbegin(), batch.assets.cend(),
                                         [&](const Asset& a) { return a.kind == AssetKind::Camera && a.key.externalId == key; });
            QVERIFY2(it != batch.assets.cend(), qPrintable(key));
            const QString url = it->properties.value(QStringLiteral("streams")).toArray().first().toObject().value(QStringLiteral("url")).toString();
            QCOMPARE(url, QStringLiteral("demo:vtest_h264.mp4"));
        }
    }

    void withoutAPipelineNothingIsShownAndActionsAreRefused()
    {
        AuthFixture a;
        a.add(QStringLiteral("truongca"), Role::Supervisor, kPassword);
        QVERIFY(a.auth.signIn(QStringLiteral("truongca"), kPassword));
        QTemporaryDir configs;
        VisionController controller(nullptr, a.auth, configs.path());
        controller.setCameras({camera(QStringLiteral("CAM-V1"))});
        QVERIFY(!controller.available());
        QVERIFY(!controller.canConfigure());
        QVERIFY(!controller.hasAnalytics(QStringLiteral("CAM-V1")));
        QVERIFY(controller.detections(QStringLiteral("CAM-V1")).isEmpty());
        QVERIFY(controller.zones(QStringLiteral("CAM-V1")).isEmpty());
        QCOMPARE(controller.config(QStringLiteral("CAM-V1")).value(QStringLiteral("maxFps")).toDouble(), CameraAnalyticsConfig().maxFps);
        QVERIFY(!controller.saveConfig(QStringLiteral("CAM-V1"), walkwayConfig()).isEmpty());
        QVERIFY(!controller.falseAlarm(QStringLiteral("x"), QString()).isEmpty());
        QVERIFY(controller.loadConfigs().isEmpty());
    }
};

QTEST_MAIN(TestVisionController)
#include "tst_visioncontroller.moc"
