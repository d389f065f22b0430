// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vision/analyticsconfig.h"

#include <opencv2/core.hpp>

#include <memory>
#include <vector>

namespace ioc {

// OpenCV's HOG people detector (getDefaultPeopleDetector, 64×128 window) with the configured winStride,
// padding, scale and hit threshold, then non-maximum suppression of the boxes (IoU > nmsOverlap).
// Boxes are in pixels of the picture given. Not thread-safe: one instance per camera.
class PeopleDetector {
public:
    explicit PeopleDetector(PeopleSettings settings);
    ~PeopleDetector();

    struct Person {
        cv::Rect box;
        double score = 0; // the HOG weight
    };
    std::vector<Person> detect(const cv::Mat& gray) const;

private:
    struct Hog;
    PeopleSettings m_settings;
    std::unique_ptr<Hog> m_hog;
};

} // namespace ioc
