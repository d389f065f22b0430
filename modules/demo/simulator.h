// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "demo/demoprovince.h"
#include "store/ingest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace ioc {

class ManualClock;

namespace internal {
class Simulation;
}

// Keeps the demo province alive after its seed: field reports arrive every few minutes, dossiers move
// through their states and some go overdue, a storm brings rain (rain_mm_h every 5 minutes) and raises
// the water at the flood towers near it (water_level_m), an SOS comes in during the storm, patrol units
// drive their beats (a position every 30 seconds). Everything is written through Ingest, like any source.
//
// Contract: the events depend only on the seed and the start time — the simulation clock's time when the
// simulator is made — never on how advanceTo() slices time or on the wall clock. The province should have
// been seeded with DemoProvince::seed(seed, that time): the simulator continues that picture (its units
// and gauges, its open dossiers, its case numbers).
//
// Thread: lives on the thread that owns the Ingest's database, like the database itself. The ingest and
// the clock must outlive the simulator; the province's data is shared, so the DemoProvince may go.
class Simulator : public QObject {
    Q_OBJECT

public:
    Simulator(Ingest& ingest, ManualClock& simulationClock, const DemoProvince& province, quint64 seed,
              QObject* parent = nullptr);
    ~Simulator() override;

    // Generates every event with a simulated time at or before `time` that has not happened yet, in time
    // order, writes them in one batch and moves the simulation clock to `time` (never back). A failed
    // write keeps the events and retries them on the next call; a record Ingest rejects is an error.
    Result<void> advanceTo(const QDateTime& time);

    // Runs the simulation from a timer: simulated time goes `speed` times as fast as real time (1: real
    // time, 60: a simulated minute per second), from the clock's current time. A speed <= 0 stops.
    void start(double speed);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    double speed() const { return m_speed; }

    QDateTime startTime() const;
    QDateTime stormBegins() const;
    QDateTime stormEnds() const;

    // One stable line per record written, oldest first: "2026-11-18T01:05:00Z rain_mm_h demo/RG-03 12.4".
    // Keeps the most recent kEventLogLimit lines.
    QStringList events() const { return m_events; }
    static constexpr qsizetype kEventLogLimit = 200000;

Q_SIGNALS:
    // After each batch written; count: records in it.
    void eventsWritten(int count);
    // A timer-driven advance failed; the message names what went wrong.
    void failed(const QString& message);

private:
    void tick();

    Ingest& m_ingest;
    ManualClock& m_clock;
    DemoProvince m_province; // keeps the data the simulation reads alive
    std::unique_ptr<internal::Simulation> m_simulation;
    IngestBatch m_pending; // generated but not yet written
    QStringList m_events;
    QTimer m_timer;
    QElapsedTimer m_realTime;   // real time since start(), paces the timer only
    QDateTime m_simulatedStart; // the clock's time at start()
    double m_speed = 0;
};

} // namespace ioc
