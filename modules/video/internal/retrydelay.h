// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace ioc {

// Exponential back-off with jitter for reconnecting a stream: first, 2×first, 4×first… capped at max,
// each multiplied by a random factor in [1 - jitter, 1 + jitter] so that a wall of cameras behind one
// dead switch does not reconnect in lock step. The generator is injectable (a seed) for tests.
class RetryDelay {
public:
    struct Policy {
        std::chrono::milliseconds first{1000};
        std::chrono::milliseconds max{30000};
        double jitter = 0.2; // 0 … 1
    };

    explicit RetryDelay(Policy policy, quint32 seed = QRandomGenerator::global()->generate());

    // The delay before attempt number `attempt` (0 = the first retry).
    std::chrono::milliseconds delay(int attempt);

    const Policy& policy() const { return m_policy; }

private:
    Policy m_policy;
    QRandomGenerator m_random;
};

} // namespace ioc
