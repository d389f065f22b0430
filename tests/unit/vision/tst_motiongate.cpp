// SPDX-License-Identifier: GPL-3.0-or-later
// The motion gate on drawn pictures: a still picture is no motion; the moving regions are where the
// picture changed, one per separate moving thing, merged where they overlap; specks of noise are none.
#include "vision/motiongate.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace ioc;

namespace {

cv::Mat background() { return cv::Mat(240, 320, CV_8UC1, cv::Scalar(60)); }

bool inside(const cv::Rect& outer, const cv::Rect& inner) { return (outer & inner) == inner; }

} // namespace

class TestMotionGate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aStillPictureIsNoMotionAndHasNoRegions()
    {
        MotionGate gate;
        const MotionGate::Result first = gate.update(background(), true);
        QVERIFY(first.motion); // nothing to compare with: the whole picture
        QCOMPARE(first.regions.size(), size_t(1));
        QCOMPARE(first.regions.front(), cv::Rect(0, 0, 320, 240));
        const MotionGate::Result still = gate.update(background(), true);
        QVERIFY(!still.motion);
        QVERIFY(still.regions.empty());
    }

    void twoMovingThingsAreTwoRegions()
    {
        MotionGate gate;
        gate.update(background(), true);
        cv::Mat next = background();
        cv::rectangle(next, cv::Rect(20, 30, 16, 40), cv::Scalar(200), cv::FILLED);
        cv::rectangle(next, cv::Rect(250, 150, 20, 50), cv::Scalar(200), cv::FILLED);
        next.at<uchar>(5, 300) = 255; // one noisy pixel: no region of its own
        const MotionGate::Result r = gate.update(next, true);
        QVERIFY(r.motion);
        QCOMPARE(r.regions.size(), size_t(2));
        std::vector<cv::Rect> regions = r.regions;
        std::sort(regions.begin(), regions.end(), [](const cv::Rect& a, const cv::Rect& b) { return a.x < b.x; });
        QVERIFY(inside(regions[0], cv::Rect(20, 30, 16, 40)));
        QVERIFY(inside(regions[1], cv::Rect(250, 150, 20, 50)));
        // dilated a little, not to the whole picture
        QVERIFY(regions[0].width <= 16 + 8 && regions[0].height <= 40 + 8);
        // without being asked, no regions (the other detectors do not pay for them)
        MotionGate plain;
        plain.update(background());
        QVERIFY(plain.update(next).regions.empty());
    }

    void closeBlobsMergeIntoOneRegion()
    {
        MotionGate gate;
        gate.update(background(), true);
        cv::Mat next = background();
        // an outline, as frame differencing sees a walking body: its parts join into one region
        cv::rectangle(next, cv::Rect(100, 50, 30, 80), cv::Scalar(200), 2);
        cv::rectangle(next, cv::Rect(112, 132, 6, 20), cv::Scalar(200), cv::FILLED);
        const MotionGate::Result r = gate.update(next, true);
        QCOMPARE(r.regions.size(), size_t(1));
        QVERIFY(inside(r.regions.front(), cv::Rect(100, 50, 30, 102)));
    }

    void mergeOverlapping()
    {
        const std::vector<cv::Rect> merged = MotionGate::mergeOverlapping({{0, 0, 10, 10}, {50, 50, 5, 5}, {8, 8, 10, 10}, {17, 17, 40, 5}});
        // 1 and 3 overlap; their union reaches 4; 2 stays apart
        QCOMPARE(merged.size(), size_t(2));
        QVERIFY(std::find(merged.begin(), merged.end(), cv::Rect(0, 0, 57, 22)) != merged.end());
        QVERIFY(std::find(merged.begin(), merged.end(), cv::Rect(50, 50, 5, 5)) != merged.end());
    }
};

QTEST_GUILESS_MAIN(TestMotionGate)
#include "tst_motiongate.moc"
