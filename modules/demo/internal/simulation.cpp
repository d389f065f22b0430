// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/internal/simulation.h"

#include "demo/internal/assetgenerator.h"
#include "demo/internal/provincedata.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string_view>

namespace ioc::internal {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kNever = std::numeric_limits<qint64>::max();
constexpr qint64 kWeatherStep = 5 * kMinute;
constexpr qint64 kPatrolStep = 30 * kSecond;
constexpr qint64 kDossierWorkStep = 10 * kMinute;
constexpr qint64 kDeadlineStep = 15 * kMinute;
constexpr double kStormRadiusMetres = 20000;
// Arrivals per hour at their busiest: field reports in daytime during the storm, dossiers in office
// hours, social posts during the storm. Quieter hours thin these streams out.
constexpr double kMaxFieldReportsPerHour = 18;
constexpr double kMaxDossiersPerHour = 12;
constexpr double kMaxPostsPerHour = 14;
constexpr double kTidePeriodHours = 12.42; // the semidiurnal tide of the East Sea coast

// The first multiple of step strictly after time: grid streams report on the clock (08:05, 08:10…).
qint64 firstAfter(qint64 time, qint64 step) { return (time / step + 1) * step; }

QDateTime at(qint64 time) { return QDateTime::fromMSecsSinceEpoch(time, Qt::UTC); }

QString stamp(qint64 time) { return at(time).toString(Qt::ISODate); }

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

qint64 hours(double value) { return static_cast<qint64>(value * kHour); }
qint64 minutes(double value) { return static_cast<qint64>(value * kMinute); }

QGeoCoordinate between(const QGeoCoordinate& from, const QGeoCoordinate& to, double fraction)
{
    return QGeoCoordinate(from.latitude() + (to.latitude() - from.latitude()) * fraction,
                          from.longitude() + (to.longitude() - from.longitude()) * fraction);
}

// Office hours of the one-stop offices, province time: Monday to Friday, 7:00–11:30 and 13:30–17:00.
bool officeHours(qint64 time)
{
    const QDateTime local = provinceTime(at(time));
    if (local.date().dayOfWeek() > 5)
        return false;
    const int minute = local.time().hour() * 60 + local.time().minute();
    return (minute >= 7 * 60 && minute < 11 * 60 + 30) || (minute >= 13 * 60 + 30 && minute < 17 * 60);
}

bool daytime(qint64 time)
{
    const int hour = provinceTime(at(time)).time().hour();
    return hour >= 6 && hour < 22;
}

} // namespace

