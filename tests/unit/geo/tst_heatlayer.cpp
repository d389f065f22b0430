// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under xvfb-run with the OpenGL scene graph, like tst_markerlayer.
#include "geo/heatlayer.h"
#include "geo/mapview.h"
#include "geo/markerlist.h"
#include "geo/webmercator.h"

#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace ioc;

namespace {

const QColor kBackground(64, 64, 64);

// `n` points in a Gaussian blob of `sigmaPixels` around a world point (pixels at `zoom`), and
// `background` points spread evenly over a wide square around it.
std::vector<MapMarker> blob(QPointF centre, double zoom, double sigmaPixels, int n, int background, quint32 seed)
{
    QRandomGenerator random(seed);
    const double unit = 1.0 / webmercator::worldPixels(zoom);
    std::vector<MapMarker> points;
    for (int i = 0; i < n; ++i) {
        const double u = std::max(random.generateDouble(), 1e-12);
        const double v = random.generateDouble();
        const double r = sigmaPixels * unit * std::sqrt(-2 * std::log(u));
        MapMarker m;
        m.world = centre + QPointF(r * std::cos(2 * M_PI * v), r * std::sin(2 * M_PI * v));
        points.push_back(m);
    }
    for (int i = 0; i < background; ++i) {
        MapMarker m;
        m.world = centre + QPointF((random.generateDouble() - 0.5) * 1600 * unit, (random.generateDouble() - 0.5) * 1600 * unit);
        points.push_back(m);
    }
    return points;
}

bool isHot(QColor c)
{
    return c.red() > 110 && c.red() > c.green() + 70 && c.red() > c.blue() + 50;
}

} // namespace

class TestHeatLayer : public QObject {
    Q_OBJECT

private:
    const QPointF m_centre = webmercator::toWorld(9.18, 105.15);
    std::unique_ptr<QQuickWindow> m_window;
    MapView* m_map = nullptr;
    HeatLayer* m_layer = nullptr;
    MarkerList* m_source = nullptr;

    QColor pixelAt(const QImage& image, QPointF p) const
    {
        return image.pixelColor((p * m_window->effectiveDevicePixelRatio()).toPoint());
    }

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<QQuickWindow>();
        m_window->resize(640, 480);
        m_window->setColor(kBackground);
        m_map = new MapView(m_window->contentItem());
        m_map->setSize(QSizeF(640, 480));
        m_map->setViewport(MapViewport(m_centre, 12, m_map->size()));
        m_layer = new HeatLayer(m_map);
        m_source = new MarkerList(m_layer);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
    }

    void theDensestCellIsWhereThePointsAre()
    {
        const QPointF hot = m_centre + QPointF(-150, 90) / webmercator::worldPixels(12);
        auto points = blob(hot, 12, 8, 3000, 3000, 1);
        // A weaker second spot elsewhere must not win.
        const auto weaker = blob(m_centre + QPointF(180, -120) / webmercator::worldPixels(12), 12, 8, 1000, 0, 2);
        points.insert(points.end(), weaker.begin(), weaker.end());
        const MapViewport view(m_centre, 12, QSizeF(640, 480));
        const HeatLayer::Grid grid = HeatLayer::compute(points, view, 24);
        QVERIFY(grid.maximum > 0);
        int onGrid = 0; // the grid covers the view and a radius around it
        for (const MapMarker& p : points)
            onGrid += grid.world.contains(p.world) ? 1 : 0;
        QCOMPARE(grid.points, onGrid);
        QVERIFY(onGrid > 4000 && onGrid < 7000);
        const QPointF at = view.worldToScreen(grid.hottestWorld);
        const QPointF expected = view.worldToScreen(hot);
        QVERIFY2(std::hypot(at.x() - expected.x(), at.y() - expected.y()) < 6,
                 qPrintable(QStringLiteral("hottest at %1,%2; points around %3,%4")
                                .arg(at.x()).arg(at.y()).arg(expected.x()).arg(expected.y())));
        // The image is clear far from any point and opaque-ish over the spot.
        const QPointF imageScale(grid.image.width() / (grid.world.width() * view.scale()),
                                 grid.image.height() / (grid.world.height() * view.scale()));
        const auto texel = [&](QPointF world) {
            const QPointF px = (world - grid.world.topLeft()) * view.scale();
            return QColor::fromRgba(grid.image.pixel(int(px.x() * imageScale.x()), int(px.y() * imageScale.y())));
        };
        QVERIFY(texel(hot).alpha() > 200);
        QCOMPARE(texel(m_centre + QPointF(-300, -230) / webmercator::worldPixels(12)).alpha(), 0);
    }

    void badPointsAreIgnored()
    {
        std::vector<MapMarker> points(3);
        points[0].world = QPointF(std::nan(""), 0.5);
        points[1].world = QPointF(0.5, std::numeric_limits<double>::infinity());
        points[2].world = m_centre;
        const HeatLayer::Grid grid = HeatLayer::compute(points, MapViewport(m_centre, 12, QSizeF(640, 480)), 24);
        QCOMPARE(grid.points, 1);
    }

    void anEmptySourceDrawsNothing()
    {
        QSignalSpy computed(m_layer, &HeatLayer::computed);
        m_layer->setSource(m_source);
        QVERIFY(computed.wait(5000));
        QCOMPARE(m_layer->hottestPoint(), QPointF(-1, -1));
        const QImage image = m_window->grabWindow();
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                QCOMPARE(image.pixelColor(x, y), kBackground);
    }

    void theHotColourLiesOverThePoints()
    {
        const QPointF hot = m_centre + QPointF(-120, 60) / webmercator::worldPixels(12);
        m_layer->setSource(m_source);
        QSignalSpy computed(m_layer, &HeatLayer::computed);
        m_source->setMarkers(blob(hot, 12, 10, 4000, 2000, 3));
        QVERIFY(computed.wait(5000));
        while (computed.wait(300)) { } // the first computation may have started before the points came
        const QPointF spot = m_map->viewport().worldToScreen(hot);
        QVERIFY(std::hypot(m_layer->hottestPoint().x() - spot.x(), m_layer->hottestPoint().y() - spot.y()) < 6);
        QImage image = m_window->grabWindow();
        QVERIFY2(isHot(pixelAt(image, spot)), qPrintable(pixelAt(image, spot).name()));
        QVERIFY(!isHot(pixelAt(image, spot + QPointF(250, 150))));

        // Panned: the last grid moves with the map at once, before the new one is computed.
        m_map->setViewport(m_map->viewport().pannedBy(QPointF(200, -40)));
        image = m_window->grabWindow();
        QVERIFY2(isHot(pixelAt(image, spot + QPointF(200, -40))), qPrintable(pixelAt(image, spot + QPointF(200, -40)).name()));
        QVERIFY(computed.wait(5000)); // then recomputed for the settled viewport
        QVERIFY(std::hypot(m_layer->hottestPoint().x() - spot.x() - 200, m_layer->hottestPoint().y() - spot.y() + 40) < 6);
    }
};

QTEST_MAIN(TestHeatLayer)
#include "tst_heatlayer.moc"
