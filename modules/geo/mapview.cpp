// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/mapview.h"

#include "geo/webmercator.h"

#include <algorithm>

namespace ioc {

MapView::MapView(QQuickItem* parent)
    : QQuickItem(parent)
{
    setClip(true);
}

void MapView::setViewport(const MapViewport& viewport)
{
    const MapViewport clamped(viewport.centreWorld(), clampZoom(viewport.zoom()), viewport.size());
    if (clamped == m_viewport)
        return;
    m_viewport = clamped;
    Q_EMIT viewportChanged();
}

void MapView::setCenter(const QGeoCoordinate& center)
{
    if (!center.isValid())
        return;
    setViewport(m_viewport.withCentre(webmercator::toWorld(center)));
}

void MapView::setZoom(double zoom)
{
    setViewport(MapViewport(m_viewport.centreWorld(), zoom, m_viewport.size()));
}

void MapView::setMinimumZoom(double zoom)
{
    if (qFuzzyCompare(zoom, m_minimumZoom))
        return;
    m_minimumZoom = zoom;
    Q_EMIT zoomLimitsChanged();
    setZoom(m_viewport.zoom());
}

void MapView::setMaximumZoom(double zoom)
{
    if (qFuzzyCompare(zoom, m_maximumZoom))
        return;
    m_maximumZoom = zoom;
    Q_EMIT zoomLimitsChanged();
    setZoom(m_viewport.zoom());
}

double MapView::metresPerPixel() const
{
    return webmercator::metresPerPixel(m_viewport.centre().latitude(), m_viewport.zoom());
}

QPointF MapView::coordinateToScreen(const QGeoCoordinate& coordinate) const
{
    return m_viewport.coordinateToScreen(coordinate);
}

QGeoCoordinate MapView::screenToCoordinate(QPointF point) const
{
    return m_viewport.screenToCoordinate(point);
}

void MapView::fitRegion(const QGeoRectangle& region, double margin)
{
    setViewport(m_viewport.fitted(region, QMarginsF(margin, margin, margin, margin), m_minimumZoom, m_maximumZoom));
}

void MapView::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        setViewport(m_viewport.withSize(newGeometry.size()));
}

double MapView::clampZoom(double zoom) const
{
    return std::clamp(zoom, m_minimumZoom, std::max(m_minimumZoom, m_maximumZoom));
}

} // namespace ioc
