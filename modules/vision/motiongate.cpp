// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/motiongate.h"

#include <opencv2/imgproc.hpp>

namespace ioc {

MotionGate::Result MotionGate::update(const cv::Mat& gray, bool regions)
{
    Result r;
    if (m_previous.empty() || m_previous.size() != gray.size()) {
        gray.copyTo(m_previous);
        r.motion = true;
        r.changedFraction = 1;
        r.box = cv::Rect(0, 0, gray.cols, gray.rows);
        if (regions)
            r.regions.push_back(r.box);
        return r;
    }
    cv::absdiff(gray, m_previous, m_diff);
    cv::threshold(m_diff, m_diff, m_settings.threshold, 255, cv::THRESH_BINARY);
    const int changed = cv::countNonZero(m_diff);
    r.changedFraction = double(changed) / double(gray.total());
    r.motion = changed > 0 && r.changedFraction >= m_settings.minArea;
    if (r.motion)
        r.box = cv::boundingRect(m_diff);
    if (r.motion && regions) {
        // Sizes for the small picture (320 px wide by default): a 3×3 opening drops single changed pixels
        // (compression noise), a 7×7 dilation joins the edges of one moving body (frame differencing sees
        // its outline, not its inside).
        static const cv::Mat open = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3));
        static const cv::Mat grow = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(7, 7));
        cv::morphologyEx(m_diff, m_blobs, cv::MORPH_OPEN, open);
        cv::dilate(m_blobs, m_blobs, grow);
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(m_blobs, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
        r.regions.reserve(contours.size());
        for (const std::vector<cv::Point>& c : contours)
            r.regions.push_back(cv::boundingRect(c));
        r.regions = mergeOverlapping(std::move(r.regions));
    }
    gray.copyTo(m_previous);
    return r;
}

std::vector<cv::Rect> MotionGate::mergeOverlapping(std::vector<cv::Rect> rects)
{
    // Quadratic, but a frame has tens of blobs at most; repeated because a merged box can reach others.
    bool merged = true;
    while (merged) {
        merged = false;
        for (size_t i = 0; i < rects.size() && !merged; ++i) {
            for (size_t j = i + 1; j < rects.size(); ++j) {
                const cv::Rect& a = rects[i];
                const cv::Rect& b = rects[j];
                const bool touch = a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
                if (touch) {
                    rects[i] = a | b;
                    rects.erase(rects.begin() + std::ptrdiff_t(j));
                    merged = true;
                    break;
                }
            }
        }
    }
    return rects;
}

} // namespace ioc
