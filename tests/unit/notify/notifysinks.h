// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SMTP and SMS test servers (scripts/test-servers/smtpsink.py, smssink.py) with the folder they write
// what they received into, and the helpers that read those records back. Shared by tst_mailsender,
// tst_smsgateway and tst_notificationservice.

#include "../connect/serverprocess.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

namespace ioc::test {

// A test server script whose every received message lands as NNNNNN.json in its own folder.
class RecordingServer {
public:
    // script: "scripts/test-servers/smtpsink.py"; module: what the python must import ("aiosmtpd").
    RecordingServer(QString script, QString module) : m_script(std::move(script)), m_module(std::move(module)) {}

    // Starts (or restarts on the same port) with these extra arguments.
    bool start(const QStringList& args = {})
    {
        if (m_python.isEmpty())
            m_python = pythonWith(m_module);
        if (m_python.isEmpty()) {
            qWarning("no python3 here can import %s (Debian: python3-%s)", qPrintable(m_module), qPrintable(m_module));
            return false;
        }
        return m_server.start(m_python, m_script,
                              QStringList{QStringLiteral("--out"), m_out.path()} + args);
    }
    void stop() { m_server.stop(); }
    quint16 port() const { return m_server.port(); }
    QString url(const QString& scheme, const QString& path = {}) const { return m_server.url(scheme, path); }

    // The records written so far, oldest first.
    QList<QJsonObject> records() const
    {
        QList<QJsonObject> out;
        const QDir dir(m_out.path());
        const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                out.append(QJsonDocument::fromJson(file.readAll()).object());
        }
        return out;
    }
    // Waits (timeout ms) until at least count records exist.
    bool waitFor(int count, int timeout = 10000) const
    {
        return QTest::qWaitFor([&] { return records().size() >= count; }, timeout);
    }

private:
    QString m_script;
    QString m_module;
    QString m_python;
    QTemporaryDir m_out;
    ServerProcess m_server;
};

inline QString tlsFile(const QString& name) { return sourcePath(QStringLiteral("tests/data/connect/tls/") + name); }

// A received e-mail taken apart: unfolded headers by lower-case name, body decoded per its transfer encoding.
struct ReceivedMail {
    QHash<QByteArray, QByteArray> headers;
    QByteArray rawBody;
    QByteArray data;

    static ReceivedMail fromRecord(const QJsonObject& record)
    {
        ReceivedMail mail;
        mail.data = QByteArray::fromBase64(record.value(QStringLiteral("data")).toString().toLatin1());
        const qsizetype split = mail.data.indexOf("\r\n\r\n");
        QByteArray head = mail.data.left(split);
        mail.rawBody = mail.data.mid(split + 4);
        head.replace("\r\n ", " ").replace("\r\n\t", " ");
        for (const QByteArray& line : head.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            const qsizetype colon = trimmed.indexOf(':');
            if (colon > 0)
                mail.headers.insert(trimmed.left(colon).toLower(), trimmed.mid(colon + 1).trimmed());
        }
        return mail;
    }
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }

    // RFC 2047 B-encoded UTF-8 words decoded (adjacent words joined, as the RFC says), other text kept.
    static QString decodeWords(const QByteArray& value)
    {
        static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?=(\\s+(?==\\?))?"),
                                             QRegularExpression::CaseInsensitiveOption);
        const QString text = QString::fromLatin1(value);
        QByteArray bytes;
        qsizetype last = 0;
        auto it = word.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            bytes += text.mid(last, match.capturedStart() - last).toUtf8();
            bytes += QByteArray::fromBase64(match.captured(1).toLatin1());
            last = match.capturedEnd();
        }
        bytes += text.mid(last).toUtf8();
        return QString::fromUtf8(bytes);
    }
    QString subject() const { return decodeWords(header("Subject")); }
    QString body() const
    {
        const QByteArray encoding = header("Content-Transfer-Encoding").toLower();
        QByteArray bytes = rawBody;
        if (encoding == "base64")
            bytes = QByteArray::fromBase64(QByteArray(rawBody).replace("\r\n", ""));
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        return decoder(bytes);
    }
};

} // namespace ioc::test
