// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under xvfb-run with the OpenGL (RHI) scene graph: the rendering checks read real pixels.
#include "geo/internal/vectorlabels.h"
#include "geo/internal/vectormesh.h"
#include "geo/mapview.h"
#include "geo/triangulation.h"
#include "geo/vectorlayer.h"
#include "geo/webmercator.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ioc;

namespace {

const QString kSource = QStringLiteral(IOC_SOURCE_DIR);
const QString kWards = kSource + QStringLiteral("/resources/demo/ca_mau_wards_2025.geojson");
const QString kData = kSource + QStringLiteral("/tests/data/geo/vector/");

struct Scene {
    QQuickWindow window;
    MapView* map = nullptr;
    VectorLayer* layer = nullptr;

    Scene()
    {
        window.resize(800, 600);
        map = new MapView(window.contentItem());
        map->setSize(QSizeF(800, 600));
        map->setMinimumZoom(0);
        layer = new VectorLayer(map);
    }
};

// A point well inside the feature: the centroid of the triangle (of its triangulation) whose
// centroid is farthest from every edge of the feature, with that distance in world units.
QPointF deepInside(const VectorFeature& feature, double* clearance = nullptr)
{
    QPointF best;
    double bestDistance = -1;
    for (const VectorPolygon& polygon : feature.polygons) {
        QList<QPointF> all;
        for (const auto& ring : polygon.rings)
            all += ring;
        const QList<quint32> t = triangulation::triangulate(polygon.rings);
        for (qsizetype i = 0; i + 2 < t.size(); i += 3) {
            const QPointF c = (all[t[i]] + all[t[i + 1]] + all[t[i + 2]]) / 3.0;
            double d = std::numeric_limits<double>::max();
            for (const VectorPolygon& p : feature.polygons) {
                for (const auto& ring : p.rings) {
                    for (qsizetype k = 0; k < ring.size(); ++k)
                        d = std::min(d, internal::distanceToSegment(c, ring[k], ring[(k + 1) % ring.size()]));
                }
            }
            if (d > bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
    }
    if (clearance)
        *clearance = bestDistance;
    return best;
}

bool near(QRgb pixel, QColor expected, int tolerance = 8)
{
    return qAbs(qRed(pixel) - expected.red()) <= tolerance && qAbs(qGreen(pixel) - expected.green()) <= tolerance
        && qAbs(qBlue(pixel) - expected.blue()) <= tolerance;
}

QString describe(QRgb pixel)
{
    return QColor(pixel).name();
}

} // namespace

class TestVectorLayer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const int id = QFontDatabase::addApplicationFont(kSource + QStringLiteral("/resources/fonts/NotoSans-Regular.ttf"));
        QVERIFY(id >= 0);
        QFont font(QFontDatabase::applicationFontFamilies(id).first());
        font.setPixelSize(13);
        QGuiApplication::setFont(font);
    }

    void loadsTheWardsOffTheGuiThread()
    {
        Scene s;
        QSignalSpy loaded(s.layer, &VectorLayer::dataChanged);
        s.layer->setSource(kWards);
        QVERIFY(s.layer->isLoading());
        QCOMPARE(s.layer->featureCount(), 0); // nothing until the worker hands the result back
        QVERIFY(loaded.wait(10000));
        QVERIFY(!s.layer->isLoading());
        QVERIFY(s.layer->isReady());
        QCOMPARE(s.layer->featureCount(), 64);
        QVERIFY(s.layer->error().isEmpty());
        QCOMPARE(s.layer->loadCount(), 1);
        const QGeoRectangle b = s.layer->bounds();
        QVERIFY(b.contains(QGeoCoordinate(9.18, 105.15)));
        QVERIFY(!b.contains(QGeoCoordinate(10.8, 106.7)));
        // A resource path works the same (qrc: mapped onto :/); here a missing one is an error.
        s.layer->setSource(QStringLiteral("qrc:/nowhere.geojson"));
        QTRY_VERIFY(!s.layer->error().isEmpty());
        QVERIFY2(s.layer->error().contains(QStringLiteral("cannot read qrc:/nowhere.geojson")), qPrintable(s.layer->error()));
        QCOMPARE(s.layer->featureCount(), 64);
    }

