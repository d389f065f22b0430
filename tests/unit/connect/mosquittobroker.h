// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A throw-away Mosquitto broker on 127.0.0.1 for the connector tests, started and stopped by the test.

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace ioc::test {

// A throw-away Mosquitto on 127.0.0.1: persistence in its folder, so a restart keeps the sessions.
class MosquittoBroker {
public:
    explicit MosquittoBroker(QString extraConfig = {}) : m_extraConfig(std::move(extraConfig)) {}
    ~MosquittoBroker() { stop(); }

    QString folder() const { return m_dir.path(); }
    quint16 port() const { return m_port; }

    bool start()
    {
        if (m_port == 0) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            m_port = probe.serverPort();
        }
        QFile config(m_dir.filePath(QStringLiteral("mosquitto.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        QByteArray text = "listener " + QByteArray::number(m_port) + " 127.0.0.1\n"
                          "persistence true\npersistence_location " + m_dir.path().toUtf8() + "/\n"
                          "max_queued_messages 0\n"; // no broker-side drop while the test publishes at full speed
        if (getuid() == 0)
            text += "user root\n"; // as root, mosquitto would switch to the user "mosquitto"
        text += m_extraConfig.isEmpty() ? QByteArray("allow_anonymous true\n")
                                        : QString(m_extraConfig).replace(QStringLiteral("{dir}"), m_dir.path()).toUtf8();
        config.write(text);
        config.close();

        const QString program = QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
                                                               {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (program.isEmpty())
            qFatal("mosquitto is not installed (apt-get install mosquitto)");
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, {QStringLiteral("-c"), config.fileName()});
        if (!m_process.waitForStarted(5000))
            return false;
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                break;
            QTest::qWait(50);
        }
        qWarning() << "mosquitto did not start:" << m_process.readAll();
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QString m_extraConfig;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace ioc::test
