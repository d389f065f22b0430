// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A test server script (scripts/test-servers/*.py) run as a child process on 127.0.0.1; the port it bound
// is read from its --port-file. Shared by the connector tests that need a real HTTP(S) or FTP server.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ioc::test {

inline QString sourceDir() { return qEnvironmentVariable("IOC_SOURCE_DIR"); }
inline QString sourcePath(const QString& relative) { return QDir(sourceDir()).filePath(relative); }

// A python3 that can import module (the Debian python3 has python3-pyftpdlib; a python3 earlier on
// PATH, e.g. pyenv's, may not).
inline QString pythonWith(const QString& module)
{
    QStringList candidates;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates << onPath;
    candidates << QStringLiteral("/usr/bin/python3");
    for (const QString& python : std::as_const(candidates)) {
        QProcess probe;
        probe.setStandardOutputFile(QProcess::nullDevice());
        probe.setStandardErrorFile(QProcess::nullDevice());
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import ") + module});
        if (probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return {};
}

// A server script run as a child process; the port it bound is read from its --port-file.
class ServerProcess {
public:
    ~ServerProcess() { stop(); }

    // Starts `python script args --port P --port-file F` and waits (10 s at most) for the port. P is 0 (any
    // free port) the first time; a restart after stop() asks for the same port again.
    bool start(const QString& python, const QString& script, QStringList args)
    {
        const QString portFile = m_dir.filePath(QStringLiteral("port"));
        QFile::remove(portFile);
        args << QStringLiteral("--port") << QString::number(m_port) << QStringLiteral("--port-file") << portFile;
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start(python, QStringList{QDir(sourceDir()).filePath(script)} + args);
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            QFile file(portFile);
            if (file.open(QIODevice::ReadOnly)) {
                m_port = file.readAll().trimmed().toUShort();
                if (m_port)
                    return true;
            }
            if (m_process.waitForFinished(20)) // exited before writing its port (its error is on stderr)
                return false;
        }
        return false;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    quint16 port() const { return m_port; }
    QString url(const QString& scheme, const QString& pathAndQuery, const QString& host = QStringLiteral("127.0.0.1")) const
    {
        return QStringLiteral("%1://%2:%3%4").arg(scheme, host).arg(m_port).arg(pathAndQuery);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace ioc::test
