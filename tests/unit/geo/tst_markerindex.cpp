// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/markerindex.h"
#include "geo/webmercator.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>
#include <map>
#include <set>

using namespace ioc;

namespace {

const QRectF kWholeWorld(-1, -1, 3, 3);

// 100,000 markers over southern Việt Nam: a uniform spread, a few dense hot spots and some exact
// duplicates (markers at the same address), with every state and kind.
std::shared_ptr<const std::vector<MapMarker>> randomMarkers(int n, quint32 seed)
{
    QRandomGenerator random(seed);
    const QPointF topLeft = webmercator::toWorld(11.5, 103.5);
    const QPointF bottomRight = webmercator::toWorld(8.3, 107.5);
    const QPointF hotSpots[] = {webmercator::toWorld(9.18, 105.15), webmercator::toWorld(10.03, 105.78),
                                webmercator::toWorld(10.78, 106.70)};
    std::vector<MapMarker> markers;
    markers.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        MapMarker m;
        m.id = 1000000 + static_cast<quint64>(i) * 7;
        const int pick = random.bounded(10);
        if (pick < 5) {
            m.world = QPointF(topLeft.x() + random.generateDouble() * (bottomRight.x() - topLeft.x()),
                              topLeft.y() + random.generateDouble() * (bottomRight.y() - topLeft.y()));
        } else if (pick < 9 || markers.empty()) {
            const QPointF c = hotSpots[random.bounded(3)];
            const double spread = 2e-5 * std::pow(10.0, random.generateDouble() * 2);
            // Box–Muller: a Gaussian around the hot spot.
            const double u = std::max(random.generateDouble(), 1e-12);
            const double v = random.generateDouble();
            const double r = spread * std::sqrt(-2 * std::log(u));
            m.world = c + QPointF(r * std::cos(2 * M_PI * v), r * std::sin(2 * M_PI * v));
        } else {
            m.world = markers[random.bounded(static_cast<quint32>(markers.size()))].world;
        }
        m.kind = static_cast<quint8>(random.bounded(8));
        m.state = static_cast<quint8>(random.bounded(100) < 97 ? random.bounded(3) : 3);
        markers.push_back(m);
    }
    return std::make_shared<const std::vector<MapMarker>>(std::move(markers));
}

bool contains(const QRectF& r, QPointF p)
{
    return p.x() >= r.left() && p.x() <= r.right() && p.y() >= r.top() && p.y() <= r.bottom();
}

// For every marker, the item (its index in `items`) that shows it at that zoom; -1 when none does.
std::vector<int> ownerOf(const MarkerIndex& index, const std::vector<MarkerIndex::Item>& items)
{
    std::vector<int> owner(static_cast<size_t>(index.size()), -1);
    for (size_t i = 0; i < items.size(); ++i) {
        if (!items[i].isCluster()) {
            if (owner[static_cast<size_t>(items[i].markerIndex)] != -1)
                return {};
            owner[static_cast<size_t>(items[i].markerIndex)] = static_cast<int>(i);
            continue;
        }
        for (const qint32 leaf : index.leaves(items[i].id)) {
            if (owner[static_cast<size_t>(leaf)] != -1)
                return {}; // a marker in two items
            owner[static_cast<size_t>(leaf)] = static_cast<int>(i);
        }
    }
    return owner;
}

// A viewport of size pixels around a world point at that zoom.
QRectF viewportAround(QPointF centre, double zoom, QSizeF size)
{
    const double scale = webmercator::worldPixels(zoom);
    return QRectF(centre.x() - size.width() / 2 / scale, centre.y() - size.height() / 2 / scale,
                  size.width() / scale, size.height() / scale);
}

} // namespace

class TestMarkerIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_markers = randomMarkers(100000, 20250704);
        m_index = MarkerIndex::build(m_markers);
        QCOMPARE(m_index->size(), 100000);
        QCOMPARE(m_index->invalidCount(), 0);
    }

    void pickingMatchesBruteForceAmongSingleMarkers()
    {
        // Zoom 18: past the last clustering zoom, every marker stands alone.
        QRandomGenerator random(7);
        const double zoom = 18;
        const double radius = 20 / webmercator::worldPixels(zoom);
        int hits = 0;
        for (int q = 0; q < 2000; ++q) {
            // Query near a random marker (mostly hits) or anywhere in the region (mostly misses).
            const MapMarker& near = (*m_markers)[random.bounded(100000)];
            const QPointF p = near.world
                + QPointF((random.generateDouble() - 0.5) * 3 * radius, (random.generateDouble() - 0.5) * 3 * radius);
            double best2 = std::numeric_limits<double>::infinity();
            for (const MapMarker& m : *m_markers) {
                const double dx = m.world.x() - p.x();
                const double dy = m.world.y() - p.y();
                best2 = std::min(best2, dx * dx + dy * dy);
            }
            const double best = best2 <= radius * radius ? std::sqrt(best2) : std::numeric_limits<double>::infinity();
            const auto picked = m_index->nearest(p, radius, zoom);
            if (!std::isfinite(best)) {
                QVERIFY2(!picked, qPrintable(QStringLiteral("query %1 hit something outside the radius").arg(q)));
                continue;
            }
            QVERIFY2(picked, qPrintable(QStringLiteral("query %1 missed a marker within the radius").arg(q)));
            QVERIFY(!picked->isCluster());
            const MapMarker& got = (*m_markers)[static_cast<size_t>(picked->markerIndex)];
            QCOMPARE(got.id, picked->id);
            // The nearest one (duplicates share the distance, so compare distances).
            const double dx = got.world.x() - p.x();
            const double dy = got.world.y() - p.y();
            QCOMPARE(std::sqrt(dx * dx + dy * dy), best);
            ++hits;
        }
        QVERIFY(hits > 500); // about 40% of the queries land within the radius of a marker
    }

    void pickingMatchesBruteForceAmongClusters()
    {
        QRandomGenerator random(8);
        for (const double zoom : {6.0, 10.5, 14.0}) {
            const auto items = m_index->clusters(kWholeWorld, zoom);
            const double radius = 30 / webmercator::worldPixels(zoom);
            for (int q = 0; q < 300; ++q) {
                const QPointF p = items[random.bounded(static_cast<quint32>(items.size()))].world
                    + QPointF((random.generateDouble() - 0.5) * 2 * radius, (random.generateDouble() - 0.5) * 2 * radius);
                double best = std::numeric_limits<double>::infinity();
                for (const auto& item : items) {
                    const double d = std::hypot(item.world.x() - p.x(), item.world.y() - p.y());
                    if (d <= radius)
                        best = std::min(best, d);
                }
                const auto picked = m_index->nearest(p, radius, zoom);
                QCOMPARE(bool(picked), std::isfinite(best));
                if (picked)
                    QCOMPARE(std::hypot(picked->world.x() - p.x(), picked->world.y() - p.y()), best);
            }
        }
    }

    void clusterCountsSumToTheMarkersTheyShow()
    {
        QRandomGenerator random(9);
        for (const int zoom : {3, 6, 9, 12, 15}) {
            const auto all = m_index->clusters(kWholeWorld, zoom);
            quint64 total = 0;
            for (const auto& item : all)
                total += item.count;
            QCOMPARE(total, quint64(100000));
            const std::vector<int> owner = ownerOf(*m_index, all);
            QVERIFY2(!owner.empty(), "a marker belongs to two items");
            QVERIFY(std::find(owner.begin(), owner.end(), -1) == owner.end());

            for (int v = 0; v < 40; ++v) {
                const QPointF centre = (*m_markers)[random.bounded(100000)].world;
                const QRectF view = viewportAround(centre, zoom + random.generateDouble(), QSizeF(1920, 1080));
                const auto shown = m_index->clusters(view, zoom);
                quint64 shownCount = 0;
                for (const auto& item : shown) {
                    QVERIFY(contains(view, item.world));
                    shownCount += item.count;
                }
                // Brute force: markers whose item at this zoom lies in the view, and markers in the view.
                quint64 represented = 0;
                int inside = 0;
                for (size_t m = 0; m < owner.size(); ++m) {
                    represented += contains(view, all[static_cast<size_t>(owner[m])].world) ? 1 : 0;
                    inside += contains(view, (*m_markers)[m].world) ? 1 : 0;
                }
                QCOMPARE(shownCount, represented);
                QCOMPARE(m_index->countInside(view), inside);
            }
        }
    }

    void leavesAreExactlyTheMembers()
    {
        for (const int zoom : {2, 7, 11, 16}) {
            const auto all = m_index->clusters(kWholeWorld, zoom);
            int clusters = 0;
            for (const auto& item : all) {
                if (!item.isCluster()) {
                    QCOMPARE(item.count, 1u);
                    QVERIFY(m_index->leaves(item.id).empty() || item.id >= 100000);
                    continue;
                }
                ++clusters;
                const auto leaves = m_index->leaves(item.id);
                QCOMPARE(leaves.size(), size_t(item.count));
                QVERIFY(item.count >= 2);
                // The cluster's position is the mean of its members; its state the worst of theirs.
                double sx = 0, sy = 0;
                quint8 worst = 0;
                for (const qint32 leaf : leaves) {
                    const MapMarker& m = (*m_markers)[static_cast<size_t>(leaf)];
                    sx += m.world.x();
                    sy += m.world.y();
                    worst = std::max(worst, m.state);
                }
                QVERIFY(std::abs(sx / leaves.size() - item.world.x()) < 1e-9);
                QVERIFY(std::abs(sy / leaves.size() - item.world.y()) < 1e-9);
                QCOMPARE(item.worstState, worst);
            }
            QVERIFY(clusters > 0);
        }
        QVERIFY(m_index->leaves(3).empty()); // a marker index is no cluster id
        QVERIFY(m_index->leaves(std::numeric_limits<quint64>::max()).empty());
    }

    void worstStateAndPulsePropagate()
    {
        std::vector<MapMarker> markers;
        const QPointF base = webmercator::toWorld(9.18, 105.15);
        for (int i = 0; i < 50; ++i) {
            MapMarker m;
            m.id = static_cast<quint64>(i);
            m.world = base + QPointF(i * 1e-6, (i % 7) * 1e-6);
            m.state = MapMarker::Notice;
            markers.push_back(m);
        }
        markers[31].state = MapMarker::Critical;
        markers[17].pulse = true;
        markers[18].state = MapMarker::Warning;
        const auto index = MarkerIndex::build(std::make_shared<const std::vector<MapMarker>>(markers));
        const auto items = index->clusters(kWholeWorld, 8);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].count, 50u);
        QCOMPARE(items[0].worstState, quint8(MapMarker::Critical));
        QVERIFY(items[0].pulse);
        // Without the critical and the pulsing marker the cluster is only a warning and calm.
        markers[31].state = MapMarker::Normal;
        markers[17].pulse = false;
        const auto calm = MarkerIndex::build(std::make_shared<const std::vector<MapMarker>>(markers));
        QCOMPARE(calm->clusters(kWholeWorld, 8).at(0).worstState, quint8(MapMarker::Warning));
        QVERIFY(!calm->clusters(kWholeWorld, 8).at(0).pulse);
    }

    void expansionZoomSplitsTheCluster()
    {
        for (const int zoom : {4, 8, 12}) {
            const auto items = m_index->clusters(kWholeWorld, zoom);
            int checked = 0;
            for (const auto& item : items) {
                if (!item.isCluster() || checked >= 60)
                    continue;
                ++checked;
                QVERIFY(item.expansionZoom > zoom);
                const auto leaves = m_index->leaves(item.id);
                // Just below its expansion zoom the cluster is still one item holding all its members;
                // at it, its members are shown by two items or more.
                const Owners& before = ownersAt(item.expansionZoom - 1);
                std::set<int> itemsBefore;
                for (const qint32 leaf : leaves)
                    itemsBefore.insert(before.owner[static_cast<size_t>(leaf)]);
                QCOMPARE(itemsBefore.size(), size_t(1));
                QCOMPARE(before.items[static_cast<size_t>(*itemsBefore.begin())].id, item.id);
                const Owners& at = ownersAt(item.expansionZoom);
                std::set<int> itemsAt;
                for (const qint32 leaf : leaves)
                    itemsAt.insert(at.owner[static_cast<size_t>(leaf)]);
                QVERIFY2(itemsAt.size() >= 2, qPrintable(QStringLiteral("cluster %1 at zoom %2 does not split at %3")
                                                             .arg(item.id).arg(zoom).arg(item.expansionZoom)));
            }
            QVERIFY(checked > 0);
        }
    }

    void everyMarkerStandsAlonePastTheLastClusteringZoom()
    {
        const auto items = m_index->clusters(kWholeWorld, 17.4);
        QCOMPARE(items.size(), size_t(100000));
        for (const auto& item : items)
            QVERIFY(!item.isCluster());
    }

    void withoutClusteringEveryZoomShowsSingles()
    {
        MarkerIndex::Options options;
        options.clustering = false;
        const auto index = MarkerIndex::build(m_markers, options);
        QCOMPARE(index->levelCount(), 1);
        const QRectF view = viewportAround(webmercator::toWorld(9.18, 105.15), 3, QSizeF(1920, 1080));
        int inside = 0;
        for (const MapMarker& m : *m_markers)
            inside += contains(view, m.world) ? 1 : 0;
        const auto items = index->clusters(view, 3);
        QCOMPARE(int(items.size()), inside);
        QCOMPARE(index->countInside(view), inside);
    }

    void badPositionsAreLeftOutAndCounted()
    {
        std::vector<MapMarker> markers(4);
        markers[0].world = QPointF(0.5, 0.5);
        markers[1].world = QPointF(std::numeric_limits<double>::quiet_NaN(), 0.5);
        markers[2].world = QPointF(0.5, std::numeric_limits<double>::infinity());
        markers[3].world = QPointF(-2.0, 7.0); // outside the world square: kept, clamped onto its grid
        const auto index = MarkerIndex::build(std::make_shared<const std::vector<MapMarker>>(markers));
        QCOMPARE(index->invalidCount(), 2);
        quint64 total = 0;
        for (const auto& item : index->clusters(QRectF(-10, -10, 20, 20), 5))
            total += item.count;
        QCOMPARE(total, quint64(2));
        QCOMPARE(index->clusters(QRectF(-2.5, 6.5, 1, 1), 18).size(), size_t(1));
        QVERIFY(!index->nearest(QPointF(std::numeric_limits<double>::quiet_NaN(), 0), 1, 5));
        const auto empty = MarkerIndex::build(nullptr);
        QCOMPARE(empty->size(), 0);
        QVERIFY(empty->clusters(kWholeWorld, 5).empty());
        QCOMPARE(empty->countInside(kWholeWorld), 0);
    }

private:
    struct Owners {
        std::vector<MarkerIndex::Item> items;
        std::vector<int> owner;
    };
    // The items of a zoom over the whole world and which of them shows each marker (computed once).
    const Owners& ownersAt(int zoom)
    {
        auto it = m_owners.find(zoom);
        if (it == m_owners.end()) {
            Owners o;
            o.items = m_index->clusters(kWholeWorld, zoom);
            o.owner = ownerOf(*m_index, o.items);
            it = m_owners.emplace(zoom, std::move(o)).first;
        }
        return it->second;
    }

    std::map<int, Owners> m_owners;
    std::shared_ptr<const std::vector<MapMarker>> m_markers;
    std::shared_ptr<const MarkerIndex> m_index;
};

QTEST_GUILESS_MAIN(TestMarkerIndex)
#include "tst_markerindex.moc"
