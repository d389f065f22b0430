// SPDX-License-Identifier: GPL-3.0-or-later
// Web Mercator against the OpenStreetMap wiki.
// Published figures used here: "Slippy map tilenames" (zoom levels table: tile size 360° x 170.1022° at
// z0, 180° x 85.0511° at z1, 0.0879° wide at z12; y=0 is the top edge at 85.0511°N; Resolution and
// Scale: 40 075 016.686 m / 256 ≈ 156 543.03 m per pixel at the equator at z0), and "Zoom levels"
// (m / pixel on the equator: 611.496 at z8, 152.874 at z10, 38.219 at z12, 0.597 at z18).
// The page's Java example takes lat 47.968056, lon 7.909167 at zoom 10 but prints no result; the tile
// 10/534/356 and the fractional position (534.497, 356.093) were derived by hand from the page's own
// formulas (xtile = n (lon + 180) / 360, ytile = n (1 - ln(tan φ + sec φ) / π) / 2, n = 2^zoom).
#include "geo/webmercator.h"

#include <QTest>

using namespace ioc;

class TestWebMercator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void worldEdgesAreTheWikiLimits()
    {
        // z0: one tile, 360° x 170.1022° (85.0511°N to 85.0511°S).
        const QGeoCoordinate topLeft = webmercator::toCoordinate(QPointF(0, 0));
        const QGeoCoordinate bottomRight = webmercator::toCoordinate(QPointF(1, 1));
        QVERIFY(qAbs(topLeft.latitude() - 85.0511) < 1e-4);
        QVERIFY(qAbs(topLeft.longitude() + 180.0) < 1e-9);
        QVERIFY(qAbs(bottomRight.latitude() + 85.0511) < 1e-4);
        QVERIFY(qAbs(bottomRight.longitude() - 180.0) < 1e-9);
        QVERIFY(qAbs((topLeft.latitude() - bottomRight.latitude()) - 170.1022) < 1e-4);
        // z1: a tile is 180° x 85.0511° (the top-left one ends at the equator and the meridian).
        const QGeoCoordinate z1 = webmercator::toCoordinate(webmercator::tileTopLeft(TileId{1, 1, 1}));
        QVERIFY(qAbs(z1.latitude()) < 1e-9);
        QVERIFY(qAbs(z1.longitude()) < 1e-9);
        // z12: 0.0879° wide.
        const double w = webmercator::tileSpan(12) * 360.0;
        QVERIFY(qAbs(w - 0.0879) < 5e-5);
    }

    void latitudesBeyondTheLimitAreClamped()
    {
        QCOMPARE(webmercator::toWorld(89.9, 0).y(), 0.0);
        QCOMPARE(webmercator::toWorld(-89.9, 0).y(), 1.0);
        QCOMPARE(webmercator::toWorld(0, 0), QPointF(0.5, 0.5));
    }

    void tileOfTheWikiExample()
    {
        const TileId t = webmercator::tileAt(47.968056, 7.909167, 10);
        QCOMPARE(t, (TileId{10, 534, 356}));
        const QPointF w = webmercator::toWorld(47.968056, 7.909167) * 1024.0;
        QVERIFY(qAbs(w.x() - 534.4972) < 1e-4);
        QVERIFY(qAbs(w.y() - 356.0929) < 1e-4);
        // The same point at other zooms: each level halves the tile numbers.
        QCOMPARE(webmercator::tileAt(47.968056, 7.909167, 9), (TileId{9, 267, 178}));
        QCOMPARE(webmercator::tileAt(47.968056, 7.909167, 0), (TileId{0, 0, 0}));
        QCOMPARE(webmercator::tileAt(47.968056, 7.909167, 10).parent(), webmercator::tileAt(47.968056, 7.909167, 9));
    }

    void tileNumbersAtTheEdges()
    {
        // x runs from 0 at 180°W to 2^z - 1 at 180°E; y from 0 at the top to 2^z - 1 at the bottom.
        QCOMPARE(webmercator::tileAt(85.0, -180.0, 2), (TileId{2, 0, 0}));
        QCOMPARE(webmercator::tileAt(-85.0, 180.0, 2), (TileId{2, 3, 3}));
        QCOMPARE(webmercator::tileAt(0.001, -0.001, 1), (TileId{1, 0, 0}));
        QCOMPARE(webmercator::tileAt(-0.001, 0.001, 1), (TileId{1, 1, 1}));
        // The shipped basemap's Cà Mau tile at z7 (it exists in vn_relief_xyz/7/101/60.png).
        QCOMPARE(webmercator::tileAt(9.18, 105.15, 7), (TileId{7, 101, 60}));
    }

    void roundTrip()
    {
        for (double lat : {-85.0, -33.86, 0.0, 9.18, 21.0285, 60.0, 85.0}) {
            for (double lon : {-179.9, -74.0, 0.0, 105.8542, 179.9}) {
                const QGeoCoordinate back = webmercator::toCoordinate(webmercator::toWorld(lat, lon));
                QVERIFY2(qAbs(back.latitude() - lat) < 1e-9, qPrintable(QString::number(lat)));
                QVERIFY2(qAbs(back.longitude() - lon) < 1e-9, qPrintable(QString::number(lon)));
            }
        }
    }

    void worldPixels()
    {
        QCOMPARE(webmercator::worldPixels(0), 256.0);
        QCOMPARE(webmercator::worldPixels(10), 262144.0);
        QVERIFY(qAbs(webmercator::worldPixels(1.5) - 256.0 * std::sqrt(8.0)) < 1e-9);
        QCOMPARE(webmercator::tileTopLeft(TileId{3, 5, 2}), QPointF(5.0 / 8.0, 2.0 / 8.0));
    }

    void metresPerPixel_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("published");
        QTest::addColumn<double>("tolerance"); // half a unit of the last published digit
        QTest::newRow("z0 (Slippy map tilenames)") << 0.0 << 156543.03 << 0.005;
        QTest::newRow("z8") << 8.0 << 611.496 << 0.0005;
        QTest::newRow("z10") << 10.0 << 152.874 << 0.0005;
        QTest::newRow("z12") << 12.0 << 38.219 << 0.0005;
        QTest::newRow("z18") << 18.0 << 0.597 << 0.0005;
    }

    void metresPerPixel()
    {
        QFETCH(double, zoom);
        QFETCH(double, published);
        QFETCH(double, tolerance);
        const double mpp = webmercator::metresPerPixel(0.0, zoom);
        QVERIFY2(qAbs(mpp - published) <= tolerance, qPrintable(QString::number(mpp, 'f', 6)));
        // Other latitudes: times cos(latitude).
        QVERIFY(qAbs(webmercator::metresPerPixel(60.0, zoom) - mpp / 2.0) < 1e-9 * mpp);
    }
};

QTEST_GUILESS_MAIN(TestWebMercator)
#include "tst_webmercator.moc"
