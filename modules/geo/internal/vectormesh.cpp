// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/internal/vectormesh.h"

#include "geo/triangulation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ioc::internal {

bool polygonContains(const VectorPolygon& polygon, QPointF p)
{
    bool inside = false;
    for (const auto& ring : polygon.rings) {
        const qsizetype n = ring.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const QPointF a = ring[i], b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y())
                && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    double t = length2 > 0 ? QPointF::dotProduct(p - a, d) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = a + t * d - p;
    return std::hypot(q.x(), q.y());
}

namespace {

QPointF centroid(const QList<QPointF>& ring)
{
    const QPointF o = ring.first();
    double cx = 0, cy = 0, area2 = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF a = ring[i] - o, b = ring[(i + 1) % ring.size()] - o;
        const double c = a.x() * b.y() - b.x() * a.y();
        area2 += c;
        cx += (a.x() + b.x()) * c;
        cy += (a.y() + b.y()) * c;
    }
    if (area2 == 0)
        return o;
    return o + QPointF(cx / (3 * area2), cy / (3 * area2));
}

// The middle of the widest inside stretch of the horizontal line at y.
bool insideOnLine(const VectorPolygon& polygon, double y, QPointF& out)
{
    std::vector<double> xs;
    for (const auto& ring : polygon.rings) {
        const qsizetype n = ring.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const QPointF a = ring[i], b = ring[j];
            if ((a.y() > y) != (b.y() > y))
                xs.push_back(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
    }
    std::sort(xs.begin(), xs.end());
    double best = -1;
    for (size_t i = 0; i + 1 < xs.size(); i += 2) {
        if (xs[i + 1] - xs[i] > best) {
            best = xs[i + 1] - xs[i];
            out = QPointF((xs[i] + xs[i + 1]) / 2, y);
        }
    }
    return best > 0;
}

} // namespace

VectorMesh::LabelAnchor labelAnchor(const VectorFeature& feature)
{
    VectorMesh::LabelAnchor anchor;
    const VectorPolygon* largest = nullptr;
    double largestArea = 0;
    for (const VectorPolygon& polygon : feature.polygons) {
        const double area = std::abs(triangulation::signedArea(polygon.rings.first()));
        if (!largest || area > largestArea) {
            largest = &polygon;
            largestArea = area;
        }
    }
    if (largest) {
        QPointF c = centroid(largest->rings.first());
        if (!polygonContains(*largest, c)) {
            QPointF moved;
            // The centroid's line first, then lines through the polygon's own box.
            bool found = insideOnLine(*largest, c.y(), moved);
            double top = std::numeric_limits<double>::max(), bottom = std::numeric_limits<double>::lowest();
            for (QPointF p : largest->rings.first()) {
                top = std::min(top, p.y());
                bottom = std::max(bottom, p.y());
            }
            for (int k = 1; !found && k < 16; ++k)
                found = insideOnLine(*largest, top + (bottom - top) * (k / 16.0 + 1.0 / 64), moved);
            if (found)
                c = moved;
        }
        anchor.world = c;
        anchor.priority = largestArea;
        anchor.valid = true;
        return anchor;
    }
    const QList<QPointF>* longest = nullptr;
    double longestLength = -1;
    for (const auto& line : feature.lines) {
        double length = 0;
        for (qsizetype i = 1; i < line.size(); ++i)
            length += std::hypot(line[i].x() - line[i - 1].x(), line[i].y() - line[i - 1].y());
        if (length > longestLength) {
            longest = &line;
            longestLength = length;
        }
    }
    if (longest && !longest->isEmpty()) {
        anchor.world = longest->at(longest->size() / 2);
        // A line of length L counts like a square of side L / 8 (labels of wide areas go first).
        anchor.priority = (longestLength / 8) * (longestLength / 8);
        anchor.valid = true;
        return anchor;
    }
    if (!feature.points.isEmpty()) {
        anchor.world = feature.points.first();
        anchor.valid = true;
    }
    return anchor;
}

std::shared_ptr<const VectorMesh> buildVectorMesh(const VectorData& data)
{
    auto mesh = std::make_shared<VectorMesh>();
    mesh->origin = data.bounds.topLeft();
    mesh->featureFill.reserve(static_cast<size_t>(data.features.size()));
    mesh->labels.reserve(static_cast<size_t>(data.features.size()));
    for (const VectorFeature& feature : data.features) {
        VectorMesh::Range range;
        range.first = static_cast<quint32>(mesh->fillVertices.size());
        for (const VectorPolygon& polygon : feature.polygons) {
            const quint32 base = static_cast<quint32>(mesh->fillVertices.size());
            for (const auto& ring : polygon.rings) {
                const qsizetype n = ring.size();
                for (qsizetype i = 0; i < n; ++i) {
                    mesh->fillVertices.push_back(mesh->toLocal(ring[i]));
                    mesh->segments.push_back({mesh->toLocal(ring[i]), mesh->toLocal(ring[(i + 1) % n])});
                }
            }
            for (quint32 index : triangulation::triangulate(polygon.rings))
                mesh->fillIndices.push_back(base + index);
        }
        range.count = static_cast<quint32>(mesh->fillVertices.size()) - range.first;
        mesh->featureFill.push_back(range);
        for (const auto& line : feature.lines) {
            for (qsizetype i = 1; i < line.size(); ++i)
                mesh->segments.push_back({mesh->toLocal(line[i - 1]), mesh->toLocal(line[i])});
        }
        for (QPointF p : feature.points)
            mesh->points.push_back(mesh->toLocal(p));
        mesh->labels.push_back(labelAnchor(feature));
    }
    return mesh;
}

} // namespace ioc::internal
