// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "vision/analyticsconfig.h"
#include "vision/detection.h"
#include "vision/visionpipeline.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

namespace ioc {

class AuthService;
class FrameTap;

// The camera analytics for QML (issue 9), registered as the singleton `Vision`: which cameras have
// analytics, what they detect now (for the tiles' overlays), each camera's error, the analytics editor
// (config, saveConfig) and the "false alarm" feedback. Cameras are named by the wall's key (the Asset's
// externalId, CameraStreams::cameraKey); the pipeline knows them as VisionCamera::fromAsset(...).key.
//
// It also feeds the pipeline: each camera with analytics is subscribed to the frame tap at its maxFps,
// and the tap's pictures are submitted to the pipeline (on the tap's worker thread; submit is thread-safe).
// A camera without analytics has no subscription (costs nothing).
//
// Without a pipeline (a console that does not run the alerts) every query answers "nothing" and every
// action is refused with a reason. GUI thread; the pipeline, auth service and tap must outlive it.
class VisionController : public QObject {
    Q_OBJECT
    // A pipeline runs on this console.
    Q_PROPERTY(bool available READ available CONSTANT)
    // The signed-in session may change analytics (capability configure_analytics).
    Q_PROPERTY(bool canConfigure READ canConfigure NOTIFY permissionsChanged)
    // Counts every change of detections, analytics or errors, so that QML can bind to the functions.
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    VisionController(VisionPipeline* pipeline, AuthService& auth, QString configFolder, QObject* parent = nullptr);
    ~VisionController() override;

    // The tap the pictures come from (default: FrameTap::instance()); before any camera is configured.
    void setFrameTap(FrameTap* tap) { m_tap = tap; }
    // How long a detection stays on the tile without a newer one (ms; default 2000).
    void setDetectionLifetimeMs(int ms);
    QString configFolder() const { return m_folder; }

    // The cameras that may have analytics (camera Assets). Cameras no longer listed lose their analytics.
    void setCameras(const QList<Asset>& cameras);
    // Applies every listed camera's config file: the file in the config folder, else the one of the same
    // name in `fallbackFolder` (the shipped demo configs; may be a resource folder). A camera without a
    // file has no analytics. Returns the problems (translated, one per bad file); those cameras are off,
    // the others run. onlyNew: only the cameras no earlier call has looked at (cameras added since).
    QStringList loadConfigs(const QString& fallbackFolder = {}, bool onlyNew = false);

    bool available() const { return m_pipeline != nullptr; }
    bool canConfigure() const;
    int revision() const { return m_revision; }

    Q_INVOKABLE bool hasAnalytics(const QString& cameraKey) const;
    // The camera's current detections: [{x, y, width, height (0..1 of the picture), score, scoreText
    // (HOG people: the detector's weight "2.4"; others: a percentage "87%"), label,
    // detection ("crowd", "intrusion", …), rule ("vision-crowd", …), zone, count, time (ISO UTC)}].
    Q_INVOKABLE QVariantList detections(const QString& cameraKey) const;
    // The camera's zones, for faint outlines: [{id, kind ("intrusion"/"crowd"), points: [{x, y}]}].
    Q_INVOKABLE QVariantList zones(const QString& cameraKey) const;
    // The camera's analytics problem (translated, no credentials); "" when none.
    Q_INVOKABLE QString error(const QString& cameraKey) const;
    // The camera's analytics as the JSON of CameraAnalyticsConfig (defaults when it has none).
    Q_INVOKABLE QVariantMap config(const QString& cameraKey) const;
    // Validates, applies to the running pipeline and writes <configFolder>/<key>.json. Needs
    // configure_analytics (checked and journaled by AuthService). Returns "" or the reason (translated).
    Q_INVOKABLE QString saveConfig(const QString& cameraKey, const QVariantMap& config);
    // "False alarm" on a vision alert, for the signed-in session (needs acknowledge_alerts). "" or why not.
    Q_INVOKABLE QString falseAlarm(const QString& alertKey, const QString& note);

    // The pipeline's key of a wall camera ("" when unknown).
    QString visionKey(const QString& cameraKey) const;

Q_SIGNALS:
    void changed();
    void permissionsChanged();
    // A camera's analytics could not run as configured (translated); also in error(cameraKey).
    void cameraFailed(const QString& cameraKey, const QString& message);
    // The pipeline raised (or grouped) an alert for an episode of this camera (wall key).
    void alertRaised(const QString& alertKey, const QString& cameraKey, const QString& rule);

private:
    struct Camera {
        VisionCamera vision;
        CameraAnalyticsConfig config;
        bool configured = false;
        bool looked = false; // loadConfigs has been through it
        int subscription = 0;
        QString error;
        // The latest detection of each (detection, zone), with when it arrived (m_clock, ms).
        QHash<QString, std::pair<VisionDetection, qint64>> detections;
    };
    Result<void> apply(const QString& cameraKey, const CameraAnalyticsConfig& config);
    void subscribe(Camera& camera, const QString& cameraKey);
    void unsubscribe(Camera& camera);
    void onDetected(const VisionDetection& detection);
    void onFailed(const QString& visionKey, const QString& message);
    void expire();
    void bump();

    QPointer<VisionPipeline> m_pipeline;
    AuthService& m_auth;
    QString m_folder;
    FrameTap* m_tap;
    QHash<QString, Camera> m_cameras;        // by wall key
    QHash<QString, QString> m_wallKeyOf;     // vision key → wall key
    // Each camera's last picture size (by wall key), written by the tap's workers: boxes are
    // normalised with it. The subscriptions end (unsubscribe waits) before this object goes.
    mutable QMutex m_sizesMutex;
    QHash<QString, QSize> m_sizes;
    int m_lifetimeMs = 2000;
    QElapsedTimer m_clock;
    QTimer m_expiry{this};
    int m_revision = 0;
};

} // namespace ioc
