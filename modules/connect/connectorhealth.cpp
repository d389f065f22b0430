// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/connectorhealth.h"

namespace ioc {

bool ConnectorHealth::isStale(const QDateTime& now) const
{
    if (staleAfterMs <= 0 || state == u"stopped" || state == u"standby")
        return false;
    const QDateTime reference = dataTime.isValid() ? dataTime : lastSuccess;
    if (!reference.isValid())
        return consecutiveFailures > 0;
    return reference.msecsTo(now) > staleAfterMs;
}

bool ConnectorHealth::isDown() const
{
    return state == u"backing_off" || state == u"breaker_open" || state == u"disconnected" || state == u"failed";
}

} // namespace ioc
