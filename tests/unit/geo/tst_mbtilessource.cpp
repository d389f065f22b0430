// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/mbtilessource.h"
#include "geo/tilesource.h"
#include "geo/webmercator.h"

#include <QFile>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace ioc;

// The shipped basemap (resources/basemap) and the XYZ copy of its z0-3 tiles (tests/data/geo/xyz).
static const QString kBasemap = QStringLiteral(IOC_BASEMAP_MBTILES);
static const QString kXyz = QStringLiteral(IOC_GEO_TEST_DATA "/xyz");

class TestMbTilesSource : public QObject {
    Q_OBJECT

private:
    static QList<TileId> tilesInBounds(int z)
    {
        // The basemap covers 100-118.5E, 5-24.5N; every tile of that box is in the file.
        const TileId a = webmercator::tileAt(24.5, 100.0, z);
        const TileId b = webmercator::tileAt(5.0, 118.5, z);
        QList<TileId> tiles;
        for (int x = a.x; x <= b.x; ++x)
            for (int y = a.y; y <= b.y; ++y)
                tiles.append(TileId{z, x, y});
        return tiles;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void metadata()
    {
        MbTilesSource source(kBasemap);
        QVERIFY2(source.isValid(), qPrintable(source.errorString()));
        QCOMPARE(source.info().name, QStringLiteral("Vietnam relief (SRTM30 via Marble, NE 10m land mask)"));
        QCOMPARE(source.info().minimumZoom, 0);
        QCOMPARE(source.info().maximumZoom, 7);
        QCOMPARE(source.info().format, QStringLiteral("png"));
        QVERIFY(source.info().attribution.contains(QLatin1String("NASA SRTM30")));
        const QGeoRectangle bounds = source.info().bounds;
        QVERIFY(bounds.isValid());
        QCOMPARE(bounds.topLeft(), QGeoCoordinate(24.5, 100.0));
        QCOMPARE(bounds.bottomRight(), QGeoCoordinate(5.0, 118.5));
    }

    void tilesAreFlippedFromTms()
    {
        MbTilesSource source(kBasemap);
        QVERIFY(source.isValid());
        // The XYZ folder holds the same tiles in XYZ order: byte-identical for the same z/x/y.
        int compared = 0;
        for (int z = 0; z <= 3; ++z) {
            for (const TileId& tile : tilesInBounds(z)) {
                QFile file(QStringLiteral("%1/%2/%3/%4.png").arg(kXyz).arg(z).arg(tile.x).arg(tile.y));
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                const TileFetch fetched = source.fetch(tile);
                QCOMPARE(fetched.status, TileFetch::Status::Data);
                QCOMPARE(fetched.data, file.readAll());
                ++compared;
            }
        }
        QCOMPARE(compared, 4);
        // Row 1 at z2 is stored as TMS row 2: asking for XYZ row 2 finds nothing there.
        QCOMPARE(source.fetch(TileId{2, 3, 1}).status, TileFetch::Status::Data);
        QCOMPARE(source.fetch(TileId{2, 3, 2}).status, TileFetch::Status::Absent);
    }

    void everyTileDecodesTo256Pixels()
    {
        MbTilesSource source(kBasemap);
        QVERIFY(source.isValid());
        int count = 0;
        for (int z = 0; z <= 7; ++z) {
            for (const TileId& tile : tilesInBounds(z)) {
                const TileFetch fetched = source.fetch(tile);
                QCOMPARE(fetched.status, TileFetch::Status::Data);
                const QImage image = QImage::fromData(fetched.data, "PNG");
                QCOMPARE(image.size(), QSize(256, 256));
                ++count;
            }
        }
        QCOMPARE(count, 106);
        // Cà Mau at z7 has land: not a single colour.
        const QImage camau = QImage::fromData(source.fetch(webmercator::tileAt(9.18, 105.15, 7)).data);
        QVERIFY(camau.pixel(10, 10) != camau.pixel(200, 200) || camau.pixel(128, 128) != camau.pixel(10, 245));
    }

    void outsideTheDataIsAbsent()
    {
        MbTilesSource source(kBasemap);
        QCOMPARE(source.fetch(TileId{7, 0, 0}).status, TileFetch::Status::Absent);
        QCOMPARE(source.fetch(TileId{8, 200, 120}).status, TileFetch::Status::Absent);
        QCOMPARE(source.fetch(TileId{2, 9, 9}).status, TileFetch::Status::Absent); // not a tile
    }

    void fetchFromManyThreads()
    {
        MbTilesSource source(kBasemap);
        QList<TileId> all;
        for (int z = 0; z <= 7; ++z)
            all += tilesInBounds(z);
        all += all; // every tile twice, on several threads at once
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        const QList<int> sizes = QtConcurrent::blockingMapped<QList<int>>(&pool, all, [&source](const TileId& t) {
            const TileFetch f = source.fetch(t);
            return f.status == TileFetch::Status::Data ? int(f.data.size()) : -1;
        });
        QCOMPARE(sizes.size(), 212);
        QVERIFY(!sizes.contains(-1));
        QCOMPARE(sizes.first(), int(source.fetch(all.first()).data.size()));
    }

    void connectionsCloseWithTheSource()
    {
        const auto ours = [] {
            QStringList names = QSqlDatabase::connectionNames();
            names.removeIf([](const QString& n) { return !n.startsWith(QLatin1String("ioc_mbtiles_")); });
            return names;
        };
        const QStringList before = ours();
        {
            MbTilesSource source(kBasemap);
            source.fetch(TileId{0, 0, 0});
            std::unique_ptr<QThread> thread(QThread::create([&source] { source.fetch(TileId{0, 0, 0}); }));
            thread->start();
            QVERIFY(thread->wait(5000));
            QCOMPARE(ours().size(), before.size() + 2); // this thread's and the other's
        }
        QCOMPARE(ours(), before);
    }

    void resourceIsCopiedToTheCache()
    {
        MbTilesSource source(QStringLiteral(":/test/relief_z0-3.mbtiles"));
        QVERIFY2(source.isValid(), qPrintable(source.errorString()));
        QVERIFY(source.databasePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
        QCOMPARE(source.info().maximumZoom, 3);
        QFile xyz(kXyz + QStringLiteral("/3/6/3.png"));
        QVERIFY(xyz.open(QIODevice::ReadOnly));
        QCOMPARE(source.fetch(TileId{3, 6, 3}).data, xyz.readAll());
        // The same through the factory and a qrc: URL.
        auto viaFactory = makeTileSource(QStringLiteral("qrc:/test/relief_z0-3.mbtiles"));
        QVERIFY(viaFactory->isValid());
        QCOMPARE(viaFactory->fetch(TileId{0, 0, 0}).status, TileFetch::Status::Data);
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nowhere.mbtiles"));
        MbTilesSource source(path);
        QVERIFY(!source.isValid());
        QVERIFY2(source.errorString().contains(path), qPrintable(source.errorString()));
        QVERIFY(source.errorString().contains(QLatin1String("does not exist")));
        const TileFetch f = source.fetch(TileId{0, 0, 0});
        QCOMPARE(f.status, TileFetch::Status::Error);
        QVERIFY(f.error.contains(path));
        MbTilesSource resource(QStringLiteral(":/test/none.mbtiles"));
        QVERIFY(!resource.isValid());
        QVERIFY(resource.errorString().contains(QLatin1String(":/test/none.mbtiles")));
    }

    void garbageFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.mbtiles"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        MbTilesSource source(path);
        QVERIFY(!source.isValid());
        QVERIFY2(source.errorString().contains(path), qPrintable(source.errorString()));
        QCOMPARE(source.fetch(TileId{0, 0, 0}).status, TileFetch::Status::Error);
    }

    void truncatedFile()
    {
        // The first pages of a real MBTiles file: a database header, then nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("truncated.mbtiles"));
        QFile in(kBasemap);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(100));
        out.close();
        MbTilesSource source(path);
        QVERIFY(!source.isValid());
        QVERIFY2(source.errorString().contains(path), qPrintable(source.errorString()));
    }

