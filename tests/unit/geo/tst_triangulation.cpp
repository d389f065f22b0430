// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geojsonreader.h"
#include "geo/triangulation.h"

#include <QTest>

#include <cmath>

using namespace ioc;

namespace {

using Rings = QList<QList<QPointF>>;

QList<QPointF> flatten(const Rings& rings)
{
    QList<QPointF> all;
    for (const auto& ring : rings)
        all += ring;
    return all;
}

double expectedArea(const Rings& rings)
{
    double area = std::abs(triangulation::signedArea(rings.first()));
    for (qsizetype i = 1; i < rings.size(); ++i)
        area -= std::abs(triangulation::signedArea(rings[i]));
    return area;
}

struct Check {
    double triangleArea = 0.0;
    bool indicesInRange = true;
    bool oneOrientation = true;
};

// Sums |area| of every triangle (so overlapping or flipped triangles cannot cancel out) and checks
// that every triangle turns the same way.
Check check(const Rings& rings, const QList<quint32>& triangles)
{
    Check c;
    const QList<QPointF> v = flatten(rings);
    const QPointF o = v.isEmpty() ? QPointF() : v.first();
    int sign = 0;
    for (qsizetype t = 0; t + 2 < triangles.size(); t += 3) {
        if (triangles[t] >= v.size() || triangles[t + 1] >= v.size() || triangles[t + 2] >= v.size()) {
            c.indicesInRange = false;
            return c;
        }
        const QPointF a = v[triangles[t]] - o, b = v[triangles[t + 1]] - o, d = v[triangles[t + 2]] - o;
        const double cross = (b.x() - a.x()) * (d.y() - a.y()) - (b.y() - a.y()) * (d.x() - a.x());
        const int s = (cross > 0) - (cross < 0);
        if (s != 0) {
            if (sign != 0 && s != sign)
                c.oneOrientation = false;
            sign = s;
        }
        c.triangleArea += std::abs(cross) / 2.0;
    }
    return c;
}

QList<QPointF> square(double x, double y, double size, bool clockwise = false)
{
    QList<QPointF> r{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}};
    if (clockwise)
        std::reverse(r.begin(), r.end());
    return r;
}

} // namespace

class TestTriangulation : public QObject {
    Q_OBJECT

private:
    void verifyCovers(const Rings& rings, double expected, double tolerance = 1e-9)
    {
        const QList<quint32> triangles = triangulation::triangulate(rings);
        QCOMPARE(triangles.size() % 3, 0);
        const Check c = check(rings, triangles);
        QVERIFY(c.indicesInRange);
        QVERIFY(c.oneOrientation);
        QVERIFY2(std::abs(c.triangleArea - expected) <= tolerance * std::abs(expected),
                 qPrintable(QStringLiteral("triangles cover %1, polygon %2").arg(c.triangleArea, 0, 'g', 15)
                                .arg(expected, 0, 'g', 15)));
    }

private Q_SLOTS:
    void signedAreaFollowsOrientation()
    {
        QCOMPARE(triangulation::signedArea(square(0, 0, 2)), 4.0);
        QCOMPARE(triangulation::signedArea(square(0, 0, 2, true)), -4.0);
    }

    void triangleAndSquare()
    {
        const Rings triangle{{{0, 0}, {4, 0}, {0, 3}}};
        QCOMPARE(triangulation::triangulate(triangle).size(), 3);
        verifyCovers(triangle, 6.0);
        verifyCovers({square(10, 10, 5)}, 25.0);
        verifyCovers({square(10, 10, 5, true)}, 25.0);
        QCOMPARE(triangulation::triangulate({square(0, 0, 1)}).size(), 6);
    }

    void squareWithSquareHole()
    {
        verifyCovers({square(0, 0, 10), square(3, 3, 4)}, 84.0);
        // Same orientation for outer and hole, and a repeated closing position: both tolerated.
        QList<QPointF> closedHole = square(3, 3, 4, false);
        closedHole.append(closedHole.first());
        verifyCovers({square(0, 0, 10, true), closedHole}, 84.0);
    }

    void severalHolesAndAHoleTouchingTheOuterRing()
    {
        verifyCovers({square(0, 0, 20), square(2, 2, 3), square(10, 2, 3), square(2, 12, 6), square(12, 12, 1)},
                     400.0 - 9 - 9 - 36 - 1);
        // Hole whose western edge lies on the outer ring's western edge.
        verifyCovers({square(0, 0, 10), {{0, 4}, {0, 6}, {2, 6}, {2, 4}}}, 96.0);
    }

