// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A picture as the camera wall hands it over to the analytics: an NV12 QVideoFrame (what FFmpeg decodes
// H.264 to), made from a BGR cv::Mat of even width and height.

#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <opencv2/imgproc.hpp>

#include <cstring>

namespace ioc::test {

inline QVideoFrame nv12(const cv::Mat& bgr)
{
    cv::Mat i420;
    cv::cvtColor(bgr, i420, cv::COLOR_BGR2YUV_I420);
    const int w = bgr.cols;
    const int h = bgr.rows;
    QVideoFrame frame(QVideoFrameFormat(QSize(w, h), QVideoFrameFormat::Format_NV12));
    if (!frame.map(QVideoFrame::WriteOnly))
        qFatal("cannot map a new frame");
    for (int r = 0; r < h; ++r)
        std::memcpy(frame.bits(0) + r * frame.bytesPerLine(0), i420.ptr(0) + r * w, size_t(w));
    const uchar* u = i420.ptr(h);
    const uchar* v = u + (w / 2) * (h / 2);
    for (int r = 0; r < h / 2; ++r) {
        uchar* uv = frame.bits(1) + r * frame.bytesPerLine(1);
        for (int c = 0; c < w / 2; ++c) {
            uv[2 * c] = u[r * (w / 2) + c];
            uv[2 * c + 1] = v[r * (w / 2) + c];
        }
    }
    frame.unmap();
    return frame;
}

} // namespace ioc::test
