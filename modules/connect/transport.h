// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The connectors' network transport: libcurl's multi interface driven by one worker thread (decision 5 of
// ARCHITECTURE.md). HTTP(S) with TLS verification on by default, proxies, basic / bearer / API-key /
// client-certificate authentication, gzip, HTTP/2 where the server offers it, size and time limits;
// FTP/FTPS/SFTP downloads and directory listings for file drops. Part of the connector SDK.

#include "core/redaction.h" // redactedUrl(), for the transport's users
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace ioc {

namespace internal {
class CurlMultiLoop;
}

struct TransportOptions {
    // TLS. verifyPeer and verifyHost are on unless a configuration turns them off explicitly.
    bool verifyPeer = true;
    bool verifyHost = true;
    QString caFile;            // PEM bundle to trust instead of the system's (e.g. the centre's own CA)
    QString clientCertificate; // PEM; with clientKey (and keyPassword) for client-certificate auth
    QString clientKey;
    QString keyPassword;       // secret: never logged

    enum class Auth { None, Basic, Bearer, ApiKeyHeader, ApiKeyQuery };
    Auth auth = Auth::None;
    QString user;              // Basic
    QString password;          // Basic; secret
    QString token;             // Bearer or API key; secret
    QString apiKeyName;        // header name ("X-API-Key") or query parameter name ("api_key")
    // Redirects (at most 5, http/https only) keep Basic and Bearer credentials to the original host (libcurl);
    // with ApiKeyHeader they are followed to the same scheme, host and port only, another server is an
    // error. Secrets put in TransportRequest::headers by the caller get no such protection.

    // SFTP: the known_hosts file that vouches for the server's host key (checked unless verifyPeer is
    // off); empty: ~/.ssh/known_hosts. clientKey (with keyPassword) is the SSH private key for SFTP.
    QString sshKnownHosts;

    QString proxy;             // "http://proxy:3128"; empty: none (and the environment's is ignored)
    std::chrono::milliseconds timeout{30000};        // whole transfer
    std::chrono::milliseconds connectTimeout{10000};
    // A transfer slower than lowSpeedBytes per second for lowSpeedTime is aborted (a server that drips).
    qint64 lowSpeedBytes = 1;
    std::chrono::seconds lowSpeedTime{20};
    qint64 maxBodyBytes = 64 * 1024 * 1024; // a larger body is aborted with an error naming the limit
    bool gzip = true;          // Accept-Encoding with what libcurl can decode
    bool http2 = true;         // HTTP/2 over TLS when the server offers it, HTTP/1.1 otherwise

    // Reads the "transport" object of a connector configuration (see plugins/README.md): tls.caFile,
    // tls.verify, tls.clientCertificate, tls.clientKey, tls.keyPassword / tls.keyPasswordEnv, sshKnownHosts,
    // auth.type (none|basic|bearer|apiKey), auth.user, auth.password / auth.passwordEnv,
    // auth.token / auth.tokenEnv, auth.header / auth.query (apiKey: exactly one of them), proxy,
    // timeoutSeconds, connectTimeoutSeconds, lowSpeedBytesPerSecond, lowSpeedSeconds, maxBodyMegabytes,
    // http2, gzip. Every key is optional; an absent one keeps the default above. Secrets may come from the
    // environment (…Env, an error when the variable is not set) so that they stay out of configuration
    // files. An unknown key, a wrong type or a missing credential is an error naming the key
    // ("transport.auth.tokenEn: unknown key …"). tls.verify false turns off peer and host verification and
    // logs a warning (once per distinct transport block). File paths are used as given (absolute, or
    // relative to the process's working directory).
    static Result<TransportOptions> fromJson(const QJsonObject& transport);
};

struct TransportRequest {
    QUrl url;                  // http, https, ftp, ftps or sftp
    QByteArray method = "GET"; // HTTP only
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;           // sent when not empty (POST, PUT)
    bool listDirectory = false; // FTP/SFTP: the names in the folder, one per line, instead of a file
    TransportOptions options;
};

struct TransportResponse {
    int status = 0;            // HTTP status; 0 for FTP/SFTP
    QList<QPair<QByteArray, QByteArray>> headers; // as received, names lower-cased
    QByteArray body;           // decoded (gzip undone)
    QUrl effectiveUrl;         // after redirects
    QString httpVersion;       // "1.1", "2"
    double seconds = 0;        // total transfer time

    QByteArray header(const QByteArray& lowerCaseName) const; // first value, or empty
    bool isSuccess() const { return status == 0 || (status >= 200 && status < 300); }
};

// Thread-safe. One worker thread runs every transfer; callers on any thread except the GUI thread may
// block in fetch(). Errors name the URL with credentials removed and what failed ("https://x/y: the
// server's certificate is not trusted (…)"); secrets never reach a message or a log.
class Transport {
public:
    Transport();
    ~Transport(); // cancels what is running (callbacks get an error) and stops the worker thread

    Transport(const Transport&) = delete;
    Transport& operator=(const Transport&) = delete;

    using Callback = std::function<void(Result<TransportResponse>)>;
    // Starts a transfer; callback runs once, on the transport's thread, and must not block (it may call
    // start(), never fetch()). Every request carries its own options; connections are reused between
    // requests to the same server with the same TLS settings.
    // An HTTP status >= 400 is a response, not an error; a transport failure is an error.
    void start(TransportRequest request, Callback callback);

    // Blocks the calling thread until the transfer is done (a std::future the callback fulfils). Never
    // call it on the GUI thread: a slow server would freeze the screen for up to options.timeout. Called
    // from a callback (the transport's own thread) it would wait for itself: it fails at once instead.
    Result<TransportResponse> fetch(TransportRequest request);

    // Transfers running or queued now (for tests and the health panel).
    int activeTransfers() const;

private:
    std::unique_ptr<internal::CurlMultiLoop> m_loop;
};

} // namespace ioc
