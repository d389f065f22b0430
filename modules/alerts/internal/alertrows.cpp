// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/internal/alertrows.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace ioc {

struct AlertRowsText {
    Q_DECLARE_TR_FUNCTIONS(AlertRowsText)
};

namespace internal {

namespace {

QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant stored(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace

QString alertRecordSelect()
{
    return QStringLiteral(
        "SELECT a.external_id, a.rule, a.severity, a.state, a.subject, a.title, a.lat, a.lon, a.raised_at, "
        "a.acknowledged_at, a.acknowledged_by, a.closed_at, a.closed_by, d.rule_kind, d.domain, d.area_code, "
        "d.group_key, d.parent_key, d.group_count, d.assignee_unit, d.snoozed_until, d.snooze_reason, d.ack_comment, "
        "d.sop_run, d.dispatched_unit, d.dispatched_at, d.arrived_at, d.resolved_at, d.resolved_by, d.resolve_reason, "
        "d.facts FROM alerts a LEFT JOIN alert_details d ON d.external_id = a.external_id WHERE a.source = ?");
}

AlertRecord readAlertRecord(const QSqlQuery& q)
{
    AlertRecord r;
    Alert& a = r.alert;
    a.key = {QString::fromLatin1(AlertService::kSource), q.value(0).toString()};
    a.rule = q.value(1).toString();
    a.severity = fromCode<Severity>(q.value(2).toString()).value_or(Severity::Medium);
    a.state = fromCode<AlertState>(q.value(3).toString()).value_or(AlertState::New);
    a.subject = q.value(4).toString();
    a.title = q.value(5).toString();
    if (!q.value(6).isNull() && !q.value(7).isNull())
        a.position = QGeoCoordinate(q.value(6).toDouble(), q.value(7).toDouble());
    a.raised = timeOf(q.value(8));
    a.acknowledged = timeOf(q.value(9));
    a.acknowledgedBy = q.value(10).toString();
    a.closed = timeOf(q.value(11));
    a.closedBy = q.value(12).toString();
    AlertDetails& d = r.details;
    d.ruleKind = alertRuleKindFromCode(q.value(13).toString()).value_or(AlertRuleKind::ObservationThreshold);
    d.domain = q.value(14).toString();
    d.areaCode = q.value(15).toString();
    d.groupKey = q.value(16).toString();
    d.parentKey = q.value(17).toString();
    d.groupCount = q.value(18).isNull() ? 1 : q.value(18).toInt();
    d.assigneeUnit = q.value(19).toString();
    d.snoozedUntil = timeOf(q.value(20));
    d.snoozeReason = q.value(21).toString();
    d.comment = q.value(22).toString();
    d.sopRun = q.value(23).toString();
    d.dispatchedUnit = q.value(24).toString();
    d.dispatchedAt = timeOf(q.value(25));
    d.arrivedAt = timeOf(q.value(26));
    d.resolvedAt = timeOf(q.value(27));
    d.resolvedBy = q.value(28).toString();
    d.resolveReason = q.value(29).toString();
    d.facts = QJsonDocument::fromJson(q.value(30).toString().toUtf8()).object();
    return r;
}

Result<void> upsertAlertDetails(Database& database, const AlertRecord& r, const QDateTime& now)
{
    const AlertDetails& d = r.details;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO alert_details (external_id, rule_kind, domain, area_code, group_key, parent_key, group_count, "
        "assignee_unit, snoozed_until, snooze_reason, ack_comment, sop_run, dispatched_unit, dispatched_at, arrived_at, "
        "resolved_at, resolved_by, resolve_reason, facts, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (external_id) DO UPDATE SET rule_kind = excluded.rule_kind, domain = excluded.domain, "
        "area_code = excluded.area_code, group_key = excluded.group_key, parent_key = excluded.parent_key, "
        "group_count = excluded.group_count, assignee_unit = excluded.assignee_unit, snoozed_until = excluded.snoozed_until, "
        "snooze_reason = excluded.snooze_reason, ack_comment = excluded.ack_comment, sop_run = excluded.sop_run, "
        "dispatched_unit = excluded.dispatched_unit, dispatched_at = excluded.dispatched_at, arrived_at = excluded.arrived_at, "
        "resolved_at = excluded.resolved_at, resolved_by = excluded.resolved_by, resolve_reason = excluded.resolve_reason, "
        "facts = excluded.facts, updated_at = excluded.updated_at"));
    for (const QVariant& v : {QVariant(r.key()), QVariant(toCode(d.ruleKind)), QVariant(d.domain), QVariant(d.areaCode),
                              QVariant(d.groupKey), QVariant(d.parentKey), QVariant(d.groupCount), QVariant(d.assigneeUnit),
                              stored(d.snoozedUntil), QVariant(d.snoozeReason), QVariant(d.comment), QVariant(d.sopRun),
                              QVariant(d.dispatchedUnit), stored(d.dispatchedAt), stored(d.arrivedAt), stored(d.resolvedAt),
                              QVariant(d.resolvedBy), QVariant(d.resolveReason),
                              QVariant(QString::fromUtf8(QJsonDocument(d.facts).toJson(QJsonDocument::Compact))),
                              QVariant(now.toMSecsSinceEpoch())}) {
        // Empty strings are bound as "" (NOT NULL columns), never as NULL.
        q.addBindValue(v.userType() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec())
        return fail(database.describeError(AlertRowsText::tr("cannot save the details of alert %1").arg(r.key()), q.lastError()));
    return {};
}

int severityRank(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return 0;
    case Severity::Medium:
        return 1;
    case Severity::High:
        return 2;
    case Severity::Critical:
        return 3;
    }
    return 0;
}

} // namespace internal
} // namespace ioc
