// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The QMediaPlayer of one StreamSession, kept on a thread of its own. Qt 6.4's FFmpeg backend opens the
// input (avformat_open_input, find_stream_info) inside QMediaPlayer::setSource on the calling thread:
// about 3 s for a loopback RTSP camera, which on the GUI thread froze the whole wall once per tile.
//
// Thread: lives in the session's player thread; open(), close() and rewind() are called there (queued
// from the session). Its signals are emitted on that thread or on the backend's render thread and reach
// the session queued. Every signal carries the attempt number given to open(), so that a late signal of
// a closed player is recognised and ignored.

#include <QObject>
#include <QUrl>
#include <QVideoFrame>

class QMediaPlayer;
class QVideoSink;

namespace ioc {

class PlayerHost : public QObject {
    Q_OBJECT

public:
    explicit PlayerHost(QObject* parent = nullptr);
    ~PlayerHost() override;

    void open(const QUrl& url, int attempt); // closes the previous player first
    void close();
    void rewind();                           // back to the start and play (local files loop)

Q_SIGNALS:
    void frameArrived(int attempt, const QVideoFrame& frame);
    void errorOccurred(int attempt, int error, const QString& text); // QMediaPlayer::Error
    // QMediaPlayer::MediaStatus; hasVideo and frameRate (0: unknown) are read when the media is loaded
    void statusChanged(int attempt, int status, bool hasVideo, double frameRate);

private:
    QMediaPlayer* m_player = nullptr; // child
    QVideoSink* m_sink = nullptr;     // child of m_player
};

} // namespace ioc
