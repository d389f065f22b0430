// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "vision/analyticsconfig.h"
#include "vision/detection.h"
#include "vision/frameinput.h"

#include <QGeoCoordinate>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace ioc {

class AlertService;
class Journal;

// The camera as the alerts name it.
struct VisionCamera {
    QString key;              // "source/id" of the camera asset; the alert subject is "asset:<key>"
    QString name;
    QGeoCoordinate position;
    QString areaCode;
    static VisionCamera fromAsset(const Asset& asset);
};

struct VisionCameraStats {
    qint64 submitted = 0;      // frames offered
    qint64 analysed = 0;       // frames that went through the analyzer
    qint64 droppedBudget = 0;  // over the camera's maxFps (frame time)
    qint64 droppedBusy = 0;    // the camera's previous frame was still being analysed
    qint64 stillFrames = 0;    // stopped by the motion gate
    qint64 failedFrames = 0;   // unreadable frames
    qint64 episodes = 0;       // episodes started
    QString lastError;         // translated; no credentials
};

// Local video analytics for many cameras. Frames come from any thread through submit(): a camera without
// analytics returns at once; a frame over the camera's budget (maxFps, frame time) or arriving while the
// camera's previous frame is still analysed is dropped, never queued. Analysis runs on the pipeline's own
// thread pool (never the GUI thread), one frame of a camera at a time. Each new episode writes a snapshot
// PNG (episode key as file name, boxes drawn) in snapshotFolder and, back on the GUI thread, raises one
// alert through AlertService (rule: the vision rule whose `detection` matches). Configuration, alerts and
// the journal: GUI thread.
class VisionPipeline : public QObject {
    Q_OBJECT

public:
    VisionPipeline(AlertService* alerts, Journal* journal, QString snapshotFolder, int threads = 0, QObject* parent = nullptr);
    ~VisionPipeline() override;

    // Sets (or replaces) a camera's analytics. An invalid config is refused with the reason, recorded as
    // the camera's error and signalled (cameraFailed); the camera then has no analytics; other cameras
    // are not touched. A config without any detector removes the camera (it costs nothing).
    Result<void> setCamera(const VisionCamera& camera, const CameraAnalyticsConfig& config);
    Result<void> setCameraJson(const VisionCamera& camera, const QJsonObject& json);
    void removeCamera(const QString& cameraKey);
    bool hasAnalytics(const QString& cameraKey) const;

    // Any thread. Cheap when the camera has no analytics (one hash lookup under a mutex).
    void submit(const FrameInput& input);

    VisionCameraStats stats(const QString& cameraKey) const;
    // Waits until no frame is being analysed and every result has been delivered (tests, shutdown).
    bool waitForIdle(int timeoutMs);

    // "False alarm" feedback on a vision alert: a journal entry "vision.false_alarm" (subject "alert:<key>",
    // payload: rule, camera, snapshot path, note). GUI thread.
    Result<void> recordFalseAlarm(const QString& alertKey, const QString& actor, const QString& note = {});

Q_SIGNALS:
    // GUI thread. Every finding of every analysed frame (episodeStart on the first of its episode).
    void detected(const ioc::VisionDetection& detection);
    // An alert raised (or grouped) for an episode.
    void alertRaised(const QString& alertKey, const QString& cameraKey, const QString& rule);
    // A camera's analytics cannot run as configured (bad config, unloadable model, unreadable frames):
    // that camera only. message translated, without credentials.
    void cameraFailed(const QString& cameraKey, const QString& message);

private:
    struct Slot;
    void run(std::shared_ptr<Slot> slot, FrameInput input);
    void deliver(const VisionDetection& detection);
    void reportError(const QString& cameraKey, const QString& message);
    QString writeSnapshot(const FrameInput& input, const VisionDetection& detection, int width) const;

    AlertService* m_alerts;
    Journal* m_journal;
    QString m_snapshotFolder;
    QThreadPool m_pool;
    mutable QMutex m_mutex; // guards m_slots (the map; each slot guards itself)
    QHash<QString, std::shared_ptr<Slot>> m_slots;
    QHash<QString, VisionCamera> m_cameras;           // GUI thread
    QHash<QString, VisionCameraStats> m_failedConfig; // GUI thread: cameras refused for their config
    std::atomic<int> m_inFlight{0};                   // jobs queued or running + results not delivered yet
};

} // namespace ioc
