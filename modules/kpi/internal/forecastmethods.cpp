// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/internal/forecastmethods.h"

#include <array>
#include <limits>

namespace ioc {
namespace forecastmethods {

namespace {

// Coarse on purpose: a handful of values per parameter keep the fit deterministic and cheap enough to
// refit at every back-test origin; finer grids changed nothing visible on the province's series.
constexpr std::array<double, 9> kHoltGrid{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
constexpr std::array<double, 7> kWintersGrid{0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9};

struct HoltState {
    double level = 0.0;
    double trend = 0.0;
};

// Runs Holt's recursion from level data[1], trend data[1] - data[0]; returns the in-sample squared error
// of the one-step forecasts of data[2..] and leaves the final state in state.
double runHolt(std::span<const double> data, double alpha, double beta, HoltState& state)
{
    state.level = data[1];
    state.trend = data[1] - data[0];
    double sse = 0.0;
    for (size_t t = 2; t < data.size(); ++t) {
        const double predicted = state.level + state.trend;
        const double error = data[t] - predicted;
        sse += error * error;
        const double level = alpha * data[t] + (1.0 - alpha) * predicted;
        state.trend = beta * (level - state.level) + (1.0 - beta) * state.trend;
        state.level = level;
    }
    return sse;
}

struct WintersState {
    double level = 0.0;
    double trend = 0.0;
    std::vector<double> season; // season[i]: the seasonal term of position i modulo m
};

// Starts from the first two seasons: trend from the difference of their means, level at the end of the
// first season, seasonal terms as the first season's deviations from that straight line. Then runs the
// additive recursion over data[m..] and returns its in-sample one-step squared error.
double runWinters(std::span<const double> data, size_t m, double alpha, double beta, double gamma,
                  WintersState& state)
{
    double mean1 = 0.0, mean2 = 0.0;
    for (size_t i = 0; i < m; ++i) {
        mean1 += data[i];
        mean2 += data[m + i];
    }
    mean1 /= double(m);
    mean2 /= double(m);
    state.trend = (mean2 - mean1) / double(m);
    const double centre = (double(m) - 1.0) / 2.0;
    state.level = mean1 + state.trend * centre;
    state.season.assign(m, 0.0);
    for (size_t i = 0; i < m; ++i)
        state.season[i] = data[i] - (mean1 + state.trend * (double(i) - centre));
    double sse = 0.0;
    for (size_t t = m; t < data.size(); ++t) {
        double& s = state.season[t % m];
        const double predicted = state.level + state.trend + s;
        const double error = data[t] - predicted;
        sse += error * error;
        const double level = alpha * (data[t] - s) + (1.0 - alpha) * (state.level + state.trend);
        state.trend = beta * (level - state.level) + (1.0 - beta) * state.trend;
        s = gamma * (data[t] - level) + (1.0 - gamma) * s;
        state.level = level;
    }
    return sse;
}

} // namespace

int minimumHistory(ForecastMethod method, int seasonLength)
{
    switch (method) {
    case ForecastMethod::SeasonalNaive:
        return seasonLength >= 1 ? seasonLength : -1;
    case ForecastMethod::HoltLinear:
        return 3;
    case ForecastMethod::HoltWinters:
        return seasonLength >= 2 ? 2 * seasonLength : -1;
    }
    return -1;
}

Fit fitAndForecast(ForecastMethod method, std::span<const double> data, int seasonLength, int horizon)
{
    Fit fit;
    fit.values.reserve(size_t(horizon));
    const size_t n = data.size();
    const size_t m = size_t(seasonLength);
    switch (method) {
    case ForecastMethod::SeasonalNaive:
        for (int h = 1; h <= horizon; ++h)
            fit.values.push_back(data[n - m + size_t(h - 1) % m]);
        break;
    case ForecastMethod::HoltLinear: {
        double best = std::numeric_limits<double>::infinity();
        HoltState state;
        for (double alpha : kHoltGrid) {
            for (double beta : kHoltGrid) {
                const double sse = runHolt(data, alpha, beta, state);
                if (sse < best) { // strict: the first of equal candidates stays, so ties are deterministic
                    best = sse;
                    fit.alpha = alpha;
                    fit.beta = beta;
                }
            }
        }
        runHolt(data, fit.alpha, fit.beta, state);
        for (int h = 1; h <= horizon; ++h)
            fit.values.push_back(state.level + double(h) * state.trend);
        break;
    }
    case ForecastMethod::HoltWinters: {
        double best = std::numeric_limits<double>::infinity();
        WintersState state;
        for (double alpha : kWintersGrid) {
            for (double beta : kWintersGrid) {
                for (double gamma : kWintersGrid) {
                    const double sse = runWinters(data, m, alpha, beta, gamma, state);
                    if (sse < best) {
                        best = sse;
                        fit.alpha = alpha;
                        fit.beta = beta;
                        fit.gamma = gamma;
                    }
                }
            }
        }
        runWinters(data, m, fit.alpha, fit.beta, fit.gamma, state);
        for (int h = 1; h <= horizon; ++h)
            fit.values.push_back(state.level + double(h) * state.trend + state.season[(n + size_t(h) - 1) % m]);
        break;
    }
    }
    return fit;
}

} // namespace forecastmethods
} // namespace ioc
