// SPDX-License-Identifier: GPL-3.0-or-later
// The demo province as a connector like any other (STYLE.md 10): the first poll hands over the seed; each
// later poll the events the simulation produced since, simulated time running `speed` times as fast as
// real time. The checkpoint holds the start and the simulated time reached, so a restart continues the same
// story where the store stopped (the simulation is replayed silently up to that point: its events depend
// only on the seed and the start, see demo/internal/simulation.h).

#include "connect/connector.h"
#include "demo/demoprovince.h"
#include "demo/internal/simulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>

#include <cmath>
#include <memory>

Q_LOGGING_CATEGORY(lcDemoConnector, IOC_CONNECTOR_LOG_CATEGORY, QtWarningMsg)

namespace ioc {

namespace {

struct DemoConnectorText {
    Q_DECLARE_TR_FUNCTIONS(DemoConnectorText)
};

class DemoConnector final : public Connector {
public:
    DemoConnector(ConnectorContext& context, DemoProvince province)
        : m_context(context), m_province(std::move(province))
    {
        const QJsonObject config = context.configuration();
        m_seed = quint64(config.value(QStringLiteral("seed")).toInteger(2026));
        m_speed = config.value(QStringLiteral("speed")).toDouble(1.0);
        m_configuredStart = QDateTime::fromString(config.value(QStringLiteral("start")).toString(), Qt::ISODate);
    }

    Mode mode() const override { return Mode::Poll; }

    Result<ConnectorBatch> poll(const QByteArray& checkpoint) override
    {
        ConnectorBatch batch;
        if (!m_simulation) {
            if (checkpoint.isEmpty())
                return seedBatch();
            if (auto resumed = resume(checkpoint); !resumed)
                return resumed.error();
        }
        const qint64 simulatedMs = std::llround(double(m_realTime.elapsed()) * m_speed);
        const QDateTime target = m_resumedAt.addMSecs(simulatedMs);
        QStringList log;
        m_simulation->runUntil(target, batch.records, log);
        m_reached = target;
        batch.checkpoint = cursor();
        if (!batch.records.isEmpty())
            batch.dataTime = target;
        return batch;
    }

private:
    Result<ConnectorBatch> seedBatch()
    {
        QDateTime start = m_configuredStart.isValid() ? m_configuredStart : m_context.clock().now();
        start = start.toUTC();
        start.setTime(QTime(start.time().hour(), start.time().minute(), start.time().second()));
        ConnectorBatch batch;
        batch.records = m_province.seed(m_seed, start);
        batch.records.areas = m_province.areas();
        begin(start, batch.records);
        batch.checkpoint = cursor();
        batch.dataTime = start;
        qCInfo(lcDemoConnector) << "demo province seeded at" << start << "seed" << m_seed << batch.records.size() << "records";
        return batch;
    }

    Result<void> resume(const QByteArray& checkpoint)
    {
        const QJsonObject state = QJsonDocument::fromJson(checkpoint).object();
        const QDateTime start = QDateTime::fromString(state.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
        const QDateTime reached = QDateTime::fromString(state.value(QStringLiteral("reached")).toString(), Qt::ISODateWithMs);
        if (!start.isValid() || !reached.isValid() || reached < start)
            return fail(DemoConnectorText::tr("demo: the checkpoint is not one this connector wrote: %1")
                            .arg(QString::fromUtf8(checkpoint.left(200))));
        const RecordBatch seeded = m_province.seed(m_seed, start);
        begin(start, seeded);
        RecordBatch replayed; // already in the store
        QStringList log;
        m_simulation->runUntil(reached, replayed, log);
        m_resumedAt = reached;
        m_reached = reached;
        qCInfo(lcDemoConnector) << "demo simulation resumed at" << reached;
        return {};
    }

    void begin(const QDateTime& start, const RecordBatch& seeded)
    {
        m_start = start;
        m_simulation = std::make_unique<internal::Simulation>(m_province.data(), seeded, m_seed, start);
        m_resumedAt = start;
        m_reached = start;
        m_realTime.start();
    }

    QByteArray cursor() const
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("start"), m_start.toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("reached"), m_reached.toString(Qt::ISODateWithMs)}})
            .toJson(QJsonDocument::Compact);
    }

    ConnectorContext& m_context;
    DemoProvince m_province;
    quint64 m_seed = 2026;
    double m_speed = 1.0;
    QDateTime m_configuredStart;
    std::unique_ptr<internal::Simulation> m_simulation;
    QDateTime m_start;
    QDateTime m_resumedAt; // simulated time when m_realTime started
    QDateTime m_reached;
    QElapsedTimer m_realTime;
};

} // namespace

class DemoConnectorFactory : public QObject, public ConnectorFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID IOC_CONNECTOR_IID FILE "demo.json")
    Q_INTERFACES(ioc::ConnectorFactory)

public:
    Result<std::unique_ptr<Connector>> create(ConnectorContext& context) override
    {
        Result<DemoProvince> province = DemoProvince::load();
        if (!province)
            return province.error();
        return std::unique_ptr<Connector>(std::make_unique<DemoConnector>(context, std::move(province).value()));
    }
};

} // namespace ioc

#include "democonnector.moc"
