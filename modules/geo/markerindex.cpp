// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/markerindex.h"

#include "geo/webmercator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ioc {

// One zoom level: its items sorted by grid cell (row-major key), with the arrays side by side.
struct MarkerIndex::Level {
    double cell = 1.0;     // cell size in world units
    quint64 columns = 1;   // cells per axis
    double maxExtent = 0;  // how far any member of an item lies from the item's position (world)
    std::vector<quint64> keys;
    std::vector<double> x;
    std::vector<double> y;
    std::vector<quint32> node; // < markers: a marker index; otherwise a cluster node id

    quint64 cellOf(double v) const
    {
        const double c = std::floor(std::clamp(v, 0.0, 1.0) / cell);
        return std::min<quint64>(static_cast<quint64>(std::max(c, 0.0)), columns - 1);
    }
    quint64 keyOf(double px, double py) const { return cellOf(py) * columns + cellOf(px); }
    size_t size() const { return keys.size(); }
};

struct MarkerIndex::Node {
    double x = 0, y = 0;
    double minX = 0, minY = 0, maxX = 0, maxY = 0; // bounding box of the members
    quint32 count = 0;
    quint32 childBegin = 0, childCount = 0; // range in m_children
    quint8 worst = 0;
    bool pulse = false;
    qint8 level = 0; // the zoom level that formed it
};

namespace {

double cellSizeAt(double radiusPixels, int zoom)
{
    return radiusPixels / webmercator::worldPixels(zoom);
}

// Sorts the level's arrays by key: LSD radix sort on 11-bit digits (keys hold at most 2 x 25 bits),
// skipping digits that all keys share; small levels use std::sort.
void sortLevel(MarkerIndex::Level& level);

} // namespace

// Builds the levels; a friend so that it may fill the private members.
struct MarkerIndexBuilder {
    using Level = MarkerIndex::Level;
    using Node = MarkerIndex::Node;

    MarkerIndex& index;
    quint32 markerCount = 0;

    quint32 countOf(quint32 node) const
    {
        return node < markerCount ? 1u : index.m_nodes[node - markerCount].count;
    }

