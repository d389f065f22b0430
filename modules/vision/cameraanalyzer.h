// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "vision/analyticsconfig.h"
#include "vision/detection.h"
#include "vision/frameinput.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace ioc {

class DnnDetector;
class FireDetector;
class IntrusionDetector;
class MotionGate;
class PeopleDetector;

// One camera's analytics on one thread at a time: frame → small pictures (made once) → motion gate →
// the configured detectors → the findings that hold on this frame. Durations (crowd, dwell, fire) use
// frame time. A frame of a new size resets the per-picture state (motion, MOG2, fire); a gap of more
// than kMaxGapSeconds between analysed frames restarts every duration. A DNN that cannot be loaded or
// fails is switched off for this camera (dnnError() says why) and the other detectors go on.
class CameraAnalyzer {
public:
    static constexpr double kMaxGapSeconds = 5.0;

    CameraAnalyzer(QString cameraKey, CameraAnalyticsConfig config);
    ~CameraAnalyzer();
    CameraAnalyzer(const CameraAnalyzer&) = delete;
    CameraAnalyzer& operator=(const CameraAnalyzer&) = delete;

    struct Outcome {
        bool motion = false;          // the gate let the frame through
        bool resized = false;         // the frame's size differs from the previous one
        bool gap = false;             // the frame follows a gap
        int people = -1;              // people found (-1: the people detector did not run)
        int hogRuns = 0;              // HOG passes on this frame (people.regions "motion": one per region)
        double hogCovered = 0;        // fraction of the detector's picture that HOG looked at (0..1)
        QList<VisionBox> peopleBoxes; // source pixels
        QList<VisionFinding> findings;
        QString dnnError;             // set on the frame where the DNN failed (then it is off)
    };
    // An unreadable frame is an error (for this frame only; the next one is analysed as usual).
    Result<Outcome> analyse(const FrameInput& input);

    const QString& cameraKey() const { return m_cameraKey; }
    const CameraAnalyticsConfig& config() const { return m_config; }
    QString dnnError() const { return m_dnnError; }

private:
    void analysePeople(const AnalysisFrame& frame, const std::vector<cv::Rect>& motionRegions, const QDateTime& time, bool gap,
                       Outcome& out);
    void analyseDnn(const AnalysisFrame& frame, Outcome& out);

    QString m_cameraKey;
    CameraAnalyticsConfig m_config;
    AnalysisSizes m_sizes;
    std::unique_ptr<MotionGate> m_motion;
    std::unique_ptr<PeopleDetector> m_people;
    std::vector<std::unique_ptr<IntrusionDetector>> m_intrusion;
    std::unique_ptr<FireDetector> m_fire;
    std::unique_ptr<DnnDetector> m_dnn;
    QString m_dnnError;
    // people.regions "motion": where people stood on the last analysed frame (detector's pixels); searched
    // again with the moving regions, so that someone who stops walking is still counted.
    std::vector<cv::Rect> m_lastPeople;
    QHash<QString, QDateTime> m_crowdSince; // zone ("" = whole picture) → since when the crowd holds
    QSize m_lastSize;
    QDateTime m_lastTime;
};

} // namespace ioc
