// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/visionpipeline.h"

#include "alerts/alertservice.h"
#include "core/redaction.h"
#include "store/journal.h"
#include "vision/cameraanalyzer.h"
#include "vision/episodetracker.h"
#include "vision/logcategories.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QLocale>
#include <QThread>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace ioc {

struct VisionText {
    Q_DECLARE_TR_FUNCTIONS(VisionText)
};

struct VisionPipeline::Slot {
    QString key;
    CameraAnalyticsConfig config;
    QMutex mutex;                 // guards busy, lastAccepted, stats
    bool busy = false;
    QDateTime lastAccepted;
    VisionCameraStats stats;
    // Touched only by the job that holds `busy`.
    std::unique_ptr<CameraAnalyzer> analyzer;
    std::unique_ptr<EpisodeTracker> tracker;
};

VisionCamera VisionCamera::fromAsset(const Asset& asset)
{
    VisionCamera c;
    c.key = asset.key.source + QLatin1Char('/') + asset.key.externalId;
    c.name = asset.name;
    c.position = asset.position;
    c.areaCode = asset.areaCode;
    return c;
}

VisionPipeline::VisionPipeline(AlertService* alerts, Journal* journal, QString snapshotFolder, int threads, QObject* parent)
    : QObject(parent), m_alerts(alerts), m_journal(journal), m_snapshotFolder(std::move(snapshotFolder))
{
    qRegisterMetaType<ioc::VisionDetection>();
    m_pool.setObjectName(QStringLiteral("ioc-vision"));
    m_pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount() - 1));
    // Workers idle for a minute are let go (a wall with no analytics holds no threads).
    m_pool.setExpiryTimeout(60000);
}

VisionPipeline::~VisionPipeline()
{
    m_pool.clear();
    m_pool.waitForDone();
}

Result<void> VisionPipeline::setCamera(const VisionCamera& camera, const CameraAnalyticsConfig& config)
{
    if (Result<void> valid = config.validate(); !valid) {
        const QString message = VisionText::tr("Analytics of camera %1 are off: %2").arg(camera.name.isEmpty() ? camera.key : camera.name, valid.errorMessage());
        removeCamera(camera.key);
        VisionCameraStats failed;
        failed.lastError = message;
        m_failedConfig.insert(camera.key, failed);
        reportError(camera.key, message);
        return fail(message);
    }
    m_failedConfig.remove(camera.key);
    if (!config.anyDetector()) {
        removeCamera(camera.key);
        return {};
    }
    auto slot = std::make_shared<Slot>();
    slot->key = camera.key;
    slot->config = config;
    m_cameras.insert(camera.key, camera);
    QMutexLocker lock(&m_mutex);
    // A frame of the old slot still running finishes on it; new frames go to the new one.
    m_slots.insert(camera.key, slot);
    return {};
}

Result<void> VisionPipeline::setCameraJson(const VisionCamera& camera, const QJsonObject& json)
{
    Result<CameraAnalyticsConfig> config = CameraAnalyticsConfig::fromJson(json);
    if (!config) {
        const QString message = VisionText::tr("Analytics of camera %1 are off: %2").arg(camera.name.isEmpty() ? camera.key : camera.name, config.errorMessage());
        removeCamera(camera.key);
        VisionCameraStats failed;
        failed.lastError = message;
        m_failedConfig.insert(camera.key, failed);
        reportError(camera.key, message);
        return fail(message);
    }
    return setCamera(camera, config.value());
}

void VisionPipeline::removeCamera(const QString& cameraKey)
{
    QMutexLocker lock(&m_mutex);
    m_slots.remove(cameraKey);
}

bool VisionPipeline::hasAnalytics(const QString& cameraKey) const
{
    QMutexLocker lock(&m_mutex);
    return m_slots.contains(cameraKey);
}

void VisionPipeline::submit(const FrameInput& input)
{
    std::shared_ptr<Slot> slot;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_slots.constFind(input.cameraKey);
        if (it == m_slots.constEnd())
            return;
        slot = *it;
    }
    const QDateTime time = input.time.isValid() ? input.time : QDateTime::currentDateTimeUtc();
    {
        QMutexLocker lock(&slot->mutex);
        ++slot->stats.submitted;
        if (slot->busy) {
            ++slot->stats.droppedBusy;
            return;
        }
        // Budget on frame time: at most maxFps frames a second (a small tolerance for jittery timestamps).
        const qint64 minGapMs = qint64(1000.0 / slot->config.maxFps * 0.9);
        if (slot->lastAccepted.isValid()) {
            const qint64 since = slot->lastAccepted.msecsTo(time);
            if (since >= 0 && since < minGapMs) {
                ++slot->stats.droppedBudget;
                return;
            }
        }
        slot->lastAccepted = time;
        slot->busy = true;
    }
    ++m_inFlight;
    FrameInput copy = input;
    copy.time = time;
    m_pool.start([this, slot, copy]() { run(slot, copy); });
}

