// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "kpi/period.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ioc {

enum class KpiColour { Red, Orange, Green, Grey };
// "red", "orange", "green", "grey".
QString toCode(KpiColour colour);

// Amount: a total that builds up over the period (cases handled, revenue collected); the plan is pro-rated
// to the elapsed share of the period. Level: a rate or ratio held against its plan at any time (share of
// dossiers on time, unemployment rate); never pro-rated.
enum class KpiShape { Amount, Level };

// Thresholds on the direction-adjusted achievement ratio r (see StatusInput): r >= green → green,
// r < red → red, in between → orange. Comparisons allow a relative slack of 1e-9 so that a figure exactly
// on a threshold is not pushed across it by floating-point rounding. Valid when both are finite and
// red <= green; otherwise every status is grey.
struct StatusThresholds {
    double green = 1.0;
    double red = 0.9;
};

// The figures of one indicator, area and period, and the clock.
//
// The rule: s = actual / P, where P is the plan, pro-rated to period.elapsedShare(now.date()) for an Amount
// (the share of plan the actual stands at). The achievement ratio is r = s for HigherIsBetter and
// r = 2 - s for LowerIsBetter (so 10% over a lower-is-better plan counts the same as 10% under a
// higher-is-better one, and an actual of 0 is r = 2 instead of the infinity of P / actual).
// While the period runs and forecastAtEnd is set, the forecast is judged the same way against the full
// plan, and the colour is the worse of the two. A finished period (now after its last day) is judged on
// its actual alone, with the same thresholds: the orange band stays ("nearly met"), forecasts are ignored.
//
// Grey, with the reason, when the rule cannot judge: no actual, no plan, a plan that is not a finite number,
// a negative plan (ratios against it mean nothing), a plan of 0 for HigherIsBetter (no share of 0 exists),
// a period that has not started, a non-finite actual or forecast, a negative actual or forecast where
// negativeAllowed is false, invalid thresholds or period. For LowerIsBetter a plan of 0 means "none at all":
// an actual of 0 is green, anything above red (and a forecast above 0 makes it red).
//
// Staleness is separate from the colour: stale when expectedUpdateSeconds > 0 and updated is invalid or
// more than expectedUpdateSeconds before now. The explanation then says so; the colour does not change.
struct StatusInput {
    Direction direction = Direction::HigherIsBetter;
    KpiShape shape = KpiShape::Amount;
    Period period;
    std::optional<double> plan;
    std::optional<double> actual;
    std::optional<double> forecastAtEnd;
    QDateTime updated;
    QDateTime now;
    qint64 expectedUpdateSeconds = 0;
    StatusThresholds thresholds;
    QString unit;
    bool negativeAllowed = false;
};

struct KpiStatus {
    KpiColour colour = KpiColour::Grey;
    bool stale = false;
    // One short translated sentence: what the figures are and the colour they give, e.g.
    // "actual 61% of plan at 75% of the year; forecast 88% at year end → red".
    QString explanation;
    // Direction-adjusted achievement r of the actual, and of the forecast against the full plan (see
    // StatusInput); unset where the rule did not compute them.
    std::optional<double> ratio;
    std::optional<double> forecastRatio;
    // Added: s = actual / (pro-rated) plan, forecast / plan, and the elapsed share used.
    std::optional<double> shareOfPlan;
    std::optional<double> forecastShareOfPlan;
    double elapsedShare = 0.0;
};

enum class StatusDetail { WithExplanation, ColourOnly };

// The part of the rule that depends on the period and the clock alone. evaluateStatus(input) computes it
// from input.period and input.now; a bulk recompute computes it once per period and passes it.
struct PeriodClock {
    bool valid = false;    // a valid period and a valid now
    bool started = false;  // now is on or after the period's first day
    bool finished = false; // now is after the period's last day
    double elapsedShare = 0.0;

    static PeriodClock of(const Period& period, const QDateTime& now);
};

// ColourOnly leaves explanation empty (everything else is the same); for bulk recomputation.
KpiStatus evaluateStatus(const StatusInput& input, StatusDetail detail = StatusDetail::WithExplanation);
// The same with the clock computed beforehand: clock must be PeriodClock::of(input.period, input.now).
KpiStatus evaluateStatus(const StatusInput& input, const PeriodClock& clock,
                         StatusDetail detail = StatusDetail::WithExplanation);

} // namespace ioc
