// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/internal/vectorringcheck.h"

#include <algorithm>
#include <vector>

namespace ioc::internal {

namespace {

int orientation(QPointF a, QPointF b, QPointF c)
{
    const double v = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    return (v > 0) - (v < 0);
}

bool properlyCross(QPointF a, QPointF b, QPointF c, QPointF d)
{
    const int o1 = orientation(a, b, c), o2 = orientation(a, b, d);
    const int o3 = orientation(c, d, a), o4 = orientation(c, d, b);
    return o1 * o2 < 0 && o3 * o4 < 0;
}

} // namespace

bool ringCrossesItself(const QList<QPointF>& ring)
{
    const qsizetype n = ring.size();
    if (n < 4)
        return false; // a triangle's edges can only meet at its vertices
    struct Edge {
        double minX, maxX, minY, maxY;
        qsizetype index;
    };
    std::vector<Edge> edges;
    edges.reserve(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = ring[i], b = ring[(i + 1) % n];
        edges.push_back({std::min(a.x(), b.x()), std::max(a.x(), b.x()), std::min(a.y(), b.y()),
                         std::max(a.y(), b.y()), i});
    }
    std::sort(edges.begin(), edges.end(), [](const Edge& l, const Edge& r) { return l.minX < r.minX; });
    std::vector<const Edge*> open;
    for (const Edge& e : edges) {
        // Close the edges that end west of this one's start.
        open.erase(std::remove_if(open.begin(), open.end(), [&](const Edge* o) { return o->maxX < e.minX; }),
                   open.end());
        const QPointF a = ring[e.index], b = ring[(e.index + 1) % n];
        for (const Edge* o : open) {
            const qsizetype gap = std::abs(o->index - e.index);
            if (gap == 1 || gap == n - 1)
                continue; // neighbours share a vertex
            if (o->maxY < e.minY || o->minY > e.maxY)
                continue;
            if (properlyCross(a, b, ring[o->index], ring[(o->index + 1) % n]))
                return true;
        }
        open.push_back(&e);
    }
    return false;
}

} // namespace ioc::internal
