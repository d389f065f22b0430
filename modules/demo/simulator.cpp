// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/simulator.h"

#include "core/clock.h"
#include "demo/internal/simulation.h"
#include "demo/logcategories.h"

namespace ioc {

namespace {

constexpr int kTimerIntervalMs = 200;

IngestBatch emptyBatch()
{
    IngestBatch batch;
    batch.source = QStringLiteral("demo");
    return batch;
}

} // namespace

Simulator::Simulator(Ingest& ingest, ManualClock& simulationClock, const DemoProvince& province, quint64 seed,
                     QObject* parent)
    : QObject(parent), m_ingest(ingest), m_clock(simulationClock), m_province(province), m_pending(emptyBatch())
{
    const QDateTime start = m_clock.now();
    m_simulation =
        std::make_unique<internal::Simulation>(m_province.data(), m_province.seed(seed, start), seed, start);
    m_timer.setInterval(kTimerIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Simulator::tick);
}

Simulator::~Simulator() = default;

QDateTime Simulator::startTime() const { return m_simulation->start(); }
QDateTime Simulator::stormBegins() const { return m_simulation->stormBegins(); }
QDateTime Simulator::stormEnds() const { return m_simulation->stormEnds(); }

Result<void> Simulator::advanceTo(const QDateTime& time)
{
    m_simulation->runUntil(time, m_pending, m_events);
    if (m_events.size() > kEventLogLimit + kEventLogLimit / 10)
        m_events.remove(0, m_events.size() - kEventLogLimit);
    if (time > m_clock.now())
        m_clock.set(time);
    if (m_pending.size() == 0)
        return {};

    const Result<IngestReport> report = m_ingest.write(m_pending);
    if (!report)
        return fail(tr("The demo simulator could not write its events: %1").arg(report.errorMessage()));
    const int count = static_cast<int>(m_pending.size());
    m_pending = emptyBatch();
    Q_EMIT eventsWritten(count);
    if (!report.value().rejected.isEmpty()) {
        // The simulator only makes valid records: a rejection is a bug worth stopping for.
        const IngestRejection& first = report.value().rejected.first();
        return fail(tr("The store rejected %n record(s) of the demo simulator; the first: %1", nullptr,
                       static_cast<int>(report.value().rejected.size()))
                        .arg(first.reason));
    }
    return {};
}

void Simulator::start(double speed)
{
    if (speed <= 0) {
        stop();
        return;
    }
    m_speed = speed;
    m_simulatedStart = m_clock.now();
    m_realTime.start();
    m_timer.start();
    qCInfo(lcDemo) << "simulation running at" << speed << "x from" << m_simulatedStart;
}

void Simulator::stop()
{
    m_timer.stop();
    m_speed = 0;
}

void Simulator::tick()
{
    const QDateTime target = m_simulatedStart.addMSecs(static_cast<qint64>(double(m_realTime.elapsed()) * m_speed));
    if (auto advanced = advanceTo(target); !advanced) {
        qCWarning(lcDemo).noquote() << advanced.errorMessage();
        Q_EMIT failed(advanced.errorMessage());
    }
}

} // namespace ioc
