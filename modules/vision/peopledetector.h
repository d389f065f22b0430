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

    // What a detectInRegions() call did.
    struct Pass {
        int hogRuns = 0;           // detectMultiScale calls (0: no region)
        bool wholePicture = false; // the regions covered most of the picture: it ran on the whole
        double covered = 0;        // fraction of the picture's area HOG looked at
    };
    // When the padded regions cover more than this fraction of the picture, one run on the whole picture
    // costs less than the runs on the regions (each run has its own pyramid and borders).
    static constexpr double kWholePictureCover = 0.5;
    // HOG only where it may find someone (Frigate's idea): each region (pixels of `gray`) padded by half the
    // HOG window on each side so that a person whose moving part is the region stands wholly inside it,
    // grown to at least the window, its origin on the winStride grid, merged where they overlap; HOG on
    // each, boxes back in `gray`'s pixels, one non-maximum suppression over all. No region: no run.
    std::vector<Person> detectInRegions(const cv::Mat& gray, const std::vector<cv::Rect>& regions, Pass* pass = nullptr) const;
    // The rectangles detectInRegions() runs HOG on (pixels of `gray`); empty vector: none; the whole
    // picture when they would cover more than kWholePictureCover of it.
    std::vector<cv::Rect> searchRegions(cv::Size picture, const std::vector<cv::Rect>& regions) const;

private:
    void run(const cv::Mat& gray, cv::Point offset, std::vector<cv::Rect>& found, std::vector<double>& weights) const;
    std::vector<Person> suppress(const std::vector<cv::Rect>& found, const std::vector<double>& weights) const;

    struct Hog;
    PeopleSettings m_settings;
    std::unique_ptr<Hog> m_hog;
};

} // namespace ioc
