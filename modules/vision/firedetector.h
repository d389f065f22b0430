// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vision/analyticsconfig.h"

#include <QDateTime>

#include <opencv2/core.hpp>

#include <deque>
#include <vector>

namespace ioc {

// Fire heuristic (limits in docs/vision.md): flame-coloured pixels (bright, red > green > blue, saturated)
// covering at least minArea of the picture, whose mask flickers (changed fraction of the flame pixels
// between analysed frames, mean of the last kWindow frames, at least minFlicker), both for `seconds` of
// frame time. A steady orange object (a sign, a lamp) does not flicker and does not fire.
// Not thread-safe: one instance per camera.
class FireDetector {
public:
    static constexpr int kWindow = 4;

    explicit FireDetector(FireSettings settings) : m_settings(settings) {}

    struct Outcome {
        bool firing = false;
        double area = 0;    // flame fraction of the picture
        double flicker = 0; // mean changed fraction
        cv::Rect box;       // around the flame pixels (small picture's pixels)
    };
    Outcome update(const cv::Mat& bgrSmall, const QDateTime& time, bool gapReset);
    void reset();

    // The flame-colour mask (CV_8UC1, 255 = flame-coloured) of a BGR picture.
    static cv::Mat flameMask(const cv::Mat& bgr);

private:
    FireSettings m_settings;
    cv::Mat m_previous;
    std::deque<double> m_flicker;
    QDateTime m_since;
};

} // namespace ioc
