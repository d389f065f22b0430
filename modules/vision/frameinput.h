// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QVideoFrame>

#include <opencv2/core.hpp>

namespace ioc {

// One frame handed to the analytics: either a decoded QVideoFrame (from the camera wall's frame tap) or a
// BGR cv::Mat (tests, files). time: when it was captured (frame time drives every duration rule).
struct FrameInput {
    QString cameraKey;
    QVideoFrame frame;  // used when valid
    cv::Mat bgr;        // CV_8UC3, used when frame is not valid
    QDateTime time;
};

// The pictures the detectors use, each made once from the source planes.
struct AnalysisFrame {
    QSize sourceSize;   // the frame's own size
    cv::Mat gray;       // CV_8UC1 at the analysis width (motion gate)
    cv::Mat bgr;        // CV_8UC3 at the analysis width (MOG2, fire, DNN input)
    cv::Mat detectGray; // CV_8UC1 at the people detector's width (empty when not asked for)
};

// What to make from a frame. Widths are clamped to the source width; heights keep the aspect ratio
// (rounded to even). detectWidth 0: the source width; -1: no detector picture.
struct AnalysisSizes {
    int analysisWidth = 320;
    int detectWidth = -1;
};

// QVideoFrame / cv::Mat → AnalysisFrame. NV12, NV21, YUV420P, YV12, UYVY, YUYV, Y8, BGRA/BGRX, RGBA/RGBX,
// ARGB/XRGB, ABGR/XBGR are read straight from the mapped planes (the luma plane gives the grey pictures;
// the small colour picture is made from planes resized to the small size before colour conversion);
// any other format goes through QVideoFrame::toImage(). A frame that cannot be mapped is an error.
// Thread: any (the frame is mapped read-only and unmapped before returning).
Result<AnalysisFrame> prepareAnalysisFrame(const FrameInput& input, const AnalysisSizes& sizes);

// The frame as BGR at `width` (snapshots), or empty on failure.
cv::Mat frameToBgr(const FrameInput& input, int width);

} // namespace ioc
