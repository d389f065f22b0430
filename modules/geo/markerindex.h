// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/mapmarker.h"

#include <QRectF>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ioc {

// A spatial index over one snapshot of markers with hierarchical clustering, in the manner of
// "supercluster": for every integer zoom from maxZoom down to 0, the items of the zoom above are
// merged greedily into clusters of everything within `radiusPixels` (screen pixels at that zoom) of a
// seed. Each level is a grid of radius-sized cells with its items sorted by cell, so a viewport query
// reads a few contiguous runs per grid row. Zoom maxZoom + 1 and above show every marker alone.
//
// Immutable once built: build() may run on any thread (it is meant for a worker), and a built index
// may be queried from any number of threads at once.
class MarkerIndex {
public:
    struct Options {
        double radiusPixels = 60.0; // cluster radius in screen pixels at each integer zoom
        int maxZoom = 16;           // the last zoom that clusters; above it every marker stands alone
        bool clustering = true;     // false: one level of single markers (queries ignore the zoom)
    };

    // What a viewport shows: a cluster or one marker.
    struct Item {
        QPointF world;         // a marker's position, or the count-weighted centre of a cluster
        quint32 count = 1;     // markers inside (1 for a single marker)
        quint8 worstState = 0; // the highest MapMarker::State among them
        bool pulse = false;    // some marker inside pulses
        quint64 id = 0;        // a single marker: its MapMarker::id; a cluster: clusterId for leaves()
        qint32 markerIndex = -1; // a single marker: its index in the snapshot; a cluster: -1
        int expansionZoom = 0; // a cluster: the smallest integer zoom at which it shows split

        bool isCluster() const { return markerIndex < 0; }
    };

    using Snapshot = std::shared_ptr<const std::vector<MapMarker>>;

    // Indexes the snapshot (kept alive by the index). Markers outside the unit world square are
    // clamped onto its edge for the grid; their own positions are kept.
    static std::shared_ptr<const MarkerIndex> build(Snapshot markers, const Options& options);
    static std::shared_ptr<const MarkerIndex> build(Snapshot markers) { return build(std::move(markers), Options()); }

    ~MarkerIndex();
    MarkerIndex(const MarkerIndex&) = delete;
    MarkerIndex& operator=(const MarkerIndex&) = delete;

    const Snapshot& markers() const { return m_markers; }
    const Options& options() const { return m_options; }
    int size() const { return static_cast<int>(m_markers->size()); }

    // The level a fractional map zoom reads: floor(zoom) clamped to [0, maxZoom + 1], so clusters stay
    // at least radiusPixels apart on screen at any fractional zoom.
    int levelFor(double zoom) const;

    // The clusters and single markers whose position lies inside `world` (a world rectangle) at that
    // zoom. Together the items of one zoom hold every marker exactly once, so over the whole world the
    // counts sum to size(); a cluster near the rectangle's edge counts its members outside it too.
    std::vector<Item> clusters(const QRectF& world, double zoom) const;
    // Calls f for each of those items without building a vector.
    void forEachItem(const QRectF& world, double zoom, const std::function<void(const Item&)>& f) const;

    // The markers of a cluster (indices into markers()); empty for an unknown id.
    std::vector<qint32> leaves(quint64 clusterId) const;
    // Exactly how many markers lie inside the world rectangle (not an estimate).
    int countInside(const QRectF& world) const;
    // The item nearest to `world` within radiusWorld at that zoom (what a click hits), if any.
    std::optional<Item> nearest(QPointF world, double radiusWorld, double zoom) const;

    // Markers left out because their position is not a finite number.
    int invalidCount() const { return m_invalid; }
    // Levels (zoom 0 … maxZoom + 1; one when clustering is off) and items at each (diagnostics).
    int levelCount() const { return static_cast<int>(m_levels.size()); }
    int itemCount(int level) const;

    // Implementation details (markerindex.cpp).
    struct Level;
    struct Node;

private:
    MarkerIndex() = default;
    Item itemAt(const Level& level, quint32 slot) const;

    Snapshot m_markers;
    Options m_options;
    int m_invalid = 0;
    std::vector<std::unique_ptr<Level>> m_levels; // index = zoom level, 0 … maxZoom + 1
    std::vector<Node> m_nodes;                     // clusters; node ids start at markers()->size()
    std::vector<quint32> m_children;               // child node ids of each cluster, by range

    friend struct MarkerIndexBuilder;
};

} // namespace ioc
