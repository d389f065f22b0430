// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Clips and times for the vision tests: frames of a clip sampled every `step` frames, with their frame
// time (index / fps) from a fixed start, so that durations do not depend on how fast the machine is.

#include <QDateTime>
#include <QString>
#include <QTest>

#include <opencv2/videoio.hpp>

#include <functional>

namespace ioc::test {

inline QString clipPath(const QString& name) { return QStringLiteral(IOC_VISION_TEST_VIDEO "/") + name; }

inline QDateTime clipStart() { return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC); }

// Calls visit(index, frame, time) for every step-th frame (from `first`) up to maxFrames visits; false
// when the clip cannot be opened.
inline bool forEachSampledFrame(const QString& clip, int step, int maxVisits,
                                const std::function<void(int, const cv::Mat&, const QDateTime&)>& visit, int first = 0)
{
    cv::VideoCapture capture(clipPath(clip).toStdString());
    if (!capture.isOpened())
        return false;
    const double fps = capture.get(cv::CAP_PROP_FPS) > 0 ? capture.get(cv::CAP_PROP_FPS) : 10.0;
    cv::Mat frame;
    int visits = 0;
    for (int i = 0; capture.grab() && visits < maxVisits; ++i) {
        if (i < first || (i - first) % step != 0)
            continue;
        capture.retrieve(frame);
        visit(i, frame, clipStart().addMSecs(qint64(i * 1000.0 / fps)));
        ++visits;
    }
    return true;
}

} // namespace ioc::test
