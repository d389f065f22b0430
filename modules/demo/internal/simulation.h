// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "demo/internal/casefactory.h"
#include "demo/internal/random.h"
#include "core/recordbatch.h"

#include <QStringList>

#include <array>
#include <map>
#include <vector>

namespace ioc::internal {

struct ProvinceData;

// The model behind Simulator: the province's life after the seed, as a set of event streams (weather
// every 5 minutes, patrol positions every 30 seconds, arriving field reports, dossiers, social posts, an
// SOS during the storm, deadlines, follow-ups of open cases). Each stream knows the time of its next
// event. runUntil() always fires the earliest one (ties in stream order), so the sequence of events, and
// every random number drawn for them, depends only on the seed and the start time, never on how the
// caller slices time. No Qt object, no clock, no I/O.
class Simulation {
public:
    // seeded: what DemoProvince::seed gave for this seed at `start`; the simulation goes on from there.
    Simulation(const ProvinceData& data, const RecordBatch& seeded, quint64 seed, const QDateTime& start);

    QDateTime start() const;
    QDateTime stormBegins() const;
    QDateTime stormEnds() const;

    // Appends to the batch every record of the events after the previous call and at or before `until`,
    // in time order, and one line per record to the log ("2026-11-18T01:05:00Z rain_mm_h demo/RG-03 12.4").
    void runUntil(const QDateTime& until, RecordBatch& batch, QStringList& log);

private:
    enum Stream { Weather, Patrols, FieldReports, Dossiers, DossierWork, Deadlines, Emergencies, Social, FollowUps,
                  StreamCount };

    struct Sensor {
        RecordKey key;
        QGeoCoordinate position;
        double baseLevel = 0; // flood towers: water level without rain or tide, m
        double excess = 0;    // flood towers: water the rain has added and not yet drained, m
        double tidePhase = 0;
    };
    struct Unit {
        RecordKey key;
        bool rapidResponse = false; // 113 units answer SOS calls
        QGeoCoordinate position;
        QGeoCoordinate target;
        qsizetype ward = 0;         // the ward whose centroid it is heading for or stands at
        QList<qsizetype> beat;      // home ward and its nearest neighbours
        double minSpeed = 0, maxSpeed = 0, speed = 0;
        qint64 dwellUntil = 0;      // ms since epoch
        bool responding = false;
    };
    struct OpenCase {
        Case record;
        CaseStatus working = CaseStatus::Pending; // pending or in progress, whatever the deadline says
    };
    struct FollowUp {
        QString caseKey;
        CaseStatus status;
    };

    void fire(Stream stream, qint64 time);
    void weather(qint64 time);
    void patrols(qint64 time);
    void fieldReport(qint64 time);
    void dossier(qint64 time);
    void dossierWork(qint64 time);
    void deadlines(qint64 time);
    void emergency(qint64 time);
    void socialPost(qint64 time);
    void followUp(qint64 time);

    // Arrivals at a rate that varies over the day, by thinning a Poisson stream of maxPerHour.
    qint64 nextArrival(Stream stream, qint64 time, double maxPerHour);
    double stormIntensity(qint64 time) const; // mm/h at the storm's centre
    double exposure(const QGeoCoordinate& point, qint64 time) const; // 1 at the centre, 0 far away
    QGeoCoordinate stormCentre(qint64 time) const;
    bool duringStorm(qint64 time) const;
    void pickDestination(Unit& unit, DemoRandom& random);

    void rate(Case& item, qint64 time, DemoRandom& random);
    void open(const Case& item, CaseStatus working, qint64 time);
    void schedule(qint64 time, const QString& caseKey, CaseStatus status);
    void changed(OpenCase& item, qint64 time);
    void emitCase(const Case& item, qint64 time, bool isNew);
    void emitObservation(const RecordKey& asset, const QString& metric, qint64 time, double value);

    const ProvinceData& m_data;
    CaseFactory m_factory;
    CaseNumbers m_numbers;
    std::vector<DemoRandom> m_random;   // one stream of numbers per event stream
    std::array<qint64, StreamCount> m_next{};
    qint64 m_start = 0;
    qint64 m_stormBegins = 0, m_stormEnds = 0;
    double m_stormPeak = 0;
    QGeoCoordinate m_stormFrom, m_stormTo;
    QList<Sensor> m_gauges, m_towers, m_stations;
    QList<Unit> m_units;
    int m_weatherTicks = 0;
    std::map<QString, OpenCase> m_open;                        // by case key; ordered, never hashed
    std::map<std::pair<qint64, quint64>, FollowUp> m_followUps; // by (time, order of scheduling)
    quint64 m_scheduled = 0;

    // Where the records of the current runUntil() go.
    RecordBatch* m_batch = nullptr;
    QStringList* m_log = nullptr;
};

} // namespace ioc::internal
