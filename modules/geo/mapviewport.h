// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/tileid.h"

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QList>
#include <QMarginsF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace ioc {

// What the map shows: a centre in normalised world coordinates (see webmercator.h), a fractional zoom
// and the item's size in logical pixels. A value type; every layer draws from the same one, so what a
// layer draws and what picking hits always agree. No rotation, no wrap across the antimeridian.
class MapViewport {
public:
    MapViewport() = default;
    MapViewport(QPointF centreWorld, double zoom, QSizeF size);

    QPointF centreWorld() const { return m_centre; }
    QGeoCoordinate centre() const;
    double zoom() const { return m_zoom; }
    QSizeF size() const { return m_size; }
    // Logical pixels per world unit: 256 * 2^zoom.
    double scale() const { return m_scale; }

    QPointF worldToScreen(QPointF world) const;
    QPointF screenToWorld(QPointF screen) const;
    QPointF coordinateToScreen(const QGeoCoordinate& coordinate) const;
    QGeoCoordinate screenToCoordinate(QPointF screen) const;

    QRectF visibleWorld() const;
    QGeoRectangle visibleRegion() const;
    // Tiles of zoom level z that intersect the view, nearest to the centre first (load order).
    QList<TileId> visibleTiles(int z) const;

    MapViewport withSize(QSizeF size) const;
    MapViewport withCentre(QPointF centreWorld) const;
    // The view panned so that content moves by delta screen pixels.
    MapViewport pannedBy(QPointF screenDelta) const;
    // The view zoomed to newZoom keeping the world point under the screen anchor where it is.
    MapViewport zoomedAround(QPointF screenAnchor, double newZoom) const;
    // The largest zoom (within [minZoom, maxZoom]) that shows the whole region inside the margins.
    MapViewport fitted(const QGeoRectangle& region, const QMarginsF& margins, double minZoom, double maxZoom) const;

    friend bool operator==(const MapViewport&, const MapViewport&) = default;

private:
    QPointF m_centre{0.5, 0.5};
    double m_zoom = 0.0;
    double m_scale = 256.0;
    QSizeF m_size;
};

} // namespace ioc
