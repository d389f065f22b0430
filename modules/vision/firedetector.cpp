// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/firedetector.h"

#include <opencv2/imgproc.hpp>

#include <numeric>

namespace ioc {

cv::Mat FireDetector::flameMask(const cv::Mat& bgr)
{
    std::vector<cv::Mat> ch;
    cv::split(bgr, ch);
    const cv::Mat& b = ch[0];
    const cv::Mat& g = ch[1];
    const cv::Mat& r = ch[2];
    cv::Mat hsv;
    cv::cvtColor(bgr, hsv, cv::COLOR_BGR2HSV);
    cv::Mat sat;
    cv::extractChannel(hsv, sat, 1);
    // Red channel bright (≥ 180), red > green > blue, saturation ≥ 90 (of 255): flames and embers, not
    // white light (unsaturated) nor brown walls (dark red).
    cv::Mat mask = (r >= 180) & (r > g) & (g > b) & (sat >= 90);
    static const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3));
    cv::morphologyEx(mask, mask, cv::MORPH_OPEN, kernel);
    return mask;
}

void FireDetector::reset()
{
    m_previous.release();
    m_flicker.clear();
    m_since = QDateTime();
}

FireDetector::Outcome FireDetector::update(const cv::Mat& bgrSmall, const QDateTime& time, bool gapReset)
{
    Outcome out;
    if (gapReset || (!m_previous.empty() && m_previous.size() != bgrSmall.size()))
        reset();
    const cv::Mat mask = flameMask(bgrSmall);
    const int flame = cv::countNonZero(mask);
    out.area = double(flame) / double(mask.total());
    if (flame > 0)
        out.box = cv::boundingRect(mask);
    if (!m_previous.empty()) {
        cv::Mat changed;
        cv::bitwise_xor(mask, m_previous, changed);
        cv::Mat either;
        cv::bitwise_or(mask, m_previous, either);
        const int union_ = cv::countNonZero(either);
        m_flicker.push_back(union_ == 0 ? 0.0 : double(cv::countNonZero(changed)) / union_);
        if (m_flicker.size() > size_t(kWindow))
            m_flicker.pop_front();
    }
    m_previous = mask;
    if (!m_flicker.empty())
        out.flicker = std::accumulate(m_flicker.begin(), m_flicker.end(), 0.0) / double(m_flicker.size());
    const bool holds = out.area >= m_settings.minArea && m_flicker.size() >= 2 && out.flicker >= m_settings.minFlicker;
    if (!holds) {
        m_since = QDateTime();
        return out;
    }
    if (!m_since.isValid())
        m_since = time;
    out.firing = double(m_since.msecsTo(time)) / 1000.0 >= m_settings.seconds;
    return out;
}

} // namespace ioc
