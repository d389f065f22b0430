// SPDX-License-Identifier: GPL-3.0-or-later
// TileLayer rendered for real (the software scene graph, offscreen) and grabbed: tile pixels appear,
// a tile the source lacks shows its nearest ancestor's pixels scaled up, errors keep the layer alive.
#include "geo/mapview.h"
#include "geo/tilelayer.h"
#include "geo/tileloader.h"
#include "geo/webmercator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace ioc;

static const QString kXyz = QStringLiteral(IOC_GEO_TEST_DATA "/xyz");
static const QString kSmallMbTiles = QStringLiteral(IOC_GEO_TEST_DATA "/relief_z0-3.mbtiles");

namespace {

QImage tileImage(const TileId& t)
{
    return QImage(QStringLiteral("%1/%2/%3/%4.png").arg(kXyz).arg(t.z).arg(t.x).arg(t.y)).convertToFormat(QImage::Format_RGB32);
}

// Mean absolute difference per channel between two same-sized images (0..255).
double meanDifference(const QImage& a, const QImage& b)
{
    if (a.size() != b.size() || a.isNull())
        return 255;
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * a.width() * a.height());
}

// The part of the ancestor tile that covers `tile`, scaled to 256 px.
QImage ancestorPart(const TileId& tile, const TileId& ancestor)
{
    const int levels = tile.z - ancestor.z;
    const int part = 256 >> levels;
    const QImage a = tileImage(ancestor);
    return a.copy((tile.x - (ancestor.x << levels)) * part, (tile.y - (ancestor.y << levels)) * part, part, part)
        .scaled(256, 256, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

class TestTileLayer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QQuickWindow> m_window;
    MapView* m_map = nullptr;
    TileLayer* m_layer = nullptr;

    // A 768x512 window at integer zoom 3 with tile 3/6/3 exactly at (256, 128)-(512, 384).
    void showAtTile363(const QString& source)
    {
        m_window = std::make_unique<QQuickWindow>();
        m_window->setColor(Qt::white);
        m_window->resize(768, 512);
        m_map = new MapView(m_window->contentItem());
        m_map->setSize(QSizeF(768, 512));
        m_map->setMinimumZoom(0);
        m_map->setViewport(MapViewport(QPointF(6.5 / 8.0, 3.5 / 8.0), 3, QSizeF(768, 512)));
        m_layer = new TileLayer(m_map);
        m_layer->setSource(source);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QImage grab(const QRect& rect) { return m_window->grabWindow().copy(rect).convertToFormat(QImage::Format_RGB32); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        m_window.reset();
        m_map = nullptr;
        m_layer = nullptr;
    }

    void drawsTilesAndAncestorsForMissingTiles_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("folder") << kXyz;
        QTest::newRow("mbtiles") << kSmallMbTiles;
    }

    void drawsTilesAndAncestorsForMissingTiles()
    {
        QFETCH(QString, source);
        showAtTile363(source);
        QTRY_VERIFY(m_layer->isReady());
        QCOMPARE(m_layer->error(), QString());
        QCOMPARE(m_layer->tileZoom(), 3);
        QCOMPARE(m_layer->sourceMaximumZoom(), 3);
        QVERIFY(m_layer->attribution().contains(QLatin1String("SRTM30")) || source == kXyz);
        // The tile itself, pixel for pixel.
        const double own = meanDifference(grab(QRect(256, 128, 256, 256)), tileImage(TileId{3, 6, 3}));
        QVERIFY2(own < 1.0, qPrintable(QString::number(own)));
        // 3/7/3 is not in the source: its parent 2/3/1's right-bottom quarter, scaled, takes its place.
        const QImage right = grab(QRect(512, 128, 256, 256));
        const double parent = meanDifference(right, ancestorPart(TileId{3, 7, 3}, TileId{2, 3, 1}));
        QVERIFY2(parent < 6.0, qPrintable(QString::number(parent)));
        // ... and that is not just any picture: the background and the wrong quarter differ.
        QImage white(256, 256, QImage::Format_RGB32);
        white.fill(Qt::white);
        QVERIFY(meanDifference(right, white) > 20.0);
        QVERIFY(meanDifference(right, ancestorPart(TileId{3, 6, 2}, TileId{2, 3, 1})) > parent + 5.0);
        // 3/5/3: neither it nor 2/2/1 exist; the grandparent 1/1/0 does.
        const double grand = meanDifference(grab(QRect(0, 128, 256, 256)), ancestorPart(TileId{3, 5, 3}, TileId{1, 1, 0}));
        QVERIFY2(grand < 6.0, qPrintable(QString::number(grand)));
        QCOMPARE(m_layer->loader()->state(TileId{3, 7, 3}), TileLoader::State::Missing);
    }

    void aboveTheMaximumZoomScalesTheDeepestTiles()
    {
        showAtTile363(kXyz);
        QTRY_VERIFY(m_layer->isReady());
        // Zoom 4 centred on the middle of 3/6/3: its four quarters fill 512x512 around the centre.
        m_map->setViewport(MapViewport(QPointF(6.5 / 8.0, 3.5 / 8.0), 4, QSizeF(768, 512)));
        QCOMPARE(m_layer->tileZoom(), 3);
        QTest::qWait(50);
        const QImage shown = grab(QRect(128, 0, 512, 512)).scaled(256, 256, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double d = meanDifference(shown, tileImage(TileId{3, 6, 3}));
        QVERIFY2(d < 6.0, qPrintable(QString::number(d)));
    }

    void missingFileIsAnErrorAndTheLayerLives()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.mbtiles"));
        showAtTile363(path);
        QTRY_VERIFY(!m_layer->error().isEmpty());
        QVERIFY2(m_layer->error().contains(path), qPrintable(m_layer->error()));
        QVERIFY(!m_layer->isReady());
        // Pointing it at a good source clears the error and draws.
        m_layer->setSource(kXyz);
        QTRY_VERIFY(m_layer->isReady());
        QCOMPARE(m_layer->error(), QString());
        QVERIFY(meanDifference(grab(QRect(256, 128, 256, 256)), tileImage(TileId{3, 6, 3})) < 1.0);
    }

    void corruptFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.mbtiles"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        showAtTile363(path);
        QTRY_VERIFY(!m_layer->error().isEmpty());
        QVERIFY2(m_layer->error().contains(path), qPrintable(m_layer->error()));
    }

    void undecodableTileIsAnErrorOnceAndTheRestDraws()
    {
        // A copy of the folder where 3/6/3 is garbage: the layer reports it and draws the parent there.
        QTemporaryDir dir;
        for (const char* t : {"0/0/0", "1/1/0", "2/3/1", "3/6/3"}) {
            const QString rel = QString::fromLatin1(t) + QStringLiteral(".png");
            QVERIFY(QDir(dir.path()).mkpath(QFileInfo(rel).path()));
            QVERIFY(QFile::copy(kXyz + QLatin1Char('/') + rel, dir.filePath(rel)));
        }
        QFile bad(dir.filePath(QStringLiteral("3/6/3.png")));
        QVERIFY(bad.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bad.write("not a png");
        bad.close();
        showAtTile363(dir.path());
        QSignalSpy errors(m_layer, &MapLayer::errorChanged);
        QTRY_VERIFY(!m_layer->error().isEmpty());
        QVERIFY2(m_layer->error().contains(QLatin1String("not a decodable image")), qPrintable(m_layer->error()));
        QTRY_VERIFY(m_layer->isReady());
        const double d = meanDifference(grab(QRect(256, 128, 256, 256)), ancestorPart(TileId{3, 6, 3}, TileId{2, 3, 1}));
        QVERIFY2(d < 6.0, qPrintable(QString::number(d)));
        // Panning around (many frames) neither asks for it again nor reports it again.
        const int reported = errors.size();
        for (int i = 0; i < 10; ++i) {
            m_map->setViewport(m_map->viewport().pannedBy(QPointF(i % 2 ? 5 : -5, 0)));
            QTest::qWait(10);
        }
        QCOMPARE(errors.size(), reported);
        QCOMPARE(m_layer->loader()->state(TileId{3, 6, 3}), TileLoader::State::Failed);
    }
};

QTEST_MAIN(TestTileLayer)
#include "tst_tilelayer.moc"
