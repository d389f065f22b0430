// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For plugin tests: load a built connector plugin by name with QPluginLoader (the real file, as the host
// does), and a ConnectorContext that keeps what a connector delivers in memory instead of a store.

#include "connect/connector.h"
#include "connect/transport.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QPluginLoader>
#include <QTest>

#include <atomic>
#include <memory>

namespace ioc::test {

// The plugin's file in the build tree: IOC_TEST_CONNECTOR_DIR (set by tests/unit/connect/CMakeLists.txt).
inline QString connectorPluginPath(const QString& name)
{
    const QDir dir(QString::fromLocal8Bit(qgetenv("IOC_TEST_CONNECTOR_DIR")));
    return dir.filePath(QStringLiteral("libiocconnector_%1.so").arg(name));
}

// Loads the plugin and returns its factory; fails the test (QFAIL-style fatal) with the loader's reason.
inline ConnectorFactory* loadConnectorFactory(QPluginLoader& loader, const QString& name)
{
    loader.setFileName(connectorPluginPath(name));
    QObject* instance = loader.instance();
    if (!instance)
        qFatal("cannot load connector %s: %s", qPrintable(name), qPrintable(loader.errorString()));
    auto* factory = qobject_cast<ConnectorFactory*>(instance);
    if (!factory)
        qFatal("%s does not implement %s", qPrintable(name), IOC_CONNECTOR_IID);
    return factory;
}

class TestConnectorContext final : public ConnectorContext {
public:
    TestConnectorContext(QString id, QJsonObject configuration, Transport* transport, const Clock& clock)
        : m_id(std::move(id)), m_configuration(std::move(configuration)), m_transport(transport), m_clock(clock)
    {
    }

    QString connectorId() const override { return m_id; }
    QJsonObject configuration() const override { return m_configuration; }
    Transport& transport() override
    {
        if (!m_transport)
            qFatal("this test gave the connector no transport");
        return *m_transport;
    }
    const Clock& clock() const override { return m_clock; }
    const QLoggingCategory& logCategory() const override { return m_category; }
    bool isStopping() const override { return m_stopping.load(); }

    Result<void> deliver(ConnectorBatch batch) override
    {
        QMutexLocker lock(&m_mutex);
        if (m_refuseDeliveries)
            return fail(QStringLiteral("the test refuses this delivery"));
        m_delivered.append(std::move(batch));
        return {};
    }
    void reportFailure(const QString& reason) override
    {
        QMutexLocker lock(&m_mutex);
        m_failures.append(reason);
    }
    void reportRecovered() override
    {
        QMutexLocker lock(&m_mutex);
        ++m_recoveries;
    }

    void setStopping(bool stopping) { m_stopping = stopping; }
    void setRefuseDeliveries(bool refuse)
    {
        QMutexLocker lock(&m_mutex);
        m_refuseDeliveries = refuse;
    }
    QList<ConnectorBatch> delivered() const
    {
        QMutexLocker lock(&m_mutex);
        return m_delivered;
    }
    QStringList failures() const
    {
        QMutexLocker lock(&m_mutex);
        return m_failures;
    }
    int recoveries() const
    {
        QMutexLocker lock(&m_mutex);
        return m_recoveries;
    }

private:
    QString m_id;
    QJsonObject m_configuration;
    Transport* m_transport;
    const Clock& m_clock;
    QLoggingCategory m_category{"ioc.connector.test"};
    std::atomic<bool> m_stopping{false};
    mutable QMutex m_mutex;
    bool m_refuseDeliveries = false;   // guarded by m_mutex
    QList<ConnectorBatch> m_delivered; // guarded by m_mutex
    QStringList m_failures;            // guarded by m_mutex
    int m_recoveries = 0;              // guarded by m_mutex
};

} // namespace ioc::test
