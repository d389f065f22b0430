// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace ioc {

// Stops hammering a source that keeps failing. Closed: attempts go through. After `failureThreshold`
// consecutive failures it opens: no attempt until `openFor` has passed; then half-open: one trial
// attempt; its success closes the breaker, its failure opens it again for another `openFor`.
// Not thread-safe: owned by one connector's runner. Times come from the caller (an injectable clock).
class CircuitBreaker {
public:
    enum class State { Closed, Open, HalfOpen };

    CircuitBreaker(int failureThreshold, qint64 openForMs);

    // May an attempt start at `now`? Moves Open to HalfOpen once the open time has passed.
    bool allowAttempt(const QDateTime& now);
    void recordSuccess();
    void recordFailure(const QDateTime& now);

    State state() const { return m_state; }
    int consecutiveFailures() const { return m_consecutiveFailures; }
    QDateTime openUntil() const { return m_openUntil; } // invalid unless open

    static QString toCode(State state); // "closed", "open", "half_open" (stored in connector_status)

private:
    int m_failureThreshold;
    qint64 m_openForMs;
    State m_state = State::Closed;
    int m_consecutiveFailures = 0;
    QDateTime m_openUntil;
};

} // namespace ioc