void VisionPipeline::run(std::shared_ptr<Slot> slot, FrameInput input)
{
    QList<VisionDetection> detections;
    QStringList errors;
    if (!slot->analyzer) {
        slot->analyzer = std::make_unique<CameraAnalyzer>(slot->key, slot->config);
        slot->tracker = std::make_unique<EpisodeTracker>(slot->config.quietSeconds);
        if (!slot->analyzer->dnnError().isEmpty())
            errors.append(slot->analyzer->dnnError());
    }
    std::optional<CameraAnalyzer::Outcome> outcome;
    QString frameError;
    try {
        Result<CameraAnalyzer::Outcome> analysed = slot->analyzer->analyse(input);
        if (analysed)
            outcome = std::move(analysed).value();
        else
            frameError = analysed.errorMessage();
    } catch (const cv::Exception& e) {
        frameError = VisionText::tr("the analysis failed: %1").arg(QString::fromStdString(e.msg).trimmed());
    } catch (const std::exception& e) {
        frameError = VisionText::tr("the analysis failed: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    int started = 0;
    if (outcome) {
        if (!outcome->dnnError.isEmpty())
            errors.append(outcome->dnnError);
        for (const VisionFinding& f : std::as_const(outcome->findings)) {
            const EpisodeTracker::Update u = slot->tracker->observe(slot->key, f.detection, f.zone, input.time);
            VisionDetection d;
            d.cameraKey = slot->key;
            d.time = input.time;
            d.finding = f;
            d.episodeKey = u.episodeKey;
            d.episodeStart = u.started;
            if (u.started) {
                d.snapshotPath = writeSnapshot(input, d, slot->config.snapshotWidth);
                ++started;
            }
            detections.append(d);
        }
        slot->tracker->expire(input.time);
    } else {
        errors.append(frameError);
    }
    {
        QMutexLocker lock(&slot->mutex);
        // The same error frame after frame (a stream of unreadable frames) is reported once.
        const QString previous = slot->stats.lastError;
        errors.removeIf([&](const QString& e) { return e == previous; });
        if (outcome) {
            ++slot->stats.analysed;
            if (!outcome->motion)
                ++slot->stats.stillFrames;
        } else {
            ++slot->stats.failedFrames;
        }
        slot->stats.episodes += started;
        if (!errors.isEmpty())
            slot->stats.lastError = errors.last();
        slot->busy = false;
    }
    if (detections.isEmpty() && errors.isEmpty()) {
        --m_inFlight;
        return;
    }
    const QString key = slot->key;
    // Delivered on the GUI thread; dropped if the pipeline is gone by then (context object).
    QMetaObject::invokeMethod(this, [this, key, detections, errors]() {
        for (const QString& e : errors)
            reportError(key, e);
        for (const VisionDetection& d : detections)
            deliver(d);
        --m_inFlight;
    }, Qt::QueuedConnection);
}

QString VisionPipeline::writeSnapshot(const FrameInput& input, const VisionDetection& d, int width) const
{
    if (m_snapshotFolder.isEmpty() || !QDir().mkpath(m_snapshotFolder))
        return {};
    cv::Mat picture = frameToBgr(input, width);
    if (picture.empty())
        return {};
    const double sx = double(picture.cols) / std::max(1.0, input.frame.isValid() ? double(input.frame.width()) : double(input.bgr.cols));
    const double sy = double(picture.rows) / std::max(1.0, input.frame.isValid() ? double(input.frame.height()) : double(input.bgr.rows));
    for (const VisionBox& b : d.finding.boxes) {
        const cv::Rect r(int(b.rect.x() * sx), int(b.rect.y() * sy), int(b.rect.width() * sx), int(b.rect.height() * sy));
        cv::rectangle(picture, r, cv::Scalar(0, 0, 255), 2);
    }
    // Caption: detection and UTC time, burnt in (Latin only: cv::putText has no other glyphs).
    const std::string caption = (d.finding.detection + QLatin1Char(' ') + d.time.toUTC().toString(Qt::ISODate)).toStdString();
    cv::putText(picture, caption, cv::Point(6, picture.rows - 8), cv::FONT_HERSHEY_SIMPLEX, 0.5, cv::Scalar(0, 0, 0), 3);
    cv::putText(picture, caption, cv::Point(6, picture.rows - 8), cv::FONT_HERSHEY_SIMPLEX, 0.5, cv::Scalar(255, 255, 255), 1);
    QString name = d.episodeKey;
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString path = QDir(m_snapshotFolder).filePath(name + QStringLiteral(".png"));
    try {
        if (!cv::imwrite(path.toStdString(), picture))
            return {};
    } catch (const cv::Exception& e) {
        qCWarning(lcVision) << "cannot write the snapshot" << path << QString::fromStdString(e.msg);
        return {};
    }
    return path;
}

void VisionPipeline::reportError(const QString& cameraKey, const QString& message)
{
    // Messages never carry stream URLs; redact anyway in case a path or model name held user info.
    const QString safe = redactCredentials(message);
    qCWarning(lcVision) << "camera" << cameraKey << safe;
    Q_EMIT cameraFailed(cameraKey, safe);
}

void VisionPipeline::deliver(const VisionDetection& d)
{
    Q_EMIT detected(d);
    if (!d.episodeStart || !m_alerts)
        return;
    const AlertRule* rule = nullptr;
    for (const AlertRule* r : m_alerts->rules().ofKind(AlertRuleKind::Vision)) {
        if (r->enabled && r->detection == d.finding.detection) {
            rule = r;
            break;
        }
    }
    if (!rule) {
        qCInfo(lcVision) << "no vision rule for" << d.finding.detection << "- no alert for" << d.episodeKey;
        return;
    }
    const VisionCamera camera = m_cameras.value(d.cameraKey, VisionCamera{d.cameraKey, d.cameraKey, {}, {}});
    AlertCandidate c;
    c.rule = rule->id;
    c.kind = AlertRuleKind::Vision;
    c.domain = rule->domain;
    c.severity = rule->severity;
    c.subject = QStringLiteral("asset:") + d.cameraKey;
    const QString who = camera.name.isEmpty() ? camera.key : camera.name;
    c.title = d.finding.count > 1 ? VisionText::tr("%1: %2 (%n found)", nullptr, d.finding.count).arg(rule->name(QLocale().name()), who)
                                  : VisionText::tr("%1: %2").arg(rule->name(QLocale().name()), who);
    c.position = camera.position;
    c.areaCode = camera.areaCode;
    c.episodeKey = d.episodeKey;
    c.groupKey = rule->id + QLatin1Char('/') + camera.areaCode;
    c.groupWindowMinutes = rule->groupWindowMinutes;
    c.time = d.time;
    QJsonArray boxes;
    for (const VisionBox& b : d.finding.boxes)
        boxes.append(QJsonObject{{QStringLiteral("x"), b.rect.x()}, {QStringLiteral("y"), b.rect.y()}, {QStringLiteral("w"), b.rect.width()},
                                 {QStringLiteral("h"), b.rect.height()}, {QStringLiteral("score"), b.score}, {QStringLiteral("label"), b.label}});
    c.facts = QJsonObject{{QStringLiteral("detection"), d.finding.detection}, {QStringLiteral("camera"), d.cameraKey},
                          {QStringLiteral("zone"), d.finding.zone}, {QStringLiteral("count"), d.finding.count},
                          {QStringLiteral("score"), d.finding.score}, {QStringLiteral("boxes"), boxes},
                          {QStringLiteral("snapshot"), d.snapshotPath}};
    Result<RaiseOutcome> raised = m_alerts->raise(c);
    if (!raised) {
        qCWarning(lcVision) << "cannot raise the alert of" << d.episodeKey << raised.errorMessage();
        return;
    }
    if (raised.value().what == RaiseOutcome::What::Raised || raised.value().what == RaiseOutcome::What::Grouped)
        Q_EMIT alertRaised(raised.value().key, d.cameraKey, rule->id);
}

VisionCameraStats VisionPipeline::stats(const QString& cameraKey) const
{
    std::shared_ptr<Slot> slot;
    {
        QMutexLocker lock(&m_mutex);
        slot = m_slots.value(cameraKey);
    }
    if (!slot)
        return m_failedConfig.value(cameraKey);
    QMutexLocker lock(&slot->mutex);
    return slot->stats;
}

bool VisionPipeline::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_inFlight.load() > 0) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    QCoreApplication::processEvents();
    return true;
}

Result<void> VisionPipeline::recordFalseAlarm(const QString& alertKey, const QString& actor, const QString& note)
{
    if (!m_alerts || !m_journal)
        return fail(VisionText::tr("false alarms cannot be recorded: no alert service"));
    Result<std::optional<AlertRecord>> record = m_alerts->get(alertKey);
    if (!record)
        return record.error();
    if (!record.value() || record.value()->details.ruleKind != AlertRuleKind::Vision)
        return fail(VisionText::tr("alert %1 is not a camera analytics alert").arg(alertKey));
    const QJsonObject facts = record.value()->details.facts;
    const QJsonObject payload{{QStringLiteral("rule"), record.value()->alert.rule},
                              {QStringLiteral("camera"), facts.value(QStringLiteral("camera"))},
                              {QStringLiteral("detection"), facts.value(QStringLiteral("detection"))},
                              {QStringLiteral("snapshot"), facts.value(QStringLiteral("snapshot"))},
                              {QStringLiteral("note"), note}};
    Result<JournalEntry> written = m_journal->append(actor, QStringLiteral("vision.false_alarm"), QStringLiteral("alert:") + alertKey, payload);
    if (!written)
        return written.error();
    return {};
}

} // namespace ioc
