// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

#include <opencv2/core.hpp>

#include <vector>

namespace ioc::vision {

// A normalised polygon (0..1) as pixel points of a picture of `size`.
std::vector<cv::Point> toPixels(const QList<QPointF>& normalised, cv::Size size);
// A CV_8UC1 mask of `size`: 255 inside the polygon.
cv::Mat polygonMask(const QList<QPointF>& normalised, cv::Size size);
// Whether the normalised point lies inside the normalised polygon (even-odd rule).
bool contains(const QList<QPointF>& polygon, const QPointF& point);
// A pixel rectangle of a picture of `size` as a rectangle in pixels of `target`.
QRectF scaled(const cv::Rect& r, cv::Size from, QSizeF target);

} // namespace ioc::vision
