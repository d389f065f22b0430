// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The records of the store benchmark, the same on every machine and every run: record i is made from
// its own generator seeded with (kSeed, i), so any range of records can be made again without the
// others (the CSV for the reference tools is written from the same records as the ingest).
// A small generator of our own (splitmix64), not <random>'s distributions, whose output differs
// between standard libraries.

#include "core/domain.h"

#include <QList>

namespace ioc::bench {

constexpr quint64 kSeed = 20261122;

class Random {
public:
    Random(quint64 seed, quint64 stream);

    quint64 next();
    double uniform(double low, double high);
    int below(int n); // 0 ≤ result < n
    bool chance(double probability) { return uniform(0, 1) < probability; }

private:
    quint64 m_state;
};

// Observations start here and come every kObservationStepMinutes, all assets at one time, then the next.
QDateTime observationBaseTime();
constexpr int kObservationStepMinutes = 5;

// Sensors around Cà Mau: rain gauges, water stations, flood towers.
QList<Asset> makeAssets(int count);

// The order in which a run hands its observations over.
//   Time: every sensor at one time, then the next time, as a live feed polls them (the default).
//   Asset: one sensor's whole history, then the next sensor's, as a back-fill of archives reads them.
// Both orders hold the same observations with the same values.
enum class ObservationOrder { Time, Asset };

// Observation number `index` of a run of `total` observations over `assets`.
Observation makeObservation(const QList<Asset>& assets, qint64 index, qint64 total, ObservationOrder order);

// Case number `index`: complaints, dossiers, SOS calls… with Vietnamese titles, some without a position,
// a deadline or a rating, as connectors hand them over.
Case makeCase(qint64 index);

} // namespace ioc::bench
