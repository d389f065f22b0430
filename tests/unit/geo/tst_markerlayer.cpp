// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under xvfb-run with the OpenGL scene graph (tests/unit/geo/CMakeLists.txt): the layer draws a
// geometry node, which the software backend would not show.
#include "geo/markerlayer.h"
#include "geo/markerlist.h"
#include "geo/mapview.h"
#include "geo/webmercator.h"

#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace ioc;

namespace {

int countItems(QQuickItem* item)
{
    int n = 1;
    for (QQuickItem* child : item->childItems())
        n += countItems(child);
    return n;
}

std::vector<MapMarker> randomMarkers(int n, QPointF centre, double spread, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<MapMarker> markers;
    for (int i = 0; i < n; ++i) {
        MapMarker m;
        m.id = 5000 + static_cast<quint64>(i);
        m.world = centre + QPointF((random.generateDouble() - 0.5) * spread, (random.generateDouble() - 0.5) * spread);
        m.kind = static_cast<quint8>(random.bounded(8));
        m.state = static_cast<quint8>(random.bounded(3));
        markers.push_back(m);
    }
    return markers;
}

bool near(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestMarkerLayer : public QObject {
    Q_OBJECT

private:
    const QPointF m_centre = webmercator::toWorld(9.18, 105.15); // Cà Mau
    std::unique_ptr<QQuickWindow> m_window;
    MapView* m_map = nullptr;
    MarkerLayer* m_layer = nullptr;
    MarkerList* m_source = nullptr;

    void setMarkers(std::vector<MapMarker> markers)
    {
        QSignalSpy indexed(m_layer, &MarkerLayer::indexed);
        m_source->setMarkers(std::move(markers));
        QVERIFY(indexed.wait(10000));
    }
    void show(QPointF centre, double zoom)
    {
        m_map->setViewport(MapViewport(centre, zoom, m_map->size()));
    }
    QImage frame()
    {
        m_layer->update();
        return m_window->grabWindow();
    }

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<QQuickWindow>();
        m_window->resize(800, 600);
        m_window->setColor(QColor(64, 64, 64));
        m_map = new MapView(m_window->contentItem());
        m_map->setSize(QSizeF(800, 600));
        m_layer = new MarkerLayer(m_map);
        m_source = new MarkerList(m_layer);
        m_layer->setSource(m_source);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        show(m_centre, 9);
    }

    void cleanup()
    {
        m_window.reset();
    }

    void tenThousandMarkersNeedFewItems()
    {
        setMarkers(randomMarkers(10000, m_centre, 0.004, 1));
        QVERIFY(m_layer->shownItemCount() > 1);
        QCOMPARE(m_layer->visibleCount(), 10000);
        frame();
        QVERIFY2(countItems(m_window->contentItem()) < 100,
                 qPrintable(QString::number(countItems(m_window->contentItem()))));
        // Unclustered, every marker in view is drawn, still by the same single item.
        m_layer->setClustering(false);
        QSignalSpy indexed(m_layer, &MarkerLayer::indexed);
        QVERIFY(indexed.wait(10000));
        QVERIFY(m_layer->shownItemCount() > 5000);
        frame();
        QVERIFY(countItems(m_window->contentItem()) < 100);
    }

    void countsAgreeWithTheIndex()
    {
        const auto markers = randomMarkers(10000, m_centre, 0.004, 2);
        setMarkers(markers);
        for (const double zoom : {8.0, 10.3, 12.0, 14.6}) {
            show(m_centre + QPointF(0.0003, -0.0002), zoom);
            const QRectF visible = m_map->viewport().visibleWorld();
            int inside = 0;
            for (const MapMarker& m : markers)
                inside += visible.contains(m.world) ? 1 : 0;
            QCOMPARE(m_layer->visibleCount(), inside);
            QCOMPARE(m_layer->shownItemCount(), int(m_layer->index()->clusters(visible, zoom).size()));
        }
    }

    void pickFindsTheMarkerUnderThePoint()
    {
        const auto markers = randomMarkers(10000, m_centre, 0.004, 3);
        setMarkers(markers);
        show(markers[1234].world, 18);
        const QPointF at = m_map->viewport().worldToScreen(markers[1234].world);
        QCOMPARE(at, QPointF(400, 300));
        const QVariantMap picked = m_layer->pick(at + QPointF(3, -2));
        QCOMPARE(picked.value(QStringLiteral("id")).toULongLong(), markers[1234].id);
        QCOMPARE(picked.value(QStringLiteral("kind")).toInt(), int(markers[1234].kind));
        QCOMPARE(picked.value(QStringLiteral("state")).toInt(), int(markers[1234].state));
        QVERIFY(!picked.contains(QStringLiteral("cluster")));
        // Far from every marker: nothing.
        show(m_centre + QPointF(0.01, 0.01), 18);
        QVERIFY(m_layer->pick(QPointF(400, 300)).isEmpty());
    }

    void clickingAClusterZoomsToWhereItSplits()
    {
        setMarkers(randomMarkers(10000, m_centre, 0.004, 4));
        show(m_centre, 9);
        const auto items = m_layer->index()->clusters(m_map->viewport().visibleWorld(), 9);
        auto cluster = std::find_if(items.begin(), items.end(), [](const auto& i) { return i.isCluster(); });
        QVERIFY(cluster != items.end());
        const QPointF at = m_map->viewport().worldToScreen(cluster->world);
        const QVariantMap picked = m_layer->pick(at);
        QCOMPARE(picked.value(QStringLiteral("cluster")).toULongLong(), cluster->id);
        QCOMPARE(picked.value(QStringLiteral("count")).toUInt(), cluster->count);
        QSignalSpy clicked(m_layer, &MarkerLayer::clusterClicked);
        QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(m_map->zoom(), double(cluster->expansionZoom));
        QVERIFY(std::abs(m_map->viewport().centreWorld().x() - cluster->world.x()) < 1e-12);
        QVERIFY(cluster->expansionZoom > 9);
    }

    void clickingAMarkerEmitsItsId()
    {
        auto markers = randomMarkers(100, m_centre, 0.004, 5);
        setMarkers(markers);
        show(markers[42].world, 18);
        QSignalSpy clicked(m_layer, &MarkerLayer::markerClicked);
        QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, QPoint(400, 300));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toULongLong(), markers[42].id);
        QCOMPARE(m_map->zoom(), 18.0); // a marker click moves nothing
    }

    void drawsTheStateColourAtTheMarker()
    {
        std::vector<MapMarker> markers(2);
        markers[0].id = 1;
        markers[0].world = m_centre;
        markers[0].state = MapMarker::Critical;
        markers[1].id = 2;
        markers[1].world = m_centre + QPointF(120 / webmercator::worldPixels(12), 0);
        markers[1].state = MapMarker::Normal;
        setMarkers(markers);
        show(m_centre, 12);
        const QImage image = frame();
        const double ratio = m_window->effectiveDevicePixelRatio();
        const auto pixel = [&](QPointF p) { return image.pixelColor((p * ratio).toPoint()); };
        // Below the glyph, inside the state shape.
        const double below = m_layer->iconSize() * 0.35;
        QVERIFY2(near(pixel(QPointF(400, 300 + below)), QColor(0xD5, 0x5E, 0x00)),
                 qPrintable(pixel(QPointF(400, 300 + below)).name()));
        QVERIFY2(near(pixel(QPointF(520, 300 + below)), QColor(0x56, 0xB4, 0xE9)),
                 qPrintable(pixel(QPointF(520, 300 + below)).name()));
        QVERIFY(near(pixel(QPointF(200, 450)), QColor(64, 64, 64), 4)); // nothing drawn there
        // Other colours are taken up.
        m_layer->setStateColors({QColor(Qt::black), QColor(Qt::black), QColor(Qt::black), QColor(0, 200, 0)});
        QTRY_VERIFY(near(frame().pixelColor((QPointF(400, 300 + below) * ratio).toPoint()), QColor(0, 200, 0)));
        // Bad colours are refused with an error, keeping the last good ones.
        m_layer->setStateColors({QStringLiteral("red")});
        QVERIFY(m_layer->error().contains(QStringLiteral("four colours")));
    }

    void badMarkersAreReportedNotFatal()
    {
        std::vector<MapMarker> markers(3);
        markers[0].world = m_centre;
        markers[1].world = QPointF(std::nan(""), 0.5);
        markers[2].world = m_centre;
        markers[2].kind = 200;
        setMarkers(markers);
        QVERIFY(m_layer->error().contains(QStringLiteral("unknown kind")));
        QVERIFY(m_layer->error().contains(QStringLiteral("without a valid position")));
        QCOMPARE(m_layer->visibleCount(), 2);
        frame(); // draws the unknown kind as a dot without crashing
        setMarkers({});
        QVERIFY(m_layer->error().isEmpty());
        QCOMPARE(m_layer->visibleCount(), 0);
    }
};

QTEST_MAIN(TestMarkerLayer)
#include "tst_markerlayer.moc"
