// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/internal/curltransfer.h"

#include "connect/internal/curltext.h"
#include "connect/logcategories.h"
#include "core/redaction.h"

#include <QDir>
#include <QSet>
#include <QUrlQuery>

#include <mutex>

namespace ioc {
namespace internal {

namespace {

// The schemes a transfer may use, and the ones a redirect may lead to (never file:, never ftp: from
// an https: answer, never anything else libcurl knows).
constexpr const char* kProtocols = "http,https,ftp,ftps,sftp";
constexpr const char* kRedirectProtocols = "http,https";
constexpr long kMaxRedirects = 5;

QString megabytes(qint64 bytes)
{
    const double mb = double(bytes) / (1024.0 * 1024.0);
    return QString::number(mb, 'g', mb >= 10 ? 4 : 3);
}

// kProtocols that this libcurl was built with: CURLOPT_PROTOCOLS_STR refuses a name it does not know,
// and a libcurl without SFTP must still do HTTP (an sftp: URL then fails as unsupported).
const QByteArray& availableProtocols()
{
    static const QByteArray available = [] {
        QSet<QByteArray> built;
        for (const char* const* p = curl_version_info(CURLVERSION_NOW)->protocols; p && *p; ++p)
            built.insert(QByteArray(*p).toLower());
        QList<QByteArray> wanted = QByteArray(kProtocols).split(',');
        wanted.removeIf([&](const QByteArray& name) { return !built.contains(name); });
        return wanted.join(',');
    }();
    return available;
}

size_t writeBody(char* data, size_t size, size_t count, void* user)
{
    auto* transfer = static_cast<CurlTransfer*>(user);
    const size_t bytes = size * count;
    const qint64 limit = transfer->request.options.maxBodyBytes;
    if (limit > 0 && qint64(transfer->response.body.size()) + qint64(bytes) > limit) {
        transfer->bodyTooLarge = true;
        return 0; // libcurl aborts the transfer with CURLE_WRITE_ERROR
    }
    transfer->response.body.append(data, qsizetype(bytes));
    return bytes;
}

size_t writeHeader(char* data, size_t size, size_t count, void* user)
{
    auto* transfer = static_cast<CurlTransfer*>(user);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        transfer->response.headers.clear(); // a new response (after a redirect or a 100 Continue)
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        transfer->response.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return bytes;
}

bool isHttp(const QString& scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

} // namespace

void ensureCurlGlobalInit()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            qCCritical(lcTransport) << "curl_global_init failed: no transfer can work";
    });
}

QString scrubSecrets(QString text, const TransportOptions& options)
{
    for (const QString* secret : {&options.password, &options.token, &options.keyPassword}) {
        if (!secret->isEmpty()) {
            text.replace(*secret, QStringLiteral("***"));
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(*secret));
            if (encoded != *secret)
                text.replace(encoded, QStringLiteral("***"));
        }
    }
    return redactCredentials(text);
}

CurlTransfer::CurlTransfer(TransportRequest r, Transport::Callback c)
    : request(std::move(r))
    , callback(std::move(c))
{
}

CurlTransfer::~CurlTransfer()
{
    if (easy)
        curl_easy_cleanup(easy);
    curl_slist_free_all(headerList);
}

