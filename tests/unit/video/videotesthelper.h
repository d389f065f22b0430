// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the video tests: the loopback RTSP server (scripts/test-servers/rtspserver.py, gst-rtsp-server)
// and short clips made with ffmpeg at test time.

#include "../connect/serverprocess.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace ioc::test {

inline QString clipPath(const QString& name)
{
    return sourcePath(QStringLiteral("resources/video/") + name);
}

// An RTSP server serving clips (name → file) on 127.0.0.1; restartable on the same port.
class RtspServer {
public:
    bool start(const QList<std::pair<QString, QString>>& clips, const QString& user = {}, const QString& password = {})
    {
        m_clips = clips;
        m_user = user;
        m_password = password;
        return restart();
    }
    bool restart()
    {
        const QString python = pythonWith(QStringLiteral("gi"));
        if (python.isEmpty())
            return false;
        QStringList args;
        for (const auto& [name, file] : std::as_const(m_clips))
            args << QStringLiteral("--clip") << name + u'=' + file;
        if (!m_user.isEmpty())
            args << QStringLiteral("--user") << m_user << QStringLiteral("--password") << m_password;
        return m_process.start(python, QStringLiteral("scripts/test-servers/rtspserver.py"), args);
    }
    void stop() { m_process.stop(); }
    QUrl url(const QString& name, const QString& userInfo = {}) const
    {
        QUrl url(m_process.url(QStringLiteral("rtsp"), u'/' + name));
        if (!userInfo.isEmpty())
            url.setUserInfo(userInfo);
        return url;
    }
    quint16 port() const { return m_process.port(); }

private:
    ServerProcess m_process;
    QList<std::pair<QString, QString>> m_clips;
    QString m_user;
    QString m_password;
};

// Makes a short H.264 clip (testsrc pattern) with ffmpeg: seconds long, fps, width×height. Empty on failure.
inline QString makeClip(const QDir& dir, const QString& name, double seconds, int fps, int width, int height)
{
    const QString path = dir.filePath(name);
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-y"), QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                  QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc=size=%1x%2:rate=%3:duration=%4").arg(width).arg(height).arg(fps).arg(seconds),
                  QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-profile:v"), QStringLiteral("baseline"),
                  QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-g"), QString::number(fps), path});
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
        return {};
    return path;
}

} // namespace ioc::test
