// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/mapviewport.h"

#include "geo/webmercator.h"

#include <algorithm>
#include <cmath>

namespace ioc {

MapViewport::MapViewport(QPointF centreWorld, double zoom, QSizeF size)
    : m_centre(std::clamp(centreWorld.x(), 0.0, 1.0), std::clamp(centreWorld.y(), 0.0, 1.0))
    , m_zoom(zoom)
    , m_scale(webmercator::worldPixels(zoom))
    , m_size(size)
{
}

QGeoCoordinate MapViewport::centre() const
{
    return webmercator::toCoordinate(m_centre);
}

QPointF MapViewport::worldToScreen(QPointF world) const
{
    return (world - m_centre) * m_scale + QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
}

QPointF MapViewport::screenToWorld(QPointF screen) const
{
    return (screen - QPointF(m_size.width() / 2.0, m_size.height() / 2.0)) / m_scale + m_centre;
}

QPointF MapViewport::coordinateToScreen(const QGeoCoordinate& coordinate) const
{
    return worldToScreen(webmercator::toWorld(coordinate));
}

QGeoCoordinate MapViewport::screenToCoordinate(QPointF screen) const
{
    return webmercator::toCoordinate(screenToWorld(screen));
}

QRectF MapViewport::visibleWorld() const
{
    return QRectF(screenToWorld(QPointF(0, 0)), screenToWorld(QPointF(m_size.width(), m_size.height())));
}

QGeoRectangle MapViewport::visibleRegion() const
{
    const QRectF w = visibleWorld().intersected(QRectF(0, 0, 1, 1));
    return QGeoRectangle(webmercator::toCoordinate(w.topLeft()), webmercator::toCoordinate(w.bottomRight()));
}

QList<TileId> MapViewport::visibleTiles(int z) const
{
    QList<TileId> tiles;
    if (z < 0 || m_size.isEmpty())
        return tiles;
    const int n = 1 << z;
    const QRectF w = visibleWorld();
    const int x0 = std::clamp(static_cast<int>(std::floor(w.left() * n)), 0, n - 1);
    const int x1 = std::clamp(static_cast<int>(std::floor(w.right() * n)), 0, n - 1);
    const int y0 = std::clamp(static_cast<int>(std::floor(w.top() * n)), 0, n - 1);
    const int y1 = std::clamp(static_cast<int>(std::floor(w.bottom() * n)), 0, n - 1);
    if (w.right() < 0 || w.left() > 1 || w.bottom() < 0 || w.top() > 1)
        return tiles;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            tiles.append(TileId{z, x, y});
    const QPointF c = m_centre * n;
    std::stable_sort(tiles.begin(), tiles.end(), [c](const TileId& a, const TileId& b) {
        const auto d = [c](const TileId& t) {
            const double dx = t.x + 0.5 - c.x();
            const double dy = t.y + 0.5 - c.y();
            return dx * dx + dy * dy;
        };
        return d(a) < d(b);
    });
    return tiles;
}

MapViewport MapViewport::withSize(QSizeF size) const
{
    return MapViewport(m_centre, m_zoom, size);
}

MapViewport MapViewport::withCentre(QPointF centreWorld) const
{
    return MapViewport(centreWorld, m_zoom, m_size);
}

MapViewport MapViewport::pannedBy(QPointF screenDelta) const
{
    return MapViewport(m_centre - screenDelta / m_scale, m_zoom, m_size);
}

MapViewport MapViewport::zoomedAround(QPointF screenAnchor, double newZoom) const
{
    const QPointF anchorWorld = screenToWorld(screenAnchor);
    const double newScale = webmercator::worldPixels(newZoom);
    const QPointF offset = screenAnchor - QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
    return MapViewport(anchorWorld - offset / newScale, newZoom, m_size);
}

MapViewport MapViewport::fitted(const QGeoRectangle& region, const QMarginsF& margins, double minZoom,
                                double maxZoom) const
{
    if (!region.isValid() || m_size.isEmpty())
        return *this;
    const QPointF a = webmercator::toWorld(region.topLeft());
    const QPointF b = webmercator::toWorld(region.bottomRight());
    const QRectF world = QRectF(a, b).normalized();
    const double availW = std::max(1.0, m_size.width() - margins.left() - margins.right());
    const double availH = std::max(1.0, m_size.height() - margins.top() - margins.bottom());
    double zoom = maxZoom;
    if (world.width() > 0 || world.height() > 0) {
        const double scaleW = world.width() > 0 ? availW / world.width() : INFINITY;
        const double scaleH = world.height() > 0 ? availH / world.height() : INFINITY;
        zoom = std::log2(std::min(scaleW, scaleH) / webmercator::kTileSize);
    }
    zoom = std::clamp(zoom, minZoom, maxZoom);
    // Centre the region inside the margins.
    const double scale = webmercator::worldPixels(zoom);
    const QPointF marginShift((margins.left() - margins.right()) / 2.0, (margins.top() - margins.bottom()) / 2.0);
    return MapViewport(world.center() - marginShift / scale, zoom, m_size);
}

} // namespace ioc
