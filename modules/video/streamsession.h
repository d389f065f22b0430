// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One camera stream: a QMediaPlayer (FFmpeg backend) decoding into its own QVideoSink, watched and
// reconnected. GUI thread: create, call and delete it there; its signals arrive there.
//
// States: Idle (stopped) → Connecting (probe, open, waiting for the first picture) → Live (pictures
// arrive). No picture for stallTimeout → Stalled; a lost connection, an ended stream, a refused or
// timed-out connection → Reconnecting: the session tries again by itself after an exponential back-off
// with jitter (firstRetry, doubling, capped at maxRetry). Failed: what retrying cannot mend (wrong
// password, not a video, no such file, a malformed URL); start() tries again. Local files loop.
// reason() says why in translated words and never contains credentials (nor does the log).

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QUrl>
#include <QVideoFrame>

#include <chrono>
#include <deque>
#include <memory>

class QThread;
class QTimer;
class QVideoSink;

namespace ioc {

class PlayerHost;
class RetryDelay;
class StreamProbe;

class StreamSession : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Live, Stalled, Reconnecting, Failed };
    Q_ENUM(State)

    struct Stats {
        double fps = 0;               // pictures delivered per second over the last two seconds
        QSize frameSize;              // of the last picture; invalid before the first
        qint64 framesDelivered = 0;   // since start()
        qint64 droppedFrames = 0;     // pictures the source had that never arrived (gaps in their timestamps)
        qint64 msSinceLastFrame = -1; // -1: no picture yet
        int reconnects = 0;           // attempts after the first since start()
    };

    struct Timing {
        std::chrono::milliseconds stallTimeout{5000};   // no picture this long while live → stalled
        std::chrono::milliseconds connectTimeout{10000}; // probe answer, then the first picture
        std::chrono::milliseconds firstRetry{1000};
        std::chrono::milliseconds maxRetry{30000};
        double jitter = 0.2;
    };

    explicit StreamSession(QObject* parent = nullptr);
    ~StreamSession() override;

    void setTiming(const Timing& timing); // takes effect from the next attempt
    const Timing& timing() const { return m_timing; }

    // The frame tap publishes this session's pictures under this key (the camera's key); empty: not published.
    void setCameraKey(const QString& key);
    QString cameraKey() const { return m_cameraKey; }

    // A new source; a running session switches to it at once.
    void setSource(const QUrl& url);
    QUrl source() const { return m_source; }

    void start();
    void stop(); // back to Idle: the player is gone, nothing decodes

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    Stats stats() const;

    // Every picture also goes to this sink (a VideoOutput's videoSink); null to stop forwarding.
    void setOutputSink(QVideoSink* sink);

    QVideoFrame lastFrame() const { return m_lastFrame; }

    // Writes the last picture as PNG with the caption and the current time burnt in; false when there
    // is no picture yet or the file cannot be written (logged).
    bool snapshot(const QString& pngPath, const QString& caption);

    static QString stateCode(State state);      // "idle", "connecting", "live", "stalled", "reconnecting", "failed"
    static QString stateText(State state);      // translated

Q_SIGNALS:
    void stateChanged(ioc::StreamSession::State state);
    void frameArrived(const QVideoFrame& frame);

private:
    void connectNow();
    void openPlayer();
    void tearDownPlayer();
    void onFrame(const QVideoFrame& frame);
    void onPlayerError(int error, const QString& text);
    void onPlayerStatus(int status, bool hasVideo, double frameRate);
    void onWatchdog();
    void setState(State state, const QString& reason);
    // A transient problem: wait, then try again. A permanent one: Failed.
    void retryLater(State shown, const QString& reason);
    void failFor(const QString& reason);
    QString where() const;

    Timing m_timing;
    std::unique_ptr<RetryDelay> m_retryDelay;
    QString m_cameraKey;
    QUrl m_source;
    State m_state = State::Idle;
    QString m_reason;
    bool m_wanted = false;   // start() called and not stop()
    bool m_connected = false; // had a picture since start(): later attempts show "reconnecting"
    int m_attempt = 0;        // failed attempts in a row
    int m_reconnects = 0;

    // The player lives on m_thread (internal/playerhost.h says why); one per attempt, reached by queued calls.
    QThread* m_thread = nullptr;
    PlayerHost* m_host = nullptr;     // lives in m_thread, deleted there when it finishes
    int m_attemptId = 0;              // the player's signals of older attempts are ignored
    bool m_playerOpen = false;
    QPointer<QVideoSink> m_output;
    StreamProbe* m_probe = nullptr;   // child
    QTimer* m_retryTimer = nullptr;   // child
    QTimer* m_watchdog = nullptr;     // child
    QElapsedTimer m_clock;
    qint64 m_attemptStartedMs = 0;
    qint64 m_lastFrameMs = -1;
    qint64 m_lastFrameStartUs = -1;
    double m_sourceFps = 0;
    std::deque<qint64> m_recentFrames; // arrival times (ms) of the last two seconds
    qint64 m_framesDelivered = 0;
    qint64 m_droppedFrames = 0;
    QVideoFrame m_lastFrame;
};

} // namespace ioc
