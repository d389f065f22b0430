// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

// Polygon triangulation by ear clipping, holes joined to the outer ring by bridges first (the
// "earcut" approach, written for this project). Pure functions, any thread.
namespace ioc::triangulation {

// Triangulates one polygon: rings[0] is its outer ring, the others its holes. Rings are open (the
// closing position is not repeated; a repeated one is ignored) and may have either orientation.
// Returns the triangles as triples of indices into the rings' vertices counted in order (ring 0's
// first, then ring 1's, ...). Repeated and collinear vertices get no triangle of their own, so for
// a simple polygon the triangles cover exactly the outer ring minus the holes. A hole that cannot be
// joined (it lies outside the outer ring) is left out; a ring of fewer than 3 vertices gives nothing.
QList<quint32> triangulate(const QList<QList<QPointF>>& rings);

// Shoelace area, positive when the ring turns from +x towards +y. Open or closed rings.
double signedArea(const QList<QPointF>& ring);

} // namespace ioc::triangulation
