// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/forecast.h"

#include "kpi/internal/forecastmethods.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>

namespace ioc {

class KpiText {
    Q_DECLARE_TR_FUNCTIONS(ioc::KpiText)
};

QString toCode(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::SeasonalNaive:
        return QStringLiteral("seasonal_naive");
    case ForecastMethod::HoltLinear:
        return QStringLiteral("holt_linear");
    case ForecastMethod::HoltWinters:
        return QStringLiteral("holt_winters");
    }
    return {};
}

namespace {

constexpr int kMaxHorizon = 1000;
// One-sided z of a central 80% normal interval.
constexpr double kBandZ = 1.28;
constexpr ForecastMethod kMethods[] = {ForecastMethod::SeasonalNaive, ForecastMethod::HoltLinear,
                                       ForecastMethod::HoltWinters};

// The method's back-test window could hold at least one point: its minimum history and one more.
bool applicable(ForecastMethod method, int n, int seasonLength)
{
    const int minimum = forecastmethods::minimumHistory(method, seasonLength);
    return minimum > 0 && n >= minimum + 1;
}

int targetWindow(int n, int seasonLength) { return std::max(seasonLength, (n + 3) / 4); }

struct Backtest {
    std::vector<double> predictions;
    double mape = 0.0;
    double rmse = 0.0;
    int skippedZeros = 0;
};

// One-step-ahead forecasts of data[n - points .. n - 1], each fitted on data[0 .. origin - 1] only.
std::optional<Backtest> backtest(ForecastMethod method, std::span<const double> data, int seasonLength, int points)
{
    Backtest result;
    double absolutePercent = 0.0;
    double squares = 0.0;
    int counted = 0;
    const size_t n = data.size();
    for (size_t origin = n - size_t(points); origin < n; ++origin) {
        const double predicted = forecastmethods::fitAndForecast(method, data.first(origin), seasonLength, 1).values[0];
        result.predictions.push_back(predicted);
        const double error = data[origin] - predicted;
        squares += error * error;
        if (data[origin] == 0.0) {
            ++result.skippedZeros;
            continue;
        }
        absolutePercent += std::abs(error / data[origin]);
        ++counted;
    }
    if (counted == 0)
        return std::nullopt;
    result.mape = 100.0 * absolutePercent / counted;
    result.rmse = std::sqrt(squares / points);
    return result;
}

Result<void> validate(const QList<double>& history, int seasonLength, int horizon)
{
    if (seasonLength < 1)
        return fail(KpiText::tr("The season length must be at least 1 (got %1).").arg(seasonLength));
    if (horizon < 1 || horizon > kMaxHorizon)
        return fail(KpiText::tr("The forecast horizon must be 1 to %1 periods (got %2).")
                        .arg(kMaxHorizon)
                        .arg(horizon));
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (!std::isfinite(history[i]))
            //: %1 is the 1-based position of the value in the history.
            return fail(KpiText::tr("History value %1 of %2 is not a number.").arg(i + 1).arg(history.size()));
    }
    return {};
}

Result<ForecastResult> finish(ForecastMethod method, const Backtest& test, int points, std::span<const double> data,
                              int seasonLength, int horizon, QList<ForecastMethodScore> scores)
{
    const forecastmethods::Fit fit = forecastmethods::fitAndForecast(method, data, seasonLength, horizon);
    ForecastResult result;
    result.method = method;
    result.mape = test.mape;
    result.rmse = test.rmse;
    result.backtestPoints = points;
    result.skippedZeroActuals = test.skippedZeros;
    result.backtestPredictions = QList<double>(test.predictions.begin(), test.predictions.end());
    result.scores = std::move(scores);
    result.alpha = fit.alpha;
    result.beta = fit.beta;
    result.gamma = fit.gamma;
    for (int h = 1; h <= horizon; ++h) {
        const double value = fit.values[size_t(h - 1)];
        const double half = kBandZ * test.rmse * std::sqrt(double(h));
        result.values.append(value);
        result.lower.append(value - half);
        result.upper.append(value + half);
    }
    return result;
}

Error allZero(int points)
{
    return fail(KpiText::tr("All %1 back-test values are 0, so no percentage error can rank the methods.")
                    .arg(points));
}

} // namespace

Result<ForecastResult> forecast(const QList<double>& history, int seasonLength, int horizon)
{
    if (auto valid = validate(history, seasonLength, horizon); !valid)
        return valid.error();
    const int n = int(history.size());
    int maxMinimum = 0;
    QList<ForecastMethod> methods;
    for (ForecastMethod method : kMethods) {
        if (applicable(method, n, seasonLength)) {
            methods.append(method);
            maxMinimum = std::max(maxMinimum, forecastmethods::minimumHistory(method, seasonLength));
        }
    }
    if (methods.isEmpty())
        return fail(KpiText::tr("A forecast needs at least 4 history values, or one season and one more "
                                        "value (got %1).")
                        .arg(n));
    const int points = std::min(targetWindow(n, seasonLength), n - maxMinimum);
    const std::span<const double> data(history.constData(), size_t(n));

    QList<ForecastMethodScore> scores;
    std::optional<Backtest> best;
    ForecastMethod bestMethod = methods.first();
    for (ForecastMethod method : methods) {
        auto test = backtest(method, data, seasonLength, points);
        if (!test)
            return allZero(points);
        scores.append({method, test->mape});
        // Strictly better by more than rounding noise, so that a tie keeps the simpler method tried first.
        if (!best || test->mape < best->mape - 1e-9 * std::max(1.0, best->mape)) {
            best = std::move(test);
            bestMethod = method;
        }
    }
    return finish(bestMethod, *best, points, data, seasonLength, horizon, std::move(scores));
}

Result<ForecastResult> forecastWith(ForecastMethod method, const QList<double>& history, int seasonLength, int horizon)
{
    if (auto valid = validate(history, seasonLength, horizon); !valid)
        return valid.error();
    const int n = int(history.size());
    if (!applicable(method, n, seasonLength)) {
        const int minimum = forecastmethods::minimumHistory(method, seasonLength);
        if (minimum < 0)
            return fail(KpiText::tr("Method %1 needs a season length of at least 2 (got %2).")
                            .arg(toCode(method))
                            .arg(seasonLength));
        return fail(KpiText::tr("Method %1 needs at least %2 history values (got %3).")
                        .arg(toCode(method))
                        .arg(minimum + 1)
                        .arg(n));
    }
    const int points = std::min(targetWindow(n, seasonLength), n - forecastmethods::minimumHistory(method, seasonLength));
    const std::span<const double> data(history.constData(), size_t(n));
    auto test = backtest(method, data, seasonLength, points);
    if (!test)
        return allZero(points);
    return finish(method, *test, points, data, seasonLength, horizon, {{method, test->mape}});
}

} // namespace ioc
