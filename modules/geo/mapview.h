// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/mapviewport.h"

#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QList>
#include <QQuickItem>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace ioc {

// The map: a Qt Quick item that owns the viewport (centre, zoom) and the interaction with it. Layers
// (TileLayer, VectorLayer, MarkerLayer, HeatLayer: subclasses of MapLayer) are its children and draw
// from viewport(); it draws nothing itself. GUI thread only.
// Interaction (when `interactive`): drag to pan with a kinetic flick that decelerates and stops on a
// press; the wheel zooms smoothly around the cursor; two touch points pinch-zoom around their centre;
// a double click or double tap zooms in one level around the point; arrows pan, +/- zoom; flyTo()
// animates (about 600 ms, ease in/out). Zoom always stays within [minimumZoom, maximumZoom].
class MapView : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewportChanged)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY viewportChanged)
    Q_PROPERTY(double minimumZoom READ minimumZoom WRITE setMinimumZoom NOTIFY zoomLimitsChanged)
    Q_PROPERTY(double maximumZoom READ maximumZoom WRITE setMaximumZoom NOTIFY zoomLimitsChanged)
    Q_PROPERTY(QGeoRectangle visibleRegion READ visibleRegion NOTIFY viewportChanged)
    // Ground metres per logical pixel at the centre (the scale bar binds to it).
    Q_PROPERTY(double metresPerPixel READ metresPerPixel NOTIFY viewportChanged)
    Q_PROPERTY(bool interactive READ isInteractive WRITE setInteractive NOTIFY interactiveChanged)
    // The coordinate under the mouse pointer (hover included); invalid when the pointer is outside.
    Q_PROPERTY(QGeoCoordinate pointerCoordinate READ pointerCoordinate NOTIFY pointerCoordinateChanged)
    // True while a flick, a smooth zoom or a flight is under way.
    Q_PROPERTY(bool animating READ isAnimating NOTIFY animatingChanged)

public:
    explicit MapView(QQuickItem* parent = nullptr);

    const MapViewport& viewport() const { return m_viewport; }
    void setViewport(const MapViewport& viewport);

    QGeoCoordinate center() const { return m_viewport.centre(); }
    void setCenter(const QGeoCoordinate& center);
    double zoom() const { return m_viewport.zoom(); }
    void setZoom(double zoom);
    double minimumZoom() const { return m_minimumZoom; }
    void setMinimumZoom(double zoom);
    double maximumZoom() const { return m_maximumZoom; }
    void setMaximumZoom(double zoom);
    QGeoRectangle visibleRegion() const { return m_viewport.visibleRegion(); }
    double metresPerPixel() const;

    Q_INVOKABLE QPointF coordinateToScreen(const QGeoCoordinate& coordinate) const;
    Q_INVOKABLE QGeoCoordinate screenToCoordinate(QPointF point) const;
    // Shows the whole region with `margin` pixels around it, at once.
    Q_INVOKABLE void fitRegion(const QGeoRectangle& region, double margin = 24.0);
    // Animated move to the coordinate and zoom (clamped), ease in/out, kFlyDurationMs.
    Q_INVOKABLE void flyTo(const QGeoCoordinate& coordinate, double zoom);
    // Smooth zoom to `zoom` keeping the point under `anchor` (item pixels) where it is.
    Q_INVOKABLE void zoomTo(double zoom, QPointF anchor);
    // Stops any flick, smooth zoom or flight where it is.
    Q_INVOKABLE void stopAnimation();
    // A scale bar at most maxPixels wide: {metres: a round length (1, 2 or 5 x 10^n m), pixels: its
    // width in logical pixels at the centre's latitude, label: "500 m", "2 km"}.
    Q_INVOKABLE QVariantMap scaleBar(double maxPixels) const;

    bool isInteractive() const { return m_interactive; }
    void setInteractive(bool interactive);
    QGeoCoordinate pointerCoordinate() const;
    bool isAnimating() const { return m_mode != Mode::None; }

    static constexpr int kFlyDurationMs = 600;
    static constexpr double kKeyPanPixels = 100.0;
    static constexpr double kWheelZoomPerNotch = 0.5; // zoom levels per 120 units of angleDelta

Q_SIGNALS:
    void viewportChanged();
    void zoomLimitsChanged();
    void interactiveChanged();
    void pointerCoordinateChanged();
    void animatingChanged();

protected:
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;
    double clampZoom(double zoom) const;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseUngrabEvent() override;
    void wheelEvent(QWheelEvent* event) override;
    void hoverEnterEvent(QHoverEvent* event) override;
    void hoverMoveEvent(QHoverEvent* event) override;
    void hoverLeaveEvent(QHoverEvent* event) override;
    void touchEvent(QTouchEvent* event) override;
    void touchUngrabEvent() override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum class Mode { None, Kinetic, Zoom, Fly };
    void setMode(Mode mode);
    void tick();
    void dragStart(QPointF pos);
    void dragMove(QPointF pos);
    void dragEnd();
    void setPointer(QPointF pos, bool inside);

    MapViewport m_viewport;
    double m_minimumZoom = 2.0;
    double m_maximumZoom = 19.0;
    bool m_interactive = true;

    // Pointer
    QPointF m_pointer;
    bool m_pointerInside = false;

    // Drag and flick
    bool m_dragging = false;
    QPointF m_lastDragPos;
    struct Sample {
        qint64 ms;
        QPointF pos;
    };
    QList<Sample> m_samples; // the last 100 ms of drag positions, for the flick velocity
    QPointF m_velocity;      // pixels per second

    // Pinch and double tap
    bool m_pinching = false;
    double m_pinchStartDistance = 0;
    QPointF m_pinchStartCentre;
    MapViewport m_pinchStartViewport;
    qint64 m_lastTapMs = -1;
    QPointF m_lastTapPos;

    // Animation
    Mode m_mode = Mode::None;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    double m_zoomTarget = 0;
    QPointF m_zoomAnchor;
    MapViewport m_flyFrom;
    QPointF m_flyToWorld;
    double m_flyToZoom = 0;
    qint64 m_flyStartMs = 0;
};

} // namespace ioc
