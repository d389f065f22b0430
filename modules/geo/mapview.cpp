// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/mapview.h"

#include "geo/webmercator.h"

#include <QEasingCurve>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTouchEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ioc {

MapView::MapView(QQuickItem* parent)
    : QQuickItem(parent)
{
    setClip(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    setAcceptTouchEvents(true);
    setActiveFocusOnTab(true);
    m_timer.setInterval(16);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &MapView::tick);
    m_clock.start();
}

void MapView::setViewport(const MapViewport& viewport)
{
    const MapViewport clamped(viewport.centreWorld(), clampZoom(viewport.zoom()), viewport.size());
    if (clamped == m_viewport)
        return;
    m_viewport = clamped;
    Q_EMIT viewportChanged();
    if (m_pointerInside)
        Q_EMIT pointerCoordinateChanged();
}

void MapView::setCenter(const QGeoCoordinate& center)
{
    if (!center.isValid())
        return;
    stopAnimation();
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
    stopAnimation();
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

void MapView::setInteractive(bool interactive)
{
    if (interactive == m_interactive)
        return;
    m_interactive = interactive;
    if (!interactive) {
        m_dragging = false;
        m_pinching = false;
        if (m_mode == Mode::Kinetic || m_mode == Mode::Zoom)
            stopAnimation();
    }
    Q_EMIT interactiveChanged();
}

QGeoCoordinate MapView::pointerCoordinate() const
{
    return m_pointerInside ? m_viewport.screenToCoordinate(m_pointer) : QGeoCoordinate();
}

void MapView::setPointer(QPointF pos, bool inside)
{
    if (pos == m_pointer && inside == m_pointerInside)
        return;
    m_pointer = pos;
    m_pointerInside = inside;
    Q_EMIT pointerCoordinateChanged();
}

QVariantMap MapView::scaleBar(double maxPixels) const
{
    const double mpp = metresPerPixel();
    if (!(mpp > 0) || !(maxPixels > 0))
        return {};
    const double maxMetres = mpp * maxPixels;
    const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = power;
    for (double m : {5.0, 2.0, 1.0}) {
        if (m * power <= maxMetres * (1 + 1e-12)) {
            metres = m * power;
            break;
        }
    }
    const QString label = metres >= 1000.0 ? tr("%1 km").arg(QString::number(metres / 1000.0, 'g', 12))
                                           : tr("%1 m").arg(QString::number(metres, 'g', 12));
    return {{QStringLiteral("metres"), metres}, {QStringLiteral("pixels"), metres / mpp}, {QStringLiteral("label"), label}};
}

// Animation ---------------------------------------------------------------------------------------

void MapView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const bool was = isAnimating();
    m_mode = mode;
    if (mode == Mode::None) {
        m_timer.stop();
    } else if (!m_timer.isActive()) {
        m_lastTickMs = m_clock.elapsed();
        m_timer.start();
    }
    if (was != isAnimating())
        Q_EMIT animatingChanged();
}

void MapView::stopAnimation()
{
    m_velocity = QPointF();
    setMode(Mode::None);
}

void MapView::zoomTo(double zoom, QPointF anchor)
{
    m_velocity = QPointF();
    m_zoomTarget = clampZoom(zoom);
    m_zoomAnchor = anchor;
    setMode(Mode::Zoom);
}

void MapView::flyTo(const QGeoCoordinate& coordinate, double zoom)
{
    if (!coordinate.isValid())
        return;
    m_velocity = QPointF();
    m_flyFrom = m_viewport;
    m_flyToWorld = webmercator::toWorld(coordinate);
    m_flyToZoom = clampZoom(std::isfinite(zoom) ? zoom : m_viewport.zoom());
    m_flyStartMs = m_clock.elapsed();
    setMode(Mode::Fly);
}

