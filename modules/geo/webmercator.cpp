// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/webmercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ioc::webmercator {

QPointF toWorld(double latitude, double longitude)
{
    const double lat = std::clamp(latitude, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180.0;
    const double x = (longitude + 180.0) / 360.0;
    const double y = (1.0 - std::asinh(std::tan(lat)) / std::numbers::pi) / 2.0;
    return {x, y};
}

QPointF toWorld(const QGeoCoordinate& coordinate)
{
    return toWorld(coordinate.latitude(), coordinate.longitude());
}

QGeoCoordinate toCoordinate(QPointF world)
{
    const double longitude = world.x() * 360.0 - 180.0;
    const double latitude = std::atan(std::sinh(std::numbers::pi * (1.0 - 2.0 * world.y()))) * 180.0 / std::numbers::pi;
    return QGeoCoordinate(latitude, longitude);
}

double worldPixels(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

TileId tileAt(double latitude, double longitude, int z)
{
    const QPointF w = toWorld(latitude, longitude);
    const int n = 1 << z;
    const int x = std::clamp(static_cast<int>(std::floor(w.x() * n)), 0, n - 1);
    const int y = std::clamp(static_cast<int>(std::floor(w.y() * n)), 0, n - 1);
    return TileId{z, x, y};
}

double tileSpan(int z)
{
    return 1.0 / static_cast<double>(1 << z);
}

QPointF tileTopLeft(const TileId& tile)
{
    const double span = tileSpan(tile.z);
    return {tile.x * span, tile.y * span};
}

double metresPerPixel(double latitude, double zoom)
{
    const double circumference = 2.0 * std::numbers::pi * kEarthRadiusMetres;
    return circumference * std::cos(latitude * std::numbers::pi / 180.0) / worldPixels(zoom);
}

} // namespace ioc::webmercator
