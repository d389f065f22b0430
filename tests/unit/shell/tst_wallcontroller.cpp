// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/storetesthelper.h"

#include "shell/wallcontroller.h"
#include "store/ingest.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ioc;

namespace {

// Camera n at 9.1 + n/100 N: camera 1 is the nearest to (9.1, 105.1), camera 5 the farthest.
Asset camera(int n, const QString& streamUrl = QStringLiteral("rtsp://viewer:s3cret@127.0.0.1:8554/cam"))
{
    Asset asset;
    asset.key = {QStringLiteral("test"), QStringLiteral("CAM-%1").arg(n, 2, 10, QLatin1Char('0'))};
    asset.kind = AssetKind::Camera;
    asset.name = QStringLiteral("Camera ngã tư %1").arg(n);
    asset.position = QGeoCoordinate(9.1 + n * 0.01, 105.1);
    asset.areaCode = QStringLiteral("32002");
    asset.properties = {{QStringLiteral("road"), QStringLiteral("Đường Lý Thường Kiệt")},
                        {QStringLiteral("streams"),
                         QJsonArray{QJsonObject{{QStringLiteral("url"), streamUrl}, {QStringLiteral("width"), 1280},
                                                {QStringLiteral("height"), 720}}}}};
    return asset;
}

QString keyAt(const WallController& wall, int tile) { return wall.tiles().at(tile).toMap().value(QStringLiteral("cameraKey")).toString(); }

} // namespace

// The wall's controller on a real store: cameras read with their streams, assign/swap/clear, maximise,
// layouts, tours, nearest cameras, open from the map, and profiles saved and restored.
class TestWallController : public QObject {
    Q_OBJECT

    test::FreshStore m_store;
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_profiles;

    std::unique_ptr<WallController> makeWall()
    {
        auto wall = std::make_unique<WallController>(m_db.get(), nullptr);
        wall->setProfileFolder(m_profiles.path());
        wall->refresh();
        return wall;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_store.open();
        IngestBatch batch;
        for (int n = 5; n >= 1; --n)
            batch.assets.append(camera(n));
        Asset broken = camera(6, QStringLiteral("ftp://example.org/x"));
        broken.name = QStringLiteral("Camera hỏng");
        batch.assets.append(broken);
        batch.assets.append(test::rainGauge(1)); // not a camera
        QVERIFY(Ingest(*m_db).write(batch));
    }

    void readsTheCamerasWithTheirStreams()
    {
        auto wall = makeWall();
        QVERIFY2(wall->error().isEmpty(), qPrintable(wall->error()));
        QCOMPARE(wall->cameras().size(), 6);
        const QVariantMap first = wall->camera(QStringLiteral("CAM-01"));
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Camera ngã tư 1"));
        QCOMPARE(first.value(QStringLiteral("road")).toString(), QStringLiteral("Đường Lý Thường Kiệt"));
        const QVariantList streams = first.value(QStringLiteral("streams")).toList();
        QCOMPARE(streams.size(), 1);
        QCOMPARE(streams.at(0).toMap().value(QStringLiteral("width")).toInt(), 1280);
        QVERIFY(first.value(QStringLiteral("error")).toString().isEmpty());
        // A camera with an unusable stream is listed with the reason.
        QVERIFY(!wall->camera(QStringLiteral("CAM-06")).value(QStringLiteral("error")).toString().isEmpty());
        // Search ignores case and diacritics; typing changes the filtered list, not the list of cameras
        // (whose change makes the analytics read their cameras again).
        QSignalSpy listChanged(wall.get(), &WallController::camerasChanged);
        QSignalSpy filteredChanged(wall.get(), &WallController::filteredCamerasChanged);
        wall->setFilter(QStringLiteral("hong"));
        QCOMPARE(wall->filteredCameras().size(), 1);
        QCOMPARE(filteredChanged.size(), 1);
        QCOMPARE(listChanged.size(), 0);
        wall->setFilter(QStringLiteral("NGA TU"));
        QCOMPARE(wall->filteredCameras().size(), 5);
    }

