// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/cameraanalyzer.h"

#include "vision/dnndetector.h"
#include "vision/firedetector.h"
#include "vision/internal/geometry.h"
#include "vision/intrusiondetector.h"
#include "vision/logcategories.h"
#include "vision/motiongate.h"
#include "vision/peopledetector.h"

#include <QSizeF>

#include <cmath>

namespace ioc {

namespace {

QRectF toSource(const cv::Rect& r, const cv::Mat& picture, const QSize& source)
{
    return vision::scaled(r, picture.size(), QSizeF(source));
}

} // namespace

CameraAnalyzer::CameraAnalyzer(QString cameraKey, CameraAnalyticsConfig config)
    : m_cameraKey(std::move(cameraKey)), m_config(std::move(config)), m_motion(std::make_unique<MotionGate>(m_config.motion))
{
    m_sizes.analysisWidth = m_config.analysisWidth;
    if (m_config.people.enabled || m_config.crowd.enabled) {
        m_people = std::make_unique<PeopleDetector>(m_config.people);
        m_sizes.detectWidth = m_config.people.width;
    }
    for (const AnalyticsZone& z : m_config.zones) {
        if (z.kind == AnalyticsZone::Kind::Intrusion)
            m_intrusion.push_back(std::make_unique<IntrusionDetector>(z));
    }
    if (m_config.fire.enabled)
        m_fire = std::make_unique<FireDetector>(m_config.fire);
    if (m_config.dnn.enabled) {
        Result<DnnDetector> loaded = DnnDetector::load(m_config.dnn);
        if (loaded) {
            m_dnn = std::make_unique<DnnDetector>(std::move(loaded).value());
        } else {
            m_dnnError = loaded.errorMessage();
            qCWarning(lcVision) << "camera" << m_cameraKey << "runs without its object detector:" << m_dnnError;
        }
    }
}

CameraAnalyzer::~CameraAnalyzer() = default;

Result<CameraAnalyzer::Outcome> CameraAnalyzer::analyse(const FrameInput& input)
{
    Result<AnalysisFrame> prepared = prepareAnalysisFrame(input, m_sizes);
    if (!prepared)
        return prepared.error();
    const AnalysisFrame& frame = prepared.value();
    Outcome out;
    const QDateTime time = input.time.isValid() ? input.time : QDateTime::currentDateTimeUtc();
    out.resized = m_lastSize.isValid() && m_lastSize != frame.sourceSize;
    out.gap = m_lastTime.isValid() && (m_lastTime.msecsTo(time) > qint64(kMaxGapSeconds * 1000) || m_lastTime.msecsTo(time) < 0);
    if (out.resized) {
        qCInfo(lcVision) << "camera" << m_cameraKey << "changed size to" << frame.sourceSize << "- starting over";
        m_motion->reset();
        m_lastPeople.clear();
        for (auto& d : m_intrusion)
            d->reset();
        if (m_fire)
            m_fire->reset();
    }
    const bool restart = out.resized || out.gap;
    if (restart)
        m_crowdSince.clear();
    m_lastSize = frame.sourceSize;
    m_lastTime = time;

    const bool regions = m_people && m_config.people.regions == PeopleSettings::Regions::Motion;
    const MotionGate::Result motion = m_motion->update(frame.gray, regions);
    out.motion = motion.motion;
    if (!out.motion)
        return out;

    if (m_people)
        analysePeople(frame, motion.regions, time, restart, out);
    for (auto& d : m_intrusion) {
        const IntrusionDetector::Outcome o = d->update(frame.bgr, time, restart);
        if (!o.firing)
            continue;
        VisionFinding f;
        f.detection = QStringLiteral("intrusion");
        f.zone = d->zone().id;
        f.count = int(o.objects.size());
        f.score = o.dwelt;
        for (const cv::Rect& r : o.objects)
            f.boxes.append({toSource(r, frame.bgr, frame.sourceSize), 1.0, QStringLiteral("object")});
        out.findings.append(f);
    }
    if (m_fire) {
        const FireDetector::Outcome o = m_fire->update(frame.bgr, time, restart);
        if (o.firing) {
            VisionFinding f;
            f.detection = QStringLiteral("fire_smoke");
            f.count = 1;
            f.score = o.area;
            f.boxes.append({toSource(o.box, frame.bgr, frame.sourceSize), o.flicker, QStringLiteral("fire")});
            out.findings.append(f);
        }
    }
    if (m_dnn)
        analyseDnn(frame, out);
    return out;
}

void CameraAnalyzer::analysePeople(const AnalysisFrame& frame, const std::vector<cv::Rect>& motionRegions, const QDateTime& time,
                                   bool restart, Outcome& out)
{
    std::vector<PeopleDetector::Person> people;
    if (m_config.people.regions == PeopleSettings::Regions::Frame) {
        people = m_people->detect(frame.detectGray);
        out.hogRuns = 1;
        out.hogCovered = 1;
    } else {
        // The gate's regions are in the small picture's pixels: outwards to the detector's picture.
        const double sx = double(frame.detectGray.cols) / double(frame.gray.cols);
        const double sy = double(frame.detectGray.rows) / double(frame.gray.rows);
        std::vector<cv::Rect> search = restart ? std::vector<cv::Rect>() : m_lastPeople;
        for (const cv::Rect& r : motionRegions) {
            const int x0 = int(std::floor(r.x * sx));
            const int y0 = int(std::floor(r.y * sy));
            search.emplace_back(x0, y0, int(std::ceil((r.x + r.width) * sx)) - x0, int(std::ceil((r.y + r.height) * sy)) - y0);
        }
        PeopleDetector::Pass pass;
        people = m_people->detectInRegions(frame.detectGray, search, &pass);
        out.hogRuns = pass.hogRuns;
        out.hogCovered = pass.covered;
        m_lastPeople.clear();
        for (const PeopleDetector::Person& p : people)
            m_lastPeople.push_back(p.box);
    }
    out.people = int(people.size());
    for (const PeopleDetector::Person& p : people)
        out.peopleBoxes.append({toSource(p.box, frame.detectGray, frame.sourceSize), p.score, QStringLiteral("person")});
    if (!m_config.crowd.enabled)
        return;
    QList<const AnalyticsZone*> zones;
    for (const AnalyticsZone& z : m_config.zones) {
        if (z.kind == AnalyticsZone::Kind::Crowd)
            zones.append(&z);
    }
    if (zones.isEmpty())
        zones.append(nullptr); // the whole picture
    for (const AnalyticsZone* z : zones) {
        const QString id = z ? z->id : QString();
        VisionFinding f;
        f.detection = QStringLiteral("crowd");
        f.zone = id;
        for (const VisionBox& b : out.peopleBoxes) {
            // A person stands where their feet are: the bottom centre of the box.
            const QPointF foot(b.rect.center().x() / frame.sourceSize.width(), b.rect.bottom() / frame.sourceSize.height());
            if (!z || vision::contains(z->points, foot)) {
                f.boxes.append(b);
                f.score = std::max(f.score, b.score);
            }
        }
        f.count = int(f.boxes.size());
        const bool scheduled = !z || z->activeAt(time.toLocalTime());
        if (f.count < m_config.crowd.minPeople || !scheduled) {
            m_crowdSince.remove(id);
            continue;
        }
        if (restart || !m_crowdSince.contains(id))
            m_crowdSince.insert(id, time);
        if (double(m_crowdSince.value(id).msecsTo(time)) / 1000.0 >= m_config.crowd.seconds)
            out.findings.append(f);
    }
}

void CameraAnalyzer::analyseDnn(const AnalysisFrame& frame, Outcome& out)
{
    Result<std::vector<DnnDetector::Object>> objects = m_dnn->detect(frame.bgr);
    if (!objects) {
        m_dnnError = objects.errorMessage();
        out.dnnError = m_dnnError;
        qCWarning(lcVision) << "camera" << m_cameraKey << "switches its object detector off:" << m_dnnError;
        m_dnn.reset();
        return;
    }
    VisionFinding f;
    f.detection = QStringLiteral("object");
    for (const DnnDetector::Object& o : objects.value()) {
        if (!m_config.dnn.alertClasses.isEmpty() && !m_config.dnn.alertClasses.contains(o.label))
            continue;
        f.boxes.append({toSource(o.box, frame.bgr, frame.sourceSize), o.confidence, o.label});
        f.score = std::max(f.score, o.confidence);
    }
    f.count = int(f.boxes.size());
    if (f.count > 0)
        out.findings.append(f);
}

} // namespace ioc
