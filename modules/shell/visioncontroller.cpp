// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/visioncontroller.h"

#include "auth/authservice.h"
#include "core/redaction.h"
#include "shell/logcategories.h"
#include "video/frametap.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ioc {

// Context of this file's translated texts.
struct VisionUiText {
    Q_DECLARE_TR_FUNCTIONS(VisionUiText)
};

namespace {

QString detectionName(const QString& detection)
{
    if (detection == u"crowd")
        return VisionUiText::tr("Crowd");
    if (detection == u"intrusion")
        return VisionUiText::tr("Intrusion");
    if (detection == u"fire_smoke")
        return VisionUiText::tr("Fire or smoke");
    if (detection == u"object")
        return VisionUiText::tr("Object");
    return detection;
}

// HOG people carry an SVM weight (not a probability: 0.5 weak, 3 strong), shown as a number; DNN classes
// and the others a probability, shown as a percentage.
QString scoreText(const VisionBox& box)
{
    if (box.label == u"person")
        return QString::number(box.score, 'f', 1);
    return QStringLiteral("%1%").arg(qRound(std::clamp(box.score, 0.0, 1.0) * 100));
}

QString noPipeline() { return VisionUiText::tr("Camera analytics do not run on this console."); }

} // namespace

VisionController::VisionController(VisionPipeline* pipeline, AuthService& auth, QString configFolder, QObject* parent)
    : QObject(parent), m_pipeline(pipeline), m_auth(auth), m_folder(std::move(configFolder)), m_tap(&FrameTap::instance())
{
    m_clock.start();
    m_expiry.setInterval(250);
    connect(&m_expiry, &QTimer::timeout, this, &VisionController::expire);
    connect(&m_auth, &AuthService::sessionChanged, this, &VisionController::permissionsChanged);
    if (m_pipeline) {
        connect(m_pipeline, &VisionPipeline::detected, this, &VisionController::onDetected);
        connect(m_pipeline, &VisionPipeline::cameraFailed, this, &VisionController::onFailed);
        connect(m_pipeline, &VisionPipeline::alertRaised, this, [this](const QString& alertKey, const QString& visionKey, const QString& rule) {
            Q_EMIT alertRaised(alertKey, m_wallKeyOf.value(visionKey, visionKey), rule);
        });
    }
}

VisionController::~VisionController()
{
    for (Camera& camera : m_cameras)
        unsubscribe(camera);
}

void VisionController::setDetectionLifetimeMs(int ms)
{
    m_lifetimeMs = std::max(100, ms);
}

void VisionController::setCameras(const QList<Asset>& cameras)
{
    QHash<QString, Camera> kept;
    m_wallKeyOf.clear();
    for (const Asset& asset : cameras) {
        if (asset.kind != AssetKind::Camera)
            continue;
        const QString key = asset.key.externalId;
        Camera camera = m_cameras.take(key);
        camera.vision = VisionCamera::fromAsset(asset);
        m_wallKeyOf.insert(camera.vision.key, key);
        kept.insert(key, std::move(camera));
    }
    // Cameras that left the list: no analytics, no subscription.
    for (auto it = m_cameras.begin(); it != m_cameras.end(); ++it) {
        unsubscribe(it.value());
        if (m_pipeline)
            m_pipeline->removeCamera(it.value().vision.key);
    }
    m_cameras = std::move(kept);
    bump();
}

QStringList VisionController::loadConfigs(const QString& fallbackFolder, bool onlyNew)
{
    QStringList problems;
    const QStringList keys = m_cameras.keys();
    for (const QString& key : keys) {
        if (onlyNew && m_cameras.value(key).looked)
            continue;
        m_cameras[key].looked = true;
        QString folder = m_folder;
        if (!QFileInfo::exists(CameraAnalyticsConfig::fileFor(m_folder, key))) {
            if (fallbackFolder.isEmpty() || !QFileInfo::exists(CameraAnalyticsConfig::fileFor(fallbackFolder, key)))
                continue;
            folder = fallbackFolder;
        }
        QString problem;
        if (Result<CameraAnalyticsConfig> loaded = CameraAnalyticsConfig::load(folder, key); !loaded) {
            Camera& camera = m_cameras[key];
            const QString name = camera.vision.name.isEmpty() ? key : camera.vision.name;
            problem = VisionUiText::tr("Analytics of camera %1 are off: %2").arg(name, redactCredentials(loaded.errorMessage()));
            camera.error = problem;
            camera.configured = false;
            unsubscribe(camera);
            if (m_pipeline)
                m_pipeline->removeCamera(camera.vision.key);
        } else if (Result<void> applied = apply(key, loaded.value()); !applied) {
            problem = m_cameras.value(key).error; // the pipeline's refusal names the camera
            if (problem.isEmpty())
                problem = applied.errorMessage();
        }
        if (!problem.isEmpty()) {
            problems.append(problem);
            qCWarning(lcShell).noquote() << problem;
        }
    }
    bump();
    return problems;
}