    void assignSwapClearAndMaximise()
    {
        auto wall = makeWall();
        QCOMPARE(wall->layout(), QStringLiteral("2x2"));
        QCOMPARE(wall->tiles().size(), 4);
        QVERIFY(wall->assign(0, QStringLiteral("CAM-01")));
        QVERIFY(wall->assign(3, QStringLiteral("CAM-03")));
        QVERIFY(!wall->assign(1, QStringLiteral("CAM-99")));
        QVERIFY(wall->error().contains(QStringLiteral("CAM-99")));
        QVERIFY(!wall->assign(9, QStringLiteral("CAM-01")));
        QCOMPARE(wall->tiles().at(0).toMap().value(QStringLiteral("camera")).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Camera ngã tư 1"));
        const QVariantMap tile3 = wall->tiles().at(3).toMap();
        QCOMPARE(tile3.value(QStringLiteral("x")).toDouble(), 0.5);
        QCOMPARE(tile3.value(QStringLiteral("y")).toDouble(), 0.5);

        wall->maximise(0);
        QCOMPARE(wall->maximisedTile(), 0);
        QVERIFY(wall->swap(0, 3));
        QCOMPARE(keyAt(*wall, 0), QStringLiteral("CAM-03"));
        QCOMPARE(keyAt(*wall, 3), QStringLiteral("CAM-01"));
        QCOMPARE(wall->maximisedTile(), 3); // the maximised camera moved with its tile
        wall->restore();
        QCOMPARE(wall->maximisedTile(), -1);
        wall->clear(3);
        QVERIFY(keyAt(*wall, 3).isEmpty());
        QVERIFY(wall->tiles().at(3).toMap().value(QStringLiteral("camera")).toMap().isEmpty());
    }

    void layoutsChangeAndBadOnesAreRefused()
    {
        auto wall = makeWall();
        QVERIFY(wall->assign(0, QStringLiteral("CAM-02")));
        QVERIFY(wall->setLayout(QStringLiteral("1+7")));
        QCOMPARE(wall->tiles().size(), 8);
        QCOMPARE(keyAt(*wall, 0), QStringLiteral("CAM-02")); // kept
        QCOMPARE(wall->tiles().at(0).toMap().value(QStringLiteral("width")).toDouble(), 0.75);
        QVERIFY(!wall->setLayout(QStringLiteral("3x3:0,0,5,5")));
        QVERIFY(wall->error().contains(QStringLiteral("does not fit")));
        QCOMPARE(wall->tiles().size(), 8); // unchanged
        QVERIFY(wall->setLayout(QStringLiteral("1")));
        QCOMPARE(wall->tiles().size(), 1);
        QVERIFY(wall->error().isEmpty());
    }

    void nearestCamerasFillTheLayoutNearestOnTheMainTile()
    {
        auto wall = makeWall();
        QVERIFY(wall->setLayout(QStringLiteral("1+5")));
        QCOMPARE(wall->showNearest(9.1, 105.1), 6);
        QCOMPARE(keyAt(*wall, 0), QStringLiteral("CAM-01"));
        QCOMPARE(keyAt(*wall, 1), QStringLiteral("CAM-02"));
        QCOMPARE(keyAt(*wall, 5), QStringLiteral("CAM-06"));
        QVERIFY(wall->setLayout(QStringLiteral("2x2")));
        QSignalSpy opened(wall.get(), &WallController::openRequested);
        QCOMPARE(wall->showNearest(9.16, 105.1), 4);
        QCOMPARE(opened.size(), 1); // the shell shows the wall // cameras 6, 5, 4, 3
        QCOMPARE(keyAt(*wall, 0), QStringLiteral("CAM-06"));
        QCOMPARE(keyAt(*wall, 3), QStringLiteral("CAM-03"));
    }

    void openCameraMaximisesItAndAsksForTheWall()
    {
        auto wall = makeWall();
        QSignalSpy opened(wall.get(), &WallController::openRequested);
        QVERIFY(wall->assign(0, QStringLiteral("CAM-01")));
        QVERIFY(wall->openCamera(QStringLiteral("CAM-04")));
        QCOMPARE(keyAt(*wall, 1), QStringLiteral("CAM-04")); // the first empty tile
        QCOMPARE(wall->maximisedTile(), 1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("CAM-04"));
        QVERIFY(wall->openCamera(QStringLiteral("CAM-01"))); // already shown: maximised where it is
        QCOMPARE(wall->maximisedTile(), 0);
        QVERIFY(!wall->openCamera(QStringLiteral("nope")));
        QCOMPARE(opened.size(), 2);
    }

    void aTourCyclesTheMainTile()
    {
        auto wall = makeWall();
        QVERIFY(wall->setLayout(QStringLiteral("1+5")));
        QVERIFY(wall->startTour({QStringLiteral("CAM-02"), QStringLiteral("CAM-05")}, 1));
        QVERIFY(wall->touring());
        QCOMPARE(wall->tourSeconds(), 3); // raised to the minimum
        QCOMPARE(keyAt(*wall, 0), QStringLiteral("CAM-02"));
        QSignalSpy changed(wall.get(), &WallController::wallChanged);
        QVERIFY(changed.wait(10000)); // the tour's own timer
        QCOMPARE(keyAt(*wall, 0), QStringLiteral("CAM-05"));
        wall->stopTour();
        QVERIFY(!wall->touring());
        QVERIFY(!wall->startTour({QStringLiteral("nope")}, 5));
    }

    void profilesAreSavedAndRestored()
    {
        {
            auto wall = makeWall();
            wall->loadProfile(QStringLiteral("control-room"));
            QVERIFY(wall->error().isEmpty());
            QVERIFY(wall->setLayout(QStringLiteral("3x3")));
            QVERIFY(wall->assign(4, QStringLiteral("CAM-05")));
            QVERIFY(wall->startTour({QStringLiteral("CAM-01"), QStringLiteral("CAM-02")}, 8));
            QVERIFY(wall->saveProfile());
        }
        auto wall = makeWall();
        QCOMPARE(wall->savedProfiles(), QStringList{QStringLiteral("control-room")});
        wall->loadProfile(QStringLiteral("control-room"));
        QCOMPARE(wall->profile(), QStringLiteral("control-room"));
        QCOMPARE(wall->layout(), QStringLiteral("3x3"));
        QCOMPARE(keyAt(*wall, 4), QStringLiteral("CAM-05"));
        QVERIFY(wall->touring()); // the tour runs again
        QCOMPARE(wall->tourSeconds(), 8);
        QCOMPARE(keyAt(*wall, 0), QStringLiteral("CAM-01"));

        // Saved under another name: both exist; a bad name is refused with the reason.
        QVERIFY(wall->saveProfileAs(QStringLiteral("night")));
        QCOMPARE(wall->profile(), QStringLiteral("night"));
        QCOMPARE(wall->savedProfiles(), (QStringList{QStringLiteral("control-room"), QStringLiteral("night")}));
        QVERIFY(!wall->saveProfileAs(QStringLiteral("../x")));
        QVERIFY(wall->error().contains(QStringLiteral("../x")));
        QCOMPARE(wall->profile(), QStringLiteral("night"));

        // A damaged file: defaults, a reason, and the file kept aside.
        QFile file(m_profiles.filePath(QStringLiteral("control-room.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ broken");
        file.close();
        wall->loadProfile(QStringLiteral("control-room"));
        QVERIFY(wall->error().contains(QStringLiteral("damaged")));
        QCOMPARE(wall->layout(), QStringLiteral("2x2"));
        QVERIFY(!wall->touring());
    }

    void fillWithCamerasPutsUsableStreamsFirst()
    {
        auto wall = makeWall();
        QVERIFY(wall->setLayout(QStringLiteral("3x3")));
        QCOMPARE(wall->fillWithCameras(), 6);
        QCOMPARE(keyAt(*wall, 0), QStringLiteral("CAM-01"));
        QCOMPARE(keyAt(*wall, 5), QStringLiteral("CAM-06")); // its stream is unusable: last
        QVERIFY(keyAt(*wall, 6).isEmpty());
    }

    void snapshotsGoToThePicturesFolder()
    {
        auto wall = makeWall();
        const QString path = wall->snapshotPath(QStringLiteral("CAM/../01"));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QStringLiteral("/iocdesk/CAM_.._01-")));
        QVERIFY(path.endsWith(QStringLiteral(".png")));
        QVERIFY(QFileInfo(path).dir().exists());
    }

    void credentialsNeverReachTheTiles()
    {
        auto wall = makeWall();
        QVERIFY(wall->assign(0, QStringLiteral("CAM-01")));
        // The stream URL keeps its credentials for the player, but nothing shown as text carries them:
        // the name, road and error fields.
        const QVariantMap entry = wall->camera(QStringLiteral("CAM-01"));
        for (const char* field : {"name", "road", "error", "key"})
            QVERIFY(!entry.value(QString::fromLatin1(field)).toString().contains(QStringLiteral("s3cret")));
        // A camera whose URL is refused says why without its password.
        Asset refused = camera(7, QStringLiteral("ftp://viewer:s3cret@127.0.0.1/cam"));
        wall->setCameraAssets({refused});
        const QString error = wall->camera(QStringLiteral("CAM-07")).value(QStringLiteral("error")).toString();
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QStringLiteral("s3cret")), qPrintable(error));
    }
};

QTEST_MAIN(TestWallController)
#include "tst_wallcontroller.moc"
