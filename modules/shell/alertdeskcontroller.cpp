// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/alertdeskcontroller.h"

#include "alerts/alertservice.h"
#include "core/clock.h"
#include "geo/webmercator.h"
#include "sop/sopservice.h"

#include <QGeoCoordinate>

#include <algorithm>

namespace ioc {

namespace {

quint8 markerState(const QString& severity)
{
    if (severity == u"critical")
        return MapMarker::Critical;
    if (severity == u"high")
        return MapMarker::Warning;
    if (severity == u"medium")
        return MapMarker::Notice;
    return MapMarker::Normal;
}

QVariantMap bothLanguages(const SopText& text)
{
    return {{QStringLiteral("vi"), text.vi}, {QStringLiteral("en"), text.en}};
}

bool isOpenCode(const QString& state)
{
    return state == u"new" || state == u"acknowledged" || state == u"in_sop";
}

} // namespace

AlertDeskController::AlertDeskController(Database* database, ChangeFeed* feed, AlertService* alerts, SopService* sop,
                                         AuthService& auth, Journal* journal, QObject* parent)
    : QObject(parent)
    , m_model(database, feed, alerts, &auth, journal)
    , m_alerts(alerts)
    , m_sop(sop)
{
    if (m_alerts) {
        for (const AlertRule& rule : m_alerts->rules().rules()) {
            if (!rule.domain.isEmpty() && !m_domainChoices.contains(rule.domain))
                m_domainChoices.append(rule.domain);
        }
        std::sort(m_domainChoices.begin(), m_domainChoices.end());
        // Another console, a rule or the SOP may change the alert shown.
        connect(m_alerts, &AlertService::alertChanged, this, [this](const QString& key) {
            if (key == m_selectedKey)
                reload();
        });
    }
    if (m_sop) {
        const auto runTouched = [this](const QString& runId) {
            const SopRun* run = m_sop->run(runId);
            if (run && !m_selectedKey.isEmpty() && run->alertKey == m_selectedKey)
                reload();
        };
        connect(m_sop, &SopService::runStarted, this, runTouched);
        connect(m_sop, &SopService::runChanged, this, runTouched);
        connect(m_sop, &SopService::runClosed, this, runTouched);
    }
    m_tick.setInterval(30000);
    connect(&m_tick, &QTimer::timeout, this, &AlertDeskController::reload);
}

QStringList AlertDeskController::actionsFor(const QString& state)
{
    if (state == u"new")
        return {QStringLiteral("acknowledge"), QStringLiteral("snooze"), QStringLiteral("assign"),
                QStringLiteral("resolve"), QStringLiteral("dispatch")};
    if (state == u"acknowledged")
        return {QStringLiteral("snooze"), QStringLiteral("assign"), QStringLiteral("resolve"), QStringLiteral("dispatch")};
    if (state == u"in_sop")
        return {QStringLiteral("assign"), QStringLiteral("resolve"), QStringLiteral("dispatch")};
    if (state == u"resolved")
        return {QStringLiteral("close")};
    return {};
}

void AlertDeskController::select(const QString& key)
{
    m_selectedKey = key;
    setLastError(QString());
    if (key.isEmpty())
        m_tick.stop();
    else
        m_tick.start();
    reload();
}

bool AlertDeskController::selectMostSevereOpen()
{
    for (int row = 0; row < m_model.count(); ++row) {
        if (isOpenCode(m_model.get(row, QStringLiteral("state")).toString())) {
            select(m_model.get(row, QStringLiteral("key")).toString());
            return !m_selected.isEmpty();
        }
    }
    return false;
}

void AlertDeskController::reload()
{
    QVariantMap detail;
    if (!m_selectedKey.isEmpty()) {
        detail = m_model.detail(m_selectedKey);
        if (detail.isEmpty()) {
            setLastError(m_model.lastError());
        } else {
            const QVariantMap sop = sopOf(m_selectedKey, detail.value(QStringLiteral("sopRun")).toString());
            if (!sop.isEmpty())
                detail.insert(QStringLiteral("sop"), sop);
        }
    }
    m_selected = detail;
    m_actions = actionsFor(detail.value(QStringLiteral("state")).toString());
    updateMarkers();
    Q_EMIT selectedChanged();
}

QVariantMap AlertDeskController::sopOf(const QString& alertKey, const QString& runId) const
{
    if (!m_sop)
        return {};
    QString id = m_sop->openRunFor(alertKey);
    if (id.isEmpty())
        id = runId;
    const SopRun* run = id.isEmpty() ? nullptr : m_sop->run(id);
    if (!run)
        return {};
    int done = 0;
    for (const SopStepRun& step : run->steps) {
        if (step.state == SopStepState::Done || step.state == SopStepState::Skipped || step.state == SopStepState::Approved)
            ++done;
    }
    QVariantMap out{{QStringLiteral("runId"), run->id},
                    {QStringLiteral("title"), bothLanguages(run->sopTemplate.title)},
                    {QStringLiteral("currentStep"), run->currentStep},
                    {QStringLiteral("closed"), run->closed},
                    {QStringLiteral("awaitingApproval"), run->awaitingApproval()},
                    {QStringLiteral("stepsDone"), done},
                    {QStringLiteral("stepCount"), int(run->steps.size())}};
    if (const SopStep* step = run->sopTemplate.step(run->currentStep))
        out.insert(QStringLiteral("stepTitle"), bothLanguages(step->title));
    if (const SopStepRun* current = run->current(); current && current->deadline.isValid())
        out.insert(QStringLiteral("deadline"), current->deadline);
    if (const std::optional<qint64> left = run->secondsLeft(m_sop->clock().now()))
        out.insert(QStringLiteral("secondsLeft"), *left);
    return out;
}

void AlertDeskController::updateMarkers()
{
    std::vector<MapMarker> markers;
    const auto add = [&markers](quint64 id, const QVariant& latitude, const QVariant& longitude, quint8 kind, quint8 state,
                                bool pulse) {
        if (!latitude.isValid() || !longitude.isValid())
            return;
        const QGeoCoordinate position(latitude.toDouble(), longitude.toDouble());
        if (!position.isValid())
            return;
        MapMarker m;
        m.id = id;
        m.world = webmercator::toWorld(position);
        m.kind = kind;
        m.state = state;
        m.pulse = pulse;
        markers.push_back(m);
    };
    if (!m_selected.isEmpty()) {
        const QString state = m_selected.value(QStringLiteral("state")).toString();
        const auto lat = QStringLiteral("latitude");
        const auto lon = QStringLiteral("longitude");
        const QVariantList units = m_selected.value(QStringLiteral("units")).toList();
        for (qsizetype i = 0; i < units.size(); ++i) {
            const QVariantMap unit = units.at(i).toMap();
            add(kUnitMarkerBase + quint64(i), unit.value(lat), unit.value(lon), MapMarker::PatrolUnit, MapMarker::Normal, false);
        }
        const QVariantList cameras = m_selected.value(QStringLiteral("cameras")).toList();
        for (qsizetype i = 0; i < cameras.size(); ++i) {
            const QVariantMap camera = cameras.at(i).toMap();
            add(kCameraMarkerBase + quint64(i), camera.value(lat), camera.value(lon), MapMarker::Camera, MapMarker::Normal, false);
        }
        // Last, so that it is drawn over the others; a new alert pulses.
        add(0, m_selected.value(lat), m_selected.value(lon), MapMarker::Report,
            markerState(m_selected.value(QStringLiteral("severity")).toString()), state == u"new");
    }
    m_markers.setMarkers(std::move(markers));
}

bool AlertDeskController::acted(bool done)
{
    setLastError(done ? QString() : m_model.lastError());
    reload();
    return done;
}

void AlertDeskController::setLastError(const QString& error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

bool AlertDeskController::acknowledge(const QString& comment)
{
    return acted(m_model.acknowledge(m_selectedKey, comment));
}

bool AlertDeskController::snooze(int minutes, const QString& reason)
{
    return acted(m_model.snooze(m_selectedKey, minutes, reason));
}

bool AlertDeskController::assign(const QString& unit)
{
    return acted(m_model.assign(m_selectedKey, unit));
}

bool AlertDeskController::resolve(const QString& reason)
{
    return acted(m_model.resolve(m_selectedKey, reason));
}

bool AlertDeskController::close()
{
    return acted(m_model.close(m_selectedKey));
}

bool AlertDeskController::dispatch(const QString& unitKey)
{
    return acted(m_model.dispatch(m_selectedKey, unitKey));
}

} // namespace ioc
