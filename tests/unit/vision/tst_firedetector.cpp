// SPDX-License-Identifier: GPL-3.0-or-later
// The fire heuristic on synthetic pictures: a flickering flame-coloured blob fires after `seconds`; the
// same blob held still (a sign, a lamp), a flame smaller than minArea, and a grey scene do not.
#include "visiontesthelper.h"
#include "vision/firedetector.h"

#include <opencv2/imgproc.hpp>

using namespace ioc;

namespace {

// A grey street with a flame-coloured blob whose radius is given (0: none).
cv::Mat scene(int radius, int dx = 0)
{
    cv::Mat m(240, 320, CV_8UC3, cv::Scalar(90, 95, 100));
    if (radius > 0)
        cv::ellipse(m, cv::Point(160 + dx, 150), cv::Size(radius, radius * 3 / 2), 0, 0, 360, cv::Scalar(40, 150, 250), cv::FILLED);
    return m;
}

FireSettings settings()
{
    FireSettings s;
    s.enabled = true;
    s.minArea = 0.005;
    s.minFlicker = 0.15;
    s.seconds = 2;
    return s;
}

} // namespace

class TestFireDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aFlickeringFlameFiresAfterItsDuration()
    {
        FireDetector d(settings());
        const QDateTime t0 = test::clipStart();
        int firstFiring = -1;
        for (int i = 0; i < 20; ++i) { // 5 frames a second
            const int radius = 22 + (i % 3) * 7;
            const FireDetector::Outcome o = d.update(scene(radius, (i % 2) * 6), t0.addMSecs(200 * i), false);
            QVERIFY(o.area > 0.005);
            if (o.firing && firstFiring < 0)
                firstFiring = i;
        }
        // Flicker needs two frames; then 2 s of frame time: not before frame 11.
        QVERIFY2(firstFiring >= 11 && firstFiring <= 13, qPrintable(QString::number(firstFiring)));
    }

    void steadySmallOrGreyDoesNot()
    {
        const QDateTime t0 = test::clipStart();
        FireDetector steady(settings());
        FireDetector small(settings());
        FireDetector grey(settings());
        for (int i = 0; i < 30; ++i) {
            const QDateTime t = t0.addMSecs(200 * i);
            const FireDetector::Outcome s = steady.update(scene(30), t, false);
            QVERIFY(!s.firing);
            QVERIFY(s.area > 0.005);
            QVERIFY(s.flicker < 0.01);
            QVERIFY(!small.update(scene(3 + i % 2), t, false).firing);
            QCOMPARE(grey.update(scene(0), t, false).area, 0.0);
        }
    }

    void aGapRestartsTheDuration()
    {
        FireDetector d(settings());
        const QDateTime t0 = test::clipStart();
        bool fired = false;
        for (int i = 0; i < 20; ++i)
            fired = d.update(scene(22 + (i % 3) * 7), t0.addMSecs(200 * i), false).firing || fired;
        QVERIFY(fired);
        // After a gap the flicker and the duration start again: not firing on the next frames.
        QVERIFY(!d.update(scene(29), t0.addSecs(60), true).firing);
        QVERIFY(!d.update(scene(22), t0.addMSecs(60200), false).firing);
    }
};

QTEST_GUILESS_MAIN(TestFireDetector)
#include "tst_firedetector.moc"
