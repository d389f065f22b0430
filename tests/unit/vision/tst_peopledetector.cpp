// SPDX-License-Identifier: GPL-3.0-or-later
// Where the people detector looks in "motion" mode: regions padded by half the HOG window, at least the
// window, on the stride grid, inside the picture, merged; the whole picture when they cover most of it;
// nowhere without a region. And HOG on a region finds the person a whole-picture run finds there.
#include "visiontesthelper.h"
#include "vision/peopledetector.h"

#include <opencv2/imgproc.hpp>

using namespace ioc;
using namespace ioc::test;

class TestPeopleDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void searchRegions()
    {
        PeopleSettings s;
        s.winStride = 8;
        PeopleDetector d(s);
        const cv::Size picture(768, 576);
        QVERIFY(d.searchRegions(picture, {}).empty());
        // a small region in the middle: padded by 32 and 64, origin on the grid of 8
        const std::vector<cv::Rect> one = d.searchRegions(picture, {cv::Rect(301, 203, 10, 10)});
        QCOMPARE(one.size(), size_t(1));
        QCOMPARE(one.front().x % 8, 0);
        QCOMPARE(one.front().y % 8, 0);
        QVERIFY(one.front().width >= 64 && one.front().height >= 128);
        QVERIFY((one.front() & cv::Rect(301 - 32, 203 - 64, 10 + 64, 10 + 128)) == cv::Rect(301 - 32, 203 - 64, 10 + 64, 10 + 128));
        // in a corner: inside the picture, still a whole window
        const cv::Rect corner = d.searchRegions(picture, {cv::Rect(760, 570, 4, 4)}).front();
        QVERIFY((corner & cv::Rect(0, 0, 768, 576)) == corner);
        QVERIFY(corner.width >= 64 && corner.height >= 128);
        // two regions whose paddings overlap are searched once
        QCOMPARE(d.searchRegions(picture, {cv::Rect(100, 100, 20, 40), cv::Rect(150, 120, 20, 40)}).size(), size_t(1));
        // far apart: twice
        QCOMPARE(d.searchRegions(picture, {cv::Rect(100, 100, 20, 40), cv::Rect(600, 400, 20, 40)}).size(), size_t(2));
        // covering most of the picture: the whole picture, once
        const std::vector<cv::Rect> most = d.searchRegions(picture, {cv::Rect(0, 0, 500, 400)});
        QCOMPARE(most.size(), size_t(1));
        QCOMPARE(most.front(), cv::Rect(0, 0, 768, 576));
        // a picture smaller than the window: nothing to search
        QVERIFY(d.searchRegions(cv::Size(60, 100), {cv::Rect(0, 0, 10, 10)}).empty());
    }

    void aRegionAroundAPersonFindsThem()
    {
        cv::Mat gray;
        QVERIFY(forEachSampledFrame(QStringLiteral("vtest_h264.mp4"), 1, 1, [&](int, const cv::Mat& bgr, const QDateTime&) {
            cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
        }, 200));
        QVERIFY(!gray.empty());
        PeopleDetector d(PeopleSettings{});
        const std::vector<PeopleDetector::Person> whole = d.detect(gray);
        QVERIFY(!whole.empty());
        // the strongest person of the whole picture, as a region the size of their body (inside their box)
        const auto best = std::max_element(whole.begin(), whole.end(), [](const auto& a, const auto& b) { return a.score < b.score; });
        const cv::Rect body(best->box.x + best->box.width / 4, best->box.y + best->box.height / 8, best->box.width / 2, best->box.height * 3 / 4);
        PeopleDetector::Pass pass;
        const std::vector<PeopleDetector::Person> inRegion = d.detectInRegions(gray, {body}, &pass);
        QCOMPARE(pass.hogRuns, 1);
        QVERIFY(!pass.wholePicture);
        QVERIFY(pass.covered < 0.2);
        bool found = false;
        for (const PeopleDetector::Person& p : inRegion) {
            const double inter = double((p.box & best->box).area());
            found = found || inter / double(p.box.area() + best->box.area() - inter) >= 0.5;
        }
        QVERIFY2(found, "the person of the whole picture is found in their region, in the picture's pixels");
        // no region: no run, nobody
        QVERIFY(d.detectInRegions(gray, {}, &pass).empty());
        QCOMPARE(pass.hogRuns, 0);
    }
};

QTEST_GUILESS_MAIN(TestPeopleDetector)
#include "tst_peopledetector.moc"
