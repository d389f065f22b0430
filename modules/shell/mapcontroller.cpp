// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mapcontroller.h"

#include "core/clock.h"
#include "core/textsearch.h"
#include "geo/webmercator.h"
#include "shell/logcategories.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <QSqlQuery>
#include <QStandardPaths>

namespace ioc {

class MapText {
    Q_DECLARE_TR_FUNCTIONS(ioc::MapText)
};

namespace {

MapMarker::State stateOf(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return MapMarker::Normal;
    case Severity::Medium:
        return MapMarker::Notice;
    case Severity::High:
        return MapMarker::Warning;
    case Severity::Critical:
        return MapMarker::Critical;
    }
    return MapMarker::Normal;
}

bool isOpen(CaseStatus status)
{
    return status != CaseStatus::Resolved && status != CaseStatus::Closed;
}

// The latest position of every patrol unit (asset source + external id -> position).
Result<QHash<QString, QGeoCoordinate>> latestPositions(Database& database)
{
    QSqlQuery q(database.connection());
    const QString sql = QStringLiteral(
        "SELECT a.source, a.external_id, p.lat, p.lon FROM unit_positions p "
        "JOIN (SELECT asset_id, max(time) AS t FROM unit_positions GROUP BY asset_id) latest "
        "ON latest.asset_id = p.asset_id AND latest.t = p.time JOIN assets a ON a.id = p.asset_id");
    if (!q.exec(sql))
        return fail(database.describeError(MapText::tr("reading unit positions"), q.lastError()));
    QHash<QString, QGeoCoordinate> out;
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(),
                   QGeoCoordinate(q.value(2).toDouble(), q.value(3).toDouble()));
    return out;
}

} // namespace

MapController::MapController(Database* database, ChangeFeed* feed, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock)
{
    // A burst of ingest batches (the simulator, a connector catching up) becomes one re-read, at most
    // 300 ms after its first change (not restarted by later ones, so a steady feed cannot starve it).
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &MapController::refresh);
    if (feed)
        connect(feed, &ChangeFeed::changed, this, [this](const ChangeSet& changes) {
            // Only what the map shows: indicator figures or observations alone do not re-read it.
            for (const char* type : {"case", "asset", "position", "area"}) {
                if (changes.touches(QString::fromLatin1(type))) {
                    if (!m_debounce.isActive())
                        m_debounce.start();
                    return;
                }
            }
        });
}

QString MapController::tileCacheDirectory() const
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
}

void MapController::setScope(const QStringList& areas)
{
    if (areas == m_scope)
        return;
    m_scope = areas;
    refresh();
}

void MapController::setHeatDays(int days)
{
    days = std::clamp(days, 1, 365);
    if (days == m_heatDays)
        return;
    m_heatDays = days;
    Q_EMIT heatDaysChanged();
    refresh();
}

void MapController::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    if (!error.isEmpty())
        qCWarning(lcShell).noquote() << "map:" << error;
    Q_EMIT errorChanged();
}

QString MapController::layerName(Layer layer)
{
    static const char* const names[] = {"cameras", "gauges", "waterStations", "units", "reports", "sos"};
    return QString::fromLatin1(names[layer]);
}

QVariantMap MapController::counts() const
{
    QVariantMap out;
    for (int i = 0; i < LayerCount; ++i)
        out.insert(layerName(Layer(i)), m_lists[i].count());
    return out;
}

void MapController::setStaleSources(const QStringList& sources)
{
    const QSet<QString> set(sources.cbegin(), sources.cend());
    if (set == m_staleSources)
        return;
    m_staleSources = set;
    updateStaleLayers();
}

QVariantMap MapController::staleLayerMap() const
{
    QVariantMap out;
    for (const QString& layer : m_staleLayers)
        out.insert(layer, true);
    return out;
}

void MapController::updateStaleLayers()
{
    QStringList layers;
    for (auto it = m_layerSources.cbegin(); it != m_layerSources.cend(); ++it) {
        if (it.value().intersects(m_staleSources))
            layers.append(it.key());
    }
    layers.sort();
    if (layers == m_staleLayers)
        return;
    m_staleLayers = layers;
    Q_EMIT staleLayersChanged();
}

