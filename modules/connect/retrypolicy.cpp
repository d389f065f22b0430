// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/retrypolicy.h"

#include <algorithm>

namespace ioc {

RetryPolicy::RetryPolicy(Duration initial, Duration maximum, quint64 seed)
    : m_initial(std::max(initial, Duration(1))), m_maximum(std::max(maximum, m_initial)), m_random(seed)
{
}

RetryPolicy::Duration RetryPolicy::ceilingAfter(int consecutiveFailures) const
{
    const int exponent = std::clamp(consecutiveFailures - 1, 0, 40); // 2^40 ms is beyond any sane maximum
    const double ceiling = double(m_initial.count()) * double(qint64(1) << exponent);
    return Duration(qint64(std::min(ceiling, double(m_maximum.count()))));
}

RetryPolicy::Duration RetryPolicy::delayAfter(int consecutiveFailures)
{
    const qint64 ceiling = ceilingAfter(consecutiveFailures).count();
    std::uniform_int_distribution<qint64> half(ceiling / 2, ceiling);
    return Duration(half(m_random));
}

} // namespace ioc
