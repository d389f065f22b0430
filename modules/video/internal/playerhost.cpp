// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/internal/playerhost.h"

#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QVideoSink>

namespace ioc {

namespace {

// Qt 6.4's FFmpeg backend paces pictures by their timestamps against a clock that starts at the first
// picture; what the demuxer buffered while probing the stream (about 1.3 s on loopback RTSP) stays
// queued ahead of that clock, so a live camera was shown about 1.6 s late for as long as it played. A
// faster clock drains that backlog, then runs ahead of the camera, and each picture is presented as it is
// decoded: the camera's own rate sets the pace (measured: p50 1.6 s → 0.13 s on loopback, 25 pictures/s
// still delivered; tests/bench/video_latency.sh). 2 catches up in about as long as the backlog; live
// sources only (rtsp, rtsps): a file would play fast. Qt 6.4 has no low-delay or probing option to pass.
constexpr double LiveCatchUpRate = 2.0;

bool isLive(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"rtsp" || scheme == u"rtsps";
}

} // namespace

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
    if (!m_player)
        return;
    m_player->play();
    if (isLive(url))
        m_player->setPlaybackRate(LiveCatchUpRate); // after play(): set before, Qt 6.4 loses it
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
