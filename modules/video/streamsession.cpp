// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/streamsession.h"

#include "core/redaction.h"
#include "video/camerastreams.h"
#include "video/frametap.h"
#include "video/internal/playerhost.h"
#include "video/internal/retrydelay.h"
#include "video/internal/snapshotwriter.h"
#include "video/internal/streamprobe.h"
#include "video/internal/videotext.h"
#include "video/logcategories.h"

#include <QMediaPlayer>
#include <QThread>
#include <QTimer>
#include <QVideoSink>

#include <cmath>

namespace ioc {

namespace {

constexpr int WatchdogPeriodMs = 200;
constexpr qint64 FpsWindowMs = 2000;

QString seconds(std::chrono::milliseconds value)
{
    return QString::number(double(value.count()) / 1000.0, 'g', 3);
}

} // namespace

StreamSession::StreamSession(QObject* parent)
    : QObject(parent),
      m_probe(new StreamProbe(this)),
      m_retryTimer(new QTimer(this)),
      m_watchdog(new QTimer(this))
{
    setTiming(Timing{});
    m_clock.start();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &StreamSession::connectNow);
    m_watchdog->setInterval(WatchdogPeriodMs);
    connect(m_watchdog, &QTimer::timeout, this, &StreamSession::onWatchdog);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ioc.video.player"));
    m_host = new PlayerHost;
    m_host->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread->start();
    // Emitted on the player thread or the backend's render thread: queued to this (GUI) thread.
    connect(m_host, &PlayerHost::frameArrived, this, [this](int attempt, const QVideoFrame& frame) {
        if (attempt == m_attemptId)
            onFrame(frame);
    });
    connect(m_host, &PlayerHost::errorOccurred, this, [this](int attempt, int error, const QString& text) {
        if (attempt == m_attemptId)
            onPlayerError(error, text);
    });
    connect(m_host, &PlayerHost::statusChanged, this, [this](int attempt, int status, bool hasVideo, double frameRate) {
        if (attempt == m_attemptId)
            onPlayerStatus(status, hasVideo, frameRate);
    });
    connect(m_probe, &StreamProbe::finished, this, [this](StreamProbe::Outcome outcome, const QString& detail) {
        if (!m_wanted)
            return;
        qCDebug(lcVideo) << where() << "probe:" << outcome << redactCredentials(detail);
        const QString timeout = seconds(m_timing.connectTimeout);
        switch (outcome) {
        case StreamProbe::Outcome::Ok:
            openPlayer();
            return;
        case StreamProbe::Outcome::Refused:
            retryLater(State::Reconnecting, VideoText::tr("Connection refused: nothing answers at this address."));
            return;
        case StreamProbe::Outcome::HostNotFound:
            retryLater(State::Reconnecting, VideoText::tr("The camera's host name is unknown."));
            return;
        case StreamProbe::Outcome::Timeout:
            retryLater(State::Reconnecting, VideoText::tr("The camera does not answer (timed out after %1 s).").arg(timeout));
            return;
        case StreamProbe::Outcome::NeedsCredentials:
            failFor(VideoText::tr("The camera needs a user name and password."));
            return;
        case StreamProbe::Outcome::WrongCredentials:
            failFor(VideoText::tr("Wrong user name or password: the camera refused them."));
            return;
        case StreamProbe::Outcome::NotFound:
            retryLater(State::Reconnecting, VideoText::tr("The camera has no stream at this address."));
            return;
        case StreamProbe::Outcome::NotAStreamServer:
            failFor(VideoText::tr("The camera's answer is not a video stream."));
            return;
        case StreamProbe::Outcome::ServerError:
            retryLater(State::Reconnecting, VideoText::tr("The camera answered with an error (%1).").arg(redactCredentials(detail)));
            return;
        case StreamProbe::Outcome::NetworkError:
            retryLater(State::Reconnecting, VideoText::tr("Network error: %1.").arg(redactCredentials(detail)));
            return;
        case StreamProbe::Outcome::NoSuchFile:
            failFor(VideoText::tr("The video file does not exist."));
            return;
        case StreamProbe::Outcome::Unreadable:
            failFor(VideoText::tr("The video file cannot be read."));
            return;
        case StreamProbe::Outcome::NoFrameRate:
            // Qt 6.4's FFmpeg backend would divide by the missing frame rate and end the program.
            failFor(VideoText::tr("The camera's stream does not state its frame rate, which this video player cannot "
                                  "play safely. For H.264, turn on timing information (VUI) in the camera's encoder "
                                  "settings; for MJPEG, choose the camera's RTSP stream instead."));
            return;
        }
    });
}

