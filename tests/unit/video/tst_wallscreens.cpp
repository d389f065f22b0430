// SPDX-License-Identifier: GPL-3.0-or-later
// Runs on the offscreen platform with two screens of its own (a configuration file written by main()),
// so that windows really go to QScreens.
#include "video/wallscreens.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <memory>

using namespace ioc;

namespace {

ScreenInfo info(const char* name, const char* serial, QRect geometry, bool primary = false)
{
    return ScreenInfo{QString::fromLatin1(name), QString::fromLatin1(serial), geometry, primary};
}

ScreenIdentity byName(const char* name) { return ScreenIdentity{QString::fromLatin1(name), {}, -1}; }
ScreenIdentity byOrder(int order) { return ScreenIdentity{{}, {}, order}; }

const QList<ScreenInfo> kThree = {
    info("DP-2", "S-RIGHT", QRect(3840, 0, 1920, 1080)),
    info("HDMI-1", "S-LEFT", QRect(0, 0, 1920, 1080), true),
    info("DP-1", "S-MIDDLE", QRect(1920, 0, 1920, 1080)),
};

} // namespace

class TestWallScreens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- the decision, as a pure function

    void everyWantedScreenPresentGoesHome()
    {
        const QList<WindowPlacement> placed = placeWallWindows({byName("DP-1"), byName("DP-2"), byName("HDMI-1")}, kThree);
        QCOMPARE(placed, (QList<WindowPlacement>{{2, true}, {0, true}, {1, true}}));
    }

    void serialWinsOverName()
    {
        // The monitor with serial S-LEFT was plugged into DP-2: the window follows the monitor.
        QList<ScreenInfo> swapped = kThree;
        swapped[0].serial = QStringLiteral("S-LEFT");
        swapped[1].serial = QStringLiteral("S-OTHER");
        const ScreenIdentity wanted{QStringLiteral("HDMI-1"), QStringLiteral("S-LEFT"), -1};
        QCOMPARE(placeWallWindows({wanted}, swapped), (QList<WindowPlacement>{{0, true}}));
    }

    void orderCountsByGeometryLeftToRight()
    {
        const QList<WindowPlacement> placed = placeWallWindows({byOrder(0), byOrder(1), byOrder(2)}, kThree);
        QCOMPARE(placed, (QList<WindowPlacement>{{1, true}, {2, true}, {0, true}}));
    }

    void aMissingScreenTakesAFreeScreenFirst()
    {
        const QList<ScreenInfo> two = {kThree.at(1), kThree.at(2)}; // DP-2 is gone
        const QList<WindowPlacement> placed = placeWallWindows({byName("DP-2"), byName("HDMI-1")}, two);
        // HDMI-1 is home; DP-2's window goes to DP-1, which no window has.
        QCOMPARE(placed, (QList<WindowPlacement>{{1, false}, {0, true}}));
    }

    void withNoFreeScreenAMissingOneStacksOnThePrimary()
    {
        const QList<ScreenInfo> two = {kThree.at(2), kThree.at(1)}; // DP-1, HDMI-1 (primary)
        const QList<WindowPlacement> placed = placeWallWindows({byName("DP-1"), byName("DP-2"), byName("HDMI-1")}, two);
        QCOMPARE(placed, (QList<WindowPlacement>{{0, true}, {1, false}, {1, true}}));
    }

    void aNamedScreenDoesNotTakeAnotherByPosition()
    {
        // Named "DP-9" (gone) with no order: it must not be treated as "the first screen" by position.
        const QList<WindowPlacement> placed = placeWallWindows({byOrder(0), byName("DP-9")}, {kThree.at(1)});
        QCOMPARE(placed, (QList<WindowPlacement>{{0, true}, {0, false}}));
    }

    void noScreensAtAll()
    {
        QCOMPARE(placeWallWindows({byOrder(0)}, {}), (QList<WindowPlacement>{{-1, false}}));
    }

    // --- the windows, on real QScreens, through the slots the QGuiApplication signals call

    void aRemovedScreenMovesItsWindowAndItComesBack()
    {
        const QList<QScreen*> screens = QGuiApplication::screens();
        QCOMPARE(screens.size(), 2);
        QScreen* left = screens.at(0);
        QScreen* right = screens.at(1);
        QCOMPARE(left->name(), QStringLiteral("wall-left"));

        std::vector<std::unique_ptr<QWindow>> windows;
        WallScreens wall({byName("wall-left"), byName("wall-right")}, [&](int) {
            windows.push_back(std::make_unique<QWindow>());
            return windows.back().get();
        });
        wall.open(false);
        QCOMPARE(wall.windowCount(), 2);
        QCOMPARE(wall.window(0)->screen(), left);
        QCOMPARE(wall.window(1)->screen(), right);
        QCOMPARE(wall.window(1)->geometry(), right->geometry());

        // The monitor goes: QGuiApplication emits screenRemoved while the screen is being destroyed.
        emit qGuiApp->screenRemoved(right);
        QCOMPARE(wall.window(1)->screen(), left);
        QCOMPARE(wall.window(1)->geometry(), left->geometry());
        QCOMPARE(wall.placements().at(1), (WindowPlacement{0, false}));
        QCOMPARE(wall.window(0)->screen(), left);

        // And comes back: the window returns, nothing was recreated.
        QWindow* before = wall.window(1);
        emit qGuiApp->screenAdded(right);
        QCOMPARE(wall.window(1), before);
        QCOMPARE(wall.window(1)->screen(), right);
        QCOMPARE(wall.window(1)->geometry(), right->geometry());
        QCOMPARE(wall.placements().at(1), (WindowPlacement{1, true}));
    }

    void aPrimaryChangeReplacesTheWindows()
    {
        std::vector<std::unique_ptr<QWindow>> windows;
        WallScreens wall({byName("gone")}, [&](int) {
            windows.push_back(std::make_unique<QWindow>());
            return windows.back().get();
        });
        QSignalSpy placed(&wall, &WallScreens::placementsChanged);
        wall.open(false);
        QCOMPARE(placed.size(), 1);
        emit qGuiApp->primaryScreenChanged(QGuiApplication::primaryScreen());
        QCOMPARE(placed.size(), 2);
        QCOMPARE(wall.placements().at(0).home, false);
    }
};

int main(int argc, char** argv)
{
    // Two side-by-side screens on the offscreen platform.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [
        {"name": "wall-left", "x": 0, "y": 0, "width": 800, "height": 600, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "wall-right", "x": 800, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    ]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QGuiApplication app(argc, argv);
    TestWallScreens test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wallscreens.moc"
