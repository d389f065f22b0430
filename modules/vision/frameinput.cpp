// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/frameinput.h"

#include <QCoreApplication>
#include <QImage>

#include <optional>

#include <opencv2/imgproc.hpp>

namespace ioc {

struct VisionFrameText {
    Q_DECLARE_TR_FUNCTIONS(VisionFrameText)
};

namespace {

// Width clamped to the source, even; height with the same aspect ratio, even, at least 2.
cv::Size scaledSize(int srcW, int srcH, int width)
{
    int w = (width <= 0 || width > srcW) ? srcW : width;
    w = std::max(2, w & ~1);
    const int h = std::max(2, int(std::lround(double(srcH) * w / srcW)) & ~1);
    return {w, h};
}

cv::Mat resized(const cv::Mat& src, cv::Size size)
{
    if (src.cols == size.width && src.rows == size.height)
        return src.clone(); // the source may be a mapped plane: own the pixels
    cv::Mat out;
    cv::resize(src, out, size, 0, 0, cv::INTER_AREA);
    return out;
}

// From a full-size BGR picture (the Mat path, the fallback and packed formats).
AnalysisFrame fromBgr(const cv::Mat& bgr, const AnalysisSizes& sizes)
{
    AnalysisFrame out;
    out.sourceSize = QSize(bgr.cols, bgr.rows);
    out.bgr = resized(bgr, scaledSize(bgr.cols, bgr.rows, sizes.analysisWidth));
    cv::cvtColor(out.bgr, out.gray, cv::COLOR_BGR2GRAY);
    if (sizes.detectWidth >= 0) {
        const cv::Size d = scaledSize(bgr.cols, bgr.rows, sizes.detectWidth);
        if (d.width == bgr.cols && d.height == bgr.rows)
            cv::cvtColor(bgr, out.detectGray, cv::COLOR_BGR2GRAY);
        else
            cv::cvtColor(resized(bgr, d), out.detectGray, cv::COLOR_BGR2GRAY);
    }
    return out;
}

// Planar / semi-planar 4:2:0: luma plus an interleaved chroma plane (U,V for NV12 order) at half size.
AnalysisFrame fromYuv420(const cv::Mat& y, const cv::Mat& uvHalf, bool vuOrder, const AnalysisSizes& sizes)
{
    AnalysisFrame out;
    out.sourceSize = QSize(y.cols, y.rows);
    const cv::Size a = scaledSize(y.cols, y.rows, sizes.analysisWidth);
    out.gray = resized(y, a);
    cv::Mat uvSmall;
    cv::resize(uvHalf, uvSmall, cv::Size(a.width / 2, a.height / 2), 0, 0, cv::INTER_AREA);
    cv::cvtColorTwoPlane(out.gray, uvSmall, out.bgr, vuOrder ? cv::COLOR_YUV2BGR_NV21 : cv::COLOR_YUV2BGR_NV12);
    if (sizes.detectWidth >= 0)
        out.detectGray = resized(y, scaledSize(y.cols, y.rows, sizes.detectWidth));
    return out;
}

// 4-byte pixels: resize first, then convert (code: the cv conversion of that byte order to BGR / grey).
AnalysisFrame fromFourChannel(const cv::Mat& px, int toBgr, int toGray, const AnalysisSizes& sizes)
{
    AnalysisFrame out;
    out.sourceSize = QSize(px.cols, px.rows);
    cv::cvtColor(resized(px, scaledSize(px.cols, px.rows, sizes.analysisWidth)), out.bgr, toBgr);
    cv::cvtColor(out.bgr, out.gray, cv::COLOR_BGR2GRAY);
    if (sizes.detectWidth >= 0)
        cv::cvtColor(resized(px, scaledSize(px.cols, px.rows, sizes.detectWidth)), out.detectGray, toGray);
    return out;
}

// Alpha (or padding) first in memory: reorder to BGRA (index list: source channel of B, G, R, A).
cv::Mat reorderToBgra(const cv::Mat& px, int b, int g, int r, int a)
{
    cv::Mat out(px.rows, px.cols, CV_8UC4);
    const int fromTo[] = {b, 0, g, 1, r, 2, a, 3};
    cv::mixChannels(&px, 1, &out, 1, fromTo, 4);
    return out;
}

Result<AnalysisFrame> fromVideoFrame(QVideoFrame frame, const AnalysisSizes& sizes)
{
    const int w = frame.width();
    const int h = frame.height();
    if (w < 2 || h < 2)
        return fail(VisionFrameText::tr("the frame is empty (%1×%2)").arg(w).arg(h));
    if (!frame.map(QVideoFrame::ReadOnly))
        return fail(VisionFrameText::tr("the frame cannot be read (format %1)").arg(int(frame.pixelFormat())));
    // Plane pointers are valid until unmap(); every output below owns its pixels.
    auto plane = [&](int i, int rows, int cols, int type) {
        return cv::Mat(rows, cols, type, const_cast<uchar*>(frame.bits(i)), size_t(frame.bytesPerLine(i)));
    };
    std::optional<AnalysisFrame> out;
    switch (frame.pixelFormat()) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
        out = fromYuv420(plane(0, h, w, CV_8UC1), plane(1, h / 2, w / 2, CV_8UC2),
                         frame.pixelFormat() == QVideoFrameFormat::Format_NV21, sizes);
        break;
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12: {
        const bool yv12 = frame.pixelFormat() == QVideoFrameFormat::Format_YV12; // Y, V, U
        const cv::Mat u = plane(yv12 ? 2 : 1, h / 2, w / 2, CV_8UC1);
        const cv::Mat v = plane(yv12 ? 1 : 2, h / 2, w / 2, CV_8UC1);
        cv::Mat uv;
        cv::merge(std::vector<cv::Mat>{u, v}, uv);
        out = fromYuv420(plane(0, h, w, CV_8UC1), uv, false, sizes);
        break;
    }
    case QVideoFrameFormat::Format_Y8: {
        const cv::Mat y = plane(0, h, w, CV_8UC1);
        AnalysisFrame f;
        f.sourceSize = QSize(w, h);
        f.gray = resized(y, scaledSize(w, h, sizes.analysisWidth));
        cv::cvtColor(f.gray, f.bgr, cv::COLOR_GRAY2BGR);
        if (sizes.detectWidth >= 0)
            f.detectGray = resized(y, scaledSize(w, h, sizes.detectWidth));
        out = f;
        break;
    }
    case QVideoFrameFormat::Format_UYVY:
    case QVideoFrameFormat::Format_YUYV: {
        const bool uyvy = frame.pixelFormat() == QVideoFrameFormat::Format_UYVY;
        cv::Mat bgr;
        cv::cvtColor(plane(0, h, w, CV_8UC2), bgr, uyvy ? cv::COLOR_YUV2BGR_UYVY : cv::COLOR_YUV2BGR_YUYV);
        out = fromBgr(bgr, sizes);
        break;
    }
    // Qt names these formats by their byte order in memory.
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
    case QVideoFrameFormat::Format_BGRX8888:
        out = fromFourChannel(plane(0, h, w, CV_8UC4), cv::COLOR_BGRA2BGR, cv::COLOR_BGRA2GRAY, sizes);
        break;
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888:
        out = fromFourChannel(plane(0, h, w, CV_8UC4), cv::COLOR_RGBA2BGR, cv::COLOR_RGBA2GRAY, sizes);
        break;
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888:
        out = fromFourChannel(reorderToBgra(plane(0, h, w, CV_8UC4), 3, 2, 1, 0), cv::COLOR_BGRA2BGR, cv::COLOR_BGRA2GRAY, sizes);
        break;
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888:
        out = fromFourChannel(reorderToBgra(plane(0, h, w, CV_8UC4), 1, 2, 3, 0), cv::COLOR_BGRA2BGR, cv::COLOR_BGRA2GRAY, sizes);
        break;
    default:
        break;
    }
    frame.unmap();
    if (out)
        return *out;
    // Anything else (10-bit, 4:2:2 planar, JPEG, textures): Qt's own conversion, then the BGR path.
    const QImage image = frame.toImage().convertToFormat(QImage::Format_BGR888);
    if (image.isNull())
        return fail(VisionFrameText::tr("frames of format %1 cannot be analysed").arg(int(frame.pixelFormat())));
    const cv::Mat bgr(image.height(), image.width(), CV_8UC3, const_cast<uchar*>(image.constBits()), size_t(image.bytesPerLine()));
    return fromBgr(bgr, sizes);
}

} // namespace

Result<AnalysisFrame> prepareAnalysisFrame(const FrameInput& input, const AnalysisSizes& sizes)
{
    if (input.frame.isValid())
        return fromVideoFrame(input.frame, sizes);
    if (input.bgr.empty() || input.bgr.type() != CV_8UC3 || input.bgr.cols < 2 || input.bgr.rows < 2)
        return fail(VisionFrameText::tr("the frame is empty or not a colour picture"));
    return fromBgr(input.bgr, sizes);
}

cv::Mat frameToBgr(const FrameInput& input, int width)
{
    AnalysisSizes sizes;
    sizes.analysisWidth = width;
    Result<AnalysisFrame> f = prepareAnalysisFrame(input, sizes);
    return f ? f.value().bgr : cv::Mat();
}

} // namespace ioc