Result<void> CurlTransfer::setUp()
{
    auto where = [this] { return request.url.isEmpty() ? TransportText::tr("(no URL)") : redactedUrl(request.url); };
    const TransportOptions& o = request.options;
    const QString scheme = request.url.scheme().toLower();
    static const QStringList schemes = QString::fromLatin1(kProtocols).split(QLatin1Char(','));
    if (!request.url.isEmpty() && !scheme.isEmpty() && !schemes.contains(scheme))
        return fail(TransportText::tr("%1: the scheme \"%2\" is not supported (http, https, ftp, ftps, sftp)")
                        .arg(where(), scheme));
    if (!request.url.isValid() || request.url.host().isEmpty() || scheme.isEmpty())
        return fail(TransportText::tr("%1: the address is not a valid URL").arg(where()));

    QUrl url = request.url;
    if (o.auth == TransportOptions::Auth::ApiKeyQuery) {
        QString query = url.query(QUrl::FullyEncoded);
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += QString::fromLatin1(QUrl::toPercentEncoding(o.apiKeyName) + '=' + QUrl::toPercentEncoding(o.token));
        url.setQuery(query, QUrl::StrictMode);
    }

    easy = curl_easy_init();
    if (!easy)
        return fail(TransportText::tr("%1: libcurl could not create a transfer").arg(where()));

    // Every setopt below is checked together: a libcurl too old for one of them is reported, not ignored.
    CURLcode rc = CURLE_OK;
    auto set = [&](CURLoption option, auto value) {
        if (rc == CURLE_OK)
            rc = curl_easy_setopt(easy, option, value);
    };
    const QByteArray urlBytes = url.toEncoded();
    set(CURLOPT_URL, urlBytes.constData());
    set(CURLOPT_PRIVATE, static_cast<void*>(this));
    set(CURLOPT_ERRORBUFFER, errorBuffer);
    set(CURLOPT_NOSIGNAL, 1L);
    set(CURLOPT_WRITEFUNCTION, &writeBody);
    set(CURLOPT_WRITEDATA, static_cast<void*>(this));
    set(CURLOPT_HEADERFUNCTION, &writeHeader);
    set(CURLOPT_HEADERDATA, static_cast<void*>(this));
    set(CURLOPT_PROTOCOLS_STR, availableProtocols().constData());
    set(CURLOPT_REDIR_PROTOCOLS_STR, kRedirectProtocols);
    // An API key header would follow a redirect to any host: the loop follows those itself (redirectHop).
    set(CURLOPT_FOLLOWLOCATION, o.auth == TransportOptions::Auth::ApiKeyHeader ? 0L : 1L);
    set(CURLOPT_MAXREDIRS, kMaxRedirects);
    // An empty proxy disables proxies, the environment's (http_proxy, https_proxy…) included: a
    // connector goes through a proxy only when its configuration names one.
    const QByteArray proxy = o.proxy.toUtf8();
    set(CURLOPT_PROXY, proxy.constData());

    set(CURLOPT_SSL_VERIFYPEER, o.verifyPeer ? 1L : 0L);
    set(CURLOPT_SSL_VERIFYHOST, o.verifyHost ? 2L : 0L);
    const QByteArray caFile = o.caFile.toLocal8Bit();
    if (!caFile.isEmpty())
        set(CURLOPT_CAINFO, caFile.constData());
    const QByteArray knownHosts = (o.sshKnownHosts.isEmpty()
                                       ? QDir::home().filePath(QStringLiteral(".ssh/known_hosts"))
                                       : o.sshKnownHosts).toLocal8Bit();
    const QByteArray cert = o.clientCertificate.toLocal8Bit();
    const QByteArray key = o.clientKey.toLocal8Bit();
    const QByteArray keyPassword = o.keyPassword.toUtf8();
    if (!cert.isEmpty() && scheme != QLatin1String("sftp")) {
        set(CURLOPT_SSLCERT, cert.constData());
        set(CURLOPT_SSLCERTTYPE, "PEM");
    }
    if (!key.isEmpty() && scheme != QLatin1String("sftp")) {
        set(CURLOPT_SSLKEY, key.constData());
        set(CURLOPT_SSLKEYTYPE, "PEM");
    }
    if (!keyPassword.isEmpty())
        set(CURLOPT_KEYPASSWD, keyPassword.constData());

    const QByteArray user = o.user.toUtf8();
    const QByteArray password = o.password.toUtf8();
    const QByteArray token = o.token.toUtf8();
    switch (o.auth) {
    case TransportOptions::Auth::None:
    case TransportOptions::Auth::ApiKeyQuery:
        break;
    case TransportOptions::Auth::Basic:
        set(CURLOPT_USERNAME, user.constData());
        set(CURLOPT_PASSWORD, password.constData());
        if (isHttp(scheme))
            set(CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        break;
    case TransportOptions::Auth::Bearer:
        set(CURLOPT_XOAUTH2_BEARER, token.constData());
        set(CURLOPT_HTTPAUTH, long(CURLAUTH_BEARER));
        break;
    case TransportOptions::Auth::ApiKeyHeader:
        headerList = curl_slist_append(headerList, (o.apiKeyName.toUtf8() + ": " + token).constData());
        break;
    }

    if (isHttp(scheme)) {
        for (const auto& [name, value] : std::as_const(request.headers))
            headerList = curl_slist_append(headerList, (name + ": " + value).constData());
        headerList = curl_slist_append(headerList, "Expect:"); // no 100-continue round trip for bodies
        set(CURLOPT_HTTPHEADER, headerList);
        if (o.gzip)
            set(CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl decodes
        set(CURLOPT_HTTP_VERSION, o.http2 ? long(CURL_HTTP_VERSION_2TLS) : long(CURL_HTTP_VERSION_1_1));

        const QByteArray method = request.method.toUpper();
        if (method == "HEAD") {
            set(CURLOPT_NOBODY, 1L);
        } else if (!request.body.isEmpty()) {
            set(CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
            set(CURLOPT_POSTFIELDS, request.body.constData());
            if (method != "POST")
                set(CURLOPT_CUSTOMREQUEST, method.constData());
        } else if (method == "POST") {
            set(CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(0));
            set(CURLOPT_POSTFIELDS, "");
        } else if (method != "GET") {
            set(CURLOPT_CUSTOMREQUEST, method.constData());
        }
    } else if (request.listDirectory) {
        set(CURLOPT_DIRLISTONLY, 1L);
    }
    if (scheme == QLatin1String("sftp")) {
        // The host key is checked against known_hosts like a TLS certificate against the CAs; libcurl
        // checks nothing without CURLOPT_SSH_KNOWNHOSTS.
        if (o.verifyPeer)
            set(CURLOPT_SSH_KNOWNHOSTS, knownHosts.constData());
        if (!key.isEmpty())
            set(CURLOPT_SSH_PRIVATE_KEYFILE, key.constData());
    }

    set(CURLOPT_TIMEOUT_MS, long(o.timeout.count()));
    set(CURLOPT_CONNECTTIMEOUT_MS, long(o.connectTimeout.count()));
    if (o.lowSpeedBytes > 0 && o.lowSpeedTime.count() > 0) {
        set(CURLOPT_LOW_SPEED_LIMIT, long(o.lowSpeedBytes));
        set(CURLOPT_LOW_SPEED_TIME, long(o.lowSpeedTime.count()));
    }
    if (o.maxBodyBytes > 0)
        set(CURLOPT_MAXFILESIZE_LARGE, curl_off_t(o.maxBodyBytes));

    if (rc != CURLE_OK)
        return fail(TransportText::tr("%1: libcurl refused an option (%2)")
                        .arg(where(), QString::fromUtf8(curl_easy_strerror(rc))));
    return {};
}

CurlTransfer::Hop CurlTransfer::redirectHop(const TransportResponse& answer) const
{
    Hop hop;
    const int status = answer.status;
    if (request.options.auth != TransportOptions::Auth::ApiKeyHeader
        || !(status == 301 || status == 302 || status == 303 || status == 307 || status == 308))
        return hop;
    char* location = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_REDIRECT_URL, &location) != CURLE_OK || !location)
        return hop; // a 3xx without a Location: the response stands
    const QUrl target = QUrl::fromEncoded(QByteArray(location));
    const QUrl& from = request.url;
    const QString where = redactedUrl(from);
    if (redirects >= kMaxRedirects) {
        hop.error = scrubSecrets(TransportText::tr("%1: more than %2 redirects").arg(where).arg(kMaxRedirects), request.options);
    } else if (target.scheme().compare(from.scheme(), Qt::CaseInsensitive) != 0
               || target.host().compare(from.host(), Qt::CaseInsensitive) != 0
               || target.port(from.scheme() == QLatin1String("https") ? 443 : 80)
                   != from.port(from.scheme() == QLatin1String("https") ? 443 : 80)) {
        hop.error = scrubSecrets(TransportText::tr("%1: the server redirects to another server (%2); the API key "
                                                   "is not sent there")
                                     .arg(where, redactedUrl(target)),
                                 request.options);
    } else {
        hop.follow = true;
        hop.next = request;
        hop.next.url = target;
        const QByteArray method = request.method.toUpper();
        if (status == 303 || ((status == 301 || status == 302) && method == "POST")) {
            hop.next.method = "GET"; // what browsers and libcurl do
            hop.next.body.clear();
        }
    }
    return hop;
}

Error CurlTransfer::cancelled() const
{
    return fail(TransportText::tr("%1: cancelled (the transport is shutting down)").arg(redactedUrl(request.url)));
}

QString CurlTransfer::errorMessage(CURLcode code) const
{
    // Built only for a failure: a successful poll pays for no translation, no redaction, no formatting.
    const TransportOptions& o = request.options;
    QString detail = QString::fromUtf8(errorBuffer).trimmed();
    if (detail.isEmpty())
        detail = QString::fromUtf8(curl_easy_strerror(code));
    auto error = [&](const QString& cause) {
        return scrubSecrets(TransportText::tr("%1: %2").arg(redactedUrl(request.url), cause), o);
    };
    auto limit = [&] {
        return TransportText::tr("the response is larger than the limit of %1 MB").arg(megabytes(o.maxBodyBytes));
    };

    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
        if (request.url.scheme().compare(QLatin1String("sftp"), Qt::CaseInsensitive) == 0)
            return error(TransportText::tr("the server's SSH host key is not vouched for by the known_hosts file "
                                           "(%1)").arg(detail));
        if (detail.contains(QLatin1String("target host name")) || detail.contains(QLatin1String("subject name")))
            return error(TransportText::tr("the server's certificate is for another host name (%1)").arg(detail));
        return error(TransportText::tr("the server's certificate is not trusted (%1)").arg(detail));
    case CURLE_SSL_CACERT_BADFILE:
        return error(TransportText::tr("the CA file \"%1\" cannot be read (%2)").arg(o.caFile, detail));
    case CURLE_SSL_CERTPROBLEM:
        return error(TransportText::tr("the client certificate or its key cannot be used (%1)").arg(detail));
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        if (detail.contains(QLatin1String("certificate required"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("handshake failure"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("peer did not return a certificate"), Qt::CaseInsensitive))
            return error(TransportText::tr("the server requires a client certificate and refused ours or its "
                                           "absence (%1)").arg(detail));
        if (code == CURLE_SSL_CONNECT_ERROR)
            return error(TransportText::tr("the TLS handshake failed (%1)").arg(detail));
        return error(TransportText::tr("the connection broke (%1)").arg(detail));
    case CURLE_COULDNT_RESOLVE_HOST:
        return error(TransportText::tr("the host name \"%1\" cannot be resolved (DNS)").arg(request.url.host()));
    case CURLE_COULDNT_RESOLVE_PROXY:
        return error(TransportText::tr("the proxy's host name cannot be resolved (DNS; %1)").arg(detail));
    case CURLE_COULDNT_CONNECT:
        return error(TransportText::tr("the connection was refused or the server cannot be reached (%1)").arg(detail));
    case CURLE_OPERATION_TIMEDOUT:
        if (detail.contains(QLatin1String("too slow")))
            return error(TransportText::tr("the server sent less than %1 bytes per second for %2 s")
                             .arg(o.lowSpeedBytes).arg(o.lowSpeedTime.count()));
        if (detail.startsWith(QLatin1String("Connection timed out")) || detail.startsWith(QLatin1String("Failed to connect"))
            || detail.startsWith(QLatin1String("Resolving timed out")))
            return error(TransportText::tr("no connection within %1 s").arg(double(o.connectTimeout.count()) / 1000.0));
        return error(TransportText::tr("no complete answer within %1 s (timeout)").arg(double(o.timeout.count()) / 1000.0));
    case CURLE_FILESIZE_EXCEEDED:
        return error(limit());
    case CURLE_WRITE_ERROR:
        if (bodyTooLarge)
            return error(limit());
        return error(TransportText::tr("the response could not be stored (%1)").arg(detail));
    case CURLE_TOO_MANY_REDIRECTS:
        return error(TransportText::tr("more than %1 redirects").arg(kMaxRedirects));
    case CURLE_UNSUPPORTED_PROTOCOL:
        return error(TransportText::tr("a redirect or the URL leads to a scheme that is not allowed (%1)").arg(detail));
    case CURLE_LOGIN_DENIED:
    case CURLE_REMOTE_ACCESS_DENIED:
        return error(TransportText::tr("the server refused the login or the access (%1)").arg(detail));
    case CURLE_REMOTE_FILE_NOT_FOUND:
        return error(TransportText::tr("the file or folder does not exist on the server (%1)").arg(detail));
    case CURLE_PARTIAL_FILE:
        return error(TransportText::tr("the connection closed before the whole response arrived (%1)").arg(detail));
    case CURLE_GOT_NOTHING:
        return error(TransportText::tr("the server closed the connection without answering"));
    case CURLE_BAD_CONTENT_ENCODING:
        return error(TransportText::tr("the response's compression cannot be decoded (%1)").arg(detail));
    default:
        return error(TransportText::tr("the transfer failed (%1; libcurl error %2)").arg(detail).arg(int(code)));
    }

}

Result<TransportResponse> CurlTransfer::complete(CURLcode code)
{
    if (code != CURLE_OK)
        return fail(errorMessage(code));
    const TransportOptions& o = request.options;
    const QString scheme = request.url.scheme().toLower();

    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    response.status = isHttp(scheme) ? int(status) : 0;
    if (!isHttp(scheme))
        response.headers.clear(); // FTP server replies are not HTTP headers
    char* effective = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective) {
        QUrl url = QUrl::fromEncoded(QByteArray(effective));
        if (o.auth == TransportOptions::Auth::ApiKeyQuery) { // the key stays out of what callers may log
            QUrlQuery query(url);
            query.removeAllQueryItems(o.apiKeyName);
            url.setQuery(query);
        }
        response.effectiveUrl = url;
    }
    long version = 0;
    curl_easy_getinfo(easy, CURLINFO_HTTP_VERSION, &version);
    switch (version) {
    case CURL_HTTP_VERSION_1_0: response.httpVersion = QStringLiteral("1.0"); break;
    case CURL_HTTP_VERSION_1_1: response.httpVersion = QStringLiteral("1.1"); break;
    case CURL_HTTP_VERSION_2_0: response.httpVersion = QStringLiteral("2"); break;
    case CURL_HTTP_VERSION_3: response.httpVersion = QStringLiteral("3"); break;
    default: break;
    }
    double total = 0;
    curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME, &total);
    response.seconds = total;
    return std::move(response);
}

} // namespace internal
} // namespace ioc
