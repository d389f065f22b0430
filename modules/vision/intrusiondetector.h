// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vision/analyticsconfig.h"

#include <QDateTime>

#include <opencv2/core.hpp>

#include <memory>
#include <vector>

namespace ioc {

// Intrusion in one polygon zone: MOG2 background subtraction on the zone's bounding box of the small colour
// picture, masked by the polygon; moving objects of at least minObjectArea (fraction of the whole picture)
// present in every analysed frame for dwellSeconds (frame time) fire. Outside the zone's schedule nothing
// fires and the dwell restarts. The first kWarmupFrames frames only teach the background.
// Not thread-safe: one instance per zone of a camera.
class IntrusionDetector {
public:
    static constexpr int kWarmupFrames = 5;

    explicit IntrusionDetector(AnalyticsZone zone);
    ~IntrusionDetector();

    struct Outcome {
        bool firing = false;
        std::vector<cv::Rect> objects; // small picture's pixels
        double dwelt = 0;              // seconds the objects have been there
    };
    // gapReset: the frame follows a gap (or a size change): the dwell restarts.
    Outcome update(const cv::Mat& bgrSmall, const QDateTime& time, bool gapReset);
    void reset();
    const AnalyticsZone& zone() const { return m_zone; }

private:
    struct State;
    AnalyticsZone m_zone;
    std::unique_ptr<State> m_state;
};

} // namespace ioc
