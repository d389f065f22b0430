// SPDX-License-Identifier: GPL-3.0-or-later
// The per-camera analytics config: JSON round trip, saved per camera, validation with the faulty field
// named, schedules (also across midnight).
#include "visiontesthelper.h"
#include "vision/analyticsconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace ioc;

namespace {

QJsonObject sample()
{
    return QJsonDocument::fromJson(QByteArray("{"
        "        'maxFps': 4, 'analysisWidth': 256, 'quietSeconds': 12,"
        "        'motion': {'threshold': 30, 'minArea': 0.01},"
        "        'people': {'enabled': true, 'width': 640, 'winStride': 4, 'padding': 16, 'scale': 1.1, 'regions': 'frame'},"
        "        'crowd': {'enabled': true, 'minPeople': 3, 'seconds': 2},"
        "        'fire': {'enabled': true, 'minFlicker': 0.3},"
        "        'zones': ["
        "            {'id': 'gate', 'kind': 'intrusion', 'points': [[0.1, 0.1], [0.5, 0.1], [0.5, 0.6]],"
        "             'schedule': [{'days': [1, 2, 3, 4, 5], 'from': '22:00', 'to': '06:00'}], 'dwellSeconds': 3},"
        "            {'id': 'square', 'kind': 'crowd', 'points': [[0, 0], [1, 0], [1, 1], [0, 1]]}"
        "        ]}").replace('\'', '"')).object();
}

} // namespace

class TestAnalyticsConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsWritesAndSavesPerCamera()
    {
        Result<CameraAnalyticsConfig> c = CameraAnalyticsConfig::fromJson(sample());
        QVERIFY2(c, qPrintable(c.errorMessage()));
        QCOMPARE(c.value().maxFps, 4.0);
        QCOMPARE(c.value().people.winStride, 4);
        QCOMPARE(c.value().people.regions, PeopleSettings::Regions::Frame);
        QCOMPARE(CameraAnalyticsConfig().people.regions, PeopleSettings::Regions::Motion); // the default
        QCOMPARE(CameraAnalyticsConfig().toJson().value(QStringLiteral("people")).toObject().value(QStringLiteral("regions")).toString(),
                 QStringLiteral("motion"));
        QCOMPARE(c.value().crowd.minPeople, 3);
        QCOMPARE(c.value().zones.size(), 2);
        QCOMPARE(c.value().zones.at(0).points.at(2), QPointF(0.5, 0.6));
        QCOMPARE(c.value().zones.at(0).schedule.at(0).from, QTime(22, 0));
        QCOMPARE(c.value().zones.at(1).kind, AnalyticsZone::Kind::Crowd);
        QVERIFY(c.value().anyDetector());

        QTemporaryDir dir;
        QVERIFY(c.value().save(dir.path(), QStringLiteral("demo/cam-07")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("demo_cam-07.json"))));
        Result<CameraAnalyticsConfig> back = CameraAnalyticsConfig::load(dir.path(), QStringLiteral("demo/cam-07"));
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back.value().toJson(), c.value().toJson());
        QVERIFY(!CameraAnalyticsConfig::load(dir.path(), QStringLiteral("demo/other")));
    }

    void aZoneWithFewerThanThreePointsIsAClearError()
    {
        QJsonObject json = sample();
        QJsonArray zones = json.value(QStringLiteral("zones")).toArray();
        QJsonObject z = zones.at(1).toObject();
        z.insert(QStringLiteral("points"), QJsonArray{QJsonArray{0.1, 0.1}, QJsonArray{0.2, 0.2}});
        zones.replace(1, z);
        json.insert(QStringLiteral("zones"), zones);
        const Result<CameraAnalyticsConfig> c = CameraAnalyticsConfig::fromJson(json);
        QVERIFY(!c);
        QCOMPARE(c.errorMessage(), QStringLiteral("zones[1].points: a zone needs at least 3 points, it has 2"));
    }

    void otherFaultsNameTheirField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fps") << QByteArray("{'maxFps': 0}") << QStringLiteral("maxFps");
        QTest::newRow("type") << QByteArray("{'people': {'scale': 'big'}}") << QStringLiteral("people.scale: a number is expected");
        QTest::newRow("regions") << QByteArray("{'people': {'regions': 'everywhere'}}")
                                 << QStringLiteral("people.regions: \"motion\" or \"frame\" is expected");
        QTest::newRow("outside") << QByteArray("{'zones': [{'id': 'a', 'points': [[0, 0], [2, 0], [1, 1]]}]}")
                                 << QStringLiteral("zones[0].points: coordinates are fractions");
        QTest::newRow("kind") << QByteArray("{'zones': [{'id': 'a', 'kind': 'parking', 'points': [[0, 0], [1, 0], [1, 1]]}]}")
                              << QStringLiteral("zones[0].kind");
        QTest::newRow("twice") << QByteArray("{'zones': [{'id': 'a', 'points': [[0, 0], [1, 0], [1, 1]]}, {'id': 'a', 'points': [[0, 0], [1, 0], [1, 1]]}]}")
                               << QStringLiteral("zones[1].id: the zone \"a\" is defined twice");
        QTest::newRow("day") << QByteArray("{'zones': [{'id': 'a', 'points': [[0, 0], [1, 0], [1, 1]], 'schedule': [{'days': [8]}]}]}")
                             << QStringLiteral("zones[0].schedule: days are 1");
    }

    void otherFaultsNameTheirField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<CameraAnalyticsConfig> c = CameraAnalyticsConfig::fromJson(QJsonDocument::fromJson(json.replace('\'', '"')).object());
        QVERIFY(!c);
        QVERIFY2(c.errorMessage().startsWith(expected), qPrintable(c.errorMessage()));
    }

    void schedulesSpanMidnight()
    {
        AnalyticsZone z;
        z.schedule = {ScheduleWindow{{1, 2, 3, 4, 5}, QTime(22, 0), QTime(6, 0)}};
        // 2026-11-23 is a Monday.
        QVERIFY(z.activeAt(QDateTime(QDate(2026, 11, 23), QTime(23, 0))));
        QVERIFY(z.activeAt(QDateTime(QDate(2026, 11, 24), QTime(5, 0))));  // Tuesday morning: Monday's night
        QVERIFY(!z.activeAt(QDateTime(QDate(2026, 11, 23), QTime(12, 0))));
        QVERIFY(!z.activeAt(QDateTime(QDate(2026, 11, 23), QTime(5, 0))));  // Monday morning: Sunday's night, not listed
        QVERIFY(z.activeAt(QDateTime(QDate(2026, 11, 29), QTime(5, 0)))  == false); // Sunday morning after a Saturday
        QVERIFY(AnalyticsZone().activeAt(QDateTime(QDate(2026, 11, 29), QTime(5, 0)))); // no schedule: always
    }

    void withoutDetectorsACameraCostsNothing()
    {
        CameraAnalyticsConfig c;
        QVERIFY(!c.anyDetector());
        c.fire.enabled = true;
        QVERIFY(c.anyDetector());
        c.enabled = false;
        QVERIFY(!c.anyDetector());
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsConfig)
#include "tst_analyticsconfig.moc"