    void makeLeafLevel(Level& level, int zoom)
    {
        const auto& markers = *index.m_markers;
        level.cell = cellSizeAt(index.m_options.radiusPixels, zoom);
        level.columns = static_cast<quint64>(std::ceil(1.0 / level.cell));
        level.keys.reserve(markers.size());
        level.x.reserve(markers.size());
        level.y.reserve(markers.size());
        level.node.reserve(markers.size());
        for (quint32 i = 0; i < markerCount; ++i) {
            const QPointF p = markers[i].world;
            if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
                ++index.m_invalid;
                continue;
            }
            level.keys.push_back(level.keyOf(p.x(), p.y()));
            level.x.push_back(p.x());
            level.y.push_back(p.y());
            level.node.push_back(i);
        }
        sortLevel(level);
    }

    // Greedy clustering of `src` (the level above) into `dst` at `zoom`: every item not yet taken
    // becomes a seed and takes every item not yet taken within the radius of it.
    void clusterLevel(const Level& src, Level& dst, int zoom)
    {
        const auto& markers = *index.m_markers;
        const double radius = cellSizeAt(index.m_options.radiusPixels, zoom);
        const double r2 = radius * radius;
        dst.cell = radius;
        dst.columns = static_cast<quint64>(std::ceil(1.0 / dst.cell));
        const size_t m = src.size();
        dst.keys.reserve(m / 2);
        dst.x.reserve(m / 2);
        dst.y.reserve(m / 2);
        dst.node.reserve(m / 2);

        // Neighbours within `radius` lie within `reach` cells of the source grid in each direction.
        const qint64 reach = static_cast<qint64>(std::ceil(radius / src.cell - 1e-9));
        const qint64 columns = static_cast<qint64>(src.columns);
        std::vector<size_t> cursor(static_cast<size_t>(2 * reach + 1), 0);
        std::vector<char> taken(m, 0);
        std::vector<quint32> members;

        for (size_t i = 0; i < m; ++i) {
            if (taken[i])
                continue;
            taken[i] = 1;
            const qint64 key = static_cast<qint64>(src.keys[i]);
            const qint64 row = key / columns;
            const qint64 column = key % columns;
            const double sx = src.x[i];
            const double sy = src.y[i];
            members.clear();
            for (qint64 d = -reach; d <= reach; ++d) {
                const qint64 r = row + d;
                if (r < 0 || r >= columns)
                    continue;
                // Both bounds only grow with i (keys are sorted), so each cursor moves forward only.
                const quint64 lo = static_cast<quint64>(r * columns + std::max<qint64>(column - reach, 0));
                const quint64 hi = static_cast<quint64>(r * columns + std::min<qint64>(column + reach, columns - 1));
                size_t& c = cursor[static_cast<size_t>(d + reach)];
                while (c < m && src.keys[c] < lo)
                    ++c;
                for (size_t j = c; j < m && src.keys[j] <= hi; ++j) {
                    if (taken[j])
                        continue;
                    const double dx = src.x[j] - sx;
                    const double dy = src.y[j] - sy;
                    if (dx * dx + dy * dy <= r2) {
                        taken[j] = 1;
                        members.push_back(static_cast<quint32>(j));
                    }
                }
            }
            if (members.empty()) {
                dst.keys.push_back(dst.keyOf(sx, sy));
                dst.x.push_back(sx);
                dst.y.push_back(sy);
                dst.node.push_back(src.node[i]);
                continue;
            }
            members.push_back(static_cast<quint32>(i));
            Node cluster;
            cluster.level = static_cast<qint8>(zoom);
            cluster.childBegin = static_cast<quint32>(index.m_children.size());
            cluster.childCount = static_cast<quint32>(members.size());
            cluster.minX = cluster.minY = std::numeric_limits<double>::infinity();
            cluster.maxX = cluster.maxY = -std::numeric_limits<double>::infinity();
            double wx = 0, wy = 0;
            for (const quint32 j : members) {
                const quint32 child = src.node[j];
                index.m_children.push_back(child);
                quint32 count = 1;
                if (child < markerCount) {
                    const MapMarker& marker = markers[child];
                    cluster.worst = std::max(cluster.worst, marker.state);
                    cluster.pulse = cluster.pulse || marker.pulse;
                    cluster.minX = std::min(cluster.minX, src.x[j]);
                    cluster.maxX = std::max(cluster.maxX, src.x[j]);
                    cluster.minY = std::min(cluster.minY, src.y[j]);
                    cluster.maxY = std::max(cluster.maxY, src.y[j]);
                } else {
                    const Node& n = index.m_nodes[child - markerCount];
                    count = n.count;
                    cluster.worst = std::max(cluster.worst, n.worst);
                    cluster.pulse = cluster.pulse || n.pulse;
                    cluster.minX = std::min(cluster.minX, n.minX);
                    cluster.maxX = std::max(cluster.maxX, n.maxX);
                    cluster.minY = std::min(cluster.minY, n.minY);
                    cluster.maxY = std::max(cluster.maxY, n.maxY);
                }
                cluster.count += count;
                wx += src.x[j] * count;
                wy += src.y[j] * count;
            }
            cluster.x = wx / cluster.count;
            cluster.y = wy / cluster.count;
            dst.maxExtent = std::max({dst.maxExtent, cluster.x - cluster.minX, cluster.maxX - cluster.x,
                                      cluster.y - cluster.minY, cluster.maxY - cluster.y});
            const quint32 id = markerCount + static_cast<quint32>(index.m_nodes.size());
            index.m_nodes.push_back(cluster);
            dst.keys.push_back(dst.keyOf(cluster.x, cluster.y));
            dst.x.push_back(cluster.x);
            dst.y.push_back(cluster.y);
            dst.node.push_back(id);
        }
        dst.maxExtent = std::max(dst.maxExtent, src.maxExtent);
        sortLevel(dst);
    }
};

