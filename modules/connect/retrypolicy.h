// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>
#include <random>

namespace ioc {

// Exponential back-off with jitter: after the n-th consecutive failure wait a random time between half
// and all of min(maximum, initial × 2^(n−1)) ("equal jitter"), so that a dozen connectors that failed
// together do not retry together. The generator is seeded by the caller (tests and the demo fix it).
class RetryPolicy {
public:
    using Duration = std::chrono::milliseconds;

    RetryPolicy(Duration initial, Duration maximum, quint64 seed);

    // The wait before the next attempt after `consecutiveFailures` (>= 1) failures in a row.
    Duration delayAfter(int consecutiveFailures);

    // The range delayAfter(n) draws from (for tests and for showing "next attempt within …").
    Duration ceilingAfter(int consecutiveFailures) const;

    Duration initial() const { return m_initial; }
    Duration maximum() const { return m_maximum; }

private:
    Duration m_initial;
    Duration m_maximum;
    std::mt19937_64 m_random;
};

} // namespace ioc
