// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kpi/forecast.h"

#include <span>
#include <vector>

namespace ioc {
namespace forecastmethods {

struct Fit {
    std::vector<double> values; // forecasts 1..horizon steps after the data
    double alpha = 0.0;
    double beta = 0.0;
    double gamma = 0.0;
};

// The fewest values the method can be fitted on (a back-test origin needs this many before it), or -1
// where the method does not apply to this seasonLength.
int minimumHistory(ForecastMethod method, int seasonLength);

// Fits method to data (at least minimumHistory values, all finite) and forecasts horizon steps ahead.
// Reads data only: the back-test's guarantee that an origin sees no later value rests on passing it the
// prefix before the origin.
Fit fitAndForecast(ForecastMethod method, std::span<const double> data, int seasonLength, int horizon);

} // namespace forecastmethods
} // namespace ioc
