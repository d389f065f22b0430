// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/peopledetector.h"

#include <opencv2/dnn.hpp>
#include <opencv2/objdetect.hpp>

namespace ioc {

struct PeopleDetector::Hog {
    cv::HOGDescriptor descriptor;
};

PeopleDetector::PeopleDetector(PeopleSettings settings) : m_settings(settings), m_hog(std::make_unique<Hog>())
{
    m_hog->descriptor.setSVMDetector(cv::HOGDescriptor::getDefaultPeopleDetector());
}

PeopleDetector::~PeopleDetector() = default;

std::vector<PeopleDetector::Person> PeopleDetector::detect(const cv::Mat& gray) const
{
    std::vector<Person> out;
    // A picture smaller than the 64×128 window has nobody in it as far as HOG can tell.
    if (gray.cols < 64 || gray.rows < 128)
        return out;
    std::vector<cv::Rect> found;
    std::vector<double> weights;
    m_hog->descriptor.detectMultiScale(gray, found, weights, m_settings.hitThreshold,
                                       cv::Size(m_settings.winStride, m_settings.winStride),
                                       cv::Size(m_settings.padding, m_settings.padding), m_settings.scale);
    std::vector<float> scores(weights.begin(), weights.end());
    std::vector<int> keep;
    cv::dnn::NMSBoxes(found, scores, float(m_settings.minScore), float(m_settings.nmsOverlap), keep);
    out.reserve(keep.size());
    for (int i : keep)
        out.push_back({found[size_t(i)], weights[size_t(i)]});
    return out;
}

} // namespace ioc
