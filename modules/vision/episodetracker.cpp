// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/episodetracker.h"

#include <QStringList>

namespace ioc {

EpisodeTracker::Update EpisodeTracker::observe(const QString& cameraKey, const QString& detection, const QString& zone,
                                               const QDateTime& time)
{
    const QString id = detection + QLatin1Char('\n') + zone;
    auto it = m_open.find(id);
    if (it != m_open.end() && it->last.msecsTo(time) <= m_quietMs && it->last.msecsTo(time) >= 0) {
        it->last = time;
        return {false, it->key};
    }
    Episode e;
    e.key = QStringLiteral("%1/%2/%3/%4")
                .arg(detection, cameraKey, zone.isEmpty() ? QStringLiteral("frame") : zone,
                     time.toUTC().toString(QStringLiteral("yyyyMMddTHHmmsszzz")));
    e.last = time;
    m_open.insert(id, e);
    return {true, e.key};
}

QStringList EpisodeTracker::expire(const QDateTime& now)
{
    QStringList ended;
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (it->last.msecsTo(now) > m_quietMs) {
            ended.append(it->key);
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
    return ended;
}

} // namespace ioc
