// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/circuitbreaker.h"

#include <algorithm>

namespace ioc {

CircuitBreaker::CircuitBreaker(int failureThreshold, qint64 openForMs)
    : m_failureThreshold(std::max(1, failureThreshold)), m_openForMs(std::max<qint64>(1, openForMs))
{
}

bool CircuitBreaker::allowAttempt(const QDateTime& now)
{
    if (m_state == State::Open) {
        if (now < m_openUntil)
            return false;
        m_state = State::HalfOpen;
        m_openUntil = QDateTime();
    }
    return true;
}

void CircuitBreaker::recordSuccess()
{
    m_state = State::Closed;
    m_consecutiveFailures = 0;
    m_openUntil = QDateTime();
}

void CircuitBreaker::recordFailure(const QDateTime& now)
{
    ++m_consecutiveFailures;
    if (m_state == State::HalfOpen || m_consecutiveFailures >= m_failureThreshold) {
        m_state = State::Open;
        m_openUntil = now.addMSecs(m_openForMs);
    }
}

QString CircuitBreaker::toCode(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return QStringLiteral("closed");
}

} // namespace ioc