    void concaveShapes()
    {
        // L shape.
        verifyCovers({{{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 4}, {0, 4}}}, 7.0);
        // Comb: ten teeth.
        QList<QPointF> comb{{0, 0}};
        for (int i = 0; i < 10; ++i) {
            comb.append({2.0 * i + 1, 0});
            comb.append({2.0 * i + 1, 5});
            comb.append({2.0 * i + 2, 5});
            comb.append({2.0 * i + 2, 0});
        }
        comb.append({21, 0});
        comb.append({21, -1});
        comb.append({0, -1});
        verifyCovers({comb}, 21.0 + 10 * 5.0);
        // Star with 12 points (each point a reflex vertex between two spikes).
        QList<QPointF> star;
        for (int i = 0; i < 24; ++i) {
            const double r = i % 2 ? 1.0 : 5.0;
            const double a = i * M_PI / 12;
            star.append({r * std::cos(a), r * std::sin(a)});
        }
        verifyCovers({star}, std::abs(triangulation::signedArea(star)));
        // A spiral (many reflex vertices, one long corridor).
        QList<QPointF> outer, inner;
        for (int i = 0; i <= 200; ++i) {
            const double a = i * 0.1;
            outer.append({(2 + a) * std::cos(a), (2 + a) * std::sin(a)});
            inner.prepend({(1.5 + a) * std::cos(a), (1.5 + a) * std::sin(a)});
        }
        QList<QPointF> spiral = outer + inner;
        verifyCovers({spiral}, std::abs(triangulation::signedArea(spiral)));
    }

    void collinearAndRepeatedPoints()
    {
        // Square with extra vertices along every edge and a repeated vertex.
        QList<QPointF> ring;
        for (int i = 0; i < 10; ++i)
            ring.append({double(i), 0});
        ring.append({10, 0});
        ring.append({10, 0});
        for (int i = 0; i < 10; ++i)
            ring.append({10, double(i)});
        ring.append({10, 10});
        ring.append({0, 10});
        ring.append({0, 5});
        verifyCovers({ring}, 100.0);
        // A hole with collinear points.
        verifyCovers({ring, {{2, 2}, {3, 2}, {4, 2}, {4, 4}, {2, 4}, {2, 3}}}, 96.0);
    }

    void degenerateInputGivesNothing()
    {
        QVERIFY(triangulation::triangulate({}).isEmpty());
        QVERIFY(triangulation::triangulate({{{0, 0}, {1, 1}}}).isEmpty());
        QVERIFY(triangulation::triangulate({{{0, 0}, {1, 1}, {2, 2}, {3, 3}}}).isEmpty());
        QVERIFY(triangulation::triangulate({{{1, 1}, {1, 1}, {1, 1}}}).isEmpty());
    }

    void worldCoordinatesKeepPrecision()
    {
        // A 1 m square near Cà Mau in world coordinates (about 2.5e-8 world units a side).
        // The expected area comes from the same doubles (the analytic 0.75 s² differs by the rounding
        // of the input itself).
        const double s = 2.5e-8;
        const Rings rings{square(0.79, 0.47, s), square(0.79 + s / 4, 0.47 + s / 4, s / 2)};
        QVERIFY(std::abs(expectedArea(rings) - 0.75 * s * s) < 1e-6 * s * s);
        verifyCovers(rings, expectedArea(rings));
    }

    void shippedFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("provinces") << QStringLiteral(IOC_SOURCE_DIR "/resources/geo/vn_provinces34_2025.geojson");
        QTest::newRow("wards") << QStringLiteral(IOC_SOURCE_DIR "/resources/demo/ca_mau_wards_2025.geojson");
        QTest::newRow("lakes") << QStringLiteral(IOC_SOURCE_DIR "/resources/geo/ne10m_lakes_vnbox.geojson");
        QTest::newRow("land") << QStringLiteral(IOC_SOURCE_DIR "/resources/geo/ne10m_land_vnbox.geojson");
    }

    void shippedFiles()
    {
        QFETCH(QString, path);
        const VectorData data = GeoJsonReader::readFile(path);
        QVERIFY2(data.isValid(), qPrintable(data.error));
        QVERIFY2(data.problems.isEmpty(), qPrintable(data.problems.join(QLatin1Char('\n'))));
        int polygons = 0;
        for (const VectorFeature& feature : data.features) {
            for (const VectorPolygon& polygon : feature.polygons) {
                ++polygons;
                const QList<quint32> triangles = triangulation::triangulate(polygon.rings);
                const Check c = check(polygon.rings, triangles);
                const double expected = expectedArea(polygon.rings);
                QVERIFY(c.indicesInRange);
                QVERIFY2(std::abs(c.triangleArea - expected) <= 1e-9 * expected,
                         qPrintable(QStringLiteral("feature %1 polygon %2: triangles %3, polygon %4")
                                        .arg(feature.sourceIndex).arg(polygons)
                                        .arg(c.triangleArea, 0, 'g', 15).arg(expected, 0, 'g', 15)));
            }
        }
        QVERIFY(polygons > 0);
    }
};

QTEST_GUILESS_MAIN(TestTriangulation)
#include "tst_triangulation.moc"
