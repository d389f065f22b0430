// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/internal/geometry.h"

#include <QSizeF>

#include <opencv2/imgproc.hpp>

namespace ioc::vision {

std::vector<cv::Point> toPixels(const QList<QPointF>& normalised, cv::Size size)
{
    std::vector<cv::Point> out;
    out.reserve(size_t(normalised.size()));
    for (const QPointF& p : normalised)
        out.emplace_back(int(std::lround(p.x() * (size.width - 1))), int(std::lround(p.y() * (size.height - 1))));
    return out;
}

cv::Mat polygonMask(const QList<QPointF>& normalised, cv::Size size)
{
    cv::Mat mask = cv::Mat::zeros(size, CV_8UC1);
    const std::vector<std::vector<cv::Point>> polys{toPixels(normalised, size)};
    cv::fillPoly(mask, polys, cv::Scalar(255));
    return mask;
}

bool contains(const QList<QPointF>& polygon, const QPointF& point)
{
    bool inside = false;
    for (qsizetype i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const QPointF& a = polygon.at(i);
        const QPointF& b = polygon.at(j);
        if ((a.y() > point.y()) != (b.y() > point.y())
            && point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

QRectF scaled(const cv::Rect& r, cv::Size from, QSizeF target)
{
    const double sx = target.width() / from.width;
    const double sy = target.height() / from.height;
    return QRectF(r.x * sx, r.y * sy, r.width * sx, r.height * sy);
}

} // namespace ioc::vision