    void featureAtPicksTheWardUnderThePoint()
    {
        Scene s;
        s.layer->setSource(kWards);
        QTRY_VERIFY(s.layer->isReady());
        s.map->fitRegion(s.layer->bounds(), 10);
        const VectorData& data = s.layer->data();
        for (const VectorFeature& ward : data.features) {
            const QPointF screen = s.map->viewport().worldToScreen(deepInside(ward));
            const QVariantMap picked = s.layer->featureAt(screen);
            QCOMPARE(picked.value(QStringLiteral("name")).toString(), ward.properties.value(QStringLiteral("name")).toString());
            QCOMPARE(picked.value(QStringLiteral("code")), ward.properties.value(QStringLiteral("code")));
        }
        // Out at sea west of the province, and far away on land.
        QVERIFY(s.layer->featureAt(s.map->coordinateToScreen(QGeoCoordinate(9.0, 104.3))).isEmpty());
        // boundsOf by the key property.
        s.layer->setKeyProperty(QStringLiteral("code"));
        const VectorFeature& first = data.features.first();
        const QGeoRectangle bounds = s.layer->boundsOf(first.properties.value(QStringLiteral("code")).toString());
        QVERIFY(bounds.isValid());
        QCOMPARE(bounds, first.geoBounds());
        QVERIFY(!s.layer->boundsOf(QStringLiteral("no such code")).isValid());
    }

    void featureAtHonoursHolesLinesAndPoints()
    {
        Scene s;
        s.layer->setSource(kData + QStringLiteral("all_types.geojson"));
        QTRY_VERIFY(s.layer->isReady());
        s.map->setViewport(MapViewport(webmercator::toWorld(9.0, 105.0), 8, QSizeF(800, 600)));
        auto kindAt = [&](double lat, double lon) {
            return s.layer->featureAt(s.map->coordinateToScreen(QGeoCoordinate(lat, lon))).value(QStringLiteral("kind")).toString();
        };
        QCOMPARE(kindAt(8.2, 104.2), QStringLiteral("Polygon"));
        QCOMPARE(kindAt(8.7, 104.7), QString()); // in the hole
        QCOMPARE(kindAt(9.7, 105.8), QStringLiteral("Polygon"));
        // A line wins over the polygon under it within a few pixels; a point too.
        const QPointF onLine = s.map->coordinateToScreen(QGeoCoordinate(9.25, 105.75)) + QPointF(2, 0);
        const QString line = s.layer->featureAt(onLine).value(QStringLiteral("kind")).toString();
        QVERIFY2(line == QStringLiteral("LineString") || line == QStringLiteral("MultiLineString"), qPrintable(line));
        const QPointF offLine = s.map->coordinateToScreen(QGeoCoordinate(9.25, 105.75)) + QPointF(12, 0);
        QCOMPARE(s.layer->featureAt(offLine).value(QStringLiteral("kind")).toString(), QStringLiteral("Polygon"));
        const QString point = s.layer->featureAt(s.map->coordinateToScreen(QGeoCoordinate(10.0, 106.0)) + QPointF(1, 1))
                                  .value(QStringLiteral("kind")).toString();
        QCOMPARE(point, QStringLiteral("MultiPoint"));
    }

