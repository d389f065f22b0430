// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequest.h"

#include <QCoreApplication>

namespace ioc {

namespace {
struct PositionsText {
    Q_DECLARE_TR_FUNCTIONS(PositionsText)
};

bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

QByteArray HttpRequest::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return connection == "keep-alive";
    return connection != "close";
}

HttpRequestReader::State HttpRequestReader::failed(int status, QString reason)
{
    m_status = status;
    m_reason = std::move(reason);
    return State::Failed;
}

HttpRequestReader::State HttpRequestReader::read(QByteArray& buffer, HttpRequest& request)
{
    m_requestLine = buffer.left(buffer.indexOf('\n')).left(1024).trimmed();
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > m_maxBytes)
            return failed(413, PositionsText::tr("the request is larger than %1 bytes").arg(m_maxBytes));
        return State::NeedMore;
    }
    if (headEnd + 4 > m_maxBytes)
        return failed(413, PositionsText::tr("the request is larger than %1 bytes").arg(m_maxBytes));

    QList<QByteArray> lines = buffer.left(headEnd + 2).split('\n'); // each line keeps its '\r'
    lines.removeLast(); // the empty piece after the last line's CRLF
    HttpRequest parsed;
    if (!lines.first().endsWith('\r'))
        return failed(400, PositionsText::tr("the request line does not end with CRLF"));
    parsed.requestLine = lines.first().chopped(1);
    const QList<QByteArray> parts = parsed.requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() || !parts.at(2).startsWith("HTTP/1."))
        return failed(400, PositionsText::tr("the request line is not 'METHOD target HTTP/1.x'"));
    parsed.method = parts.at(0);
    parsed.target = parts.at(1);
    parsed.version = parts.at(2);
    if (parsed.version != "HTTP/1.0" && parsed.version != "HTTP/1.1")
        return failed(505, PositionsText::tr("HTTP version %1 is not supported").arg(QString::fromLatin1(parsed.version)));

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (!line.endsWith('\r'))
            return failed(400, PositionsText::tr("header line %1 does not end with CRLF").arg(i));
        line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return failed(400, PositionsText::tr("header line %1 is not 'Name: value'").arg(i));
        parsed.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }

    if (!parsed.header("transfer-encoding").isEmpty())
        return failed(501, PositionsText::tr("chunked or encoded bodies are not accepted; send Content-Length"));
    qsizetype length = 0;
    const QByteArray lengthHeader = parsed.header("content-length");
    if (!lengthHeader.isEmpty()) {
        bool ok = false;
        length = lengthHeader.toLongLong(&ok);
        if (!ok || length < 0)
            return failed(400, PositionsText::tr("Content-Length '%1' is not a number of bytes").arg(QString::fromLatin1(lengthHeader)));
    }
    if (headEnd + 4 + length > m_maxBytes)
        return failed(413, PositionsText::tr("the request is larger than %1 bytes").arg(m_maxBytes));
    if (buffer.size() < headEnd + 4 + length)
        return State::NeedMore;
    parsed.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    request = std::move(parsed);
    return State::Complete;
}

} // namespace ioc
