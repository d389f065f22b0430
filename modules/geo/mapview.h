// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/mapviewport.h"

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace ioc {

// The map: a Qt Quick item that owns the viewport (centre, zoom) and the interaction with it. Layers
// (TileLayer, VectorLayer, MarkerLayer, HeatLayer: subclasses of MapLayer) are its children and draw
// from viewport(); it draws nothing itself. GUI thread only.
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

Q_SIGNALS:
    void viewportChanged();
    void zoomLimitsChanged();

protected:
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;
    double clampZoom(double zoom) const;

private:
    MapViewport m_viewport;
    double m_minimumZoom = 2.0;
    double m_maximumZoom = 19.0;
};

} // namespace ioc
