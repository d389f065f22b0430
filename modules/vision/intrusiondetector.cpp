// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/intrusiondetector.h"

#include "vision/internal/geometry.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/video/background_segm.hpp>

namespace ioc {

struct IntrusionDetector::State {
    cv::Ptr<cv::BackgroundSubtractorMOG2> mog;
    cv::Size size;  // the picture the state was made for
    cv::Rect roi;   // the zone's bounding box in it
    cv::Mat mask;   // the polygon inside roi
    int frames = 0;
    QDateTime presentSince;
    cv::Mat fg;
};

IntrusionDetector::IntrusionDetector(AnalyticsZone zone) : m_zone(std::move(zone)), m_state(std::make_unique<State>()) {}
IntrusionDetector::~IntrusionDetector() = default;

void IntrusionDetector::reset()
{
    m_state = std::make_unique<State>();
}

IntrusionDetector::Outcome IntrusionDetector::update(const cv::Mat& bgrSmall, const QDateTime& time, bool gapReset)
{
    Outcome out;
    if (m_state->size != bgrSmall.size() || !m_state->mog) {
        reset();
        State& n = *m_state;
        n.size = bgrSmall.size();
        const cv::Mat full = vision::polygonMask(m_zone.points, n.size);
        n.roi = cv::boundingRect(full) & cv::Rect(0, 0, n.size.width, n.size.height);
        n.mask = full(n.roi).clone();
        // Short history: the analysed rate is low (a few frames a second) and the scene changes with daylight.
        n.mog = cv::createBackgroundSubtractorMOG2(100, 16, true);
    }
    State& st = *m_state;
    if (st.roi.width < 2 || st.roi.height < 2)
        return out;
    st.mog->apply(bgrSmall(st.roi), st.fg);
    if (++st.frames <= kWarmupFrames || !m_zone.activeAt(time.toLocalTime())) {
        st.presentSince = QDateTime();
        return out;
    }
    // Shadows are 127 in MOG2's mask: only sure foreground (255) counts.
    cv::threshold(st.fg, st.fg, 200, 255, cv::THRESH_BINARY);
    cv::bitwise_and(st.fg, st.mask, st.fg);
    static const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3));
    cv::morphologyEx(st.fg, st.fg, cv::MORPH_OPEN, kernel);
    cv::dilate(st.fg, st.fg, kernel, cv::Point(-1, -1), 2);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(st.fg, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    const double minArea = m_zone.minObjectArea * double(st.size.area());
    for (const auto& c : contours) {
        const cv::Rect r = cv::boundingRect(c);
        if (double(r.area()) >= minArea)
            out.objects.push_back(r + st.roi.tl());
    }
    if (out.objects.empty() || gapReset) {
        st.presentSince = out.objects.empty() ? QDateTime() : time;
        return out;
    }
    if (!st.presentSince.isValid())
        st.presentSince = time;
    out.dwelt = double(st.presentSince.msecsTo(time)) / 1000.0;
    out.firing = out.dwelt >= m_zone.dwellSeconds;
    return out;
}

} // namespace ioc