void MapController::refresh()
{
    if (!m_database)
        return;
    Database& db = *m_database;
    const Result<QList<Area>> areas = AreaRepository(db).all();
    const Result<QList<Asset>> assets = AssetRepository(db).find();
    CaseQuery open;
    open.statuses = {CaseStatus::Pending, CaseStatus::InProgress, CaseStatus::NearDue, CaseStatus::Overdue};
    open.limit = 200000;
    open.scope = m_scope;
    const Result<QList<Case>> cases = CaseRepository(db).find(open);
    const Result<QHash<QString, QGeoCoordinate>> positions = latestPositions(db);
    CaseQuery recent;
    recent.openedSince = m_clock.now().addDays(-m_heatDays);
    recent.limit = 200000;
    recent.scope = m_scope;
    const Result<QList<Case>> heatCases = CaseRepository(db).find(recent);
    for (const QString& problem : {areas.errorMessage(), assets.errorMessage(), cases.errorMessage(), positions.errorMessage(),
                                   heatCases.errorMessage()}) {
        if (!problem.isEmpty()) {
            setError(problem); // keep what is shown
            return;
        }
    }
    m_areas = areas.value();
    QHash<QString, QString> areaNames;
    for (const Area& area : m_areas)
        areaNames.insert(area.code, area.name);

    std::vector<MapMarker> markers[LayerCount];
    QList<QVariantMap> details[LayerCount];
    QHash<QString, QSet<QString>> sources; // layer name -> the sources of what it shows
    auto add = [&](Layer layer, const QString& source, const QGeoCoordinate& position, quint8 kind, quint8 state, bool pulse,
                   QVariantMap detail) {
        if (!position.isValid())
            return;
        sources[layerName(layer)].insert(source);
        MapMarker m;
        m.id = markerId(layer, int(markers[layer].size()));
        m.world = webmercator::toWorld(position);
        m.kind = kind;
        m.state = state;
        m.pulse = pulse;
        detail.insert(QStringLiteral("latitude"), position.latitude());
        detail.insert(QStringLiteral("longitude"), position.longitude());
        markers[layer].push_back(m);
        details[layer].append(detail);
    };

    for (const Asset& asset : assets.value()) {
        QVariantMap detail{{QStringLiteral("title"), asset.name},
                           {QStringLiteral("kind"), toCode(asset.kind)},
                           {QStringLiteral("area"), areaNames.value(asset.areaCode, asset.areaCode)},
                           {QStringLiteral("code"), asset.key.externalId}};
        switch (asset.kind) {
        case AssetKind::Camera:
            add(Cameras, asset.key.source, asset.position, MapMarker::Camera, MapMarker::Normal, false, detail);
            break;
        case AssetKind::RainGauge:
            add(Gauges, asset.key.source, asset.position, MapMarker::Gauge, MapMarker::Normal, false, detail);
            break;
        case AssetKind::WaterStation:
            add(WaterStations, asset.key.source, asset.position, MapMarker::WaterStation, MapMarker::Normal, false, detail);
            break;
        case AssetKind::FloodTower:
            add(WaterStations, asset.key.source, asset.position, MapMarker::FloodTower, MapMarker::Normal, false, detail);
            break;
        case AssetKind::PatrolUnit: {
            const QGeoCoordinate latest = positions.value().value(asset.key.source + QLatin1Char('/') + asset.key.externalId,
                                                                   asset.position);
            add(Units, asset.key.source, latest, MapMarker::PatrolUnit, MapMarker::Normal, false, detail);
            break;
        }
        case AssetKind::Facility:
            break;
        }
    }

    std::vector<MapMarker> heat;
    QHash<QString, int> overdueByWard;
    QHash<QString, int> nearDueByWard;
    for (const Case& item : cases.value()) {
        if (!isOpen(item.status))
            continue;
        if (item.status == CaseStatus::Overdue)
            ++overdueByWard[item.areaCode];
        else if (item.status == CaseStatus::NearDue)
            ++nearDueByWard[item.areaCode];
        QVariantMap detail{{QStringLiteral("title"), item.title},
                           {QStringLiteral("kind"), toCode(item.category)},
                           {QStringLiteral("status"), toCode(item.status)},
                           {QStringLiteral("severity"), toCode(item.severity)},
                           {QStringLiteral("area"), areaNames.value(item.areaCode, item.areaCode)},
                           {QStringLiteral("code"), item.key.externalId},
                           {QStringLiteral("opened"), item.opened.toLocalTime()}};
        if (item.category == CaseCategory::Sos) {
            // An SOS nobody has taken yet pulses.
            add(Sos, item.key.source, item.position, MapMarker::Sos, MapMarker::Critical, item.status == CaseStatus::Pending, detail);
        } else if (item.category == CaseCategory::FieldReport || item.category == CaseCategory::Complaint
                   || item.category == CaseCategory::SecurityIncident) {
            const quint8 state = item.status == CaseStatus::Overdue ? quint8(MapMarker::Warning) : quint8(stateOf(item.severity));
            add(Reports, item.key.source, item.position, MapMarker::Report, state, false, detail);
        }
    }
    for (const Case& item : heatCases.value()) {
        if (item.position.isValid()) {
            sources[QStringLiteral("heat")].insert(item.key.source);
            MapMarker h;
            h.world = webmercator::toWorld(item.position);
            heat.push_back(h);
        }
    }

    QVariantMap wardStatus;
    for (const Area& area : m_areas) {
        if (area.level != AreaLevel::Ward)
            continue;
        const int overdue = overdueByWard.value(area.code);
        const int nearDue = nearDueByWard.value(area.code);
        wardStatus.insert(area.code, overdue >= 3 ? QStringLiteral("risk")
                                     : overdue + nearDue > 0 ? QStringLiteral("watch") : QStringLiteral("good"));
    }

    for (int i = 0; i < LayerCount; ++i) {
        m_details[i] = details[i];
        m_lists[i].setMarkers(std::move(markers[i]));
    }
    m_heat.setMarkers(std::move(heat));
    m_wardStatus = wardStatus;
    m_layerSources = sources;
    updateStaleLayers();
    setError(QString());
    Q_EMIT refreshed();
}

