// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/internal/random.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace ioc::internal {

namespace {

// SplitMix64: spreads related seeds (1, 2, 3…) over unrelated engine states.
quint64 splitMix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

// FNV-1a of the purpose's bytes: a fixed number for each name, on every platform.
quint64 fingerprint(std::string_view text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

DemoRandom::DemoRandom(quint64 seed) : m_engine(seed) {}

DemoRandom DemoRandom::stream(quint64 seed, std::string_view purpose)
{
    return DemoRandom(splitMix(splitMix(seed) ^ fingerprint(purpose)));
}

quint64 DemoRandom::next() { return m_engine(); }

double DemoRandom::uniform()
{
    // The top 53 bits make every double in [0, 1) with a step of 2^-53 equally likely.
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::between(double low, double high) { return low + (high - low) * uniform(); }

qsizetype DemoRandom::index(qsizetype count)
{
    Q_ASSERT(count > 0);
    const quint64 range = static_cast<quint64>(count);
    // Rejection keeps every index equally likely: draws from the incomplete last block are retried.
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
    quint64 value = next();
    while (value >= limit)
        value = next();
    return static_cast<qsizetype>(value % range);
}

int DemoRandom::integer(int low, int high)
{
    Q_ASSERT(low <= high);
    return low + static_cast<int>(index(static_cast<qsizetype>(high) - low + 1));
}

bool DemoRandom::chance(double probability) { return uniform() < probability; }

double DemoRandom::normal(double mean, double deviation)
{
    // Box–Muller; 1 - uniform() lies in (0, 1], so the logarithm is finite.
    const double radius = std::sqrt(-2.0 * std::log(1.0 - uniform()));
    const double angle = 2.0 * std::numbers::pi * uniform();
    return mean + deviation * radius * std::cos(angle);
}

double DemoRandom::exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

qsizetype DemoRandom::weighted(const QList<double>& weights)
{
    double total = 0;
    for (const double weight : weights)
        total += weight;
    double draw = uniform() * total;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        draw -= weights.at(i);
        if (draw < 0)
            return i;
    }
    return weights.size() - 1;
}

} // namespace ioc::internal
