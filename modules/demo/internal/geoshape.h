// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QJsonObject>
#include <QList>
#include <QPointF>

#include <optional>

namespace ioc::internal {

class DemoRandom;

// The outline of an area read from a GeoJSON Polygon or MultiPolygon, in degrees (x = longitude,
// y = latitude). Planar geometry on degrees is good enough at the size of a ward.
class GeoShape {
public:
    using Ring = QList<QPointF>;
    using Polygon = QList<Ring>; // the outer ring first, then its holes

    // Empty when the geometry is not a Polygon or MultiPolygon of rings of at least 4 numeric positions.
    static std::optional<GeoShape> fromGeoJson(const QJsonObject& geometry);

    bool contains(const QGeoCoordinate& point) const;
    // Area-weighted centroid of the largest polygon's outer ring.
    QGeoCoordinate centroid() const;
    // A point drawn uniformly inside the largest polygon (the mainland part of a ward with islands, not
    // a rock out at sea), outside its holes; the centroid when 64 draws all miss.
    QGeoCoordinate randomPoint(DemoRandom& random) const;

private:
    const Ring* largestRing() const;

    QList<Polygon> m_polygons;
    double m_west = 0, m_east = 0, m_south = 0, m_north = 0;
};

} // namespace ioc::internal