Simulation::Simulation(const ProvinceData& data, const RecordBatch& seeded, quint64 seed, const QDateTime& start)
    : m_data(data), m_factory(data), m_start(start.toMSecsSinceEpoch())
{
    static constexpr std::array<std::string_view, StreamCount> kStreamNames{
        "sim weather", "sim patrols", "sim field reports", "sim dossiers", "sim dossier work", "sim deadlines",
        "sim emergencies", "sim social", "sim follow-ups"};
    for (const std::string_view name : kStreamNames)
        m_random.push_back(DemoRandom::stream(seed, name));

    // The storm: it forms over the first city a quarter of an hour in, crosses the province for about
    // three hours and drifts towards another ward within a few tens of kilometres.
    DemoRandom& weather = m_random[Weather];
    m_stormBegins = m_start + minutes(weather.between(10, 25));
    m_stormEnds = m_stormBegins + minutes(weather.between(150, 210));
    m_stormPeak = weather.between(70, 95);
    const QList<qsizetype> cities = data.urbanWards();
    m_stormFrom = data.wards.at(cities.at(weather.index(std::min<qsizetype>(4, cities.size())))).centroid;
    QList<qsizetype> reachable;
    for (qsizetype i = 0; i < data.wards.size(); ++i) {
        const double distance = data.wards.at(i).centroid.distanceTo(m_stormFrom);
        if (distance > 10000 && distance < 50000)
            reachable.append(i);
    }
    m_stormTo = reachable.isEmpty() ? m_stormFrom : data.wards.at(weather.pick(reachable)).centroid;

    for (const Asset& asset : seeded.assets) {
        switch (asset.kind) {
        case AssetKind::RainGauge:
            m_gauges.append({asset.key, asset.position});
            break;
        case AssetKind::FloodTower:
            m_towers.append({asset.key, asset.position, asset.properties.value(kBaseLevelProperty).toDouble(0.5), 0,
                             weather.between(0, 2 * std::numbers::pi)});
            break;
        case AssetKind::WaterStation:
            m_stations.append({asset.key, asset.position});
            break;
        case AssetKind::PatrolUnit: {
            Unit unit;
            unit.key = asset.key;
            unit.rapidResponse = asset.key.externalId.startsWith(u"113");
            unit.position = asset.position;
            unit.minSpeed = asset.properties.value(kMinSpeedProperty).toDouble(20);
            unit.maxSpeed = asset.properties.value(kMaxSpeedProperty).toDouble(40);
            const qsizetype home = std::max<qsizetype>(0, data.wardIndex(asset.properties.value(kHomeAreaProperty).toString()));
            // The beat: home and its four nearest wards, by distance between centroids (index breaks ties).
            QList<std::pair<double, qsizetype>> neighbours;
            for (qsizetype i = 0; i < data.wards.size(); ++i) {
                if (i != home)
                    neighbours.append({data.wards.at(i).centroid.distanceTo(data.wards.at(home).centroid), i});
            }
            std::sort(neighbours.begin(), neighbours.end());
            unit.beat.append(home);
            for (qsizetype i = 0; i < 4 && i < neighbours.size(); ++i)
                unit.beat.append(neighbours.at(i).second);
            unit.ward = home;
            pickDestination(unit, m_random[Patrols]);
            m_units.append(unit);
            break;
        }
        case AssetKind::Camera:
        case AssetKind::Facility:
            break;
        }
    }

    // Numbering goes on after the seed's; its open cases go on living.
    for (const Case& item : seeded.cases) {
        m_numbers.observe(item.key.externalId);
        if (CaseFactory::isOpen(item.status) && item.due.isValid()) {
            const CaseStatus working = item.status == CaseStatus::Pending ? CaseStatus::Pending : CaseStatus::InProgress;
            m_open[describe(item.key)] = {item, working};
        }
    }

    m_next[Weather] = firstAfter(m_start, kWeatherStep);
    m_next[Patrols] = firstAfter(m_start, kPatrolStep);
    m_next[DossierWork] = firstAfter(m_start, kDossierWorkStep);
    m_next[Deadlines] = firstAfter(m_start, kDeadlineStep);
    m_next[FieldReports] = nextArrival(FieldReports, m_start, kMaxFieldReportsPerHour);
    m_next[Dossiers] = nextArrival(Dossiers, m_start, kMaxDossiersPerHour);
    m_next[Social] = nextArrival(Social, m_start, kMaxPostsPerHour);
    m_next[Emergencies] = m_stormBegins + minutes(m_random[Emergencies].between(8, 25));
    m_next[FollowUps] = kNever;
}

QDateTime Simulation::start() const { return at(m_start); }
QDateTime Simulation::stormBegins() const { return at(m_stormBegins); }
QDateTime Simulation::stormEnds() const { return at(m_stormEnds); }

void Simulation::runUntil(const QDateTime& until, RecordBatch& batch, QStringList& log)
{
    m_batch = &batch;
    m_log = &log;
    const qint64 limit = until.toMSecsSinceEpoch();
    for (;;) {
        const auto earliest = std::min_element(m_next.cbegin(), m_next.cend()); // the first of equal times
        if (*earliest > limit)
            break;
        fire(static_cast<Stream>(earliest - m_next.cbegin()), *earliest);
    }
    m_batch = nullptr;
    m_log = nullptr;
}

void Simulation::fire(Stream stream, qint64 time)
{
    switch (stream) {
    case Weather:
        weather(time);
        m_next[Weather] = time + kWeatherStep;
        break;
    case Patrols:
        patrols(time);
        m_next[Patrols] = time + kPatrolStep;
        break;
    case FieldReports:
        fieldReport(time);
        m_next[FieldReports] = nextArrival(FieldReports, time, kMaxFieldReportsPerHour);
        break;
    case Dossiers:
        dossier(time);
        m_next[Dossiers] = nextArrival(Dossiers, time, kMaxDossiersPerHour);
        break;
    case DossierWork:
        dossierWork(time);
        m_next[DossierWork] = time + kDossierWorkStep;
        break;
    case Deadlines:
        deadlines(time);
        m_next[Deadlines] = time + kDeadlineStep;
        break;
    case Emergencies: // schedules its own next event, within the storm only
        emergency(time);
        break;
    case Social:
        socialPost(time);
        m_next[Social] = nextArrival(Social, time, kMaxPostsPerHour);
        break;
    case FollowUps: // the next one is the earliest still scheduled
        followUp(time);
        break;
    case StreamCount: break;
    }
}

