// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

namespace ioc {
class Database;
}

namespace ioc::internal {

// The counts behind the case indicators for one category, area and month (definitions in
// kpi/caseindicators.h). Counts add up, so a province's are the sum of its wards' and its own.
struct CaseCounts {
    qint64 received = 0;
    qint64 resolved = 0;
    qint64 resolvedOnTime = 0;
    qint64 rated = 0;
    qint64 notSatisfied = 0;
    qint64 overdue = 0;
    qint64 nearDue = 0;
    qint64 notReceived4h = 0;

    CaseCounts& operator+=(const CaseCounts& other);
};

// Epoch milliseconds (UTC), as stored.
struct CaseWindow {
    qint64 start = 0;       // the month's first instant
    qint64 until = 0;       // exclusive end of the counted window: min(next month, now + 1 ms)
    qint64 reference = 0;   // r = min(next month, now): the instant the open cases are looked at
    qint64 pendingBefore = 0; // pending dossiers opened at or before this are "not received 4 h"
};

// One aggregate query over the cases of `category` (a CaseCategory code), grouped by area_code (an
// empty key for cases without one). Bound parameters only.
Result<QHash<QString, CaseCounts>> countCasesByArea(Database& database, const QString& category,
                                                    const CaseWindow& window);

} // namespace ioc::internal
