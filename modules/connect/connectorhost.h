// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connect/connectorhealth.h"
#include "connect/connectorsetup.h"
#include "core/recordbatch.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

namespace ioc {

class ChangeFeed;
class Clock;
class ConnectorCatalogue;
class Transport;
class WorkerThread;

// Runs the configured connectors, each on its own worker thread with its own store connection (STYLE.md
// 11): a console runs them for itself on SQLite; a headless node runs them for the whole centre on
// PostgreSQL, where a lock per connector keeps two nodes from running the same one. A connector that
// cannot start (unknown plugin, configuration the plugin's schema refuses, a plugin that does not load)
// is listed in problems() with its reason and the others run.
//
// Thread: made and used on one thread (the GUI thread, or the headless main thread). The catalogue,
// transport, clock and feed must outlive it.
class ConnectorHost : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString storeUrl;
        QString node;                                  // "host:pid" when empty
        quint64 seed = 0;                              // jitter of the retries; 0: from the time
        std::chrono::milliseconds standbyRetry{10000}; // how often a standby node tries to take over
    };

    ConnectorHost(ConnectorCatalogue& catalogue, Transport& transport, const Clock& clock, ChangeFeed* feed,
                  Options options, QObject* parent = nullptr);
    ~ConnectorHost() override; // stops every connector (see stop())

    // Starts every enabled connector of the setup; returns how many started.
    int start(const ConnectorSetup& setup);
    // Stops them: each unsubscribes, commits what it was handed and writes "stopped". Waits at most
    // `timeout` per connector (a poll stuck in a plugin is logged and left to finish on its own).
    void stop(std::chrono::milliseconds timeout = std::chrono::seconds(30));

    QStringList problems() const { return m_problems; }
    QStringList runningIds() const;
    // The latest health each runner reported in this process (the store has every node's).
    QList<ConnectorHealth> health() const;

    // Asks the connector to poll now (an operator's "poll now").
    Result<void> pollNow(const QString& connectorId);
    // Hands a quarantined record to its connector to map again, or discards it; the answer comes with
    // quarantineHandled(). Permission is the caller's business (ConnectorsController checks it).
    Result<void> retryQuarantined(const QString& connectorId, qint64 id, const QString& actor);
    Result<void> discardQuarantined(const QString& connectorId, qint64 id, const QString& actor);

Q_SIGNALS:
    void healthChanged(const ioc::ConnectorHealth& health);
    void quarantineHandled(qint64 id, bool ok, const QString& message);
    void problemsChanged();
    // Records a connector of this host committed (source = its id), on this host's thread: what the alert
    // rules evaluate. Includes records ingest refused (they are in the quarantine as well).
    void recordsCommitted(const ioc::RecordBatch& records);

private:
    struct Running;
    Running* find(const QString& connectorId) const;

    ConnectorCatalogue& m_catalogue;
    Transport& m_transport;
    const Clock& m_clock;
    ChangeFeed* m_feed;
    Options m_options;
    QStringList m_problems;
    std::vector<std::unique_ptr<Running>> m_running;
    QHash<QString, ConnectorHealth> m_health;
};

} // namespace ioc
