// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMutex>

namespace ioc {

// The one source of "now" for every service, so that tests and the demo simulator control time
// (STYLE.md 13). Implementations are thread-safe.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

// Wall-clock time of this machine.
class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

// Time that moves only when told: tests, and the demo simulator running faster than real time.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start);
    QDateTime now() const override;
    void set(const QDateTime& time);
    void advance(qint64 milliseconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now; // guarded by m_mutex
};

} // namespace ioc