bool VisionController::canConfigure() const
{
    return m_pipeline && m_auth.can(QStringLiteral("configure_analytics"));
}

bool VisionController::hasAnalytics(const QString& cameraKey) const
{
    const auto it = m_cameras.constFind(cameraKey);
    return m_pipeline && it != m_cameras.cend() && it->configured && m_pipeline->hasAnalytics(it->vision.key);
}

QVariantList VisionController::detections(const QString& cameraKey) const
{
    QVariantList out;
    const auto it = m_cameras.constFind(cameraKey);
    if (it == m_cameras.cend())
        return out;
    QSize size;
    {
        QMutexLocker lock(&m_sizesMutex);
        size = m_sizes.value(cameraKey);
    }
    if (!size.isValid() || size.isEmpty())
        return out;
    for (const auto& [detection, received] : it->detections) {
        Q_UNUSED(received)
        for (const VisionBox& box : detection.finding.boxes) {
            out.append(QVariantMap{{QStringLiteral("x"), box.rect.x() / size.width()},
                                   {QStringLiteral("y"), box.rect.y() / size.height()},
                                   {QStringLiteral("width"), box.rect.width() / size.width()},
                                   {QStringLiteral("height"), box.rect.height() / size.height()},
                                   {QStringLiteral("score"), box.score},
                                   {QStringLiteral("scoreText"), scoreText(box)},
                                   {QStringLiteral("label"), box.label},
                                   {QStringLiteral("detection"), detection.finding.detection},
                                   {QStringLiteral("rule"), detectionName(detection.finding.detection)},
                                   {QStringLiteral("zone"), detection.finding.zone},
                                   {QStringLiteral("count"), detection.finding.count},
                                   {QStringLiteral("time"), detection.time.toUTC().toString(Qt::ISODateWithMs)}});
        }
    }
    return out;
}

QVariantList VisionController::zones(const QString& cameraKey) const
{
    QVariantList out;
    const auto it = m_cameras.constFind(cameraKey);
    if (it == m_cameras.cend() || !it->configured)
        return out;
    for (const AnalyticsZone& zone : it->config.zones) {
        QVariantList points;
        for (const QPointF& p : zone.points)
            points.append(QVariantMap{{QStringLiteral("x"), p.x()}, {QStringLiteral("y"), p.y()}});
        out.append(QVariantMap{{QStringLiteral("id"), zone.id},
                               {QStringLiteral("kind"), zone.kind == AnalyticsZone::Kind::Crowd ? QStringLiteral("crowd") : QStringLiteral("intrusion")},
                               {QStringLiteral("points"), points}});
    }
    return out;
}

QString VisionController::error(const QString& cameraKey) const
{
    return m_cameras.value(cameraKey).error;
}

QVariantMap VisionController::config(const QString& cameraKey) const
{
    const auto it = m_cameras.constFind(cameraKey);
    const CameraAnalyticsConfig config = it != m_cameras.cend() && it->configured ? it->config : CameraAnalyticsConfig();
    return config.toJson().toVariantMap();
}

