// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/nearestcameras.h"

#include <QTest>

using namespace ioc;

namespace {

Asset asset(const char* id, AssetKind kind, double lat, double lon)
{
    Asset a;
    a.key = RecordKey{QStringLiteral("demo"), QString::fromLatin1(id)};
    a.kind = kind;
    a.name = QString::fromLatin1(id);
    if (!std::isnan(lat))
        a.position = QGeoCoordinate(lat, lon);
    return a;
}

} // namespace

class TestNearestCameras : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nearestFirstCamerasOnly()
    {
        const QGeoCoordinate incident(9.18, 105.15);
        const QList<Asset> assets = {
            asset("far", AssetKind::Camera, 9.40, 105.15),
            asset("gauge", AssetKind::RainGauge, 9.18, 105.15), // closest, but not a camera
            asset("near", AssetKind::Camera, 9.181, 105.15),
            asset("nowhere", AssetKind::Camera, qQNaN(), qQNaN()),
            asset("middle", AssetKind::Camera, 9.20, 105.16),
        };
        QCOMPARE(nearestCameras(incident, assets, 2), (QStringList{QStringLiteral("near"), QStringLiteral("middle")}));
        QCOMPARE(nearestCameras(incident, assets, 9).size(), 3);
        QVERIFY(nearestCameras(incident, assets, 0).isEmpty());
        QVERIFY(nearestCameras(QGeoCoordinate(), assets, 4).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNearestCameras)
#include "tst_nearestcameras.moc"
