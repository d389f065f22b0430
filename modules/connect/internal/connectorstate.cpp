// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/internal/connectorstate.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ioc {
struct ConnectorStateText {
    Q_DECLARE_TR_FUNCTIONS(ConnectorStateText)
};
} // namespace ioc

namespace ioc::internal {

namespace {

Result<void> exec(Database& database, QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        return fail(database.describeError(what, query.lastError()));
    return {};
}

// A null QString binds as NULL; the text columns are NOT NULL and an empty text is a value.
QVariant text(const QString& value) { return QVariant(value.isNull() ? QStringLiteral("") : value); }

QVariant blob(const QByteArray& bytes)
{
    // A null QByteArray would bind as NULL; the columns are NOT NULL and an empty cursor is a value.
    return QVariant(bytes.isNull() ? QByteArray("") : bytes);
}

constexpr auto kHealthColumns =
    "connector_id, plugin, node, state, breaker, last_attempt_at, last_success_at, last_error, last_error_at, "
    "data_time, records_today, records_day, recent_attempts, recent_failures, consecutive_failures, "
    "next_attempt_at, stale_after_ms, updated_at";

ConnectorHealth healthFrom(const QSqlQuery& q)
{
    ConnectorHealth h;
    h.connectorId = q.value(0).toString();
    h.plugin = q.value(1).toString();
    h.node = q.value(2).toString();
    h.state = q.value(3).toString();
    h.breaker = q.value(4).toString();
    h.lastAttempt = fromStoredTime(q.value(5));
    h.lastSuccess = fromStoredTime(q.value(6));
    h.lastError = q.value(7).toString();
    h.lastErrorAt = fromStoredTime(q.value(8));
    h.dataTime = fromStoredTime(q.value(9));
    h.recordsToday = q.value(10).toLongLong();
    h.recordsDay = q.value(11).toString();
    h.recentAttempts = q.value(12).toInt();
    h.recentFailures = q.value(13).toInt();
    h.consecutiveFailures = q.value(14).toInt();
    h.nextAttempt = fromStoredTime(q.value(15));
    h.staleAfterMs = q.value(16).toLongLong();
    h.updated = fromStoredTime(q.value(17));
    return h;
}

} // namespace

Result<Checkpoint> loadCheckpoint(Database& database, const QString& connectorId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT cursor, batches, records FROM connector_checkpoints WHERE connector_id = ?"));
    query.addBindValue(connectorId);
    if (auto ok = exec(database, query, ConnectorStateText::tr("cannot read the checkpoint of %1").arg(connectorId)); !ok)
        return ok.error();
    Checkpoint checkpoint;
    if (query.next()) {
        checkpoint.cursor = query.value(0).toByteArray();
        checkpoint.batches = query.value(1).toLongLong();
        checkpoint.records = query.value(2).toLongLong();
    }
    return checkpoint;
}

Result<void> saveCheckpoint(Database& database, const QString& connectorId, const QByteArray& cursor, qint64 records,
                            const QDateTime& now)
{
    QSqlQuery query(database.connection());
    // An empty cursor from the connector keeps the stored one (COALESCE over NULLIF).
    query.prepare(QStringLiteral(
        "INSERT INTO connector_checkpoints (connector_id, cursor, batches, records, updated_at) VALUES (?, ?, 1, ?, ?) "
        "ON CONFLICT (connector_id) DO UPDATE SET "
        "cursor = CASE WHEN length(excluded.cursor) = 0 THEN connector_checkpoints.cursor ELSE excluded.cursor END, "
        "batches = connector_checkpoints.batches + 1, records = connector_checkpoints.records + excluded.records, "
        "updated_at = excluded.updated_at"));
    query.addBindValue(connectorId);
    query.addBindValue(blob(cursor));
    query.addBindValue(records);
    query.addBindValue(toStoredTime(now));
    return exec(database, query, ConnectorStateText::tr("cannot save the checkpoint of %1").arg(connectorId));
}

Result<void> insertQuarantined(Database& database, const QString& connectorId, const QList<QuarantinedRecord>& records,
                               const QDateTime& now)
{
    if (records.isEmpty())
        return {};
    QSqlQuery held(database.connection());
    QSqlQuery insert(database.connection());
    if (!held.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM quarantine WHERE connector_id = ? AND payload_hash = ? AND state = 'held'"))
        || !insert.prepare(QStringLiteral(
            "INSERT INTO quarantine (connector_id, record_type, payload, payload_hash, reason, received_at, state, "
            "attempts, resolved_by) VALUES (?, ?, ?, ?, ?, ?, 'held', 0, '')")))
        return fail(database.describeError(ConnectorStateText::tr("cannot quarantine records"), insert.lastError()));
    for (const QuarantinedRecord& record : records) {
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(record.payload, QCryptographicHash::Sha256).toHex());
        held.addBindValue(connectorId);
        held.addBindValue(hash);
        if (auto ok = exec(database, held, ConnectorStateText::tr("cannot quarantine a record of %1").arg(connectorId)); !ok)
            return ok;
        const bool alreadyHeld = held.next() && held.value(0).toLongLong() > 0;
        held.finish();
        if (alreadyHeld)
            continue; // the same payload again (a re-read source, a re-polled page): held once
        insert.addBindValue(connectorId);
        insert.addBindValue(record.recordType.isEmpty() ? QStringLiteral("unknown") : record.recordType);
        insert.addBindValue(blob(record.payload));
        insert.addBindValue(hash);
        insert.addBindValue(text(record.reason));
        insert.addBindValue(toStoredTime(now));
        if (auto ok = exec(database, insert, ConnectorStateText::tr("cannot quarantine a record of %1").arg(connectorId)); !ok)
            return ok;
    }
    return {};
}

