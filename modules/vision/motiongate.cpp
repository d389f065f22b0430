// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/motiongate.h"

#include <opencv2/imgproc.hpp>

namespace ioc {

MotionGate::Result MotionGate::update(const cv::Mat& gray)
{
    Result r;
    if (m_previous.empty() || m_previous.size() != gray.size()) {
        gray.copyTo(m_previous);
        r.motion = true;
        r.changedFraction = 1;
        r.box = cv::Rect(0, 0, gray.cols, gray.rows);
        return r;
    }
    cv::absdiff(gray, m_previous, m_diff);
    cv::threshold(m_diff, m_diff, m_settings.threshold, 255, cv::THRESH_BINARY);
    const int changed = cv::countNonZero(m_diff);
    r.changedFraction = double(changed) / double(gray.total());
    r.motion = changed > 0 && r.changedFraction >= m_settings.minArea;
    if (r.motion)
        r.box = cv::boundingRect(m_diff);
    gray.copyTo(m_previous);
    return r;
}

} // namespace ioc
