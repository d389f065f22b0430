// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

#include <QMutexLocker>

namespace ioc {

QDateTime SystemClock::now() const { return QDateTime::currentDateTime(); }

ManualClock::ManualClock(QDateTime start) : m_now(std::move(start)) {}

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime& time)
{
    QMutexLocker lock(&m_mutex);
    m_now = time;
}

void ManualClock::advance(qint64 milliseconds)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(milliseconds);
}

} // namespace ioc
