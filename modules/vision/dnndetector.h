// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "vision/analyticsconfig.h"

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include <memory>
#include <vector>

namespace ioc {

// An ONNX object detector (cv::dnn::readNetFromONNX) with YOLO-style output: one tensor [1, N, 5+C] or
// [1, 5+C, N] (the layout is told by which axis is 5+C, C = the number of lines of the class file; when
// both are, [1, N, 5+C]); a row is cx, cy, w, h (input pixels), objectness, C class scores. Confidence =
// objectness × best class score; boxes below `confidence` are dropped, the rest go through NMS per class.
// Any other shape is an error naming the shape. Runs on the CPU. Not thread-safe: one instance per camera.
class DnnDetector {
public:
    ~DnnDetector();
    DnnDetector(DnnDetector&&) noexcept;
    DnnDetector& operator=(DnnDetector&&) noexcept;

    // A missing or unreadable file, an empty class list or a model OpenCV cannot read is an error.
    static Result<DnnDetector> load(const DnnSettings& settings);

    struct Object {
        cv::Rect box;       // pixels of the picture given to detect()
        int classId = 0;
        QString label;
        double confidence = 0;
    };
    Result<std::vector<Object>> detect(const cv::Mat& bgr);
    const QStringList& classes() const { return m_classes; }

    // Output tensor (rows × cols, after any transpose) → objects, scaled from the input size to `picture`.
    // Public for tests of the layout handling.
    static Result<std::vector<Object>> decode(const cv::Mat& output, const QStringList& classes, cv::Size input,
                                              cv::Size picture, double confidence, double nmsOverlap);

private:
    DnnDetector();
    struct Net;
    DnnSettings m_settings;
    QStringList m_classes;
    std::unique_ptr<Net> m_net;
};

} // namespace ioc
