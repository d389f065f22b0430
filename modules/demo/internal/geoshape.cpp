// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/internal/geoshape.h"

#include "demo/internal/random.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ioc::internal {

namespace {

std::optional<GeoShape::Ring> ringFrom(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray positions = value.toArray();
    if (positions.size() < 4)
        return std::nullopt;
    GeoShape::Ring ring;
    ring.reserve(positions.size());
    for (const QJsonValue& position : positions) {
        const QJsonArray pair = position.toArray();
        if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return std::nullopt;
        const double longitude = pair.at(0).toDouble();
        const double latitude = pair.at(1).toDouble();
        if (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90)
            return std::nullopt;
        ring.append(QPointF(longitude, latitude));
    }
    return ring;
}

std::optional<GeoShape::Polygon> polygonFrom(const QJsonValue& value)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return std::nullopt;
    GeoShape::Polygon polygon;
    for (const QJsonValue& ringValue : value.toArray()) {
        auto ring = ringFrom(ringValue);
        if (!ring)
            return std::nullopt;
        polygon.append(*std::move(ring));
    }
    return polygon;
}

// Twice the signed area (shoelace); positive when counter-clockwise.
double doubledArea(const GeoShape::Ring& ring)
{
    double sum = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += ring.at(j).x() * ring.at(i).y() - ring.at(i).x() * ring.at(j).y();
    return sum;
}

bool ringContains(const GeoShape::Ring& ring, const QPointF& point)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF& a = ring.at(i);
        const QPointF& b = ring.at(j);
        if ((a.y() > point.y()) != (b.y() > point.y())
            && point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

} // namespace

std::optional<GeoShape> GeoShape::fromGeoJson(const QJsonObject& geometry)
{
    const QString type = geometry.value(u"type").toString();
    const QJsonValue coordinates = geometry.value(u"coordinates");
    GeoShape shape;
    if (type == u"Polygon") {
        auto polygon = polygonFrom(coordinates);
        if (!polygon)
            return std::nullopt;
        shape.m_polygons.append(*std::move(polygon));
    } else if (type == u"MultiPolygon") {
        if (!coordinates.isArray() || coordinates.toArray().isEmpty())
            return std::nullopt;
        for (const QJsonValue& value : coordinates.toArray()) {
            auto polygon = polygonFrom(value);
            if (!polygon)
                return std::nullopt;
            shape.m_polygons.append(*std::move(polygon));
        }
    } else {
        return std::nullopt;
    }
    shape.m_west = shape.m_south = std::numeric_limits<double>::max();
    shape.m_east = shape.m_north = std::numeric_limits<double>::lowest();
    for (const Polygon& polygon : std::as_const(shape.m_polygons)) {
        for (const QPointF& point : polygon.first()) {
            shape.m_west = std::min(shape.m_west, point.x());
            shape.m_east = std::max(shape.m_east, point.x());
            shape.m_south = std::min(shape.m_south, point.y());
            shape.m_north = std::max(shape.m_north, point.y());
        }
    }
    return shape;
}

bool GeoShape::contains(const QGeoCoordinate& coordinate) const
{
    const QPointF point(coordinate.longitude(), coordinate.latitude());
    if (point.x() < m_west || point.x() > m_east || point.y() < m_south || point.y() > m_north)
        return false;
    for (const Polygon& polygon : m_polygons) {
        if (!ringContains(polygon.first(), point))
            continue;
        const bool inHole = std::any_of(polygon.cbegin() + 1, polygon.cend(),
                                        [&point](const Ring& hole) { return ringContains(hole, point); });
        if (!inHole)
            return true;
    }
    return false;
}

const GeoShape::Ring* GeoShape::largestRing() const
{
    const Ring* largest = nullptr;
    double largestArea = -1;
    for (const Polygon& polygon : m_polygons) {
        const double area = std::abs(doubledArea(polygon.first()));
        if (area > largestArea) {
            largestArea = area;
            largest = &polygon.first();
        }
    }
    return largest;
}

QGeoCoordinate GeoShape::centroid() const
{
    const Ring* largest = largestRing();
    if (!largest)
        return {};
    const Ring& ring = *largest;
    const double area2 = doubledArea(ring);
    if (area2 == 0) // degenerate: a point or a line; any of its vertices will do
        return QGeoCoordinate(ring.first().y(), ring.first().x());
    double x = 0, y = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const double cross = ring.at(j).x() * ring.at(i).y() - ring.at(i).x() * ring.at(j).y();
        x += (ring.at(j).x() + ring.at(i).x()) * cross;
        y += (ring.at(j).y() + ring.at(i).y()) * cross;
    }
    return QGeoCoordinate(y / (3 * area2), x / (3 * area2));
}

QGeoCoordinate GeoShape::randomPoint(DemoRandom& random) const
{
    const Ring* largest = largestRing();
    if (!largest)
        return {};
    double west = std::numeric_limits<double>::max(), east = std::numeric_limits<double>::lowest();
    double south = west, north = east;
    for (const QPointF& point : *largest) {
        west = std::min(west, point.x());
        east = std::max(east, point.x());
        south = std::min(south, point.y());
        north = std::max(north, point.y());
    }
    for (int attempt = 0; attempt < 64; ++attempt) {
        const double latitude = random.between(south, north);
        const double longitude = random.between(west, east);
        const QGeoCoordinate point(latitude, longitude);
        if (ringContains(*largest, QPointF(longitude, latitude)) && contains(point))
            return point;
    }
    return centroid();
}

} // namespace ioc::internal
