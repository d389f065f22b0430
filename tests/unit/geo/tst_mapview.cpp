// SPDX-License-Identifier: GPL-3.0-or-later
// MapView interaction through real input events delivered to a QQuickWindow.
#include "geo/mapview.h"
#include "geo/webmercator.h"

#include <QGuiApplication>
#include <QPointingDevice>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <cmath>
#include <memory>

using namespace ioc;

namespace {

// Distance in screen pixels between where a world point is now and where it should be.
double screenError(const MapView& map, QPointF world, QPointF expected)
{
    const QPointF p = map.viewport().worldToScreen(world);
    return std::hypot(p.x() - expected.x(), p.y() - expected.y());
}

void wheel(QQuickWindow& window, QPointF pos, int angle)
{
    QWheelEvent event(pos, window.mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QGuiApplication::sendEvent(&window, &event);
}

} // namespace

class TestMapView : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QQuickWindow> m_window;
    MapView* m_map = nullptr;
    const QGeoCoordinate m_camau{9.18, 105.15};

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<QQuickWindow>();
        m_window->resize(800, 600);
        m_map = new MapView(m_window->contentItem());
        m_map->setSize(QSizeF(800, 600));
        m_map->setCenter(m_camau);
        m_map->setZoom(8);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::qWait(20); // the test clock must not read a press right after show as a double click
    }

    void cleanup()
    {
        m_window.reset();
        m_map = nullptr;
    }

    void dragMovesTheCentreByTheDraggedPixels()
    {
        const QPointF world = m_map->viewport().screenToWorld(QPointF(400, 300));
        QTest::mousePress(m_window.get(), Qt::LeftButton, {}, QPoint(400, 300));
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(m_window.get(), QPoint(400 + 20 * i, 300 + 10 * i));
        QVERIFY(screenError(*m_map, world, QPointF(500, 350)) < 1e-6);
        QTest::qWait(120); // held still before release: no flick
        QTest::mouseRelease(m_window.get(), Qt::LeftButton, {}, QPoint(500, 350));
        QVERIFY(!m_map->isAnimating());
        QTest::qWait(100);
        QVERIFY(screenError(*m_map, world, QPointF(500, 350)) < 1e-6);
        QCOMPARE(m_map->zoom(), 8.0);
    }

    void flickGoesOnAndAPressStopsIt()
    {
        const QPointF world = m_map->viewport().screenToWorld(QPointF(400, 300));
        QTest::mousePress(m_window.get(), Qt::LeftButton, {}, QPoint(200, 300));
        for (int i = 1; i <= 8; ++i) {
            QTest::qWait(8);
            QTest::mouseMove(m_window.get(), QPoint(200 + 25 * i, 300));
        }
        QTest::mouseRelease(m_window.get(), Qt::LeftButton, {}, QPoint(400, 300));
        QVERIFY(m_map->isAnimating());
        // It keeps moving the same way, slower and slower.
        QTest::qWait(100);
        const double after100 = m_map->viewport().worldToScreen(world).x();
        QVERIFY2(after100 > 600 + 10, qPrintable(QString::number(after100)));
        QTest::qWait(100);
        const double after200 = m_map->viewport().worldToScreen(world).x();
        QVERIFY(after200 > after100);
        QVERIFY(std::abs(m_map->viewport().worldToScreen(world).y() - 300) < 1e-6);
        // A press stops it where it is.
        QTest::mousePress(m_window.get(), Qt::LeftButton, {}, QPoint(300, 300));
        QVERIFY(!m_map->isAnimating());
        const double stopped = m_map->viewport().worldToScreen(world).x();
        QTest::qWait(100);
        QCOMPARE(m_map->viewport().worldToScreen(world).x(), stopped);
        QTest::mouseRelease(m_window.get(), Qt::LeftButton, {}, QPoint(300, 300));
    }

    void flickComesToRest()
    {
        QTest::mousePress(m_window.get(), Qt::LeftButton, {}, QPoint(400, 100));
        for (int i = 1; i <= 8; ++i) {
            QTest::qWait(8);
            QTest::mouseMove(m_window.get(), QPoint(400, 100 + 30 * i));
        }
        QTest::mouseRelease(m_window.get(), Qt::LeftButton, {}, QPoint(400, 340));
        QVERIFY(m_map->isAnimating());
        QTRY_VERIFY_WITH_TIMEOUT(!m_map->isAnimating(), 5000);
    }

    void wheelZoomsAroundTheCursor()
    {
        const QPointF cursor(200, 150);
        const QPointF world = m_map->viewport().screenToWorld(cursor);
        wheel(*m_window, cursor, 240); // two notches: one zoom level
        QVERIFY(m_map->isAnimating());
        QTRY_VERIFY(!m_map->isAnimating());
        QVERIFY(std::abs(m_map->zoom() - 9.0) < 1e-9);
        QVERIFY(screenError(*m_map, world, cursor) < 1e-6);
        // Out again, somewhere else; a fractional step.
        const QPointF other(650, 500);
        const QPointF world2 = m_map->viewport().screenToWorld(other);
        wheel(*m_window, other, -120);
        QTRY_VERIFY(!m_map->isAnimating());
        QVERIFY(std::abs(m_map->zoom() - 8.5) < 1e-9);
        QVERIFY(screenError(*m_map, world2, other) < 1e-6);
    }

    void wheelStopsAtTheZoomLimits()
    {
        m_map->setMaximumZoom(10);
        for (int i = 0; i < 20; ++i)
            wheel(*m_window, QPointF(400, 300), 120);
        QTRY_VERIFY(!m_map->isAnimating());
        QCOMPARE(m_map->zoom(), 10.0);
        m_map->setZoom(100);
        QCOMPARE(m_map->zoom(), 10.0);
        m_map->setZoom(-5);
        QCOMPARE(m_map->zoom(), m_map->minimumZoom());
    }

    void doubleClickZoomsInAroundThePoint()
    {
        const QPoint point(600, 200);
        const QPointF world = m_map->viewport().screenToWorld(point);
        QTest::mouseDClick(m_window.get(), Qt::LeftButton, {}, point);
        QTRY_VERIFY(!m_map->isAnimating());
        QVERIFY(std::abs(m_map->zoom() - 9.0) < 1e-9);
        QVERIFY(screenError(*m_map, world, point) < 1e-6);
    }

    void doubleTapZoomsIn()
    {
        std::unique_ptr<QPointingDevice> device(QTest::createTouchDevice());
        const QPoint point(300, 400);
        const QPointF world = m_map->viewport().screenToWorld(point);
        QTest::touchEvent(m_window.get(), device.get()).press(0, point);
        QTest::touchEvent(m_window.get(), device.get()).release(0, point);
        QTest::qWait(50);
        QTest::touchEvent(m_window.get(), device.get()).press(0, point);
        QTest::touchEvent(m_window.get(), device.get()).release(0, point);
        QTRY_VERIFY(!m_map->isAnimating());
        QVERIFY2(std::abs(m_map->zoom() - 9.0) < 1e-9, qPrintable(QString::number(m_map->zoom())));
        QVERIFY(screenError(*m_map, world, point) < 1e-6);
    }

    void pinchZoomsAroundTheCentreOfTheFingers()
    {
        std::unique_ptr<QPointingDevice> device(QTest::createTouchDevice());
        const QPointF centre(400, 300);
        const QPointF world = m_map->viewport().screenToWorld(centre);
        // Qt Quick hands touch moves over at the next frame: wait for one after each.
        const auto frame = [this] { QTest::qWait(40); };
        QTest::touchEvent(m_window.get(), device.get()).press(0, QPoint(350, 300)).press(1, QPoint(450, 300));
        frame();
        QTest::touchEvent(m_window.get(), device.get()).move(0, QPoint(325, 300)).move(1, QPoint(475, 300));
        frame();
        QTest::touchEvent(m_window.get(), device.get()).move(0, QPoint(300, 300)).move(1, QPoint(500, 300));
        frame();
        // Twice the distance: one level in, the point between the fingers stays.
        QVERIFY2(std::abs(m_map->zoom() - 9.0) < 1e-9, qPrintable(QString::number(m_map->zoom())));
        QVERIFY(screenError(*m_map, world, centre) < 1e-6);
        // Both fingers move right by 40: the map follows.
        QTest::touchEvent(m_window.get(), device.get()).move(0, QPoint(340, 300)).move(1, QPoint(540, 300));
        frame();
        QVERIFY(screenError(*m_map, world, centre + QPointF(40, 0)) < 1e-6);
        QTest::touchEvent(m_window.get(), device.get()).release(0, QPoint(340, 300)).release(1, QPoint(540, 300));
        frame();
        QVERIFY(std::abs(m_map->zoom() - 9.0) < 1e-9);
        QVERIFY(!m_map->isAnimating());
    }

    void keyboardPansAndZooms()
    {
        m_map->forceActiveFocus();
        QVERIFY(m_map->hasActiveFocus());
        const QPointF world = m_map->viewport().centreWorld();
        QTest::keyClick(m_window.get(), Qt::Key_Left);
        QVERIFY(screenError(*m_map, world, QPointF(400 + MapView::kKeyPanPixels, 300)) < 1e-6);
        QTest::keyClick(m_window.get(), Qt::Key_Up);
        QVERIFY(screenError(*m_map, world, QPointF(400 + MapView::kKeyPanPixels, 300 + MapView::kKeyPanPixels)) < 1e-6);
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QTest::keyClick(m_window.get(), Qt::Key_Down);
        QVERIFY(screenError(*m_map, world, QPointF(400, 300)) < 1e-6);
        QTest::keyClick(m_window.get(), Qt::Key_Plus);
        QTRY_VERIFY(!m_map->isAnimating());
        QVERIFY(std::abs(m_map->zoom() - 9.0) < 1e-9);
        QVERIFY(screenError(*m_map, world, QPointF(400, 300)) < 1e-6);
        QTest::keyClick(m_window.get(), Qt::Key_Minus);
        QTest::keyClick(m_window.get(), Qt::Key_Minus);
        QTRY_VERIFY(!m_map->isAnimating());
        QVERIFY(std::abs(m_map->zoom() - 7.0) < 1e-9);
    }

    void notInteractiveIgnoresInput()
    {
        m_map->setInteractive(false);
        const MapViewport before = m_map->viewport();
        QTest::mousePress(m_window.get(), Qt::LeftButton, {}, QPoint(400, 300));
        QTest::mouseMove(m_window.get(), QPoint(500, 400));
        QTest::mouseRelease(m_window.get(), Qt::LeftButton, {}, QPoint(500, 400));
        wheel(*m_window, QPointF(400, 300), 240);
        m_map->forceActiveFocus();
        QTest::keyClick(m_window.get(), Qt::Key_Left);
        QTest::qWait(100);
        QCOMPARE(m_map->viewport(), before);
        // Programmatic moves still work.
        m_map->setZoom(10);
        QCOMPARE(m_map->zoom(), 10.0);
    }

    void flyToReachesItsTarget()
    {
        const QGeoCoordinate hanoi(21.0285, 105.8542);
        QSignalSpy changes(m_map, &MapView::viewportChanged);
        QElapsedTimer clock;
        clock.start();
        m_map->flyTo(hanoi, 11.5);
        QVERIFY(m_map->isAnimating());
        QTest::qWait(MapView::kFlyDurationMs / 2);
        // Half-way: somewhere between.
        const QGeoCoordinate mid = m_map->center();
        QVERIFY2(mid.latitude() > m_camau.latitude() + 0.5 && mid.latitude() < hanoi.latitude() - 0.5,
                 qPrintable(mid.toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_map->isAnimating(), 3000);
        QVERIFY(clock.elapsed() >= MapView::kFlyDurationMs);
        QVERIFY(changes.size() > 5); // animated, not a jump
        QVERIFY(std::abs(m_map->center().latitude() - hanoi.latitude()) < 1e-9);
        QVERIFY(std::abs(m_map->center().longitude() - hanoi.longitude()) < 1e-9);
        QCOMPARE(m_map->zoom(), 11.5);
        // Beyond the limits: clamped.
        m_map->flyTo(m_camau, 40);
        QTRY_VERIFY_WITH_TIMEOUT(!m_map->isAnimating(), 3000);
        QCOMPARE(m_map->zoom(), m_map->maximumZoom());
    }

    void pointerCoordinateFollowsTheMouse()
    {
        QSignalSpy spy(m_map, &MapView::pointerCoordinateChanged);
        QTest::mouseMove(m_window.get(), QPoint(123, 456));
        QTRY_VERIFY(m_map->pointerCoordinate().isValid());
        const QGeoCoordinate expected = m_map->screenToCoordinate(QPointF(123, 456));
        QVERIFY(std::abs(m_map->pointerCoordinate().latitude() - expected.latitude()) < 1e-9);
        QVERIFY(std::abs(m_map->pointerCoordinate().longitude() - expected.longitude()) < 1e-9);
        QVERIFY(spy.size() >= 1);
        // The map moves under a still pointer: the coordinate changes with it.
        m_map->setZoom(9);
        const QGeoCoordinate after = m_map->screenToCoordinate(QPointF(123, 456));
        QVERIFY(std::abs(m_map->pointerCoordinate().latitude() - after.latitude()) < 1e-9);
    }

    void scaleBarIsRound()
    {
        // At the equator: zoom such that one pixel is 10 m.
        m_map->setCenter(QGeoCoordinate(0, 0));
        m_map->setZoom(std::log2(156543.03392804097 / 10.0));
        QVERIFY(std::abs(m_map->metresPerPixel() - 10.0) < 1e-6);
        QVariantMap bar = m_map->scaleBar(120); // 1,200 m at most
        QCOMPARE(bar.value(QStringLiteral("metres")).toDouble(), 1000.0);
        QVERIFY(std::abs(bar.value(QStringLiteral("pixels")).toDouble() - 100.0) < 1e-6);
        QCOMPARE(bar.value(QStringLiteral("label")).toString(), QStringLiteral("1 km"));
        bar = m_map->scaleBar(60);
        QCOMPARE(bar.value(QStringLiteral("metres")).toDouble(), 500.0);
        QCOMPARE(bar.value(QStringLiteral("label")).toString(), QStringLiteral("500 m"));
        bar = m_map->scaleBar(250);
        QCOMPARE(bar.value(QStringLiteral("metres")).toDouble(), 2000.0);
        QCOMPARE(bar.value(QStringLiteral("label")).toString(), QStringLiteral("2 km"));
        QVERIFY(std::abs(bar.value(QStringLiteral("pixels")).toDouble() - 200.0) < 1e-6);
        bar = m_map->scaleBar(100); // exactly 1,000 m fits
        QCOMPARE(bar.value(QStringLiteral("metres")).toDouble(), 1000.0);
        // At 60°N a pixel is half as long.
        m_map->setCenter(QGeoCoordinate(60, 0));
        bar = m_map->scaleBar(120); // 600 m
        QCOMPARE(bar.value(QStringLiteral("metres")).toDouble(), 500.0);
        QVERIFY(std::abs(bar.value(QStringLiteral("pixels")).toDouble() - 100.0) < 1e-6);
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
