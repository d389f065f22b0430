// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// E-mail over SMTP through libcurl: STARTTLS (smtp://, required unless turned off explicitly) or implicit
// TLS (smtps://), certificate verification on by default, login, connect and total time limits, and a
// proper RFC 5322 / MIME message (UTF-8 text, RFC 2047 subject, Date, Message-ID). Part of the connector
// SDK so that anything that sends mail shares one implementation.

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <chrono>

namespace ioc {

class Clock;

// Where and how mail is handed over. password is a secret: it never reaches a message or a log.
struct MailServer {
    QUrl url;                  // smtp://host:587 (STARTTLS) or smtps://host:465 (implicit TLS)
    bool startTls = true;      // smtp:// only: false sends in clear text (a local relay; tests)
    bool verifyPeer = true;    // certificate and host name; off only on explicit configuration
    QString caFile;            // PEM bundle to trust instead of the system's
    QString user;              // login; empty: no AUTH
    QString password;          // secret
    std::chrono::milliseconds connectTimeout{10000}; // TCP + TLS + greeting
    std::chrono::milliseconds timeout{30000};        // the whole session
};

struct MailMessage {
    QString from;              // envelope sender and From: address, "ioc@tinh.gov.vn"
    QString fromName;          // display name in From:, may be Vietnamese; empty: address only
    QStringList to;            // one or more addresses
    QString subject;           // UTF-8; RFC 2047-encoded when not plain ASCII
    QString body;              // UTF-8 text, sent as text/plain; charset=UTF-8, base64
    QList<QPair<QByteArray, QByteArray>> headers; // extra header lines (ASCII), e.g. {"X-IOC-Run", "42"}
};

// Thread-safe (no shared state); send() blocks: call it on a worker thread, never on the GUI thread.
class MailSender {
public:
    explicit MailSender(MailServer server, const Clock* clock = nullptr); // clock: the Date header; null: system
    const MailServer& server() const { return m_server; }

    // Hands message to the server. On success the value is the Message-ID it carried ("<…@domain>").
    // Errors name the server (URL without credentials) and the cause in words, with the server's own
    // reply where it gave one: "smtp://127.0.0.1:2525: the server refused the message (554 5.7.1 …)".
    // When cancel is given and becomes true the session is aborted within about a second.
    Result<QByteArray> send(const MailMessage& message, const std::atomic<bool>* cancel = nullptr) const;

    // The message as sent (CRLF line ends, headers, blank line, base64 body); exposed for tests.
    // Fails on an address that is not one, or a header that would inject lines.
    static Result<QByteArray> compose(const MailMessage& message, const QDateTime& date, const QByteArray& messageId);
    // "=?UTF-8?B?…?=" words of at most 75 characters, folded with CRLF SP; ASCII text is returned as is.
    static QByteArray encodeHeaderWord(const QString& text);
    // A plausible mailbox: local@domain, no spaces, angle brackets, quotes or line breaks.
    static bool isAddress(const QString& address);

private:
    MailServer m_server;
    const Clock* m_clock;
};

} // namespace ioc
