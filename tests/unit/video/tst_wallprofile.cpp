// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/wallprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

namespace {

WallProfile sample()
{
    WallProfile profile;
    profile.name = QStringLiteral("night-shift");
    WallScreenSetup left;
    left.screen = ScreenIdentity{QStringLiteral("HDMI-1"), QStringLiteral("SN123"), -1};
    left.layout = WallLayout::fromSpec(QStringLiteral("1+5")).value();
    left.cameras = {QStringLiteral("demo/cam-01"), QString(), QStringLiteral("demo/cam-03"), QString(), QString(), QString()};
    left.tour = TourSettings{{QStringLiteral("demo/cam-04"), QStringLiteral("demo/cam-05")}, 7, true};
    WallScreenSetup right;
    right.screen = ScreenIdentity{{}, {}, 1};
    right.layout = WallLayout::fromSpec(QStringLiteral("3x4:0,0,2,2")).value();
    right.cameras = QStringList(right.layout.tileCount(), QString());
    right.cameras[0] = QStringLiteral("demo/cam-09");
    profile.screens = {left, right};
    return profile;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestWallProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void savedProfileReadsBackEqual()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("wall"));
        const WallProfile profile = sample();
        const Result<void> saved = WallProfile::save(folder, profile);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("night-shift.json"))));
        const LoadedWallProfile loaded = WallProfile::load(folder, QStringLiteral("night-shift"));
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        QVERIFY(loaded.profile == profile);
        QCOMPARE(loaded.profile.screens.at(0).layout.name(), QStringLiteral("3x3:0,0,2,2")); // saved as its grid
        QCOMPARE(WallProfile::savedNames(folder), QStringList{QStringLiteral("night-shift")});
    }

    void theDefaultFolderIsTheAppConfigFolder()
    {
        QCOMPARE(WallProfile::defaultFolder(),
                 QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/wall"));
    }

    void aMissingProfileGivesDefaultsWithoutError()
    {
        QTemporaryDir dir;
        const LoadedWallProfile loaded = WallProfile::load(dir.path(), QStringLiteral("ops"));
        QVERIFY(loaded.error.isEmpty());
        QCOMPARE(loaded.profile.name, QStringLiteral("ops"));
        QCOMPARE(loaded.profile.screens.size(), 1);
        QCOMPARE(loaded.profile.screens.at(0).layout.tileCount(), 4);
        QCOMPARE(loaded.profile.screens.at(0).cameras.size(), 4);
    }

    void aCorruptFileIsSetAsideAndDefaultsAreShown_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{\"version\": 1, \"screens\": [") << "not JSON";
        QTest::newRow("array") << QByteArray("[1, 2]") << "not a JSON object";
        QTest::newRow("version") << QByteArray("{\"version\": 7, \"screens\": []}") << "format version";
        QTest::newRow("no screens") << QByteArray("{\"version\": 1, \"screens\": []}") << "at least one screen";
        QTest::newRow("bad layout") << QByteArray("{\"version\": 1, \"screens\": [{\"layout\": \"2x2:5,5,1,1\"}]}")
                                    << "does not fit";
        QTest::newRow("too many cameras")
            << QByteArray("{\"version\": 1, \"screens\": [{\"layout\": \"1\", \"cameras\": [\"a\", \"b\"]}]}")
            << "2 cameras for 1 tiles";
        QTest::newRow("camera not text")
            << QByteArray("{\"version\": 1, \"screens\": [{\"layout\": \"2x2\", \"cameras\": [3]}]}") << "list of camera keys";
        QTest::newRow("short tour")
            << QByteArray("{\"version\": 1, \"screens\": [{\"layout\": \"2x2\", \"tour\": {\"seconds\": 1}}]}")
            << "at least 3 seconds";
    }
    void aCorruptFileIsSetAsideAndDefaultsAreShown()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ops.json"));
        writeFile(path, content);
        const LoadedWallProfile loaded = WallProfile::load(dir.path(), QStringLiteral("ops"));
        QVERIFY2(loaded.error.contains(reason), qPrintable(loaded.error));
        QVERIFY(loaded.error.contains(path));
        QVERIFY(loaded.profile == WallProfile::defaults(QStringLiteral("ops")));
        // Nothing lost: the bad bytes are kept beside, and the name is free for the next save.
        QVERIFY(!loaded.setAsidePath.isEmpty());
        QVERIFY(loaded.error.contains(loaded.setAsidePath));
        QFile aside(loaded.setAsidePath);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), content);
        QVERIFY(!QFile::exists(path));
        QVERIFY(WallProfile::save(dir.path(), loaded.profile).ok());
        QVERIFY(WallProfile::load(dir.path(), QStringLiteral("ops")).error.isEmpty());
    }

    void screensWithoutIdentityTakeTheirPosition()
    {
        const QJsonObject json = QJsonDocument::fromJson(
            "{\"version\": 1, \"screens\": [{\"layout\": \"1\"}, {\"layout\": \"2x2\"}]}").object();
        const Result<WallProfile> profile = WallProfile::fromJson(json, QStringLiteral("p"));
        QVERIFY2(profile.ok(), qPrintable(profile.errorMessage()));
        QCOMPARE(profile.value().screens.at(0).screen.order, 0);
        QCOMPARE(profile.value().screens.at(1).screen.order, 1);
        QCOMPARE(profile.value().screens.at(1).cameras, QStringList(4, QString())); // padded to the tiles
    }

    void profileNamesAreSafeFileNames()
    {
        QVERIFY(WallProfile::validateName(QStringLiteral("control-room_2.a")).ok());
        for (const QString& bad : {QString(), QStringLiteral("../etc/passwd"), QStringLiteral(".hidden"),
                                   QStringLiteral("a/b"), QString(65, QLatin1Char('x'))}) {
            QVERIFY2(!WallProfile::validateName(bad).ok(), qPrintable(bad));
        }
        QTemporaryDir dir;
        WallProfile profile = sample();
        profile.name = QStringLiteral("../escape");
        QVERIFY(!WallProfile::save(dir.path(), profile).ok());
        QVERIFY(!WallProfile::load(dir.path(), QStringLiteral("../escape")).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWallProfile)
#include "tst_wallprofile.moc"