qint64 Simulation::nextArrival(Stream stream, qint64 time, double maxPerHour)
{
    // At least a second apart, so that a stream's times strictly increase.
    return time + std::max(kSecond, static_cast<qint64>(m_random[stream].exponential(kHour / maxPerHour)));
}

// ---- weather -------------------------------------------------------------------------------------

bool Simulation::duringStorm(qint64 time) const { return time >= m_stormBegins && time <= m_stormEnds; }

double Simulation::stormIntensity(qint64 time) const
{
    if (!duringStorm(time))
        return 0;
    const double progress = double(time - m_stormBegins) / double(m_stormEnds - m_stormBegins);
    const double rise = std::sin(std::numbers::pi * progress);
    return m_stormPeak * rise * rise;
}

QGeoCoordinate Simulation::stormCentre(qint64 time) const
{
    const double progress = std::clamp(double(time - m_stormBegins) / double(m_stormEnds - m_stormBegins), 0.0, 1.0);
    return between(m_stormFrom, m_stormTo, progress);
}

double Simulation::exposure(const QGeoCoordinate& point, qint64 time) const
{
    const double distance = point.distanceTo(stormCentre(time)) / kStormRadiusMetres;
    return std::exp(-distance * distance);
}

void Simulation::weather(qint64 time)
{
    DemoRandom& random = m_random[Weather];
    const double intensity = stormIntensity(time);
    for (const Sensor& gauge : std::as_const(m_gauges)) {
        const double rain = intensity * exposure(gauge.position, time) * random.between(0.85, 1.15);
        emitObservation(gauge.key, QStringLiteral("rain_mm_h"), time, rounded(rain, 1));
    }
    // Rain fills the canals faster than they drain; the tide rides on top.
    const double tideAngle = 2 * std::numbers::pi * double(time) / double(hours(kTidePeriodHours));
    for (Sensor& tower : m_towers) {
        const double rain = intensity * exposure(tower.position, time);
        tower.excess = tower.excess * 0.97 + rain * 0.001;
        const double level = tower.baseLevel + 0.15 * std::sin(tideAngle + tower.tidePhase) + tower.excess;
        emitObservation(tower.key, QStringLiteral("water_level_m"), time, rounded(level, 2));
    }
    if (m_weatherTicks++ % 3 == 0) { // water quality every 15 minutes
        for (const Sensor& station : std::as_const(m_stations)) {
            const double runoff = m_stormPeak > 0 ? intensity / m_stormPeak * exposure(station.position, time) : 0;
            const double ph = 7.2 + random.normal(0, 0.05) - 0.4 * runoff;
            const double turbidity = 12 + std::abs(random.normal(0, 1.5)) + 45 * runoff;
            emitObservation(station.key, QStringLiteral("ph"), time, rounded(ph, 2));
            emitObservation(station.key, QStringLiteral("turbidity_ntu"), time, rounded(turbidity, 1));
        }
    }
}

// ---- patrols -------------------------------------------------------------------------------------

void Simulation::pickDestination(Unit& unit, DemoRandom& random)
{
    QList<qsizetype> choices = unit.beat;
    choices.removeAll(unit.ward);
    if (!choices.isEmpty())
        unit.ward = random.pick(choices);
    unit.target = m_data.wards.at(unit.ward).centroid;
    unit.speed = random.between(unit.minSpeed, unit.maxSpeed);
}