QString VisionController::saveConfig(const QString& cameraKey, const QVariantMap& map)
{
    if (!m_pipeline)
        return noPipeline();
    const auto it = m_cameras.find(cameraKey);
    if (it == m_cameras.end())
        return VisionUiText::tr("Camera %1 is not known to the analytics.").arg(cameraKey);
    if (Result<void> allowed = m_auth.authorize(m_auth.session(), Capability::ConfigureAnalytics,
                                                QStringLiteral("asset:") + it->vision.key, it->vision.areaCode);
        !allowed)
        return allowed.errorMessage();
    Result<CameraAnalyticsConfig> parsed = CameraAnalyticsConfig::fromJson(QJsonObject::fromVariantMap(map));
    if (!parsed)
        return parsed.errorMessage();
    if (Result<void> valid = parsed.value().validate(); !valid)
        return valid.errorMessage();
    if (Result<void> saved = parsed.value().save(m_folder, cameraKey); !saved)
        return saved.errorMessage();
    if (Result<void> applied = apply(cameraKey, parsed.value()); !applied)
        return applied.errorMessage();
    qCInfo(lcShell) << "analytics of camera" << cameraKey << "saved by" << m_auth.session().login;
    return {};
}

QString VisionController::falseAlarm(const QString& alertKey, const QString& note)
{
    if (!m_pipeline)
        return noPipeline();
    const Session& session = m_auth.session();
    if (Result<void> allowed = m_auth.authorize(session, Capability::AcknowledgeAlerts, QStringLiteral("alert:") + alertKey); !allowed)
        return allowed.errorMessage();
    if (Result<void> recorded = m_pipeline->recordFalseAlarm(alertKey, session.login, note); !recorded)
        return recorded.errorMessage();
    return {};
}

QString VisionController::visionKey(const QString& cameraKey) const
{
    return m_cameras.value(cameraKey).vision.key;
}

Result<void> VisionController::apply(const QString& cameraKey, const CameraAnalyticsConfig& config)
{
    auto it = m_cameras.find(cameraKey);
    if (it == m_cameras.end() || !m_pipeline)
        return fail(noPipeline());
    Result<void> set = m_pipeline->setCamera(it->vision, config);
    it = m_cameras.find(cameraKey); // setCamera signals synchronously (cameraFailed): the hash may have been touched
    it->detections.clear();
    if (!set) {
        it->configured = false;
        it->error = redactCredentials(set.errorMessage());
        unsubscribe(*it);
        bump();
        return set;
    }
    it->config = config;
    it->configured = config.anyDetector();
    it->error.clear();
    if (it->configured)
        subscribe(*it, cameraKey);
    else
        unsubscribe(*it);
    bump();
    return {};
}

void VisionController::subscribe(Camera& camera, const QString& cameraKey)
{
    unsubscribe(camera); // the rate may have changed
    VisionPipeline* pipeline = m_pipeline;
    const QString visionKey = camera.vision.key;
    camera.subscription = m_tap->subscribe(cameraKey, camera.config.maxFps,
                                           [this, pipeline, visionKey](const QString& key, const QVideoFrame& frame, QDateTime time) {
        // The tap's worker thread.
        {
            QMutexLocker lock(&m_sizesMutex);
            m_sizes.insert(key, frame.size());
        }
        pipeline->submit({visionKey, frame, {}, time});
    });
}

void VisionController::unsubscribe(Camera& camera)
{
    if (camera.subscription > 0)
        m_tap->unsubscribe(camera.subscription);
    camera.subscription = 0;
}

void VisionController::onDetected(const VisionDetection& detection)
{
    const auto key = m_wallKeyOf.constFind(detection.cameraKey);
    if (key == m_wallKeyOf.cend())
        return;
    auto it = m_cameras.find(*key);
    if (it == m_cameras.end())
        return;
    it->detections.insert(detection.finding.detection + QLatin1Char('/') + detection.finding.zone, {detection, m_clock.elapsed()});
    if (!m_expiry.isActive())
        m_expiry.start();
    bump();
}

void VisionController::onFailed(const QString& visionKey, const QString& message)
{
    const QString key = m_wallKeyOf.value(visionKey);
    auto it = m_cameras.find(key);
    if (it == m_cameras.end())
        return;
    it->error = message;
    Q_EMIT cameraFailed(key, message);
    bump();
}

void VisionController::expire()
{
    const qint64 now = m_clock.elapsed();
    bool removed = false;
    bool any = false;
    for (Camera& camera : m_cameras) {
        removed = camera.detections.removeIf([&](const auto& entry) { return now - entry.value().second > m_lifetimeMs; }) > 0 || removed;
        any = any || !camera.detections.isEmpty();
    }
    if (!any)
        m_expiry.stop();
    if (removed)
        bump();
}

void VisionController::bump()
{
    ++m_revision;
    Q_EMIT changed();
}

} // namespace ioc
