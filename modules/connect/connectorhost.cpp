// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/connectorhost.h"

#include "connect/connectorcatalogue.h"
#include "connect/internal/connectorrunner.h"
#include "connect/logcategories.h"
#include "core/clock.h"
#include "core/workerthread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>

namespace ioc {

struct HostText {
    Q_DECLARE_TR_FUNCTIONS(HostText)
};

struct ConnectorHost::Running {
    QString id;
    std::unique_ptr<QLoggingCategory> category; // ioc.connector.<plugin>; must outlive the runner
    QByteArray categoryName;
    std::unique_ptr<WorkerThread> thread;
    internal::ConnectorRunner* runner = nullptr; // lives in thread; touched by queued calls only
};

ConnectorHost::ConnectorHost(ConnectorCatalogue& catalogue, Transport& transport, const Clock& clock, ChangeFeed* feed,
                             Options options, QObject* parent)
    : QObject(parent), m_catalogue(catalogue), m_transport(transport), m_clock(clock), m_feed(feed),
      m_options(std::move(options))
{
    if (m_options.node.isEmpty())
        m_options.node = QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    if (m_options.seed == 0)
        m_options.seed = quint64(QDateTime::currentMSecsSinceEpoch());
    qRegisterMetaType<ioc::ConnectorHealth>("ioc::ConnectorHealth");
    qRegisterMetaType<ioc::RecordBatch>("ioc::RecordBatch");
}

ConnectorHost::~ConnectorHost() { stop(); }

int ConnectorHost::start(const ConnectorSetup& setup)
{
    int started = 0;
    quint64 seed = m_options.seed;
    for (const ConnectorInstanceSettings& settings : setup.connectors) {
        if (!settings.enabled || find(settings.id))
            continue;
        const auto problem = [&](const QString& reason) {
            qCWarning(lcConnect).noquote() << reason;
            m_problems.append(reason);
        };
        Result<QJsonObject> config = m_catalogue.checkConfiguration(settings.plugin, settings.id, settings.config);
        if (!config) {
            problem(config.errorMessage());
            continue;
        }
        Result<ConnectorFactory*> factory = m_catalogue.factory(settings.plugin);
        if (!factory) {
            problem(HostText::tr("connector %1: %2").arg(settings.id, factory.errorMessage()));
            continue;
        }

        auto running = std::make_unique<Running>();
        running->id = settings.id;
        running->categoryName = QByteArrayLiteral("ioc.connector.") + settings.plugin.toUtf8();
        running->category = std::make_unique<QLoggingCategory>(running->categoryName.constData(), QtWarningMsg);

        internal::ConnectorRunner::Setup runnerSetup;
        runnerSetup.settings = settings;
        runnerSetup.settings.config = config.value();
        runnerSetup.factory = factory.value();
        runnerSetup.logCategory = running->category.get();
        runnerSetup.pluginId = settings.plugin;
        runnerSetup.storeUrl = m_options.storeUrl;
        runnerSetup.feed = m_feed;
        runnerSetup.transport = &m_transport;
        runnerSetup.clock = &m_clock;
        runnerSetup.node = m_options.node;
        runnerSetup.seed = seed++;
        runnerSetup.standbyRetry = m_options.standbyRetry;

        auto runner = std::make_unique<internal::ConnectorRunner>(std::move(runnerSetup));
        running->runner = runner.get();
        connect(runner.get(), &internal::ConnectorRunner::healthChanged, this, [this](const ConnectorHealth& health) {
            m_health.insert(health.connectorId, health);
            Q_EMIT healthChanged(health);
        }, Qt::QueuedConnection);
        connect(runner.get(), &internal::ConnectorRunner::quarantineHandled, this, &ConnectorHost::quarantineHandled,
                Qt::QueuedConnection);
        connect(runner.get(), &internal::ConnectorRunner::recordsCommitted, this, &ConnectorHost::recordsCommitted,
                Qt::QueuedConnection);
        running->thread = std::make_unique<WorkerThread>(QStringLiteral("connector %1").arg(settings.id));
        running->thread->start(std::move(runner));
        QMetaObject::invokeMethod(running->runner, &internal::ConnectorRunner::begin, Qt::QueuedConnection);
        qCInfo(lcConnect).noquote() << "connector started:" << settings.id << "plugin" << settings.plugin;
        m_running.push_back(std::move(running));
        ++started;
    }
    for (const QString& problem : setup.problems) {
        if (!m_problems.contains(problem))
            m_problems.append(problem);
    }
    Q_EMIT problemsChanged();
    return started;
}

void ConnectorHost::stop(std::chrono::milliseconds timeout)
{
    for (auto& running : m_running) {
        if (!running->thread->stopAndWait(timeout))
            qCWarning(lcConnect).noquote() << "connector" << running->id << "did not stop within" << timeout.count()
                                           << "ms; it is left to finish its current poll";
    }
    m_running.clear();
}

QStringList ConnectorHost::runningIds() const
{
    QStringList ids;
    for (const auto& running : m_running)
        ids.append(running->id);
    return ids;
}

QList<ConnectorHealth> ConnectorHost::health() const { return m_health.values(); }

ConnectorHost::Running* ConnectorHost::find(const QString& connectorId) const
{
    for (const auto& running : m_running) {
        if (running->id == connectorId)
            return running.get();
    }
    return nullptr;
}

Result<void> ConnectorHost::pollNow(const QString& connectorId)
{
    Running* running = find(connectorId);
    if (!running)
        return fail(HostText::tr("connector %1 does not run on this node").arg(connectorId));
    QMetaObject::invokeMethod(running->runner, &internal::ConnectorRunner::pollNow, Qt::QueuedConnection);
    return {};
}

Result<void> ConnectorHost::retryQuarantined(const QString& connectorId, qint64 id, const QString& actor)
{
    Running* running = find(connectorId);
    if (!running)
        return fail(HostText::tr("connector %1 does not run on this node").arg(connectorId));
    QMetaObject::invokeMethod(running->runner, "retryQuarantined", Qt::QueuedConnection, Q_ARG(qint64, id),
                              Q_ARG(QString, actor));
    return {};
}

Result<void> ConnectorHost::discardQuarantined(const QString& connectorId, qint64 id, const QString& actor)
{
    Running* running = find(connectorId);
    if (!running)
        return fail(HostText::tr("connector %1 does not run on this node").arg(connectorId));
    QMetaObject::invokeMethod(running->runner, "discardQuarantined", Qt::QueuedConnection, Q_ARG(qint64, id),
                              Q_ARG(QString, actor));
    return {};
}

} // namespace ioc
