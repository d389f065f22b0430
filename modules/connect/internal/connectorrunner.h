// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connect/circuitbreaker.h"
#include "connect/connector.h"
#include "connect/connectorhealth.h"
#include "connect/connectorsetup.h"
#include "connect/retrypolicy.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QElapsedTimer>
#include <QTimer>

#include <atomic>
#include <deque>
#include <future>
#include <memory>

namespace ioc {
class ChangeFeed;
class Database;
class Ingest;
class Transport;
} // namespace ioc

namespace ioc::internal {

class RunnerContext;

// Runs one configured connector on its own worker thread (made by ConnectorHost through WorkerThread):
// opens its own connection to the store, takes the connector's lock on PostgreSQL (so that two nodes
// never run it at once), makes the connector, polls it on its interval or lets it subscribe, and writes
// each batch, its quarantined records and its checkpoint in one transaction. Failures are retried with
// back-off and jitter behind a circuit breaker; health is written to connector_status after each attempt.
//
// Thread: everything here runs on the worker thread, except deliver() (any thread) and the atomics.
class ConnectorRunner : public QObject {
    Q_OBJECT

public:
    struct Setup {
        ConnectorInstanceSettings settings; // config already checked against the plugin's schema
        ConnectorFactory* factory = nullptr;
        const QLoggingCategory* logCategory = nullptr;
        QString pluginId;
        QString storeUrl;
        ChangeFeed* feed = nullptr;        // may be null; lives on the GUI thread (its signals are thread-safe)
        Transport* transport = nullptr;
        const Clock* clock = nullptr;
        QString node;                      // "host:pid"
        quint64 seed = 0;                  // jitter
        std::chrono::milliseconds standbyRetry{10000}; // how often a standby node tries to take the lock
    };

    explicit ConnectorRunner(Setup setup);
    ~ConnectorRunner() override; // unsubscribes, commits what subscriptions handed over, writes "stopped"

    // Called from other threads through queued invocations only.
    Q_INVOKABLE void begin();
    Q_INVOKABLE void pollNow();
    Q_INVOKABLE void retryQuarantined(qint64 id, const QString& actor);
    Q_INVOKABLE void discardQuarantined(qint64 id, const QString& actor);

    // ConnectorContext::deliver for subscriptions: see connectorrunner.cpp for the contract at shutdown.
    Result<void> deliver(ConnectorBatch batch);
    void subscriptionFailed(const QString& reason);
    void subscriptionRecovered();

    bool isStopping() const { return m_stopping.load(); }

Q_SIGNALS:
    void healthChanged(const ioc::ConnectorHealth& health);
    // id: the quarantine row; ok: written; message: what happened, for the operator.
    void quarantineHandled(qint64 id, bool ok, const QString& message);
    // After a batch was committed: its records (source set to the connector's id), for the rules.
    void recordsCommitted(const ioc::RecordBatch& records);

private:
    struct Pending {
        ConnectorBatch batch;
        std::promise<Result<void>> done;
    };

    Result<void> open();
    bool takeLock();
    void attempt();
    void startPrefetch(const QByteArray& cursor);
    void dropPrefetch();
    Result<ConnectorBatch> takePrefetched(const QByteArray& checkpoint);
    void drainDeliveries();
    Result<void> commit(const ConnectorBatch& batch);
    void succeeded(const ConnectorBatch& batch);
    void failed(const QString& reason);
    void schedule(std::chrono::milliseconds delay);
    void publishHealth(const QString& state);
    void countRecords(qint64 records);
    QString redacted(const QString& text) const;

    Setup m_setup;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Ingest> m_ingest;
    std::unique_ptr<RunnerContext> m_context;
    std::unique_ptr<Connector> m_connector;
    RetryPolicy m_retry;
    CircuitBreaker m_breaker;
    QByteArray m_checkpoint;
    ConnectorHealth m_health;
    QList<bool> m_recent;       // outcome of the last attempts, newest last
    QTimer m_timer{this}; // a child, so that moveToThread takes it along
    std::future<Result<ConnectorBatch>> m_prefetch; // the next page, fetched while the last one commits
    QByteArray m_prefetchCursor;                    // the checkpoint m_prefetch was polled with
    QElapsedTimer m_lastHealthWrite;
    bool m_locked = false;
    bool m_subscribed = false;
    std::atomic<bool> m_stopping{false};

    QMutex m_inboxMutex;
    std::deque<std::shared_ptr<Pending>> m_inbox; // guarded by m_inboxMutex; written by any thread
};

} // namespace ioc::internal