    void featureColorsChangeWithoutReading()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("wards.geojson"));
        QVERIFY(QFile::copy(kWards, copy));
        Scene s;
        s.layer->setFillColor(QColor(0, 200, 0));
        s.layer->setKeyProperty(QStringLiteral("code"));
        s.layer->setSource(copy);
        QTRY_VERIFY(s.layer->isReady());
        QVERIFY(QFile::remove(copy)); // whatever follows cannot read the file again
        const VectorData& data = s.layer->data();
        const QString code0 = data.features[0].properties.value(QStringLiteral("code")).toString();
        const QString code5 = data.features[5].properties.value(QStringLiteral("code")).toString();
        QCOMPARE(s.layer->featureFillColor(0), QColor(0, 200, 0));

        s.layer->setFeatureColors({{code0, QColor(Qt::red)}, {code5, QStringLiteral("#0000ff")}});
        QCOMPARE(s.layer->featureFillColor(0), QColor(Qt::red));
        QCOMPARE(s.layer->featureFillColor(5), QColor(Qt::blue));
        QCOMPARE(s.layer->featureFillColor(1), QColor(0, 200, 0));

        // A choropleth by a property value; featureColors still win.
        const QString name1 = data.features[1].properties.value(QStringLiteral("name")).toString();
        const QString name0 = data.features[0].properties.value(QStringLiteral("name")).toString();
        s.layer->setColorProperty(QStringLiteral("name"));
        s.layer->setColorMap({{name1, QStringLiteral("orange")}, {name0, QStringLiteral("black")}});
        QCOMPARE(s.layer->featureFillColor(1), QColor(QStringLiteral("orange")));
        QCOMPARE(s.layer->featureFillColor(0), QColor(Qt::red));
        s.layer->setFeatureColors({});
        QCOMPARE(s.layer->featureFillColor(0), QColor(Qt::black));
        QCOMPARE(s.layer->featureFillColor(5), QColor(0, 200, 0));
        QTest::qWait(50);
        QCOMPARE(s.layer->loadCount(), 1);
        QVERIFY(s.layer->error().isEmpty());
    }

    void corruptFileKeepsTheFeatures()
    {
        QTemporaryDir dir;
        const QString corrupt = dir.filePath(QStringLiteral("corrupt.geojson"));
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QFile wards(kWards);
        QVERIFY(wards.open(QIODevice::ReadOnly));
        file.write(wards.read(5000)); // cut off in the middle
        file.close();

        Scene s;
        s.layer->setSource(kWards);
        QTRY_VERIFY(s.layer->isReady());
        s.map->fitRegion(s.layer->bounds(), 10);
        const VectorFeature ward = s.layer->data().features[3];
        const QPointF inside = s.map->viewport().worldToScreen(deepInside(ward));
        QSignalSpy errors(s.layer, &MapLayer::errorChanged);
        s.layer->setSource(corrupt);
        QTRY_COMPARE(s.layer->loadCount(), 2);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(s.layer->error().startsWith(corrupt + QStringLiteral(": not JSON: ")), qPrintable(s.layer->error()));
        QVERIFY2(s.layer->error().contains(QStringLiteral("at offset 5000")), qPrintable(s.layer->error()));
        QCOMPARE(s.layer->featureCount(), 64);
        QCOMPARE(s.layer->featureAt(inside).value(QStringLiteral("name")), ward.properties.value(QStringLiteral("name")));
        QVERIFY(s.layer->isReady());

        // Bad features: the good ones replace the data, the problems are the error.
        s.layer->setSource(kData + QStringLiteral("problems.geojson"));
        QTRY_COMPARE(s.layer->loadCount(), 3);
        QCOMPARE(s.layer->featureCount(), 2);
        QVERIFY2(s.layer->error().contains(QStringLiteral(": 11 features left out: feature 1: the Polygon has no")),
                 qPrintable(s.layer->error()));
        QVERIFY2(s.layer->error().contains(QStringLiteral("and 8 more")), qPrintable(s.layer->error()));

        // A good file clears the error.
        s.layer->setSource(kWards);
        QTRY_COMPARE(s.layer->loadCount(), 4);
        QVERIFY(s.layer->error().isEmpty());
        QCOMPARE(s.layer->featureCount(), 64);
    }

    void labelAtlasDrawsVietnamese()
    {
        const QFont font = QGuiApplication::font();
        QCOMPARE(QFontInfo(font).family(), QStringLiteral("Noto Sans"));
        const QStringList texts = {QStringLiteral("Ca Mau"), QStringLiteral("Cà Mau"), QStringLiteral("Cá Mau"),
                                   QString(), QStringLiteral("Ca Mau")};
        const internal::LabelAtlas atlas = internal::renderLabelAtlas(texts, font, Qt::black, Qt::white, 1.0);
        QCOMPARE(atlas.sources.size(), size_t(5));
        QVERIFY(atlas.sources[3].isEmpty());
        auto label = [&](int i) { return atlas.image.copy(atlas.sources[size_t(i)].toRect()); };
        QCOMPARE(label(0), label(4)); // same text, same pixels: the comparison below means something
        QVERIFY(label(0) != label(1));
        QVERIFY(label(1) != label(2)); // grave and acute accents differ
        // The accent adds ink above the 'a' (the upper third of the label's glyph area).
        auto ink = [&](const QImage& image) {
            int n = 0;
            for (int y = 0; y < image.height() / 3 + 2; ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += qAlpha(image.pixel(x, y)) > 200 && qGray(image.pixel(x, y)) < 60;
            return n;
        };
        QVERIFY2(ink(label(1)) > ink(label(0)), qPrintable(QStringLiteral("%1 vs %2").arg(ink(label(1))).arg(ink(label(0)))));
    }

    void rendersFillsStrokesAndLabels()
    {
        Scene s;
        const QColor green(0, 200, 0), red(220, 0, 0), blue(0, 0, 255);
        s.layer->setFillColor(green);
        s.layer->setStrokeColor(blue);
        s.layer->setStrokeWidth(3);
        s.layer->setKeyProperty(QStringLiteral("code"));
        s.window.setColor(Qt::white);
        s.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.window));
        QCOMPARE(s.window.rendererInterface()->graphicsApi(), QSGRendererInterface::OpenGL);
        s.layer->setSource(kWards);
        QTRY_VERIFY(s.layer->isReady());
        s.map->fitRegion(s.layer->bounds(), 10);
        const VectorData& data = s.layer->data();
        // The largest ward in red.
        int largest = 0;
        for (int i = 0; i < data.features.size(); ++i) {
            if (data.features[i].bounds.width() * data.features[i].bounds.height()
                > data.features[largest].bounds.width() * data.features[largest].bounds.height())
                largest = i;
        }
        const VectorFeature& ward = data.features[largest];
        s.layer->setFeatureColors({{ward.properties.value(QStringLiteral("code")).toString(), red}});
        double clearance = 0;
        const QPoint inRed = s.map->viewport().worldToScreen(deepInside(ward, &clearance)).toPoint();
        QVERIFY(clearance * s.map->viewport().scale() > 6);
        const int other = largest == 0 ? 1 : 0;
        const QPoint inGreen = s.map->viewport().worldToScreen(deepInside(data.features[other])).toPoint();
        // A boundary point: the middle of the red ward's longest outer edge on screen.
        const auto& ring = ward.polygons.first().rings.first();
        QPointF edgeMiddle;
        double longest = 0;
        for (qsizetype k = 0; k < ring.size(); ++k) {
            const QPointF a = s.map->viewport().worldToScreen(ring[k]);
            const QPointF b = s.map->viewport().worldToScreen(ring[(k + 1) % ring.size()]);
            if (QLineF(a, b).length() > longest) {
                longest = QLineF(a, b).length();
                edgeMiddle = (a + b) / 2;
            }
        }
        QVERIFY(longest > 8);

        QImage image;
        QTRY_VERIFY_WITH_TIMEOUT((image = s.window.grabWindow(), near(image.pixel(inRed), red)), 5000);
        QVERIFY2(near(image.pixel(inGreen), green), qPrintable(describe(image.pixel(inGreen))));
        QVERIFY2(near(image.pixel(edgeMiddle.toPoint()), blue), qPrintable(describe(image.pixel(edgeMiddle.toPoint()))));
        QVERIFY(near(image.pixel(5, 5), Qt::white)); // outside the province: the window's colour

        // Colours change without a reload; panning moves the picture by as much.
        s.layer->setFeatureColors({});
        QTRY_VERIFY_WITH_TIMEOUT((image = s.window.grabWindow(), near(image.pixel(inRed), green)), 5000);
        s.map->setViewport(s.map->viewport().pannedBy(QPointF(37, -21)));
        QTRY_VERIFY_WITH_TIMEOUT((image = s.window.grabWindow(),
                                  near(image.pixel(edgeMiddle.toPoint() + QPoint(37, -21)), blue)), 5000);
        QVERIFY(near(image.pixel(inRed + QPoint(37, -21)), green));
        QCOMPARE(s.layer->loadCount(), 1);

        // Labels: the largest ward's name is drawn at its label point in the label colour.
        s.layer->setLabelColor(Qt::black);
        s.layer->setLabelProperty(QStringLiteral("name"));
        const QPointF anchor = s.map->viewport().worldToScreen(internal::labelAnchor(ward).world);
        auto darkPixels = [&](const QImage& img) {
            int n = 0;
            for (int y = int(anchor.y()) - 8; y <= int(anchor.y()) + 8; ++y)
                for (int x = int(anchor.x()) - 20; x <= int(anchor.x()) + 20; ++x)
                    n += near(img.pixel(x, y), Qt::black, 60);
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(darkPixels(s.window.grabWindow()) > 20, 5000);
        // To look at what was checked: IOC_VECTOR_SCREENSHOT=/path/to.png
        if (qEnvironmentVariableIsSet("IOC_VECTOR_SCREENSHOT"))
            s.window.grabWindow().save(qEnvironmentVariable("IOC_VECTOR_SCREENSHOT"));
        s.layer->setMinimumLabelZoom(s.map->zoom() + 1);
        QTRY_COMPARE_WITH_TIMEOUT(darkPixels(s.window.grabWindow()), 0, 5000);
    }
};

QTEST_MAIN(TestVectorLayer)
#include "tst_vectorlayer.moc"
