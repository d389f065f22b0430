// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "demo/demoprovince.h"
#include "demo/simulator.h"
#include "store/ingest.h"

#include <memory>

namespace ioc {
class ChangeFeed;
class Database;
} // namespace ioc

namespace ioc::app {

// --demo: the embedded demo province, running. At start its wards and seed records are written into
// the store through the same ingest path as real connectors; then the simulator keeps it alive at
// `speed` simulated seconds per real second. Lives on the GUI thread; the store must outlive it.
class DemoRun {
public:
    static Result<std::unique_ptr<DemoRun>> start(Database& database, ChangeFeed& feed, quint64 seed, double speed,
                                                  const QDateTime& now);

    const DemoProvince& province() const { return m_province; }
    Simulator& simulator() { return m_simulator; }

private:
    DemoRun(DemoProvince province, Database& database, ChangeFeed& feed, quint64 seed, const QDateTime& now);

    DemoProvince m_province;
    Ingest m_ingest;
    ManualClock m_clock;
    Simulator m_simulator;
};

} // namespace ioc::app
