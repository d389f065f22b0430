// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/mapviewport.h"
#include "geo/webmercator.h"

#include <QTest>

using namespace ioc;

class TestMapViewport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void screenAndWorldAreInverse()
    {
        const MapViewport v(webmercator::toWorld(9.18, 105.15), 9.3, QSizeF(1920, 1080));
        const QPointF p(123.5, 987.25);
        const QPointF back = v.worldToScreen(v.screenToWorld(p));
        QVERIFY(qAbs(back.x() - p.x()) < 1e-6);
        QVERIFY(qAbs(back.y() - p.y()) < 1e-6);
        const QPointF centre = v.coordinateToScreen(QGeoCoordinate(9.18, 105.15));
        QVERIFY(qAbs(centre.x() - 960) < 1e-6);
        QVERIFY(qAbs(centre.y() - 540) < 1e-6);
    }

    void zoomAroundKeepsTheAnchor()
    {
        const MapViewport v(webmercator::toWorld(9.18, 105.15), 8, QSizeF(800, 600));
        const QPointF anchor(100, 500);
        const QPointF worldBefore = v.screenToWorld(anchor);
        const MapViewport z = v.zoomedAround(anchor, 10.5);
        QCOMPARE(z.zoom(), 10.5);
        const QPointF screenAfter = z.worldToScreen(worldBefore);
        QVERIFY(qAbs(screenAfter.x() - anchor.x()) < 1e-6);
        QVERIFY(qAbs(screenAfter.y() - anchor.y()) < 1e-6);
    }

    void panMovesContentWithThePointer()
    {
        const MapViewport v(QPointF(0.5, 0.5), 5, QSizeF(800, 600));
        const QPointF world = v.screenToWorld(QPointF(400, 300));
        const MapViewport p = v.pannedBy(QPointF(30, -20));
        const QPointF moved = p.worldToScreen(world);
        QVERIFY(qAbs(moved.x() - 430) < 1e-9);
        QVERIFY(qAbs(moved.y() - 280) < 1e-9);
    }

    void fittedShowsTheWholeRegion()
    {
        const QGeoRectangle camau(QGeoCoordinate(9.6, 104.7), QGeoCoordinate(8.5, 105.6));
        const MapViewport v = MapViewport(QPointF(0.5, 0.5), 3, QSizeF(1000, 700)).fitted(camau, QMarginsF(20, 20, 20, 20), 2, 19);
        const QPointF tl = v.coordinateToScreen(camau.topLeft());
        const QPointF br = v.coordinateToScreen(camau.bottomRight());
        QVERIFY(tl.x() >= 19.999 && tl.y() >= 19.999);
        QVERIFY(br.x() <= 980.001 && br.y() <= 680.001);
        // Tight on at least one axis.
        QVERIFY(qAbs(tl.x() - 20) < 0.01 || qAbs(tl.y() - 20) < 0.01);
    }

    void visibleTilesCoverTheViewNearestFirst()
    {
        const MapViewport v(webmercator::toWorld(9.18, 105.15), 7, QSizeF(1920, 1080));
        const QList<TileId> tiles = v.visibleTiles(7);
        QVERIFY(!tiles.isEmpty());
        QCOMPARE(tiles.first(), webmercator::tileAt(9.18, 105.15, 7));
        // 1920x1080 at an integer zoom touches at most 9 x 6 tiles.
        QVERIFY(tiles.size() <= 9 * 6);
        QVERIFY(tiles.size() >= 8 * 5);
    }
};

QTEST_GUILESS_MAIN(TestMapViewport)
#include "tst_mapviewport.moc"