StreamSession::~StreamSession()
{
    m_wanted = false;
    tearDownPlayer();
    m_thread->quit();
    // The host (and its player) is deleted on its thread as the thread finishes. A player stuck inside
    // FFmpeg's open cannot be interrupted: after a while the thread is left to finish on its own.
    if (m_thread->wait(5000)) {
        delete m_thread;
    } else {
        qCWarning(lcVideo) << where() << "the player thread is still busy; it is left to finish by itself";
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
}

void StreamSession::setTiming(const Timing& timing)
{
    m_timing = timing;
    m_retryDelay = std::make_unique<RetryDelay>(RetryDelay::Policy{timing.firstRetry, timing.maxRetry, timing.jitter});
}

void StreamSession::setCameraKey(const QString& key)
{
    m_cameraKey = key;
}

void StreamSession::setSource(const QUrl& url)
{
    if (url == m_source)
        return;
    m_source = url;
    if (m_wanted) {
        stop();
        start();
    }
}

void StreamSession::start()
{
    stop();
    m_wanted = true;
    m_connected = false;
    m_attempt = 0;
    m_reconnects = 0;
    m_framesDelivered = 0;
    m_droppedFrames = 0;
    m_recentFrames.clear();
    m_lastFrameMs = -1;
    if (!m_source.isValid() || m_source.isEmpty()) {
        failFor(VideoText::tr("No stream is configured for this camera."));
        return;
    }
    m_watchdog->start();
    connectNow();
}

void StreamSession::stop()
{
    m_wanted = false;
    m_retryTimer->stop();
    m_watchdog->stop();
    m_probe->cancel();
    tearDownPlayer();
    setState(State::Idle, {});
}

void StreamSession::connectNow()
{
    if (!m_wanted)
        return;
    tearDownPlayer();
    if (m_attempt > 0 || m_connected)
        ++m_reconnects;
    m_attemptStartedMs = m_clock.elapsed();
    m_lastFrameStartUs = -1;
    if (m_connected || m_attempt > 0)
        setState(State::Reconnecting, m_reason);
    else
        setState(State::Connecting, {});
    qCInfo(lcVideo) << where() << "connecting, attempt" << m_attempt + 1;
    m_probe->probe(m_source, int(m_timing.connectTimeout.count()));
}

void StreamSession::openPlayer()
{
    const int attempt = ++m_attemptId;
    m_playerOpen = true;
    m_attemptStartedMs = m_clock.elapsed(); // the first picture is due connectTimeout after the open
    QMetaObject::invokeMethod(
        m_host, [host = m_host, url = m_source, attempt] { host->open(url, attempt); }, Qt::QueuedConnection);
}

void StreamSession::onPlayerError(int error, const QString& text)
{
    if (error == QMediaPlayer::NoError || !m_wanted || !m_playerOpen)
        return;
    qCWarning(lcVideo) << where() << "player error" << QMediaPlayer::Error(error) << redactCredentials(text);
    if (m_source.isLocalFile() || error == QMediaPlayer::FormatError)
        failFor(VideoText::tr("Not a video: the file or stream cannot be decoded."));
    else
        retryLater(State::Reconnecting, VideoText::tr("The stream could not be opened or was lost."));
}

void StreamSession::onPlayerStatus(int status, bool hasVideo, double frameRate)
{
    if (!m_wanted || !m_playerOpen)
        return;
    if (status == QMediaPlayer::LoadedMedia) {
        m_sourceFps = frameRate;
        if (!hasVideo)
            failFor(VideoText::tr("There is no video in this file or stream."));
    } else if (status == QMediaPlayer::EndOfMedia) {
        if (m_source.isLocalFile()) { // the demo's clips play for ever
            m_lastFrameStartUs = -1;
            QMetaObject::invokeMethod(m_host, [host = m_host] { host->rewind(); }, Qt::QueuedConnection);
        } else {
            retryLater(State::Reconnecting, VideoText::tr("The stream ended."));
        }
    } else if (status == QMediaPlayer::InvalidMedia && m_state != State::Failed) {
        failFor(VideoText::tr("Not a video: the file or stream cannot be decoded."));
    }
}

void StreamSession::tearDownPlayer()
{
    if (!m_playerOpen)
        return;
    m_playerOpen = false;
    ++m_attemptId; // whatever the closing player still says is ignored
    QMetaObject::invokeMethod(m_host, [host = m_host] { host->close(); }, Qt::QueuedConnection);
}

void StreamSession::onFrame(const QVideoFrame& frame)
{
    if (!m_wanted || !m_playerOpen || !frame.isValid())
        return;
    const qint64 now = m_clock.elapsed();
    // Gaps in the pictures' own timestamps: frames the source made that were never delivered.
    const qint64 startUs = frame.startTime();
    if (m_sourceFps > 0 && startUs >= 0 && m_lastFrameStartUs >= 0 && startUs > m_lastFrameStartUs) {
        const double interval = 1e6 / m_sourceFps;
        const double gap = double(startUs - m_lastFrameStartUs) / interval;
        if (gap > 1.5)
            m_droppedFrames += qint64(std::llround(gap)) - 1;
    }
    if (startUs >= 0)
        m_lastFrameStartUs = startUs;
    if (m_lastFrame.isValid() && m_lastFrame.size() != frame.size())
        qCInfo(lcVideo) << where() << "picture size changed from" << m_lastFrame.size() << "to" << frame.size();
    m_lastFrame = frame;
    m_lastFrameMs = now;
    ++m_framesDelivered;
    m_recentFrames.push_back(now);
    while (!m_recentFrames.empty() && m_recentFrames.front() < now - FpsWindowMs)
        m_recentFrames.pop_front();
    if (m_state != State::Live) {
        m_connected = true;
        m_attempt = 0;
        qCInfo(lcVideo) << where() << "live, first picture after" << now - m_attemptStartedMs << "ms";
        setState(State::Live, {});
    }
    if (m_output)
        m_output->setVideoFrame(frame);
    if (!m_cameraKey.isEmpty())
        FrameTap::instance().publish(m_cameraKey, frame);
    Q_EMIT frameArrived(frame);
}

void StreamSession::onWatchdog()
{
    if (!m_wanted || !m_playerOpen)
        return;
    const qint64 now = m_clock.elapsed();
    if (m_state == State::Live) {
        if (now - m_lastFrameMs > m_timing.stallTimeout.count())
            retryLater(State::Stalled, VideoText::tr("No picture for %1 s.").arg(seconds(m_timing.stallTimeout)));
    } else if (now - m_attemptStartedMs > m_timing.connectTimeout.count()) {
        retryLater(State::Reconnecting,
                   VideoText::tr("No picture within %1 s of connecting.").arg(seconds(m_timing.connectTimeout)));
    }
}

void StreamSession::retryLater(State shown, const QString& reason)
{
    if (!m_wanted)
        return;
    tearDownPlayer();
    const std::chrono::milliseconds delay = m_retryDelay->delay(m_attempt);
    ++m_attempt;
    qCWarning(lcVideo) << where() << stateCode(shown) << "-" << reason << "- retrying in" << delay.count() << "ms";
    setState(shown, reason);
    m_retryTimer->start(delay);
}

void StreamSession::failFor(const QString& reason)
{
    tearDownPlayer();
    m_retryTimer->stop();
    m_watchdog->stop();
    m_probe->cancel();
    m_wanted = false;
    qCWarning(lcVideo) << where() << "failed -" << reason;
    setState(State::Failed, reason);
}

void StreamSession::setState(State state, const QString& reason)
{
    if (state == m_state && reason == m_reason)
        return;
    const bool changed = state != m_state;
    m_state = state;
    m_reason = reason;
    if (changed)
        qCDebug(lcVideo) << where() << "state" << stateCode(state);
    Q_EMIT stateChanged(state);
}

StreamSession::Stats StreamSession::stats() const
{
    Stats stats;
    const qint64 now = m_clock.elapsed();
    qint64 recent = 0;
    for (qint64 at : m_recentFrames)
        recent += at >= now - FpsWindowMs ? 1 : 0;
    stats.fps = double(recent) * 1000.0 / double(FpsWindowMs);
    stats.frameSize = m_lastFrame.isValid() ? m_lastFrame.size() : QSize();
    stats.framesDelivered = m_framesDelivered;
    stats.droppedFrames = m_droppedFrames;
    stats.msSinceLastFrame = m_lastFrameMs < 0 ? -1 : now - m_lastFrameMs;
    stats.reconnects = m_reconnects;
    return stats;
}

void StreamSession::setOutputSink(QVideoSink* sink)
{
    m_output = sink;
    if (m_output && m_lastFrame.isValid() && m_state == State::Live)
        m_output->setVideoFrame(m_lastFrame);
}

bool StreamSession::snapshot(const QString& pngPath, const QString& caption)
{
    const Result<void> written =
        writeSnapshot(m_lastFrame.isValid() ? m_lastFrame.toImage() : QImage(), caption, QDateTime::currentDateTime(), pngPath);
    if (!written)
        qCWarning(lcVideo) << where() << "snapshot:" << written.errorMessage();
    return written.ok();
}

QString StreamSession::stateCode(State state)
{
    switch (state) {
    case State::Idle: return QStringLiteral("idle");
    case State::Connecting: return QStringLiteral("connecting");
    case State::Live: return QStringLiteral("live");
    case State::Stalled: return QStringLiteral("stalled");
    case State::Reconnecting: return QStringLiteral("reconnecting");
    case State::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString StreamSession::stateText(State state)
{
    switch (state) {
    case State::Idle: return VideoText::tr("Stopped");
    case State::Connecting: return VideoText::tr("Connecting");
    case State::Live: return VideoText::tr("Live");
    case State::Stalled: return VideoText::tr("Stalled");
    case State::Reconnecting: return VideoText::tr("Reconnecting");
    case State::Failed: return VideoText::tr("Failed");
    }
    return {};
}

QString StreamSession::where() const
{
    return (m_cameraKey.isEmpty() ? QString() : m_cameraKey + u' ') + redactedUrl(m_source);
}

} // namespace ioc
