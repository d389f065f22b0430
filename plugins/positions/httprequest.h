// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small, strict HTTP/1.x request reader for the OsmAnd endpoint: a request line, headers, and a body
// of Content-Length bytes; no chunked bodies, no continuation lines, a limit on the whole request.
// Plain code, no I/O: the server feeds it the bytes a connection received.

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace ioc {

struct HttpRequest {
    QByteArray method;      // "GET", "POST"
    QByteArray target;      // "/?id=P-01&lat=…", as sent
    QByteArray version;     // "HTTP/1.1"
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
    QByteArray body;
    QByteArray requestLine; // the first line, without CRLF

    QByteArray header(const QByteArray& lowerCaseName) const; // the first one, or empty
    bool keepAlive() const; // HTTP/1.1 without "Connection: close", or HTTP/1.0 with "keep-alive"
};

class HttpRequestReader {
public:
    enum class State { NeedMore, Complete, Failed };

    explicit HttpRequestReader(qsizetype maxRequestBytes) : m_maxBytes(maxRequestBytes) {}

    // Consumes one request from the front of buffer when it is all there. On Failed, status() and
    // reason() say what to answer (400, 413, 501…); the connection should then be closed.
    State read(QByteArray& buffer, HttpRequest& request);

    int status() const { return m_status; }
    QString reason() const { return m_reason; }
    QByteArray partialRequestLine() const { return m_requestLine; } // for the quarantine of a failed one

private:
    State failed(int status, QString reason);

    qsizetype m_maxBytes;
    int m_status = 0;
    QString m_reason;
    QByteArray m_requestLine;
};

} // namespace ioc
