// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/mailsender.h"

#include "connect/internal/curltransfer.h"
#include "connect/transport.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <curl/curl.h>

Q_LOGGING_CATEGORY(lcMail, "ioc.connect.mail", QtWarningMsg)

namespace ioc {

// The translation context of the e-mail messages.
struct MailText {
    Q_DECLARE_TR_FUNCTIONS(MailText)
};

namespace {

constexpr qsizetype kBase64LineLength = 76;
constexpr qsizetype kWordPayloadBytes = 45; // 60 base64 characters: "=?UTF-8?B?" + 60 + "?=" = 72 <= 75

bool isAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || (c.unicode() < 0x20 && c != QLatin1Char('\t')))
            return false;
    }
    return true;
}

// Line breaks in a one-line field (subject, display name) become spaces: a header cannot be split by data.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QByteArray rfc5322Date(const QDateTime& when)
{
    const QDateTime local = when.isValid() ? when : QDateTime::currentDateTime();
    const int offset = local.offsetFromUtc() / 60;
    const QChar sign = offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const QString zone = QStringLiteral("%1%2%3").arg(sign).arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(local, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss ")) + zone).toLatin1();
}

QByteArray foldedBase64(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / kBase64LineLength * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += kBase64LineLength)
        out += encoded.mid(i, kBase64LineLength) + "\r\n";
    return out;
}

bool isReservedHeader(const QByteArray& name)
{
    static const QList<QByteArray> reserved = {"from", "to", "cc", "bcc", "subject", "date", "message-id",
                                               "mime-version", "content-type", "content-transfer-encoding"};
    const QByteArray lower = name.toLower();
    return reserved.contains(lower);
}

bool isHeaderName(const QByteArray& name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

// What one SMTP session needs while libcurl runs it (curl_easy_perform on the caller's thread).
struct Session {
    QByteArray payload;
    qsizetype sent = 0;
    QByteArray lastReply;   // the server's last reply line ("554 5.7.1 …"): words for the error
    QByteArray lastRefusal; // the last 4xx or 5xx reply
    bool anyReply = false;  // the server said something at all (a silent server is a hang)
    const std::atomic<bool>* cancel = nullptr;
};

size_t readPayload(char* buffer, size_t size, size_t count, void* user)
{
    auto* session = static_cast<Session*>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = qMin(room, session->payload.size() - session->sent);
    memcpy(buffer, session->payload.constData() + session->sent, size_t(n));
    session->sent += n;
    return size_t(n);
}

// Only what the server sends (CURLINFO_HEADER_IN) is kept: what we send carries the credentials.
int collectReplies(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    auto* session = static_cast<Session*>(user);
    const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
    if (!line.isEmpty()) {
        session->anyReply = true;
        session->lastReply = line.left(300);
        if (line.startsWith('4') || line.startsWith('5'))
            session->lastRefusal = session->lastReply; // QUIT's "221 Bye" comes after it
    }
    return 0;
}

int checkCancel(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto* session = static_cast<Session*>(user);
    return session->cancel && session->cancel->load() ? 1 : 0;
}

double seconds(std::chrono::milliseconds ms) { return double(ms.count()) / 1000.0; }

} // namespace

MailSender::MailSender(MailServer server, const Clock* clock)
    : m_server(std::move(server))
    , m_clock(clock)
{
}

bool MailSender::isAddress(const QString& address)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s<>()\\[\\]\\\\,;:\"@]+@[^\\s<>()\\[\\]\\\\,;:\"@]+$"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

