// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/foldertilesource.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

static const QString kXyz = QStringLiteral(IOC_GEO_TEST_DATA "/xyz");

class TestFolderTileSource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void zoomRangeFromTheFolders()
    {
        FolderTileSource source(kXyz);
        QVERIFY2(source.isValid(), qPrintable(source.errorString()));
        QCOMPARE(source.info().minimumZoom, 0);
        QCOMPARE(source.info().maximumZoom, 3);
        QCOMPARE(source.description(), QDir::cleanPath(kXyz));
    }

    void readsTheTileFile()
    {
        FolderTileSource source(kXyz);
        const TileFetch f = source.fetch(TileId{3, 6, 3});
        QCOMPARE(f.status, TileFetch::Status::Data);
        QFile file(kXyz + QStringLiteral("/3/6/3.png"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(f.data, file.readAll());
        QCOMPARE(QImage::fromData(f.data).size(), QSize(256, 256));
        QCOMPARE(source.fetch(TileId{3, 6, 4}).status, TileFetch::Status::Absent);
        QCOMPARE(source.fetch(TileId{3, 8, 0}).status, TileFetch::Status::Absent); // not a tile
    }

    void missingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone"));
        FolderTileSource source(path);
        QVERIFY(!source.isValid());
        QVERIFY(source.errorString().contains(path));
        QCOMPARE(source.fetch(TileId{0, 0, 0}).status, TileFetch::Status::Error);
    }

    void folderWithoutZoomLevels()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("notazoom")));
        FolderTileSource source(dir.path());
        QVERIFY(!source.isValid());
        QVERIFY(source.errorString().contains(dir.path()));
    }

    void unreadableTileIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("0/0/0.png"))); // a folder where the file should be
        FolderTileSource source(dir.path());
        QVERIFY(source.isValid());
        const TileFetch f = source.fetch(TileId{0, 0, 0});
        QCOMPARE(f.status, TileFetch::Status::Error);
        QVERIFY(f.error.contains(QLatin1String("0/0/0.png")));
    }
};

QTEST_GUILESS_MAIN(TestFolderTileSource)
#include "tst_foldertilesource.moc"
