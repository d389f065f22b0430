// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demorun.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace ioc::app {

DemoRun::DemoRun(DemoProvince province, Database& database, ChangeFeed& feed, quint64 seed, const QDateTime& now)
    : m_province(std::move(province))
    , m_ingest(database, &feed)
    , m_clock(now)
    , m_simulator(m_ingest, m_clock, m_province, seed)
{
}

Result<std::unique_ptr<DemoRun>> DemoRun::start(Database& database, ChangeFeed& feed, quint64 seed, double speed,
                                                const QDateTime& now)
{
    Result<DemoProvince> province = DemoProvince::load();
    if (!province)
        return province.error();
    const IngestBatch batch = province.value().seed(seed, now);
    std::unique_ptr<DemoRun> run(new DemoRun(std::move(province).value(), database, feed, seed, now));
    const Result<IngestReport> written = run->m_ingest.write(batch);
    if (!written)
        return written.error();
    if (!written.value().rejected.isEmpty())
        qCWarning(lcApp) << "the demo seed had" << written.value().rejected.size() << "rejected records; first:"
                         << written.value().rejected.constFirst().reason;
    qCInfo(lcApp) << "demo province seeded:" << written.value().written << "records, seed" << seed;
    run->m_simulator.start(speed);
    return run;
}

} // namespace ioc::app
