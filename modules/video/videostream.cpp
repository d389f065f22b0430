// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/videostream.h"

#include "video/logcategories.h"
#include "video/streamsession.h"

#include <QTimer>
#include <QVideoSink>

namespace ioc {

VideoStream::VideoStream(QObject* parent)
    : QObject(parent),
      m_streams(fail(QString())),
      m_session(new StreamSession(this)),
      m_statsTimer(new QTimer(this))
{
    m_statsTimer->setInterval(500);
    connect(m_statsTimer, &QTimer::timeout, this, &VideoStream::refreshStats);
    connect(m_session, &StreamSession::stateChanged, this, [this] {
        refreshStats();
        Q_EMIT stateChanged();
    });
    refreshStats();
}

VideoStream::~VideoStream() = default;

void VideoStream::setCamera(const QVariantMap& camera)
{
    if (camera == m_camera)
        return;
    m_camera = camera;
    m_streams = cameraStreamsFromVariant(camera);
    m_session->setCameraKey(m_streams ? m_streams.value().cameraKey : QString());
    Q_EMIT cameraChanged();
    apply();
}

void VideoStream::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    apply();
}

void VideoStream::setTileSize(const QSizeF& size)
{
    if (size == m_tileSize)
        return;
    m_tileSize = size;
    Q_EMIT tileSizeChanged();
    apply();
}

void VideoStream::setMaximised(bool maximised)
{
    if (maximised == m_maximised)
        return;
    m_maximised = maximised;
    Q_EMIT maximisedChanged();
    apply();
}

QVideoSink* VideoStream::videoSink() const
{
    return m_videoSink.data();
}

void VideoStream::setVideoSink(QVideoSink* sink)
{
    if (sink == m_videoSink)
        return;
    m_videoSink = sink;
    m_session->setOutputSink(sink);
    Q_EMIT videoSinkChanged();
}

void VideoStream::apply()
{
    const bool configured = m_streams.ok();
    const QString configError = (!configured && !m_camera.isEmpty()) ? m_streams.errorMessage() : QString();
    const int index = configured ? chooseVariant(m_streams.value(), m_tileSize.toSize(), m_maximised) : -1;
    if (index != m_variantIndex) {
        m_variantIndex = index;
        Q_EMIT variantIndexChanged();
    }
    if (configError != m_configError) {
        m_configError = configError;
        if (!m_configError.isEmpty())
            qCWarning(lcVideo) << "camera" << m_camera.value(QStringLiteral("key")).toString() << m_configError;
        Q_EMIT stateChanged();
    }
    if (!m_active || index < 0) {
        m_statsTimer->stop();
        m_session->stop();
        return;
    }
    const QUrl url = m_streams.value().variants.at(index).url;
    const bool running = m_session->state() != StreamSession::State::Idle
                         && m_session->state() != StreamSession::State::Failed;
    if (url != m_session->source() || !running) {
        m_session->setSource(url);
        if (m_session->state() == StreamSession::State::Idle || m_session->state() == StreamSession::State::Failed)
            m_session->start();
    }
    m_statsTimer->start();
}

QString VideoStream::state() const
{
    return m_configError.isEmpty() ? StreamSession::stateCode(m_session->state()) : QStringLiteral("failed");
}

QString VideoStream::stateText() const
{
    return StreamSession::stateText(m_configError.isEmpty() ? m_session->state() : StreamSession::State::Failed);
}

QString VideoStream::reason() const
{
    return m_configError.isEmpty() ? m_session->reason() : m_configError;
}

bool VideoStream::snapshot(const QString& path)
{
    const QString name = m_camera.value(QStringLiteral("name")).toString();
    return m_session->snapshot(path, name.isEmpty() ? m_camera.value(QStringLiteral("key")).toString() : name);
}

void VideoStream::refreshStats()
{
    const StreamSession::Stats stats = m_session->stats();
    QVariantMap map{{QStringLiteral("fps"), stats.fps},
                    {QStringLiteral("width"), stats.frameSize.width()},
                    {QStringLiteral("height"), stats.frameSize.height()},
                    {QStringLiteral("dropped"), stats.droppedFrames},
                    {QStringLiteral("sinceLastFrameMs"), stats.msSinceLastFrame},
                    {QStringLiteral("reconnects"), stats.reconnects}};
    if (map != m_stats) {
        m_stats = map;
        Q_EMIT statsChanged();
    }
}

} // namespace ioc
