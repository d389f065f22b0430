// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vision/analyticsconfig.h"

#include <opencv2/core.hpp>

namespace ioc {

// Frame differencing on the small grey picture: in front of every detector, so that a still scene costs
// one absdiff. The first frame, and the first after a size change, counts as motion (nothing to compare).
// Not thread-safe: one camera's worker at a time.
class MotionGate {
public:
    explicit MotionGate(MotionSettings settings = {}) : m_settings(settings) {}

    struct Result {
        bool motion = false;
        double changedFraction = 0; // changed pixels / all pixels
        cv::Rect box;               // bounding box of the changed pixels (small picture's pixels)
    };
    Result update(const cv::Mat& gray);
    void reset() { m_previous.release(); }

private:
    MotionSettings m_settings;
    cv::Mat m_previous;
    cv::Mat m_diff;
};

} // namespace ioc
