// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the video tests: the loopback RTSP server (scripts/test-servers/rtspserver.py, gst-rtsp-server)
// and short clips made with ffmpeg at test time.

#include "../connect/serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <csignal>

namespace ioc::test {

inline QString clipPath(const QString& name)
{
    return sourcePath(QStringLiteral("resources/video/") + name);
}

// An RTSP server serving clips (name → file) on 127.0.0.1; restartable on the same port, pausable.
class RtspServer {
public:
    ~RtspServer() { stop(); }

    bool start(const QList<std::pair<QString, QString>>& clips, const QString& user = {}, const QString& password = {})
    {
        m_clips = clips;
        m_user = user;
        m_password = password;
        return restart();
    }
    // Starts the server (again), asking for the port it had before (any free port the first time), and
    // waits for it to listen (its port file).
    bool restart()
    {
        stop();
        const QString python = pythonWith(QStringLiteral("gi"));
        if (python.isEmpty())
            return false;
        const QString portFile = m_dir.filePath(QStringLiteral("port"));
        QFile::remove(portFile);
        QStringList args{sourcePath(QStringLiteral("scripts/test-servers/rtspserver.py")), QStringLiteral("--port"),
                         QString::number(m_port), QStringLiteral("--port-file"), portFile};
        for (const auto& [name, file] : std::as_const(m_clips))
            args << QStringLiteral("--clip") << name + u'=' + file;
        if (!m_user.isEmpty())
            args << QStringLiteral("--user") << m_user << QStringLiteral("--password") << m_password;
        args << m_extraArguments;
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start(python, args);
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            QFile file(portFile);
            if (file.open(QIODevice::ReadOnly)) {
                m_port = file.readAll().trimmed().toUShort();
                if (m_port)
                    return true;
            }
            if (m_process.waitForFinished(20))
                return false;
        }
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        pause(false);
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    // SIGSTOP / SIGCONT: the server keeps its connections open and sends nothing (a stalled camera).
    void pause(bool paused)
    {
        const qint64 pid = m_process.processId();
        if (pid > 0)
            ::kill(pid_t(pid), paused ? SIGSTOP : SIGCONT);
    }
    QUrl url(const QString& name, const QString& userInfo = {}) const
    {
        QUrl url(QStringLiteral("rtsp://127.0.0.1:%1/%2").arg(m_port).arg(name));
        if (!userInfo.isEmpty())
            url.setUserInfo(userInfo);
        return url;
    }
    quint16 port() const { return m_port; }
    // More rtspserver.py options (e.g. --clock NAME), given from the next start() or restart() on.
    void setExtraArguments(const QStringList& arguments) { m_extraArguments = arguments; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QList<std::pair<QString, QString>> m_clips;
    QString m_user;
    QString m_password;
    QStringList m_extraArguments;
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