namespace {

template<typename T>
void permute(std::vector<T>& values, const std::vector<quint32>& order)
{
    std::vector<T> out(values.size());
    for (size_t i = 0; i < order.size(); ++i)
        out[i] = values[order[i]];
    values.swap(out);
}

void sortLevel(MarkerIndex::Level& level)
{
    const size_t n = level.size();
    std::vector<quint32> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = static_cast<quint32>(i);
    if (n < 512) {
        std::stable_sort(order.begin(), order.end(),
                         [&](quint32 a, quint32 b) { return level.keys[a] < level.keys[b]; });
    } else {
        constexpr int digitBits = 11;
        constexpr quint64 digitMask = (1u << digitBits) - 1;
        std::vector<quint32> other(n);
        std::vector<size_t> counts(size_t(1) << digitBits);
        const quint64 maxKey = *std::max_element(level.keys.begin(), level.keys.end());
        for (int shift = 0; shift < 64 && (maxKey >> shift) != 0; shift += digitBits) {
            std::fill(counts.begin(), counts.end(), 0);
            for (size_t i = 0; i < n; ++i)
                ++counts[(level.keys[order[i]] >> shift) & digitMask];
            if (std::find(counts.begin(), counts.end(), n) != counts.end())
                continue; // every key has the same digit here
            size_t total = 0;
            for (auto& c : counts) {
                const size_t here = c;
                c = total;
                total += here;
            }
            for (size_t i = 0; i < n; ++i)
                other[counts[(level.keys[order[i]] >> shift) & digitMask]++] = order[i];
            order.swap(other);
        }
    }
    permute(level.keys, order);
    permute(level.x, order);
    permute(level.y, order);
    permute(level.node, order);
}

// Calls f(slot) for every item of the level whose position lies inside the rectangle: one run of
// keys per grid row, skipping empty rows by jumping to the next key present.
template<typename F>
void forEachInRect(const MarkerIndex::Level& level, const QRectF& world, F&& f)
{
    if (level.size() == 0 || world.isEmpty() || !std::isfinite(world.left()) || !std::isfinite(world.top())
        || !std::isfinite(world.right()) || !std::isfinite(world.bottom()))
        return;
    const quint64 c0 = level.cellOf(world.left());
    const quint64 c1 = level.cellOf(world.right());
    const quint64 r0 = level.cellOf(world.top());
    const quint64 r1 = level.cellOf(world.bottom());
    const auto begin = level.keys.begin();
    const auto end = level.keys.end();
    auto pos = begin;
    quint64 row = r0;
    while (row <= r1) {
        pos = std::lower_bound(pos, end, row * level.columns + c0);
        if (pos == end)
            return;
        const quint64 foundRow = *pos / level.columns;
        if (foundRow > row) { // nothing left in this row: go straight to the next row that has items
            row = foundRow;
            continue;
        }
        const quint64 hi = row * level.columns + c1;
        for (; pos != end && *pos <= hi; ++pos) {
            const size_t slot = static_cast<size_t>(pos - begin);
            const double px = level.x[slot];
            const double py = level.y[slot];
            if (px >= world.left() && px <= world.right() && py >= world.top() && py <= world.bottom())
                f(static_cast<quint32>(slot));
        }
        ++row;
    }
}

} // namespace

std::shared_ptr<const MarkerIndex> MarkerIndex::build(Snapshot markers, const Options& options)
{
    std::shared_ptr<MarkerIndex> index(new MarkerIndex);
    index->m_markers = markers ? std::move(markers) : std::make_shared<const std::vector<MapMarker>>();
    index->m_options = options;
    index->m_options.radiusPixels = std::max(options.radiusPixels, 1.0);
    index->m_options.maxZoom = std::clamp(options.maxZoom, 0, 22);
    MarkerIndexBuilder builder{*index, static_cast<quint32>(index->m_markers->size())};
    const int leafZoom = index->m_options.maxZoom + 1;
    if (!index->m_options.clustering) {
        index->m_levels.push_back(std::make_unique<Level>());
        builder.makeLeafLevel(*index->m_levels.back(), leafZoom);
        return index;
    }
    index->m_levels.resize(static_cast<size_t>(leafZoom + 1));
    index->m_levels[static_cast<size_t>(leafZoom)] = std::make_unique<Level>();
    builder.makeLeafLevel(*index->m_levels[static_cast<size_t>(leafZoom)], leafZoom);
    for (int z = leafZoom - 1; z >= 0; --z) {
        index->m_levels[static_cast<size_t>(z)] = std::make_unique<Level>();
        builder.clusterLevel(*index->m_levels[static_cast<size_t>(z + 1)], *index->m_levels[static_cast<size_t>(z)], z);
    }
    return index;
}

MarkerIndex::~MarkerIndex() = default;

int MarkerIndex::levelFor(double zoom) const
{
    if (m_levels.size() <= 1 || !std::isfinite(zoom))
        return m_levels.size() <= 1 ? 0 : static_cast<int>(m_levels.size()) - 1;
    return std::clamp(static_cast<int>(std::floor(zoom)), 0, static_cast<int>(m_levels.size()) - 1);
}

int MarkerIndex::itemCount(int level) const
{
    if (level < 0 || level >= static_cast<int>(m_levels.size()))
        return 0;
    return static_cast<int>(m_levels[static_cast<size_t>(level)]->size());
}

MarkerIndex::Item MarkerIndex::itemAt(const Level& level, quint32 slot) const
{
    Item item;
    item.world = QPointF(level.x[slot], level.y[slot]);
    const quint32 node = level.node[slot];
    const quint32 markerCount = static_cast<quint32>(m_markers->size());
    if (node < markerCount) {
        const MapMarker& marker = (*m_markers)[node];
        item.count = 1;
        item.worstState = marker.state;
        item.pulse = marker.pulse;
        item.id = marker.id;
        item.markerIndex = static_cast<qint32>(node);
        item.expansionZoom = 0;
    } else {
        const Node& cluster = m_nodes[node - markerCount];
        item.count = cluster.count;
        item.worstState = cluster.worst;
        item.pulse = cluster.pulse;
        item.id = node;
        item.markerIndex = -1;
        item.expansionZoom = cluster.level + 1;
    }
    return item;
}