QByteArray MailSender::encodeHeaderWord(const QString& text)
{
    if (isAscii(text))
        return text.toLatin1();
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size();) {
        // One code point at a time (a surrogate pair stays whole), so that no word ends inside a character.
        const qsizetype length = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        if (chunk.size() + bytes.size() > kWordPayloadBytes) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += bytes;
        i += length;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

Result<QByteArray> MailSender::compose(const MailMessage& message, const QDateTime& date, const QByteArray& messageId)
{
    if (!isAddress(message.from))
        return fail(MailText::tr("the sender \"%1\" is not an e-mail address").arg(message.from));
    if (message.to.isEmpty())
        return fail(MailText::tr("the message has no recipient"));
    for (const QString& to : message.to) {
        if (!isAddress(to))
            return fail(MailText::tr("the recipient \"%1\" is not an e-mail address").arg(to));
    }

    QByteArray from;
    const QString name = oneLine(message.fromName).trimmed();
    if (name.isEmpty()) {
        from = message.from.toLatin1();
    } else if (isAscii(name)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        from = '"' + quoted.toLatin1() + "\" <" + message.from.toLatin1() + '>';
    } else {
        from = encodeHeaderWord(name) + " <" + message.from.toLatin1() + '>';
    }

    QByteArray out;
    out += "Date: " + rfc5322Date(date) + "\r\n";
    out += "From: " + from + "\r\n";
    out += "To: " + message.to.join(QLatin1String(",\r\n ")).toLatin1() + "\r\n";
    out += "Subject: " + encodeHeaderWord(oneLine(message.subject)) + "\r\n";
    out += "Message-ID: " + messageId + "\r\n";
    for (const auto& [headerName, value] : message.headers) {
        if (!isHeaderName(headerName) || isReservedHeader(headerName))
            return fail(MailText::tr("the header name \"%1\" cannot be used").arg(QString::fromLatin1(headerName)));
        if (value.contains('\r') || value.contains('\n'))
            return fail(MailText::tr("the value of the header \"%1\" contains a line break")
                            .arg(QString::fromLatin1(headerName)));
        out += headerName + ": " + value + "\r\n";
    }
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "\r\n";
    // text/plain in canonical form: CRLF line ends, whatever the caller used.
    QString body = message.body;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    body.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    out += foldedBase64(body.toUtf8());
    return out;
}

Result<QByteArray> MailSender::send(const MailMessage& message, const std::atomic<bool>* cancel) const
{
    const QString where = m_server.url.isEmpty() ? MailText::tr("(no SMTP server)") : redactedUrl(m_server.url);
    TransportOptions secrets; // scrubSecrets knows the password through it
    secrets.password = m_server.password;
    auto error = [&](const QString& cause) {
        return fail(internal::scrubSecrets(MailText::tr("%1: %2").arg(where, cause), secrets));
    };

    const QString scheme = m_server.url.scheme().toLower();
    if (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))
        return error(MailText::tr("the address must start with smtp:// (STARTTLS) or smtps:// (TLS)"));
    if (!m_server.url.isValid() || m_server.url.host().isEmpty())
        return error(MailText::tr("the address is not a valid URL"));

    const QString domain = message.from.section(QLatin1Char('@'), 1);
    const QByteArray messageId = '<' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@'
                                 + (domain.isEmpty() ? QByteArray("iocdesk.invalid") : domain.toLatin1()) + '>';
    Result<QByteArray> payload = compose(message, m_clock ? m_clock->now() : QDateTime::currentDateTime(), messageId);
    if (!payload)
        return error(payload.errorMessage());

    internal::ensureCurlGlobalInit();
    CURL* easy = curl_easy_init();
    if (!easy)
        return error(MailText::tr("libcurl could not create a transfer"));
    Session session;
    session.payload = std::move(payload).value();
    session.cancel = cancel;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_slist* recipients = nullptr;

    // The URL without user or password: the login goes through CURLOPT_USERNAME / CURLOPT_PASSWORD.
    QUrl url = m_server.url;
    url.setUserInfo(QString());
    const QByteArray urlBytes = url.toEncoded();
    const QByteArray mailFrom = '<' + message.from.toLatin1() + '>';
    for (const QString& to : message.to)
        recipients = curl_slist_append(recipients, ('<' + to.toLatin1() + '>').constData());
    const QByteArray caFile = m_server.caFile.toLocal8Bit();
    const QByteArray user = m_server.user.toUtf8();
    const QByteArray password = m_server.password.toUtf8();

    CURLcode rc = CURLE_OK;
    auto set = [&](CURLoption option, auto value) {
        if (rc == CURLE_OK)
            rc = curl_easy_setopt(easy, option, value);
    };
    set(CURLOPT_URL, urlBytes.constData());
    set(CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    set(CURLOPT_NOSIGNAL, 1L);
    set(CURLOPT_ERRORBUFFER, errorBuffer);
    set(CURLOPT_PROXY, ""); // no proxy from the environment
    if (scheme == QLatin1String("smtp"))
        set(CURLOPT_USE_SSL, m_server.startTls ? long(CURLUSESSL_ALL) : long(CURLUSESSL_NONE));
    set(CURLOPT_SSL_VERIFYPEER, m_server.verifyPeer ? 1L : 0L);
    set(CURLOPT_SSL_VERIFYHOST, m_server.verifyPeer ? 2L : 0L);
    if (!caFile.isEmpty())
        set(CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        set(CURLOPT_USERNAME, user.constData());
        set(CURLOPT_PASSWORD, password.constData());
    }
    set(CURLOPT_MAIL_FROM, mailFrom.constData());
    set(CURLOPT_MAIL_RCPT, recipients);
    set(CURLOPT_UPLOAD, 1L);
    set(CURLOPT_INFILESIZE_LARGE, curl_off_t(session.payload.size()));
    set(CURLOPT_READFUNCTION, &readPayload);
    set(CURLOPT_READDATA, static_cast<void*>(&session));
    set(CURLOPT_VERBOSE, 1L); // feeds collectReplies; nothing is printed while a debug function is set
    set(CURLOPT_DEBUGFUNCTION, &collectReplies);
    set(CURLOPT_DEBUGDATA, static_cast<void*>(&session));
    set(CURLOPT_NOPROGRESS, 0L);
    set(CURLOPT_XFERINFOFUNCTION, &checkCancel);
    set(CURLOPT_XFERINFODATA, static_cast<void*>(&session));
    set(CURLOPT_CONNECTTIMEOUT_MS, long(m_server.connectTimeout.count()));
    set(CURLOPT_TIMEOUT_MS, long(m_server.timeout.count()));
    if (rc == CURLE_OK)
        rc = curl_easy_perform(easy);
    else
        qCWarning(lcMail) << "libcurl refused an option:" << curl_easy_strerror(rc);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(easy);

    if (rc == CURLE_OK) {
        qCDebug(lcMail).noquote() << where << "accepted" << messageId << "for" << message.to.size() << "recipient(s)";
        return messageId;
    }

    QString detail = QString::fromUtf8(errorBuffer).trimmed();
    if (detail.isEmpty())
        detail = QString::fromUtf8(curl_easy_strerror(rc));
    const QString reply = QString::fromUtf8(session.lastRefusal.isEmpty() ? session.lastReply : session.lastRefusal);
    switch (rc) {
    case CURLE_LOGIN_DENIED:
        return error(MailText::tr("the server refused the user name or password (%1)").arg(reply.isEmpty() ? detail : reply));
    case CURLE_USE_SSL_FAILED:
        return error(MailText::tr("the server does not offer STARTTLS; the message was not sent in clear text"));
    case CURLE_PEER_FAILED_VERIFICATION:
        return error(MailText::tr("the server's certificate is not trusted or is for another host (%1)").arg(detail));
    case CURLE_SSL_CACERT_BADFILE:
        return error(MailText::tr("the CA file \"%1\" cannot be read (%2)").arg(m_server.caFile, detail));
    case CURLE_SSL_CONNECT_ERROR:
        return error(MailText::tr("the TLS handshake failed (%1)").arg(detail));
    case CURLE_COULDNT_RESOLVE_HOST:
        return error(MailText::tr("the host name \"%1\" cannot be resolved (DNS)").arg(m_server.url.host()));
    case CURLE_COULDNT_CONNECT:
        return error(MailText::tr("the connection was refused or the server cannot be reached (%1)").arg(detail));
    case CURLE_OPERATION_TIMEDOUT:
        if (!session.anyReply)
            return error(MailText::tr("the server did not answer within %1 s (timeout)")
                             .arg(seconds(qMin(m_server.connectTimeout, m_server.timeout))));
        return error(MailText::tr("the session did not finish within %1 s (timeout; last reply: %2)")
                         .arg(seconds(m_server.timeout)).arg(reply));
    case CURLE_ABORTED_BY_CALLBACK:
        return error(MailText::tr("sending was cancelled"));
    default:
        break;
    }
    if (session.lastRefusal.startsWith('5'))
        return error(MailText::tr("the server refused the message (%1)").arg(reply));
    if (session.lastRefusal.startsWith('4'))
        return error(MailText::tr("the server deferred the message, try again later (%1)").arg(reply));
    return error(MailText::tr("sending failed (%1; libcurl error %2)").arg(detail).arg(int(rc)));
}

} // namespace ioc
