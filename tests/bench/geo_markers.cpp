// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of MarkerIndex (tests/bench/geo_markers.sh runs it): index build for N points, and the
// viewport query at several zooms against a brute-force scan of every point for the same viewport.
// Prints one line of key=value pairs per measurement.
#include "geo/markerindex.h"
#include "geo/webmercator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

using namespace ioc;

namespace {

// "vietnam": half spread evenly over southern Việt Nam, 40% in three Gaussian hot spots (cities),
// 10% exact duplicates. "world": evenly between latitudes ±60.
std::vector<MapMarker> makePoints(int n, const QString& layout, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<MapMarker> points;
    points.reserve(size_t(n));
    const QPointF topLeft = webmercator::toWorld(11.5, 103.5);
    const QPointF bottomRight = webmercator::toWorld(8.3, 107.5);
    const QPointF spots[] = {webmercator::toWorld(9.18, 105.15), webmercator::toWorld(10.03, 105.78),
                             webmercator::toWorld(10.78, 106.70)};
    const QPointF worldTop = webmercator::toWorld(60, -180);
    const QPointF worldBottom = webmercator::toWorld(-60, 180);
    for (int i = 0; i < n; ++i) {
        MapMarker m;
        m.id = quint64(i);
        m.state = quint8(random.bounded(100) < 97 ? random.bounded(3) : 3);
        m.kind = quint8(random.bounded(8));
        if (layout == QLatin1String("world")) {
            m.world = QPointF(worldTop.x() + random.generateDouble() * (worldBottom.x() - worldTop.x()),
                              worldTop.y() + random.generateDouble() * (worldBottom.y() - worldTop.y()));
        } else {
            const int pick = random.bounded(10);
            if (pick < 5 || points.empty()) {
                m.world = QPointF(topLeft.x() + random.generateDouble() * (bottomRight.x() - topLeft.x()),
                                  topLeft.y() + random.generateDouble() * (bottomRight.y() - topLeft.y()));
            } else if (pick < 9) {
                const double spread = 2e-5 * std::pow(10.0, random.generateDouble() * 2);
                const double u = std::max(random.generateDouble(), 1e-12);
                const double v = random.generateDouble();
                const double r = spread * std::sqrt(-2 * std::log(u));
                m.world = spots[random.bounded(3)] + QPointF(r * std::cos(2 * M_PI * v), r * std::sin(2 * M_PI * v));
            } else {
                m.world = points[random.bounded(quint32(points.size()))].world;
            }
        }
        points.push_back(m);
    }
    return points;
}

struct Stats {
    double mean = 0, p95 = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    Stats s;
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    s.p95 = v[std::min(v.size() - 1, size_t(std::ceil(0.95 * double(v.size()))) - 1)];
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 ? args.at(1).toInt() : 100000;
    const QString layout = args.size() > 2 ? args.at(2) : QStringLiteral("vietnam");
    const int builds = args.size() > 3 ? args.at(3).toInt() : 3;
    const int queries = args.size() > 4 ? args.at(4).toInt() : 300;
    auto snapshot = std::make_shared<const std::vector<MapMarker>>(makePoints(n, layout, 42));
    QTextStream out(stdout);

    std::vector<double> buildMs;
    std::shared_ptr<const MarkerIndex> index;
    for (int b = 0; b < builds; ++b) {
        index.reset();
        QElapsedTimer t;
        t.start();
        index = MarkerIndex::build(snapshot);
        buildMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(buildMs.begin(), buildMs.end());
    int items = 0;
    for (int l = 0; l < index->levelCount(); ++l)
        items += index->itemCount(l);
    out << "build points=" << n << " layout=" << layout << " median_ms=" << buildMs[buildMs.size() / 2]
        << " min_ms=" << buildMs.front() << " max_ms=" << buildMs.back() << " items_all_levels=" << items << Qt::endl;

    // Viewports of 1920x1080 centred on random points (so they are never empty), at fractional zooms.
    QRandomGenerator random(7);
    for (const double zoom : {5.5, 8.5, 11.5, 14.5, 17.5}) {
        std::vector<double> indexUs, countUs, scanUs;
        qint64 shown = 0, inside = 0;
        for (int q = 0; q < queries; ++q) {
            const QPointF centre = (*snapshot)[random.bounded(quint32(n))].world;
            const double scale = webmercator::worldPixels(zoom);
            const QRectF view(centre.x() - 960 / scale, centre.y() - 540 / scale, 1920 / scale, 1080 / scale);
            QElapsedTimer t;
            t.start();
            const auto result = index->clusters(view, zoom);
            indexUs.push_back(double(t.nsecsElapsed()) / 1e3);
            shown += qint64(result.size());
            t.restart();
            const int counted = index->countInside(view);
            countUs.push_back(double(t.nsecsElapsed()) / 1e3);
            // Reference: the scan a layer without an index does, over every point, for the same view.
            t.restart();
            std::vector<quint32> hits;
            for (quint32 i = 0; i < quint32(n); ++i) {
                const QPointF p = (*snapshot)[i].world;
                if (p.x() >= view.left() && p.x() <= view.right() && p.y() >= view.top() && p.y() <= view.bottom())
                    hits.push_back(i);
            }
            scanUs.push_back(double(t.nsecsElapsed()) / 1e3);
            inside += qint64(hits.size());
            if (counted != int(hits.size())) {
                std::fprintf(stderr, "geo_markers: countInside %d != scan %zu\n", counted, hits.size());
                return 1;
            }
        }
        const Stats a = stats(indexUs), c = stats(countUs), s = stats(scanUs);
        out << "query points=" << n << " layout=" << layout << " zoom=" << zoom << " queries=" << queries
            << " index_mean_us=" << a.mean << " index_p95_us=" << a.p95 << " count_mean_us=" << c.mean
            << " count_p95_us=" << c.p95 << " scan_mean_us=" << s.mean << " scan_p95_us=" << s.p95
            << " items_mean=" << double(shown) / queries << " inside_mean=" << double(inside) / queries << Qt::endl;
    }
    return 0;
}
