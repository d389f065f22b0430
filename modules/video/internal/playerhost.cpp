// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/internal/playerhost.h"

#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QVideoSink>

namespace ioc {

PlayerHost::PlayerHost(QObject* parent) : QObject(parent) {}

PlayerHost::~PlayerHost()
{
    close();
}

void PlayerHost::open(const QUrl& url, int attempt)
{
    close();
    m_player = new QMediaPlayer(this);
    m_sink = new QVideoSink(m_player);
    m_player->setVideoSink(m_sink);
    // Emitted on the backend's render thread: forwarded as it is (the session's end is queued).
    connect(m_sink, &QVideoSink::videoFrameChanged, this,
            [this, attempt](const QVideoFrame& frame) { Q_EMIT frameArrived(attempt, frame); }, Qt::DirectConnection);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this, attempt](QMediaPlayer::Error error, const QString& text) {
        Q_EMIT errorOccurred(attempt, int(error), text);
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this, attempt](QMediaPlayer::MediaStatus status) {
        const bool loaded = status == QMediaPlayer::LoadedMedia;
        Q_EMIT statusChanged(attempt, int(status), loaded ? m_player->hasVideo() : true,
                             loaded ? m_player->metaData().value(QMediaMetaData::VideoFrameRate).toDouble() : 0.0);
    });
    m_player->setSource(url); // blocks this thread while FFmpeg opens the input
    if (m_player)
        m_player->play();
}

void PlayerHost::close()
{
    if (!m_player)
        return;
    QMediaPlayer* player = m_player;
    m_player = nullptr;
    m_sink = nullptr;
    player->disconnect(this);
    player->stop();
    delete player;
}

void PlayerHost::rewind()
{
    if (!m_player)
        return;
    m_player->setPosition(0);
    m_player->play();
}

} // namespace ioc
