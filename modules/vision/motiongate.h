// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vision/analyticsconfig.h"

#include <opencv2/core.hpp>

#include <vector>

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
        // Where it moved (only when asked and motion is true): the changed pixels, opened (specks of
        // noise gone) and dilated so that one walking person is one blob, as the bounding boxes of their
        // outer contours, overlapping boxes merged. Small picture's pixels; disjoint.
        std::vector<cv::Rect> regions;
    };
    Result update(const cv::Mat& gray, bool regions = false);

    // Merges overlapping (or touching) rectangles into their bounding boxes until none overlap.
    static std::vector<cv::Rect> mergeOverlapping(std::vector<cv::Rect> rects);
    void reset() { m_previous.release(); }

private:
    MotionSettings m_settings;
    cv::Mat m_previous;
    cv::Mat m_diff;
    cv::Mat m_blobs;
};

} // namespace ioc