    void sqliteWithoutTilesTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.mbtiles"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE cases (id INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        MbTilesSource source(path);
        QVERIFY(!source.isValid());
        QVERIFY2(source.errorString().contains(path), qPrintable(source.errorString()));
        QVERIFY(source.errorString().contains(QLatin1String("not an MBTiles file")));
    }

    void factoryPicksBySpec()
    {
        auto mb = makeTileSource(kBasemap);
        QVERIFY(qobject_cast<MbTilesSource*>(mb.get()));
        QVERIFY(mb->isValid());
        auto viaUrl = makeTileSource(QUrl::fromLocalFile(kBasemap).toString());
        QVERIFY(viaUrl->isValid());
        auto folder = makeTileSource(kXyz);
        QCOMPARE(folder->metaObject()->className(), "ioc::FolderTileSource");
        QVERIFY(folder->isValid());
        auto http = makeTileSource(QStringLiteral("https://tile.example.org/{z}/{x}/{y}.png"));
        QCOMPARE(http->metaObject()->className(), "ioc::XyzTileSource");
        QVERIFY(http->isAsynchronous());
        auto nothing = makeTileSource(QStringLiteral("/no/such/place"));
        QVERIFY(!nothing->isValid());
        QVERIFY(nothing->errorString().contains(QLatin1String("/no/such/place")));
    }
};

QTEST_GUILESS_MAIN(TestMbTilesSource)
#include "tst_mbtilessource.moc"