void MapView::tick()
{
    const qint64 now = m_clock.elapsed();
    const double dt = std::max<qint64>(1, now - m_lastTickMs) / 1000.0;
    m_lastTickMs = now;
    switch (m_mode) {
    case Mode::None:
        m_timer.stop();
        return;
    case Mode::Kinetic: {
        setViewport(m_viewport.pannedBy(m_velocity * dt));
        m_velocity *= std::exp(-dt / 0.3); // time constant 300 ms
        if (std::hypot(m_velocity.x(), m_velocity.y()) < 20.0)
            stopAnimation();
        return;
    }
    case Mode::Zoom: {
        const double z = m_viewport.zoom();
        const double diff = m_zoomTarget - z;
        double next = z + diff * (1.0 - std::exp(-dt / 0.06));
        const bool done = std::abs(diff) < 0.002;
        if (done)
            next = m_zoomTarget;
        setViewport(m_viewport.zoomedAround(m_zoomAnchor, clampZoom(next)));
        if (done)
            stopAnimation();
        return;
    }
    case Mode::Fly: {
        const double t = std::clamp(double(now - m_flyStartMs) / kFlyDurationMs, 0.0, 1.0);
        const double e = QEasingCurve(QEasingCurve::InOutCubic).valueForProgress(t);
        const QPointF from = m_flyFrom.centreWorld();
        // Far flights zoom out on the way (up to 5 levels) so that the motion stays readable.
        const double pixels = std::hypot(m_flyToWorld.x() - from.x(), m_flyToWorld.y() - from.y())
            * webmercator::worldPixels(std::min(m_flyFrom.zoom(), m_flyToZoom));
        const double width = std::max(1.0, m_viewport.size().width());
        const double bump = std::clamp(std::log2(pixels / width), 0.0, 5.0);
        const double zoom = m_flyFrom.zoom() + (m_flyToZoom - m_flyFrom.zoom()) * e - bump * std::sin(std::numbers::pi * t);
        const QPointF centre = from + (m_flyToWorld - from) * e;
        setViewport(MapViewport(centre, clampZoom(zoom), m_viewport.size()));
        if (t >= 1.0)
            stopAnimation();
        return;
    }
    }
}

// Mouse -------------------------------------------------------------------------------------------

void MapView::dragStart(QPointF pos)
{
    stopAnimation();
    m_dragging = true;
    m_lastDragPos = pos;
    m_samples = {Sample{m_clock.elapsed(), pos}};
}

void MapView::dragMove(QPointF pos)
{
    if (!m_dragging)
        return;
    const QPointF delta = pos - m_lastDragPos;
    m_lastDragPos = pos;
    const qint64 now = m_clock.elapsed();
    m_samples.append(Sample{now, pos});
    while (m_samples.size() > 2 && now - m_samples.first().ms > 100)
        m_samples.removeFirst();
    if (!delta.isNull())
        setViewport(m_viewport.pannedBy(delta));
}

void MapView::dragEnd()
{
    if (!m_dragging)
        return;
    m_dragging = false;
    const qint64 now = m_clock.elapsed();
    // A flick only when the pointer was still moving when released (last move under 50 ms before).
    if (m_samples.size() < 2 || now - m_samples.last().ms > 50)
        return;
    const Sample first = m_samples.first();
    const Sample last = m_samples.last();
    const double seconds = std::max<qint64>(8, last.ms - first.ms) / 1000.0;
    QPointF v = (last.pos - first.pos) / seconds;
    const double speed = std::hypot(v.x(), v.y());
    if (speed < 100.0)
        return;
    if (speed > 5000.0)
        v *= 5000.0 / speed;
    m_velocity = v;
    setMode(Mode::Kinetic);
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    if (!m_interactive) {
        event->ignore();
        return;
    }
    forceActiveFocus(Qt::MouseFocusReason);
    dragStart(event->position());
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_interactive) {
        event->ignore();
        return;
    }
    dragMove(event->position());
    setPointer(event->position(), true);
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_interactive) {
        event->ignore();
        return;
    }
    dragEnd();
    event->accept();
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (!m_interactive) {
        event->ignore();
        return;
    }
    m_dragging = false;
    zoomTo(m_viewport.zoom() + 1.0, event->position());
    event->accept();
}

