// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "kpi/statusrule.h"

#include <QtGlobal>

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace ioc {

// The colour-only status rule over columns of figures: the same colour and stale flag as
// evaluateStatus(input, StatusDetail::ColourOnly) for every row (same rule, same 1e-9 slack, same grey cases,
// same handling of finished periods and forecasts), without QDateTime, QString or an allocation per row.
// For bulk recomputes; evaluateStatus stays the reference and the only source of explanations.

// A time that is not there (an invalid QDateTime): no update time, or no clock.
inline constexpr qint64 kNoTimeMs = std::numeric_limits<qint64>::min();

// What a series (an indicator's figures in one area) shares across its rows: StatusInput's fields that are
// not figures, with expectedUpdateSeconds <= 0 meaning "never stale".
struct StatusSeriesRule {
    Direction direction = Direction::HigherIsBetter;
    KpiShape shape = KpiShape::Amount;
    StatusThresholds thresholds;
    bool negativeAllowed = false;
    qint64 expectedUpdateSeconds = 0;
};

// Row i: actual[i], plan[i], forecast[i], updatedMs[i] (milliseconds since the epoch), the period clock
// clocks[period[i]] and the rule rules[series[i]].
// - actual, plan: NaN = none (a missing figure and one that is not a number both give grey).
// - forecast: NaN = none; ±infinity = a forecast that is not a finite number (grey while the period runs,
//   as evaluateStatus makes any non-finite forecast). Empty span: no row has a forecast.
// - updatedMs: kNoTimeMs = no update time. Empty span: no row has one.
// - clocks: PeriodClock::of(period, now) for each period used; period[i] indexes it.
// - series: empty span: every row follows rules[0].
// actual, plan and period have one entry per row; forecast, updatedMs and series that are not empty too.
struct StatusColumns {
    std::span<const double> actual;
    std::span<const double> plan;
    std::span<const double> forecast;
    std::span<const qint64> updatedMs;
    std::span<const quint16> period;
    std::span<const quint32> series;
    std::span<const PeriodClock> clocks;
    std::span<const StatusSeriesRule> rules;

    size_t rows() const { return actual.size(); }
};

// Fills colours[i] and stale[i] for every row. nowMs is the clock the period clocks were computed with
// (kNoTimeMs: no valid clock; nothing is stale then). Fails, naming the column or row, when a column's length
// differs from actual's, out is shorter than the rows, or a row's period or series index is out of range;
// the rows it could not judge are then grey and not stale. Safe to run on disjoint row ranges in parallel
// (see sliced()).
Result<void> evaluateColours(const StatusColumns& columns, qint64 nowMs, std::span<KpiColour> colours,
                             std::span<bool> stale);

// The rows [first, first + count) of columns, with the same tables (clocks, rules): for splitting a
// recompute over threads. count is clipped to the rows there are.
StatusColumns sliced(const StatusColumns& columns, size_t first, size_t count);

// Columns filled from StatusInputs, for callers that already have them (a dashboard's few dozen statuses):
// each input's period and now give a clock, shared by the inputs with the same period and now; each input's
// rule fields a rule, shared likewise. All inputs must have the same now (the first one's); one that
// differs makes append() fail, and that input is left out.
class StatusBatch {
public:
    Result<void> append(const StatusInput& input);
    size_t size() const { return m_actual.size(); }
    StatusColumns columns() const;
    qint64 nowMs() const { return m_nowMs; }
    // evaluateColours over everything appended.
    Result<void> evaluate(std::span<KpiColour> colours, std::span<bool> stale) const;

private:
    std::vector<double> m_actual, m_plan, m_forecast;
    std::vector<qint64> m_updatedMs;
    std::vector<quint16> m_period;
    std::vector<quint32> m_series;
    std::vector<Period> m_periods;
    std::vector<PeriodClock> m_clocks;
    std::vector<StatusSeriesRule> m_rules;
    QDateTime m_now;
    qint64 m_nowMs = kNoTimeMs;
};

} // namespace ioc