void Simulation::patrols(qint64 time)
{
    DemoRandom& random = m_random[Patrols];
    for (Unit& unit : m_units) {
        double reported = 0;
        if (time >= unit.dwellUntil) {
            const double travel = unit.speed / 3.6 * (kPatrolStep / kSecond); // metres in this step
            const double remaining = unit.position.distanceTo(unit.target);
            if (travel >= remaining) {
                unit.position = unit.target;
                if (unit.responding) {
                    unit.responding = false; // at the scene of the SOS
                    unit.dwellUntil = time + minutes(random.between(20, 40));
                } else if (random.chance(0.4)) {
                    unit.dwellUntil = time + minutes(random.between(2, 8)); // a stop on the beat
                }
                pickDestination(unit, random);
            } else {
                unit.position = between(unit.position, unit.target, travel / remaining);
            }
            reported = time >= unit.dwellUntil ? rounded(unit.speed, 1) : 0;
        }
        UnitPosition position{unit.key, at(time), tidyPosition(unit.position), reported};
        m_batch->positions.append(position);
        m_log->append(QStringLiteral("%1 position %2 %3,%4 %5 km/h")
                          .arg(stamp(time), describe(unit.key))
                          .arg(position.position.latitude(), 0, 'f', 6)
                          .arg(position.position.longitude(), 0, 'f', 6)
                          .arg(reported, 0, 'f', 1));
    }
}

// ---- cases ---------------------------------------------------------------------------------------

void Simulation::fieldReport(qint64 time)
{
    DemoRandom& random = m_random[FieldReports];
    const bool storm = duringStorm(time);
    const double rate = (daytime(time) ? 12.0 : 3.0) * (storm ? 1.5 : 1.0);
    if (!random.chance(rate / kMaxFieldReportsPerHour))
        return;
    Case item;
    if (storm && random.chance(0.5)) {
        // Flooded streets and fallen trees where the rain is.
        const QString domain = random.chance(0.7) ? QStringLiteral("thoat_nuoc") : QStringLiteral("cay_xanh");
        item = m_factory.fieldReport(random, at(time), m_numbers, m_data.wardAt(stormCentre(time)), domain);
    } else {
        item = m_factory.fieldReport(random, at(time), m_numbers);
    }
    open(item, CaseStatus::Pending, time);
    schedule(time + minutes(random.between(10, 60)), describe(item.key), CaseStatus::InProgress);
    if (random.chance(0.7))
        schedule(time + hours(random.between(2, 30)), describe(item.key), CaseStatus::Resolved);
}

void Simulation::dossier(qint64 time)
{
    DemoRandom& random = m_random[Dossiers];
    const double rate = officeHours(time) ? 12.0 : 2.0; // online submissions come at any hour
    if (!random.chance(rate / kMaxDossiersPerHour))
        return;
    const Case item = m_factory.dossier(random, at(time), m_numbers);
    open(item, CaseStatus::Pending, time);
    schedule(time + hours(random.between(0.5, 6)), describe(item.key), CaseStatus::InProgress);
    if (random.chance(0.9)) {
        const qint64 allowed = item.opened.msecsTo(item.due);
        schedule(time + static_cast<qint64>(allowed * random.between(0.2, 1.0)), describe(item.key),
                 CaseStatus::Resolved);
    }
}

void Simulation::dossierWork(qint64 time)
{
    // Officers work through the dossiers already on their desks: take one up, or settle one.
    DemoRandom& random = m_random[DossierWork];
    const int count = random.integer(0, 2);
    for (int i = 0; i < count; ++i) {
        QList<QString> dossiers;
        for (const auto& entry : m_open) {
            if (entry.second.record.category == CaseCategory::Dossier)
                dossiers.append(entry.first);
        }
        if (dossiers.isEmpty())
            return;
        OpenCase& chosen = m_open.at(random.pick(dossiers));
        if (chosen.working == CaseStatus::Pending) {
            chosen.working = CaseStatus::InProgress;
            chosen.record.status = CaseFactory::openStatusAt(chosen.record, at(time), CaseStatus::InProgress);
        } else {
            chosen.record.status = CaseStatus::Resolved;
            rate(chosen.record, time, random);
        }
        changed(chosen, time);
    }
}

void Simulation::deadlines(qint64 time)
{
    for (auto& entry : m_open) {
        Case& record = entry.second.record;
        const CaseStatus status = CaseFactory::openStatusAt(record, at(time), entry.second.working);
        if (status != record.status) {
            record.status = status;
            emitCase(record, time, false);
        }
    }
}

