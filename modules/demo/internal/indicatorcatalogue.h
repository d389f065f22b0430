// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo's socio-economic indicators and how their plans and actuals are drawn
// (resources/demo/indicators.json).

#include "core/domain.h"
#include "core/result.h"

#include <QList>

#include <optional>

namespace ioc::internal {

struct IndicatorSpec {
    // amount: a total per period (revenue, exports); level: a rate against a target (GRDP growth, CPI);
    // yearToDate: a share that builds up over the year (disbursement).
    enum class Shape { Amount, Level, YearToDate };

    Indicator indicator;
    Shape shape = Shape::Level;
    double plan = 0;            // amount: the monthly plan this year; level: the target; yearToDate: by December
    double planStep = 0;        // level: change of the target per year
    double yearGrowth = 0;      // amount: growth of the plan per year
    double seasonAmplitude = 0; // amount: ± share of the plan over the year
    int seasonPeakMonth = 1;
    double performanceLow = 1;  // amount, yearToDate: actual / plan; level: actual - plan
    double performanceHigh = 1;
    double noise = 0;           // period-to-period spread: relative for amount and yearToDate, absolute for level
    int decimals = 1;
    std::optional<double> max;  // rates that cannot exceed a bound (100 %)
    bool wards = false;         // also generated for the urban wards

    // The error names the file and the field at fault.
    static Result<QList<IndicatorSpec>> read(const QString& fileName);
};

} // namespace ioc::internal
