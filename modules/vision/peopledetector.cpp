// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/peopledetector.h"

#include "vision/motiongate.h"

#include <opencv2/dnn.hpp>
#include <opencv2/objdetect.hpp>

namespace ioc {

namespace {

const cv::Size kWindow(64, 128); // getDefaultPeopleDetector's window

} // namespace

struct PeopleDetector::Hog {
    cv::HOGDescriptor descriptor;
};

PeopleDetector::PeopleDetector(PeopleSettings settings) : m_settings(settings), m_hog(std::make_unique<Hog>())
{
    m_hog->descriptor.setSVMDetector(cv::HOGDescriptor::getDefaultPeopleDetector());
}

PeopleDetector::~PeopleDetector() = default;

void PeopleDetector::run(const cv::Mat& gray, cv::Point offset, std::vector<cv::Rect>& found, std::vector<double>& weights) const
{
    // A picture smaller than the 64×128 window has nobody in it as far as HOG can tell.
    if (gray.cols < kWindow.width || gray.rows < kWindow.height)
        return;
    std::vector<cv::Rect> boxes;
    std::vector<double> w;
    m_hog->descriptor.detectMultiScale(gray, boxes, w, m_settings.hitThreshold, cv::Size(m_settings.winStride, m_settings.winStride),
                                       cv::Size(m_settings.padding, m_settings.padding), m_settings.scale);
    for (size_t i = 0; i < boxes.size(); ++i) {
        found.push_back(boxes[i] + offset);
        weights.push_back(w[i]);
    }
}

std::vector<PeopleDetector::Person> PeopleDetector::suppress(const std::vector<cv::Rect>& found, const std::vector<double>& weights) const
{
    std::vector<float> scores(weights.begin(), weights.end());
    std::vector<int> keep;
    cv::dnn::NMSBoxes(found, scores, float(m_settings.minScore), float(m_settings.nmsOverlap), keep);
    std::vector<Person> out;
    out.reserve(keep.size());
    for (int i : keep)
        out.push_back({found[size_t(i)], weights[size_t(i)]});
    return out;
}

std::vector<PeopleDetector::Person> PeopleDetector::detect(const cv::Mat& gray) const
{
    std::vector<cv::Rect> found;
    std::vector<double> weights;
    run(gray, {}, found, weights);
    return suppress(found, weights);
}

std::vector<cv::Rect> PeopleDetector::searchRegions(cv::Size picture, const std::vector<cv::Rect>& regions) const
{
    const cv::Rect whole(0, 0, picture.width, picture.height);
    if (regions.empty() || picture.width < kWindow.width || picture.height < kWindow.height)
        return {};
    const int stride = std::max(1, m_settings.winStride);
    std::vector<cv::Rect> grown;
    grown.reserve(regions.size());
    for (const cv::Rect& region : regions) {
        cv::Rect r = region & whole;
        if (r.empty())
            continue;
        r.x -= kWindow.width / 2;
        r.y -= kWindow.height / 2;
        r.width += kWindow.width;
        r.height += kWindow.height;
        // Origin on the stride grid, so that at scale 1 the windows fall where they fall on the whole picture.
        const int dx = ((r.x % stride) + stride) % stride;
        const int dy = ((r.y % stride) + stride) % stride;
        r.x -= dx;
        r.y -= dy;
        r.width = std::max(r.width + dx, kWindow.width);
        r.height = std::max(r.height + dy, kWindow.height);
        // Inside the picture; a region near an edge keeps the window's size by moving inwards.
        r.x = std::clamp(r.x, 0, picture.width - std::min(r.width, picture.width));
        r.y = std::clamp(r.y, 0, picture.height - std::min(r.height, picture.height));
        grown.push_back(r & whole);
    }
    grown = MotionGate::mergeOverlapping(std::move(grown));
    double area = 0;
    for (const cv::Rect& r : grown)
        area += double(r.area());
    if (area > kWholePictureCover * double(whole.area()))
        return {whole};
    return grown;
}

std::vector<PeopleDetector::Person> PeopleDetector::detectInRegions(const cv::Mat& gray, const std::vector<cv::Rect>& regions, Pass* pass) const
{
    const std::vector<cv::Rect> search = searchRegions(gray.size(), regions);
    std::vector<cv::Rect> found;
    std::vector<double> weights;
    Pass p;
    for (const cv::Rect& r : search) {
        run(gray(r), r.tl(), found, weights);
        ++p.hogRuns;
        p.covered += double(r.area()) / double(gray.total());
    }
    p.wholePicture = search.size() == 1 && search.front() == cv::Rect(0, 0, gray.cols, gray.rows);
    if (pass)
        *pass = p;
    return suppress(found, weights);
}

} // namespace ioc
