// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace ioc::internal {

// Whether two edges of the open ring cross each other: their interiors meet in one point that is
// an end of neither. Touching (a vertex on another edge, edges overlapping along a line) is not a
// crossing: data clipped to a box or simplified has it and still draws and triangulates. A sweep
// over x: edges sorted by their western end, each tested only against the edges still open at that
// x, so a ring of n edges costs O(n log n + n k), k the edges a vertical line meets (a handful).
bool ringCrossesItself(const QList<QPointF>& ring);

} // namespace ioc::internal