void MapView::mouseUngrabEvent()
{
    m_dragging = false;
}

void MapView::wheelEvent(QWheelEvent* event)
{
    if (!m_interactive) {
        event->ignore();
        return;
    }
    double notches = event->angleDelta().y() / 120.0;
    if (notches == 0 && !event->pixelDelta().isNull())
        notches = event->pixelDelta().y() / 120.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    const double base = m_mode == Mode::Zoom ? m_zoomTarget : m_viewport.zoom();
    zoomTo(base + notches * kWheelZoomPerNotch, event->position());
    event->accept();
}

void MapView::hoverEnterEvent(QHoverEvent* event)
{
    setPointer(event->position(), true);
}

void MapView::hoverMoveEvent(QHoverEvent* event)
{
    setPointer(event->position(), true);
}

void MapView::hoverLeaveEvent(QHoverEvent* event)
{
    setPointer(event->position(), false);
}

// Touch -------------------------------------------------------------------------------------------

void MapView::touchEvent(QTouchEvent* event)
{
    if (!m_interactive) {
        event->ignore();
        return;
    }
    QList<QPointF> down;
    for (const QEventPoint& p : event->points()) {
        if (p.state() != QEventPoint::Released)
            down.append(p.position());
    }
    if (down.size() >= 2) {
        const QPointF centre = (down[0] + down[1]) / 2.0;
        const double distance = std::max(1.0, QLineF(down[0], down[1]).length());
        if (!m_pinching) {
            stopAnimation();
            m_dragging = false;
            m_pinching = true;
            m_pinchStartDistance = distance;
            m_pinchStartCentre = centre;
            m_pinchStartViewport = m_viewport;
        } else {
            const double zoom = clampZoom(m_pinchStartViewport.zoom() + std::log2(distance / m_pinchStartDistance));
            setViewport(m_pinchStartViewport.zoomedAround(m_pinchStartCentre, zoom).pannedBy(centre - m_pinchStartCentre));
        }
    } else if (down.size() == 1) {
        const QPointF pos = down[0];
        if (m_pinching) {
            m_pinching = false;
            dragStart(pos); // the remaining finger goes on panning from here
        } else if (event->type() == QEvent::TouchBegin) {
            const qint64 now = m_clock.elapsed();
            if (m_lastTapMs >= 0 && now - m_lastTapMs < 300 && QLineF(pos, m_lastTapPos).length() < 24) {
                m_lastTapMs = -1;
                zoomTo(m_viewport.zoom() + 1.0, pos);
                event->accept();
                return;
            }
            m_lastTapMs = now;
            m_lastTapPos = pos;
            dragStart(pos);
        } else {
            dragMove(pos);
        }
    } else {
        m_pinching = false;
        dragEnd();
    }
    event->accept();
}

void MapView::touchUngrabEvent()
{
    m_pinching = false;
    m_dragging = false;
}

// Keyboard ----------------------------------------------------------------------------------------

void MapView::keyPressEvent(QKeyEvent* event)
{
    if (!m_interactive) {
        event->ignore();
        return;
    }
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Left:
        stopAnimation();
        setViewport(m_viewport.pannedBy(QPointF(kKeyPanPixels, 0)));
        break;
    case Qt::Key_Right:
        stopAnimation();
        setViewport(m_viewport.pannedBy(QPointF(-kKeyPanPixels, 0)));
        break;
    case Qt::Key_Up:
        stopAnimation();
        setViewport(m_viewport.pannedBy(QPointF(0, kKeyPanPixels)));
        break;
    case Qt::Key_Down:
        stopAnimation();
        setViewport(m_viewport.pannedBy(QPointF(0, -kKeyPanPixels)));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomTo((m_mode == Mode::Zoom ? m_zoomTarget : m_viewport.zoom()) + 1.0, centre);
        break;
    case Qt::Key_Minus:
        zoomTo((m_mode == Mode::Zoom ? m_zoomTarget : m_viewport.zoom()) - 1.0, centre);
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace ioc
