// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/vectordata.h"

#include "geo/webmercator.h"

namespace ioc {

QGeoRectangle worldRectToGeo(const QRectF& world)
{
    const QGeoCoordinate topLeft = webmercator::toCoordinate(world.topLeft());
    const QGeoCoordinate bottomRight = webmercator::toCoordinate(world.bottomRight());
    return QGeoRectangle(topLeft, bottomRight);
}

qsizetype VectorFeature::vertexCount() const
{
    qsizetype n = points.size();
    for (const auto& line : lines)
        n += line.size();
    for (const auto& polygon : polygons) {
        for (const auto& ring : polygon.rings)
            n += ring.size();
    }
    return n;
}

QGeoRectangle VectorFeature::geoBounds() const
{
    return hasGeometry() ? worldRectToGeo(bounds) : QGeoRectangle();
}

qsizetype VectorData::vertexCount() const
{
    qsizetype n = 0;
    for (const auto& feature : features)
        n += feature.vertexCount();
    return n;
}

QGeoRectangle VectorData::geoBounds() const
{
    for (const auto& feature : features) {
        if (feature.hasGeometry())
            return worldRectToGeo(bounds);
    }
    return QGeoRectangle();
}

} // namespace ioc
