// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/tileid.h"

#include <QGeoCoordinate>
#include <QPointF>

// Web Mercator (EPSG:3857) as slippy maps use it. "World" coordinates are normalised: the whole
// projected world is the unit square, x east from longitude -180, y south from latitude +85.0511.
// At zoom z the world is 256 * 2^z pixels wide, so world * worldPixels(z) gives pixels.
namespace ioc::webmercator {

inline constexpr double kTileSize = 256.0;
inline constexpr double kMaxLatitude = 85.051128779806592; // atan(sinh(pi)) in degrees
inline constexpr double kEarthRadiusMetres = 6378137.0;

// Latitude is clamped to +-kMaxLatitude; longitude is not wrapped (x < 0 or > 1 outside +-180).
QPointF toWorld(double latitude, double longitude);
QPointF toWorld(const QGeoCoordinate& coordinate);
QGeoCoordinate toCoordinate(QPointF world);

// 256 * 2^zoom; fractional zoom allowed.
double worldPixels(double zoom);

// The tile at integer zoom z that contains the coordinate (clamped into the world).
TileId tileAt(double latitude, double longitude, int z);
// The world rectangle a tile covers.
QPointF tileTopLeft(const TileId& tile);
double tileSpan(int z);

// Ground distance of one screen pixel at that latitude and zoom.
double metresPerPixel(double latitude, double zoom);

} // namespace ioc::webmercator
