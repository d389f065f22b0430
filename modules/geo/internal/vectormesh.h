// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/vectordata.h"

#include <QPointF>

#include <memory>
#include <vector>

namespace ioc::internal {

// What VectorLayer draws, prepared off the GUI thread from a VectorData and immutable afterwards.
// Positions are floats relative to `origin` (the data's top-left, world) scaled by kLocalScale, so
// that floats keep sub-pixel precision at any zoom the map allows; a QSGTransformNode maps them to
// the screen. Built on a worker thread, read on the GUI and render threads.
struct VectorMesh {
    static constexpr double kLocalScale = 256.0 * 65536.0; // world unit -> zoom-16 pixels

    struct Vertex {
        float x, y;
    };
    struct Segment {
        Vertex a, b;
    };
    struct Range {
        quint32 first = 0;
        quint32 count = 0;
    };
    struct LabelAnchor {
        QPointF world;          // where the label's centre goes
        double priority = 0.0;  // bigger features label first (area, or length for lines)
        bool valid = false;
    };

    QPointF origin;
    std::vector<Vertex> fillVertices;  // polygon vertices
    std::vector<quint32> fillIndices;  // triangles into fillVertices
    std::vector<Range> featureFill;    // per feature: its vertices in fillVertices
    std::vector<Segment> segments;     // polygon outlines and lines
    std::vector<Vertex> points;        // point features
    std::vector<LabelAnchor> labels;   // per feature

    Vertex toLocal(QPointF world) const
    {
        return {static_cast<float>((world.x() - origin.x()) * kLocalScale),
                static_cast<float>((world.y() - origin.y()) * kLocalScale)};
    }
};

// Triangulates every polygon, collects outlines and label anchors. Any thread.
std::shared_ptr<const VectorMesh> buildVectorMesh(const VectorData& data);

// Where a feature's label goes: the centroid of its largest ring, moved inside the polygon (to the
// middle of the widest inside stretch of the horizontal line through the centroid) when the centroid
// falls outside or in a hole; for lines the middle vertex of the longest line; for points the first.
VectorMesh::LabelAnchor labelAnchor(const VectorFeature& feature);

// Picking, in world coordinates. Even-odd over the rings, so holes are outside.
bool polygonContains(const VectorPolygon& polygon, QPointF world);
double distanceToSegment(QPointF p, QPointF a, QPointF b);

} // namespace ioc::internal
