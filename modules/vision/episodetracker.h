// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace ioc {

// Findings → episodes: an episode of a (detection, zone) starts with its first finding and lasts while
// findings keep coming less than quietSeconds apart (frame time); a later finding starts a new episode.
// One alert per episode. Not thread-safe: one camera's worker.
class EpisodeTracker {
public:
    explicit EpisodeTracker(double quietSeconds) : m_quietMs(qint64(quietSeconds * 1000)) {}

    struct Update {
        bool started = false;
        QString episodeKey;
    };
    Update observe(const QString& cameraKey, const QString& detection, const QString& zone, const QDateTime& time);
    // Episodes whose last finding is more than quietSeconds before `now`: ended (their keys), forgotten.
    QStringList expire(const QDateTime& now);
    int openEpisodes() const { return int(m_open.size()); }

private:
    struct Episode {
        QString key;
        QDateTime last;
    };
    qint64 m_quietMs;
    QHash<QString, Episode> m_open; // detection + '\n' + zone
};

} // namespace ioc