Result<std::optional<QuarantineRow>> loadQuarantined(Database& database, qint64 id)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, connector_id, record_type, payload, reason, state, attempts FROM quarantine WHERE id = ?"));
    query.addBindValue(id);
    if (auto ok = exec(database, query, ConnectorStateText::tr("cannot read quarantined record %1").arg(id)); !ok)
        return ok.error();
    if (!query.next())
        return std::optional<QuarantineRow>();
    QuarantineRow row;
    row.id = query.value(0).toLongLong();
    row.connectorId = query.value(1).toString();
    row.record.recordType = query.value(2).toString();
    row.record.payload = query.value(3).toByteArray();
    row.record.reason = query.value(4).toString();
    row.state = query.value(5).toString();
    row.attempts = query.value(6).toInt();
    return std::optional<QuarantineRow>(row);
}

Result<void> resolveQuarantined(Database& database, qint64 id, const QString& state, const QString& actor,
                                const QDateTime& now)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "UPDATE quarantine SET state = ?, attempts = attempts + 1, resolved_at = ?, resolved_by = ? WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(toStoredTime(now));
    query.addBindValue(text(actor));
    query.addBindValue(id);
    return exec(database, query, ConnectorStateText::tr("cannot update quarantined record %1").arg(id));
}

Result<void> keepQuarantined(Database& database, qint64 id, const QString& reason)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("UPDATE quarantine SET reason = ?, attempts = attempts + 1 WHERE id = ?"));
    query.addBindValue(text(reason));
    query.addBindValue(id);
    return exec(database, query, ConnectorStateText::tr("cannot update quarantined record %1").arg(id));
}

Result<void> saveHealth(Database& database, const ConnectorHealth& h)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO connector_status (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (connector_id) DO UPDATE SET plugin = excluded.plugin, node = excluded.node, "
                                 "state = excluded.state, breaker = excluded.breaker, last_attempt_at = excluded.last_attempt_at, "
                                 "last_success_at = excluded.last_success_at, last_error = excluded.last_error, "
                                 "last_error_at = excluded.last_error_at, data_time = excluded.data_time, "
                                 "records_today = excluded.records_today, records_day = excluded.records_day, "
                                 "recent_attempts = excluded.recent_attempts, recent_failures = excluded.recent_failures, "
                                 "consecutive_failures = excluded.consecutive_failures, next_attempt_at = excluded.next_attempt_at, "
                                 "stale_after_ms = excluded.stale_after_ms, updated_at = excluded.updated_at")
                      .arg(QLatin1String(kHealthColumns)));
    query.addBindValue(text(h.connectorId));
    query.addBindValue(text(h.plugin));
    query.addBindValue(text(h.node));
    query.addBindValue(text(h.state));
    query.addBindValue(text(h.breaker));
    query.addBindValue(toStoredTime(h.lastAttempt));
    query.addBindValue(toStoredTime(h.lastSuccess));
    query.addBindValue(text(h.lastError));
    query.addBindValue(toStoredTime(h.lastErrorAt));
    query.addBindValue(toStoredTime(h.dataTime));
    query.addBindValue(h.recordsToday);
    query.addBindValue(text(h.recordsDay));
    query.addBindValue(h.recentAttempts);
    query.addBindValue(h.recentFailures);
    query.addBindValue(h.consecutiveFailures);
    query.addBindValue(toStoredTime(h.nextAttempt));
    query.addBindValue(h.staleAfterMs);
    query.addBindValue(toStoredTime(h.updated));
    return exec(database, query, ConnectorStateText::tr("cannot save the status of %1").arg(h.connectorId));
}

Result<std::optional<ConnectorHealth>> loadHealth(Database& database, const QString& connectorId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM connector_status WHERE connector_id = ?").arg(QLatin1String(kHealthColumns)));
    query.addBindValue(connectorId);
    if (auto ok = exec(database, query, ConnectorStateText::tr("cannot read the status of %1").arg(connectorId)); !ok)
        return ok.error();
    if (!query.next())
        return std::optional<ConnectorHealth>();
    return std::optional<ConnectorHealth>(healthFrom(query));
}

Result<QList<ConnectorHealth>> loadAllHealth(Database& database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM connector_status ORDER BY connector_id").arg(QLatin1String(kHealthColumns)));
    if (auto ok = exec(database, query, ConnectorStateText::tr("cannot read the connector status")); !ok)
        return ok.error();
    QList<ConnectorHealth> all;
    while (query.next())
        all.append(healthFrom(query));
    return all;
}

} // namespace ioc::internal
