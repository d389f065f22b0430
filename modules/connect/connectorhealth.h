// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace ioc {

// How one connector is doing, as the node that runs it writes it into connector_status and every
// console reads it back. States: "starting", "idle" (waiting for its next poll), "polling",
// "backing_off" (failed; retrying after a delay), "breaker_open", "subscribed", "disconnected",
// "standby" (another node runs it), "stopped", "failed" (cannot run: bad configuration, plugin error).
struct ConnectorHealth {
    QString connectorId;
    QString plugin;
    QString node;               // "host:pid" of the process running it
    QString state = QStringLiteral("starting");
    QString breaker = QStringLiteral("closed");
    QDateTime lastAttempt;
    QDateTime lastSuccess;
    QString lastError;          // redacted: no secrets
    QDateTime lastErrorAt;
    QDateTime dataTime;         // newest time of the data received
    qint64 recordsToday = 0;
    QString recordsDay;         // local date recordsToday counts, yyyy-MM-dd
    int recentAttempts = 0;     // the last attempts (at most kRecentWindow) …
    int recentFailures = 0;     // … and how many of them failed
    int consecutiveFailures = 0;
    QDateTime nextAttempt;
    qint64 staleAfterMs = 0;
    QDateTime updated;

    static constexpr int kRecentWindow = 20;

    double errorRate() const { return recentAttempts > 0 ? double(recentFailures) / recentAttempts : 0.0; }
    // Data is stale when none arrived for staleAfterMs (or none ever arrived since the connector started
    // longer ago than that).
    bool isStale(const QDateTime& now) const;
    bool isDown() const;        // failing, breaker open, disconnected or unable to run
};

} // namespace ioc
