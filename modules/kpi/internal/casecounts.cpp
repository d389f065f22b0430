// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/internal/casecounts.h"

#include "core/domain.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ioc {

class KpiText {
    Q_DECLARE_TR_FUNCTIONS(ioc::KpiText)
};

} // namespace ioc

namespace ioc::internal {

namespace {

// The window's instants are bound once in a one-row derived table (p) so that every condition can use
// them by name; CAST keeps PostgreSQL's parameter types unambiguous. Conditions follow the definitions
// in kpi/caseindicators.h.
constexpr auto kCountSql = R"(
SELECT c.area_code,
    SUM(CASE WHEN c.opened_at >= p.s AND c.opened_at < p.u THEN 1 ELSE 0 END),
    SUM(CASE WHEN c.closed_at >= p.s AND c.closed_at < p.u THEN 1 ELSE 0 END),
    SUM(CASE WHEN c.closed_at >= p.s AND c.closed_at < p.u
              AND (c.due_at IS NULL OR c.closed_at <= c.due_at) THEN 1 ELSE 0 END),
    SUM(CASE WHEN c.closed_at >= p.s AND c.closed_at < p.u AND c.satisfied IS NOT NULL THEN 1 ELSE 0 END),
    SUM(CASE WHEN c.closed_at >= p.s AND c.closed_at < p.u AND c.satisfied = 0 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (c.closed_at IS NULL OR c.closed_at > p.r) AND c.due_at <= p.r THEN 1 ELSE 0 END),
    SUM(CASE WHEN (c.closed_at IS NULL OR c.closed_at > p.r) AND c.due_at > p.r
              AND c.due_at - p.r <= CASE WHEN (c.due_at - c.opened_at) / 5 < 86400000
                                         THEN (c.due_at - c.opened_at) / 5 ELSE 86400000 END
             THEN 1 ELSE 0 END),
    SUM(CASE WHEN c.status = ? AND c.closed_at IS NULL AND c.opened_at <= p.pending THEN 1 ELSE 0 END)
FROM cases c,
    (SELECT CAST(? AS BIGINT) AS s, CAST(? AS BIGINT) AS u, CAST(? AS BIGINT) AS r, CAST(? AS BIGINT) AS pending) p
WHERE c.category = ? AND c.opened_at <= p.r
GROUP BY c.area_code
)";

} // namespace

CaseCounts& CaseCounts::operator+=(const CaseCounts& other)
{
    received += other.received;
    resolved += other.resolved;
    resolvedOnTime += other.resolvedOnTime;
    rated += other.rated;
    notSatisfied += other.notSatisfied;
    overdue += other.overdue;
    nearDue += other.nearDue;
    notReceived4h += other.notReceived4h;
    return *this;
}

Result<QHash<QString, CaseCounts>> countCasesByArea(Database& database, const QString& category,
                                                    const CaseWindow& window)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromLatin1(kCountSql)))
        return fail(database.describeError(KpiText::tr("cannot count the cases"), query.lastError()));
    query.addBindValue(toCode(CaseStatus::Pending));
    query.addBindValue(window.start);
    query.addBindValue(window.until);
    query.addBindValue(window.reference);
    query.addBindValue(window.pendingBefore);
    query.addBindValue(category);
    if (!query.exec())
        return fail(database.describeError(KpiText::tr("cannot count the cases"), query.lastError()));
    QHash<QString, CaseCounts> result;
    while (query.next()) {
        CaseCounts counts;
        counts.received = query.value(1).toLongLong();
        counts.resolved = query.value(2).toLongLong();
        counts.resolvedOnTime = query.value(3).toLongLong();
        counts.rated = query.value(4).toLongLong();
        counts.notSatisfied = query.value(5).toLongLong();
        counts.overdue = query.value(6).toLongLong();
        counts.nearDue = query.value(7).toLongLong();
        counts.notReceived4h = query.value(8).toLongLong();
        result[query.value(0).toString()] += counts;
    }
    return result;
}

} // namespace ioc::internal
