// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The host's tables (migration 0003): checkpoints, quarantine, connector status. Every statement with
// bound parameters. Functions run on the caller's Database (its thread).

#include "connect/connector.h"
#include "connect/connectorhealth.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ioc {
class Database;
}

namespace ioc::internal {

struct Checkpoint {
    QByteArray cursor;
    qint64 batches = 0;
    qint64 records = 0;
};

Result<Checkpoint> loadCheckpoint(Database& database, const QString& connectorId);
// Advances the checkpoint by one batch of `records` records; an empty cursor keeps the stored one.
Result<void> saveCheckpoint(Database& database, const QString& connectorId, const QByteArray& cursor, qint64 records,
                            const QDateTime& now);

// A payload the connector already has held is not added again.
Result<void> insertQuarantined(Database& database, const QString& connectorId, const QList<QuarantinedRecord>& records,
                               const QDateTime& now);

struct QuarantineRow {
    qint64 id = 0;
    QString connectorId;
    QuarantinedRecord record;
    QString state;
    int attempts = 0;
};
Result<std::optional<QuarantineRow>> loadQuarantined(Database& database, qint64 id);
// state "retried" or "discarded" with who did it, or "held" again with a new reason after a failed retry.
Result<void> resolveQuarantined(Database& database, qint64 id, const QString& state, const QString& actor,
                                const QDateTime& now);
Result<void> keepQuarantined(Database& database, qint64 id, const QString& reason);

Result<void> saveHealth(Database& database, const ConnectorHealth& health);
Result<std::optional<ConnectorHealth>> loadHealth(Database& database, const QString& connectorId);
Result<QList<ConnectorHealth>> loadAllHealth(Database& database);

} // namespace ioc::internal
