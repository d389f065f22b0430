// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/cameratour.h"

#include <QSignalSpy>
#include <QTest>

using namespace ioc;

class TestCameraTour : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void intervalBelowThreeSecondsIsRaised()
    {
        CameraTour tour;
        QCOMPARE(tour.setIntervalSeconds(1), 3);
        QCOMPARE(tour.intervalSeconds(), 3);
        QCOMPARE(tour.setIntervalSeconds(-5), 3);
        QCOMPARE(tour.setIntervalSeconds(12), 12);
        QCOMPARE(tour.findChild<QTimer*>()->interval(), 12000);
        QCOMPARE(tour.setIntervalSeconds(0), 3);
        QCOMPARE(tour.findChild<QTimer*>()->interval(), 3000);
    }

    void cyclesAndWraps()
    {
        CameraTour tour;
        tour.setCameras({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QSignalSpy shown(&tour, &CameraTour::currentChanged);
        QSignalSpy running(&tour, &CameraTour::runningChanged);
        tour.start();
        QVERIFY(tour.isRunning());
        QCOMPARE(running.size(), 1);
        QCOMPARE(tour.currentCamera(), QStringLiteral("a"));
        tour.advance();
        tour.advance();
        tour.advance();
        QCOMPARE(shown.size(), 4);
        QCOMPARE(shown.at(1).at(0).toString(), QStringLiteral("b"));
        QCOMPARE(shown.at(2).at(0).toString(), QStringLiteral("c"));
        QCOMPARE(shown.at(3).at(0).toString(), QStringLiteral("a"));
        QCOMPARE(shown.at(3).at(1).toInt(), 0);
        tour.stop();
        QVERIFY(!tour.isRunning());
        QCOMPARE(running.size(), 2);
    }

    void theTimerDrivesIt()
    {
        // The real timer at the minimum interval: one tick moves to the next camera.
        CameraTour tour;
        tour.setIntervalSeconds(3);
        tour.setCameras({QStringLiteral("a"), QStringLiteral("b")});
        QSignalSpy shown(&tour, &CameraTour::currentChanged);
        tour.start();
        QVERIFY(shown.wait(10000));
        QCOMPARE(tour.currentCamera(), QStringLiteral("b"));
    }

    void emptyOrShrinkingListsAreSafe()
    {
        CameraTour tour;
        tour.start();
        QVERIFY(!tour.isRunning());
        tour.advance();
        QCOMPARE(tour.currentIndex(), -1);
        tour.setCameras({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        tour.start();
        tour.advance(); // on "b"
        tour.setCameras({QStringLiteral("b"), QStringLiteral("c")});
        QCOMPARE(tour.currentCamera(), QStringLiteral("b")); // kept its place
        tour.setCameras({});
        QVERIFY(!tour.isRunning());
        QVERIFY(tour.currentCamera().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCameraTour)
#include "tst_cameratour.moc"
