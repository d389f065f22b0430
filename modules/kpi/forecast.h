// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace ioc {

// SeasonalNaive: the value one season earlier (needs one full season; with seasonLength 1 it is the
// naive "last value"). HoltLinear: level and trend, exponentially smoothed (needs 3 points). HoltWinters:
// additive level, trend and season (needs two full seasons and seasonLength >= 2).
enum class ForecastMethod { SeasonalNaive, HoltLinear, HoltWinters };
// "seasonal_naive", "holt_linear", "holt_winters".
QString toCode(ForecastMethod method);

struct ForecastMethodScore {
    ForecastMethod method = ForecastMethod::SeasonalNaive;
    double mape = 0.0;
};

struct ForecastResult {
    ForecastMethod method = ForecastMethod::SeasonalNaive;
    // values[h - 1] is the forecast h steps after the last history value; lower/upper bound an 80% band:
    // values ± 1.28 × rmse × √h, rmse being that of the method's one-step back-test residuals.
    QList<double> values;
    QList<double> lower;
    QList<double> upper;
    // Mean absolute percentage error of the back-test, in percent (5.0 = 5%), over the back-test points
    // whose actual is not 0; skippedZeroActuals says how many were left out for being 0.
    double mape = 0.0;
    int backtestPoints = 0;
    // Added for callers and tests.
    double rmse = 0.0;
    int skippedZeroActuals = 0;
    // The one-step-ahead back-test forecasts of the last backtestPoints history values, in order; each was
    // made by fitting the method to the values before it only.
    QList<double> backtestPredictions;
    // Every method back-tested, in the order tried (forecast() only; forecastWith() lists its one method).
    QList<ForecastMethodScore> scores;
    // Smoothing parameters of the final fit (0 where the method has none).
    double alpha = 0.0;
    double beta = 0.0;
    double gamma = 0.0;
};

// Back-tests every method the history allows by rolling origin over the same last backtestPoints values
// (a method needs its minimum history plus one point to back-test; the window is max(seasonLength,
// ⌈n/4⌉) points, cut so that every method has its minimum before the first origin), picks the lowest MAPE
// (ties go to the simpler method: SeasonalNaive, then HoltLinear, then HoltWinters) and fits it on the
// whole history. Smoothing parameters come from a fixed grid, minimising the in-sample one-step squared
// error, so the result is deterministic.
// Errors: an empty or too short history, a value that is not a finite number (named by its position),
// seasonLength < 1, horizon outside 1–1000, every back-test actual 0 (no MAPE).
Result<ForecastResult> forecast(const QList<double>& history, int seasonLength, int horizon);
// The same with one method; its back-test window is cut only by its own minimum history.
Result<ForecastResult> forecastWith(ForecastMethod method, const QList<double>& history, int seasonLength,
                                    int horizon);

} // namespace ioc
