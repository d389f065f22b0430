// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// NOTIFY latency between two PostgreSQL connections: one sends pg_notify on ChangeFeed's channel with
// a ChangeFeed payload at a steady rate, the other (its own thread and event loop, as a console's GUI
// thread listens) receives them through QSqlDriver::notification. Latency is taken from just before
// the send to the moment the listener's slot runs, on one monotonic clock.

#include "core/result.h"

#include <QList>
#include <QString>

namespace ioc::bench {

struct NotifyOptions {
    QString url;      // postgresql://…
    int rate = 200;   // notifications per second
    int count = 2000; // measured notifications
    int warmup = 20;  // sent first and left out of the figures (connection and cache warm-up)
};

struct NotifyResult {
    QList<double> latenciesMs; // of the notifications that arrived, sorted
    int lost = 0;              // sent but not heard within 3 s after the last send
    double seconds = 0;        // how long the sending took
};

Result<NotifyResult> measureNotifyLatency(const NotifyOptions& options);

// Nearest-rank percentile of sorted values (p in 0…100).
double percentile(const QList<double>& sorted, double p);

} // namespace ioc::bench