void MarkerIndex::forEachItem(const QRectF& world, double zoom, const std::function<void(const Item&)>& f) const
{
    if (m_levels.empty())
        return;
    const Level& level = *m_levels[static_cast<size_t>(levelFor(zoom))];
    forEachInRect(level, world.normalized(), [&](quint32 slot) { f(itemAt(level, slot)); });
}

std::vector<MarkerIndex::Item> MarkerIndex::clusters(const QRectF& world, double zoom) const
{
    std::vector<Item> items;
    forEachItem(world, zoom, [&](const Item& item) { items.push_back(item); });
    return items;
}

std::vector<qint32> MarkerIndex::leaves(quint64 clusterId) const
{
    std::vector<qint32> out;
    const quint64 markerCount = m_markers->size();
    if (clusterId < markerCount || clusterId >= markerCount + m_nodes.size())
        return out;
    std::vector<quint32> stack{static_cast<quint32>(clusterId)};
    while (!stack.empty()) {
        const quint32 node = stack.back();
        stack.pop_back();
        if (node < markerCount) {
            out.push_back(static_cast<qint32>(node));
            continue;
        }
        const Node& cluster = m_nodes[node - markerCount];
        for (quint32 c = 0; c < cluster.childCount; ++c)
            stack.push_back(m_children[cluster.childBegin + c]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

int MarkerIndex::countInside(const QRectF& rect) const
{
    if (m_levels.empty())
        return 0;
    const QRectF world = rect.normalized();
    const double extent = std::max(world.width(), world.height());
    // A level whose cells are about 1/16 of the rectangle: few items, and the boundary ones descend.
    int z = static_cast<int>(m_levels.size()) - 1;
    if (m_levels.size() > 1 && extent > 0) {
        const double wanted = 16.0 * m_options.radiusPixels / (webmercator::kTileSize * extent);
        z = std::clamp(static_cast<int>(std::floor(std::log2(std::max(wanted, 1.0)))), 0, z);
    }
    const Level& level = *m_levels[static_cast<size_t>(z)];
    const quint32 markerCount = static_cast<quint32>(m_markers->size());
    const auto inside = [&](double px, double py) {
        return px >= world.left() && px <= world.right() && py >= world.top() && py <= world.bottom();
    };
    int count = 0;
    std::vector<quint32> stack;
    const QRectF search = world.adjusted(-level.maxExtent, -level.maxExtent, level.maxExtent, level.maxExtent);
    forEachInRect(level, search, [&](quint32 slot) {
        const quint32 node = level.node[slot];
        if (node < markerCount) {
            count += inside(level.x[slot], level.y[slot]) ? 1 : 0;
            return;
        }
        stack.push_back(node);
        while (!stack.empty()) {
            const quint32 n = stack.back();
            stack.pop_back();
            if (n < markerCount) {
                const QPointF p = (*m_markers)[n].world;
                count += inside(p.x(), p.y()) ? 1 : 0;
                continue;
            }
            const Node& cluster = m_nodes[n - markerCount];
            if (cluster.minX >= world.left() && cluster.maxX <= world.right() && cluster.minY >= world.top()
                && cluster.maxY <= world.bottom()) {
                count += static_cast<int>(cluster.count);
            } else if (cluster.maxX >= world.left() && cluster.minX <= world.right() && cluster.maxY >= world.top()
                       && cluster.minY <= world.bottom()) {
                for (quint32 c = 0; c < cluster.childCount; ++c)
                    stack.push_back(m_children[cluster.childBegin + c]);
            }
        }
    });
    return count;
}

std::optional<MarkerIndex::Item> MarkerIndex::nearest(QPointF world, double radiusWorld, double zoom) const
{
    if (m_levels.empty() || !(radiusWorld >= 0) || !std::isfinite(world.x()) || !std::isfinite(world.y()))
        return std::nullopt;
    const Level& level = *m_levels[static_cast<size_t>(levelFor(zoom))];
    const QRectF box(world.x() - radiusWorld, world.y() - radiusWorld, 2 * radiusWorld, 2 * radiusWorld);
    double best = radiusWorld * radiusWorld;
    qint64 bestSlot = -1;
    forEachInRect(level, box, [&](quint32 slot) {
        const double dx = level.x[slot] - world.x();
        const double dy = level.y[slot] - world.y();
        const double d2 = dx * dx + dy * dy;
        if (d2 <= best) {
            best = d2;
            bestSlot = slot;
        }
    });
    if (bestSlot < 0)
        return std::nullopt;
    return itemAt(level, static_cast<quint32>(bestSlot));
}

} // namespace ioc
