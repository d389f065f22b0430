// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "kpi/catalogue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ioc {

class Database;
class Ingest;

// The public-service (DVC), field-report (PAHT) and SOC indicators, computed from the cases in the store
// rather than typed in: every catalogue entry with a computedFrom gets, for every area it exists for
// (areaLevels: the provinces and/or the wards of the areas table) and every requested month, its actual
// from SQL aggregates over the cases table, its plan from the catalogue and `updated` = now.
//
// Months ("2026-11") are calendar months in province time (UTC+07:00 by default; Việt Nam has no
// daylight saving). Let s be the month's first instant, e the next month's first instant, and
// r = min(e, now) the reference instant ("the end of the month, or now for the current month").
// Months that start after now get no value. A case counts for its ward and for the ward's province; a
// case filed on the province itself counts for the province only; a case with no or an unknown area
// code counts nowhere. Per category (dossier / field_report / soc_alert):
//   received            opened in [s, r]
//   resolved            closed (closed_at set, whatever the final status) in [s, r]
//   resolved_on_time_rate  100 × (resolved in the month with no deadline or closed_at <= due_at)
//                          / (resolved in the month); no value (missing, never 0 %) when none was resolved
//   overdue             open at r (opened_at <= r, not closed by r) with due_at <= r
//   near_due            open at r, due_at > r and due_at − r <= min(24 h, (due_at − opened_at) / 5)
//                       (the same window the demo and the case list use for "sắp hết hạn")
//   not_received_4h     status pending, not closed, opened at least 4 h before now. The store keeps no
//                       acceptance time, so this is a snapshot of now: only the month containing now gets a
//                       value; earlier months get none (what was stored when they were current stays).
//   not_satisfied_rate  100 × (resolved in the month and rated satisfied = false) / (resolved in the month
//                       and rated); no value when none was rated
// Counts are whole numbers (0 where an area has none); rates are percentages, unrounded.
class CaseIndicators {
public:
    explicit CaseIndicators(Database& database, int utcOffsetSeconds = 7 * 3600);

    // periods: months "YYYY-MM"; an ill-formed one fails the whole call naming it. The catalogue is
    // remembered for store() without a catalogue.
    Result<QList<IndicatorValue>> compute(const Catalogue& catalogue, const QList<QString>& periods,
                                          const QDateTime& now);

    // Writes every catalogue entry as an Indicator and the values as IndicatorValues through ingest, in
    // one batch (source "kpi"). A rejected record fails the call with its reason (ingest writes the rest).
    Result<void> store(Ingest& ingest, const Catalogue& catalogue, const QList<IndicatorValue>& values) const;
    // The same with the catalogue of the last compute(); fails when compute() has not run.
    Result<void> store(Ingest& ingest, const QList<IndicatorValue>& values) const;

    // The month's first instant in province time, or an invalid QDateTime for a malformed period.
    QDateTime monthStart(const QString& period) const;

private:
    Database& m_database;
    int m_utcOffsetSeconds;
    std::optional<Catalogue> m_lastCatalogue;
};

} // namespace ioc
