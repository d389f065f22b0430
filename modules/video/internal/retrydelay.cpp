// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/internal/retrydelay.h"

#include <algorithm>
#include <cmath>

namespace ioc {

RetryDelay::RetryDelay(Policy policy, quint32 seed) : m_policy(policy), m_random(seed) {}

std::chrono::milliseconds RetryDelay::delay(int attempt)
{
    const double first = double(m_policy.first.count());
    const double capped = std::min(double(m_policy.max.count()), first * std::pow(2.0, std::clamp(attempt, 0, 30)));
    const double jitter = std::clamp(m_policy.jitter, 0.0, 1.0);
    const double factor = 1.0 + jitter * (2.0 * m_random.generateDouble() - 1.0);
    return std::chrono::milliseconds(std::max<qint64>(1, qint64(std::llround(capped * factor))));
}

} // namespace ioc
