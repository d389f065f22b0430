// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geojsonreader.h"
#include "geo/webmercator.h"

#include <QFile>
#include <QTest>

using namespace ioc;

namespace {

const QString kSource = QStringLiteral(IOC_SOURCE_DIR);
const QString kData = kSource + QStringLiteral("/tests/data/geo/vector/");

const VectorFeature* byName(const VectorData& data, const QString& name)
{
    for (const VectorFeature& f : data.features) {
        if (f.properties.value(QStringLiteral("name")).toString() == name)
            return &f;
    }
    return nullptr;
}

// Whether any polygon of the feature has a vertex within `degrees` of the coordinate.
bool reaches(const VectorFeature& feature, double latitude, double longitude, double degrees)
{
    for (const VectorPolygon& polygon : feature.polygons) {
        for (const auto& ring : polygon.rings) {
            for (QPointF p : ring) {
                const QGeoCoordinate c = webmercator::toCoordinate(p);
                if (qAbs(c.latitude() - latitude) < degrees && qAbs(c.longitude() - longitude) < degrees)
                    return true;
            }
        }
    }
    return false;
}

} // namespace

class TestGeoJsonReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void provincesFile()
    {
        const VectorData data = GeoJsonReader::readFile(kSource + QStringLiteral("/resources/geo/vn_provinces34_2025.geojson"));
        QVERIFY2(data.isValid(), qPrintable(data.error));
        QVERIFY2(data.problems.isEmpty(), qPrintable(data.problems.join(QLatin1Char('\n'))));
        QCOMPARE(data.features.size(), 34);
        QVERIFY(data.vertexCount() > 30000);
        for (int i = 0; i < data.features.size(); ++i) {
            QCOMPARE(data.features[i].sourceIndex, i);
            QVERIFY(!data.features[i].polygons.isEmpty());
            QVERIFY(!data.features[i].properties.value(QStringLiteral("name")).toString().isEmpty());
        }
        const VectorFeature* caMau = byName(data, QStringLiteral("Cà Mau"));
        QVERIFY(caMau);
        QCOMPARE(caMau->properties.value(QStringLiteral("code")).toString(), QStringLiteral("96"));
        QVERIFY(byName(data, QStringLiteral("Thành phố Hồ Chí Minh")) || byName(data, QStringLiteral("Hồ Chí Minh")));
        // Hoàng Sa belongs to Đà Nẵng, Trường Sa to Khánh Hòa.
        const VectorFeature* daNang = byName(data, QStringLiteral("Đà Nẵng"));
        const VectorFeature* khanhHoa = byName(data, QStringLiteral("Khánh Hoà")); // the file writes "oà"
        QVERIFY(daNang);
        QVERIFY(khanhHoa);
        QVERIFY(daNang->polygons.size() > 1);
        QVERIFY(khanhHoa->polygons.size() > 1);
        QVERIFY(reaches(*daNang, 16.5, 111.6, 0.6));
        QVERIFY(reaches(*khanhHoa, 8.6, 111.9, 0.6));
        QVERIFY(!reaches(*daNang, 8.6, 111.9, 1.5));
        // Bounds in geographic terms cover the country and both archipelagos.
        const QGeoRectangle bounds = data.geoBounds();
        QVERIFY(bounds.topLeft().latitude() > 23.0 && bounds.topLeft().latitude() < 24.0);
        QVERIFY(bounds.bottomRight().longitude() > 111.5);
        QVERIFY(bounds.bottomRight().latitude() < 8.7);
    }

    void wardsFile()
    {
        const VectorData data = GeoJsonReader::readFile(kSource + QStringLiteral("/resources/demo/ca_mau_wards_2025.geojson"));
        QVERIFY2(data.isValid(), qPrintable(data.error));
        QVERIFY(data.problems.isEmpty());
        QCOMPARE(data.features.size(), 64);
        QStringList names;
        for (const VectorFeature& f : data.features)
            names.append(f.properties.value(QStringLiteral("name")).toString());
        names.removeDuplicates();
        QCOMPARE(names.size(), 64);
        // Names with Vietnamese diacritics come through intact (UTF-8, precomposed).
        QVERIFY(names.contains(QStringLiteral("Cà Mau")) || names.contains(QStringLiteral("An Xuyên")));
        bool diacritics = false;
        for (const QString& n : names)
            diacritics = diacritics || n.contains(QChar(0x1EA1)) || n.contains(QChar(0x01B0)) || n.contains(QChar(0x00E0));
        QVERIFY(diacritics);
        // Every ward lies inside Cà Mau's box.
        const QGeoRectangle box(QGeoCoordinate(9.7, 104.4), QGeoCoordinate(8.3, 105.9));
        QVERIFY(box.contains(data.geoBounds().topLeft()));
        QVERIFY(box.contains(data.geoBounds().bottomRight()));
    }

    void shippedLinesAndPolygons_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("features");
        QTest::newRow("coastline") << QStringLiteral("ne10m_coastline_vnbox.geojson") << 97;
        QTest::newRow("rivers") << QStringLiteral("ne10m_rivers_vnbox.geojson") << 41;
        QTest::newRow("borders") << QStringLiteral("ne10m_country_borders_vnbox.geojson") << 14;
        QTest::newRow("lakes") << QStringLiteral("ne10m_lakes_vnbox.geojson") << 5;
        QTest::newRow("land") << QStringLiteral("ne10m_land_vnbox.geojson") << 6;
    }

    void shippedLinesAndPolygons()
    {
        QFETCH(QString, file);
        QFETCH(int, features);
        const VectorData data = GeoJsonReader::readFile(kSource + QStringLiteral("/resources/geo/") + file);
        QVERIFY2(data.isValid(), qPrintable(data.error));
        QVERIFY2(data.problems.isEmpty(), qPrintable(data.problems.join(QLatin1Char('\n'))));
        QCOMPARE(data.features.size(), features);
    }

    void everyGeometryType()
    {
        const VectorData data = GeoJsonReader::readFile(kData + QStringLiteral("all_types.geojson"));
        QVERIFY2(data.isValid(), qPrintable(data.error));
        QVERIFY2(data.problems.isEmpty(), qPrintable(data.problems.join(QLatin1Char('\n'))));
        QCOMPARE(data.features.size(), 8);
        const auto& f = data.features;
        QCOMPARE(f[0].points.size(), 1); // the altitude is ignored
        QCOMPARE(f[0].points[0], webmercator::toWorld(9.0, 105.0));
        QCOMPARE(f[0].bounds.size(), QSizeF(0, 0));
        QCOMPARE(f[1].points.size(), 3);
        QCOMPARE(f[2].lines.size(), 1);
        QCOMPARE(f[2].lines[0].size(), 3); // the repeated position is dropped
        QCOMPARE(f[3].lines.size(), 2);
        QCOMPARE(f[3].lines[1].size(), 3);
        QCOMPARE(f[4].polygons.size(), 1);
        QCOMPARE(f[4].polygons[0].rings.size(), 2); // outer and hole
        QCOMPARE(f[4].polygons[0].rings[0].size(), 4); // open: no closing position
        QCOMPARE(f[5].polygons.size(), 2);
        QCOMPARE(f[5].polygons[1].rings.size(), 2);
        QCOMPARE(f[6].points.size(), 1);
        QCOMPARE(f[6].lines.size(), 1);
        QCOMPARE(f[6].polygons.size(), 1);
        QVERIFY(!f[7].hasGeometry());
        QCOMPARE(f[7].id.toInt(), 42);
        QCOMPARE(f[7].properties.value(QStringLiteral("tên")).toString(), QStringLiteral("Cà Mau"));
        // Feature bounds, in world coordinates (y south).
        QCOMPARE(f[4].bounds.topLeft(), webmercator::toWorld(10.0, 104.0));
        QCOMPARE(f[4].bounds.bottomRight(), webmercator::toWorld(8.0, 106.0));
        QCOMPARE(data.bounds.left(), webmercator::toWorld(0, 100.0).x());
        QCOMPARE(data.bounds.top(), webmercator::toWorld(15.0, 0).y());
    }

    void singleFeatureAndBareGeometry()
    {
        const VectorData feature = GeoJsonReader::read(
            R"({"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Point","coordinates":[105,9]}})");
        QVERIFY(feature.isValid());
        QCOMPARE(feature.features.size(), 1);
        QCOMPARE(feature.features[0].properties.value(QStringLiteral("name")).toString(), QStringLiteral("x"));
        const VectorData bare = GeoJsonReader::read(R"({"type":"LineString","coordinates":[[105,9],[106,10]]})");
        QVERIFY(bare.isValid());
        QCOMPARE(bare.features.size(), 1);
        QCOMPARE(bare.features[0].lines.size(), 1);
        QVERIFY(bare.features[0].properties.isEmpty());
        const VectorData empty = GeoJsonReader::read(R"({"type":"FeatureCollection","features":[]})");
        QVERIFY(empty.isValid());
        QVERIFY(empty.features.isEmpty());
        QVERIFY(!empty.geoBounds().isValid());
    }

    void notJsonNamesTheOffset()
    {
        QFile file(kData + QStringLiteral("not_json.geojson"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const VectorData data = GeoJsonReader::read(bytes);
        QVERIFY(!data.isValid());
        QVERIFY(data.features.isEmpty());
        const qsizetype offset = bytes.indexOf("\"geometry\": null");
        QVERIFY(offset > 0);
        QVERIFY2(data.error.startsWith(QStringLiteral("not JSON: ")), qPrintable(data.error));
        // Qt reports the offset where it noticed the missing comma: at or just before the next member.
        const qsizetype at = data.error.lastIndexOf(QStringLiteral("at offset "));
        QVERIFY2(at > 0, qPrintable(data.error));
        const int reported = data.error.mid(at + 10).toInt();
        QVERIFY2(reported > offset - 4 && reported <= offset + 2, qPrintable(data.error));
    }

    void notGeoJsonIsRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QFile file(kData + QStringLiteral("wrong_type.geojson"));
        file.open(QIODevice::ReadOnly);
        QTest::newRow("Topology") << file.readAll() << QStringLiteral("not GeoJSON: unknown type \"Topology\"");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("not GeoJSON: the document is not a JSON object");
        QTest::newRow("no type") << QByteArray("{\"features\": []}") << QStringLiteral("not GeoJSON: the object has no \"type\"");
        QTest::newRow("no features")
            << QByteArray("{\"type\": \"FeatureCollection\"}")
            << QStringLiteral("not GeoJSON: a FeatureCollection needs a \"features\" array");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON: ");
    }

    void notGeoJsonIsRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const VectorData data = GeoJsonReader::read(json);
        QVERIFY(!data.isValid());
        QVERIFY(data.features.isEmpty());
        QVERIFY2(data.error.startsWith(message), qPrintable(data.error));
    }

    void missingFileIsAnError()
    {
        const VectorData data = GeoJsonReader::readFile(QStringLiteral("/nonexistent/x.geojson"));
        QVERIFY(!data.isValid());
        QVERIFY2(data.error.startsWith(QStringLiteral("cannot read /nonexistent/x.geojson")), qPrintable(data.error));
    }

    void sourcesAsUrlsAndResources()
    {
        QCOMPARE(GeoJsonReader::filePath(QStringLiteral("qrc:/geo/a.geojson")), QStringLiteral(":/geo/a.geojson"));
        QCOMPARE(GeoJsonReader::filePath(QStringLiteral(":/geo/a.geojson")), QStringLiteral(":/geo/a.geojson"));
        QCOMPARE(GeoJsonReader::filePath(QStringLiteral("file:///tmp/a.geojson")), QStringLiteral("/tmp/a.geojson"));
        const VectorData data = GeoJsonReader::readFile(QStringLiteral("file://") + kData + QStringLiteral("all_types.geojson"));
        QCOMPARE(data.features.size(), 8);
    }

    void badFeaturesAreNamedAndTheOthersKept()
    {
        const VectorData data = GeoJsonReader::readFile(kData + QStringLiteral("problems.geojson"));
        QVERIFY2(data.isValid(), qPrintable(data.error));
        QCOMPARE(data.features.size(), 2);
        QCOMPARE(data.features[0].id.toString(), QStringLiteral("ok-0"));
        QCOMPARE(data.features[0].sourceIndex, 0);
        QCOMPARE(data.features[1].id.toString(), QStringLiteral("ok-7"));
        QCOMPARE(data.features[1].sourceIndex, 7);
        const QStringList expected = {
            QStringLiteral("feature 1: the Polygon has no \"coordinates\" array"),
            QStringLiteral("feature 2: ring 0 has 3 positions; a closed ring needs at least 4"),
            QStringLiteral("feature 3: ring 0 is not closed: its first and last positions differ"),
            QStringLiteral("feature 4: latitude 95.2 out of range in the line"),
            QStringLiteral("feature 5: ring 1 intersects itself"),
            QStringLiteral("feature 6: wrong nesting in ring 0: a ring must be an array of positions, not one position"),
            QStringLiteral("feature 8: wrong nesting: a FeatureCollection holds Features, not \"Polygon\""),
            QStringLiteral("feature 9: ring 0 of polygon 1 has 3 positions; a closed ring needs at least 4"),
            QStringLiteral("feature 10: longitude 190.5 out of range in point 1"),
            QStringLiteral("feature 11: unknown geometry type \"Circle\""),
            QStringLiteral("feature 12: the point: a position needs a longitude and a latitude (numbers)"),
        };
        QCOMPARE(data.problems, expected);
        // The bounds are those of the kept features only.
        QCOMPARE(data.bounds.left(), webmercator::toWorld(9.0, 105.0).x());
        QCOMPARE(data.bounds.right(), webmercator::toWorld(9.0, 105.3).x());
    }

    void selfIntersectionOnABigRing()
    {
        // A 20,000-vertex circle is simple; moving one vertex across the ring makes it cross itself.
        QByteArray ring;
        const int n = 20000;
        for (int i = 0; i <= n; ++i) {
            const double a = 2 * M_PI * (i % n) / n;
            double lon = 105 + std::cos(a), lat = 9 + std::sin(a);
            if (i == 12345)
                lon += 1.6; // pulled across the circle, out through its eastern side
            ring += (i ? "," : "") + QByteArray("[") + QByteArray::number(lon, 'f', 9) + ','
                + QByteArray::number(lat, 'f', 9) + ']';
        }
        const QByteArray bad = R"({"type":"Polygon","coordinates":[[)" + ring + "]]}";
        const VectorData data = GeoJsonReader::read(bad);
        QCOMPARE(data.problems, QStringList{QStringLiteral("feature 0: ring 0 intersects itself")});
        QByteArray good = bad;
        good.replace(QByteArray::number(105 + std::cos(2 * M_PI * 12345 / n) + 1.6, 'f', 9),
                     QByteArray::number(105 + std::cos(2 * M_PI * 12345 / n), 'f', 9));
        QVERIFY(good != bad);
        const VectorData fixed = GeoJsonReader::read(good);
        QVERIFY2(fixed.problems.isEmpty(), qPrintable(fixed.problems.join(QLatin1Char('\n'))));
        QCOMPARE(fixed.features.size(), 1);
    }

    void touchingRingsAreNotCrossings()
    {
        // A ring that touches itself at a vertex (a figure of eight pinched at one point is accepted as
        // clipped data has it); a hole touching the outer ring too.
        const VectorData data = GeoJsonReader::read(R"({"type":"Polygon","coordinates":[
            [[0,0],[2,0],[2,1],[1,0],[1,2],[0,2],[0,0]],
            [[0,1.5],[0.5,1.5],[0.5,1.8],[0,1.5]]]})");
        QVERIFY2(data.problems.isEmpty(), qPrintable(data.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestGeoJsonReader)
#include "tst_geojsonreader.moc"