QVariantList MapController::search(const QString& text, int limit) const
{
    QVariantList out;
    const QString needle = foldForSearch(text.trimmed());
    if (needle.isEmpty())
        return out;
    for (const Area& area : m_areas) {
        if (out.size() >= limit)
            return out;
        if (foldForSearch(area.fullName).contains(needle) || foldForSearch(area.name).contains(needle))
            out.append(QVariantMap{{QStringLiteral("kind"), toCode(area.level)},
                                   {QStringLiteral("title"), area.fullName},
                                   {QStringLiteral("code"), area.code},
                                   {QStringLiteral("latitude"), area.centroid.latitude()},
                                   {QStringLiteral("longitude"), area.centroid.longitude()}});
    }
    for (int layer = 0; layer < LayerCount; ++layer) {
        for (int row = 0; row < m_details[layer].size(); ++row) {
            if (out.size() >= limit)
                return out;
            const QVariantMap& d = m_details[layer].at(row);
            if (foldForSearch(d.value(QStringLiteral("title")).toString()).contains(needle)
                || foldForSearch(d.value(QStringLiteral("code")).toString()).contains(needle)) {
                QVariantMap hit = d;
                hit.insert(QStringLiteral("markerId"), markerId(Layer(layer), row));
                out.append(hit);
            }
        }
    }
    return out;
}

bool MapController::focusOn(double latitude, double longitude, double zoom)
{
    if (!QGeoCoordinate(latitude, longitude).isValid() || !std::isfinite(zoom))
        return false;
    m_focusRequest = {{QStringLiteral("latitude"), latitude},
                      {QStringLiteral("longitude"), longitude},
                      {QStringLiteral("zoom"), std::clamp(zoom, 0.0, 20.0)},
                      {QStringLiteral("serial"), ++m_focusSerial}};
    Q_EMIT focusRequested();
    return true;
}

QVariantMap MapController::details(quint64 id) const
{
    const quint64 layer = id >> 32;
    const quint64 row = id & 0xffffffffu;
    if (layer >= LayerCount || row >= quint64(m_details[layer].size()))
        return {};
    return m_details[layer].at(qsizetype(row));
}

} // namespace ioc