void Simulation::emergency(qint64 time)
{
    DemoRandom& random = m_random[Emergencies];
    const Case item = m_factory.sos(random, at(time), m_numbers, stormCentre(time));
    open(item, CaseStatus::Pending, time);
    schedule(time + minutes(random.between(3, 10)), describe(item.key), CaseStatus::InProgress);
    schedule(time + minutes(random.between(40, 100)), describe(item.key), CaseStatus::Resolved);

    // The nearest rapid-response unit that is free goes to the scene at full speed.
    Unit* nearest = nullptr;
    for (Unit& unit : m_units) {
        if (unit.rapidResponse && !unit.responding
            && (!nearest || unit.position.distanceTo(item.position) < nearest->position.distanceTo(item.position)))
            nearest = &unit;
    }
    if (nearest) {
        nearest->responding = true;
        nearest->target = item.position;
        nearest->speed = nearest->maxSpeed;
        nearest->dwellUntil = 0;
    }

    const qint64 next = time + minutes(random.between(20, 45));
    m_next[Emergencies] = next < m_stormEnds - 10 * kMinute ? next : kNever;
}

void Simulation::socialPost(qint64 time)
{
    DemoRandom& random = m_random[Social];
    const bool storm = duringStorm(time);
    if (!random.chance((storm ? 14.0 : 6.0) / kMaxPostsPerHour))
        return;
    const Case item = m_factory.socialPost(random, at(time), m_numbers, storm);
    open(item, CaseStatus::Pending, time);
    if (!item.due.isValid()) {
        schedule(time + hours(random.between(0.5, 4)), describe(item.key), CaseStatus::Closed);
        return;
    }
    schedule(time + hours(random.between(0.5, 3)), describe(item.key), CaseStatus::InProgress);
    if (random.chance(0.8))
        schedule(time + hours(random.between(4, 40)), describe(item.key), CaseStatus::Resolved);
}

void Simulation::followUp(qint64 time)
{
    DemoRandom& random = m_random[FollowUps];
    const auto first = m_followUps.begin();
    const FollowUp followUp = first->second;
    m_followUps.erase(first);
    m_next[FollowUps] = m_followUps.empty() ? kNever : m_followUps.begin()->first.first;

    const auto it = m_open.find(followUp.caseKey);
    if (it == m_open.end())
        return; // settled meanwhile
    OpenCase& item = it->second;
    if (followUp.status == CaseStatus::InProgress) {
        if (item.working == CaseStatus::InProgress)
            return;
        item.working = CaseStatus::InProgress;
        item.record.status = CaseFactory::openStatusAt(item.record, at(time), CaseStatus::InProgress);
    } else {
        item.record.status = followUp.status;
        rate(item.record, time, random);
    }
    changed(item, time);
}

void Simulation::rate(Case& item, qint64 time, DemoRandom& random)
{
    // Most citizens rate a settled dossier; a late one is often rated "not satisfied".
    if (item.category != CaseCategory::Dossier || item.status != CaseStatus::Resolved || !random.chance(0.7))
        return;
    item.satisfied = at(time) > item.due ? random.chance(0.4) : !random.chance(0.04);
}

void Simulation::open(const Case& item, CaseStatus working, qint64 time)
{
    m_open[describe(item.key)] = {item, working};
    emitCase(item, time, true);
}

void Simulation::schedule(qint64 time, const QString& caseKey, CaseStatus status)
{
    m_followUps.emplace(std::pair(time, m_scheduled++), FollowUp{caseKey, status});
    m_next[FollowUps] = m_followUps.begin()->first.first;
}

// Emits the open case's new state; a settled case leaves the open set.
void Simulation::changed(OpenCase& item, qint64 time)
{
    if (!CaseFactory::isOpen(item.record.status)) {
        item.record.closed = at(time);
        const Case settled = item.record;
        m_open.erase(describe(settled.key));
        emitCase(settled, time, false);
        return;
    }
    emitCase(item.record, time, false);
}

void Simulation::emitCase(const Case& item, qint64 time, bool isNew)
{
    m_batch->cases.append(item);
    if (isNew) {
        m_log->append(QStringLiteral("%1 case %2 %3 %4 %5")
                          .arg(stamp(time), describe(item.key), toCode(item.category), toCode(item.status), item.title));
    } else {
        m_log->append(QStringLiteral("%1 case %2 %3").arg(stamp(time), describe(item.key), toCode(item.status)));
    }
}

void Simulation::emitObservation(const RecordKey& asset, const QString& metric, qint64 time, double value)
{
    m_batch->observations.append({asset, metric, at(time), value});
    m_log->append(QStringLiteral("%1 %2 %3 %4").arg(stamp(time), metric, describe(asset)).arg(value));
}

} // namespace ioc::internal
