// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/transport.h"

#include "connect/internal/curlmultiloop.h"
#include "connect/internal/curltext.h"
#include "connect/logcategories.h"
#include "core/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <future>
#include <mutex>

namespace ioc {

namespace {

// The keys fromJson knows, per object; anything else is an error naming the key.
const QStringList kTopKeys = {QStringLiteral("tls"), QStringLiteral("auth"), QStringLiteral("proxy"),
                              QStringLiteral("sshKnownHosts"),
                              QStringLiteral("timeoutSeconds"), QStringLiteral("connectTimeoutSeconds"),
                              QStringLiteral("lowSpeedBytesPerSecond"), QStringLiteral("lowSpeedSeconds"),
                              QStringLiteral("maxBodyMegabytes"), QStringLiteral("http2"), QStringLiteral("gzip")};
const QStringList kTlsKeys = {QStringLiteral("caFile"), QStringLiteral("verify"), QStringLiteral("clientCertificate"),
                              QStringLiteral("clientKey"), QStringLiteral("keyPassword"),
                              QStringLiteral("keyPasswordEnv")};
const QStringList kAuthKeys = {QStringLiteral("type"), QStringLiteral("user"), QStringLiteral("password"),
                               QStringLiteral("passwordEnv"), QStringLiteral("token"), QStringLiteral("tokenEnv"),
                               QStringLiteral("header"), QStringLiteral("query")};

// Reads one JSON object's members with the error naming "transport.<path>.<key>".
class Reader {
public:
    Reader(const QJsonObject& object, QString path) : m_object(object), m_path(std::move(path)) {}

    QString where(const QString& key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const QString& key) const { return m_object.contains(key); }

    Result<void> onlyKnown(const QStringList& known) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(TransportText::tr("%1: unknown key (known keys: %2)")
                                .arg(where(it.key()), known.join(QLatin1String(", "))));
        }
        return {};
    }

    Result<QString> text(const QString& key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return QString();
        if (!value.isString())
            return fail(TransportText::tr("%1: a text is expected").arg(where(key)));
        return value.toString();
    }

    Result<bool> flag(const QString& key, bool fallback) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            return fail(TransportText::tr("%1: true or false is expected").arg(where(key)));
        return value.toBool();
    }

    // A number > 0 and <= max, or fallback when absent.
    Result<double> positive(const QString& key, double fallback, double max) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble() || !(value.toDouble() > 0) || value.toDouble() > max)
            return fail(TransportText::tr("%1: a number greater than 0 and at most %2 is expected")
                            .arg(where(key)).arg(max));
        return value.toDouble();
    }

    // A secret given inline (key) or as the name of an environment variable (key + "Env").
    Result<QString> secret(const QString& key) const
    {
        const QString envKey = key + QLatin1String("Env");
        if (has(key) && has(envKey))
            return fail(TransportText::tr("%1: give either %2 or %3, not both").arg(m_path, key, envKey));
        if (has(envKey)) {
            Result<QString> name = text(envKey);
            if (!name)
                return name.error();
            if (name.value().isEmpty())
                return fail(TransportText::tr("%1: the name of an environment variable is expected").arg(where(envKey)));
            const QByteArray variable = name.value().toLocal8Bit();
            if (!qEnvironmentVariableIsSet(variable.constData()))
                return fail(TransportText::tr("%1: the environment variable %2 is not set")
                                .arg(where(envKey), name.value()));
            return qEnvironmentVariable(variable.constData());
        }
        return text(key);
    }

    Result<QJsonObject> object(const QString& key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return QJsonObject();
        if (!value.isObject())
            return fail(TransportText::tr("%1: an object is expected").arg(where(key)));
        return value.toObject();
    }

private:
    QJsonObject m_object;
    QString m_path;
};

// Logs the "verification is off" warning once per distinct transport configuration, not at every poll.
void warnVerificationOff(const QJsonObject& transport)
{
    static std::mutex mutex;
    static QSet<size_t> warned;
    const size_t key = qHash(QJsonDocument(transport).toJson(QJsonDocument::Compact));
    std::lock_guard lock(mutex);
    if (warned.contains(key))
        return;
    warned.insert(key);
    qCWarning(lcTransport) << "TLS certificate verification is OFF for a connector (transport.tls.verify is "
                              "false): its server's identity is not checked";
}

} // namespace

Result<TransportOptions> TransportOptions::fromJson(const QJsonObject& transport)
{
    TransportOptions options;
    const Reader top(transport, QStringLiteral("transport"));
    if (Result<void> known = top.onlyKnown(kTopKeys); !known)
        return known.error();

    // TLS
    Result<QJsonObject> tlsObject = top.object(QStringLiteral("tls"));
    if (!tlsObject)
        return tlsObject.error();
    const Reader tls(tlsObject.value(), QStringLiteral("transport.tls"));
    if (Result<void> known = tls.onlyKnown(kTlsKeys); !known)
        return known.error();
    Result<bool> verify = tls.flag(QStringLiteral("verify"), true);
    Result<QString> caFile = tls.text(QStringLiteral("caFile"));
    Result<QString> certificate = tls.text(QStringLiteral("clientCertificate"));
    Result<QString> key = tls.text(QStringLiteral("clientKey"));
    Result<QString> keyPassword = tls.secret(QStringLiteral("keyPassword"));
    for (const Result<QString>* r : {&caFile, &certificate, &key, &keyPassword}) {
        if (!*r)
            return r->error();
    }
    if (!verify)
        return verify.error();
    options.verifyPeer = options.verifyHost = verify.value();
    if (!verify.value())
        warnVerificationOff(transport);
    options.caFile = caFile.value();
    options.clientCertificate = certificate.value();
    options.clientKey = key.value();
    options.keyPassword = keyPassword.value();
    if (!options.clientKey.isEmpty() && options.clientCertificate.isEmpty())
        return fail(TransportText::tr("%1: a client key needs a client certificate (%2)")
                        .arg(tls.where(QStringLiteral("clientKey")), tls.where(QStringLiteral("clientCertificate"))));

    // Authentication
    Result<QJsonObject> authObject = top.object(QStringLiteral("auth"));
    if (!authObject)
        return authObject.error();
    const Reader auth(authObject.value(), QStringLiteral("transport.auth"));
    if (Result<void> known = auth.onlyKnown(kAuthKeys); !known)
        return known.error();
    Result<QString> type = auth.text(QStringLiteral("type"));
    Result<QString> user = auth.text(QStringLiteral("user"));
    Result<QString> password = auth.secret(QStringLiteral("password"));
    Result<QString> token = auth.secret(QStringLiteral("token"));
    Result<QString> header = auth.text(QStringLiteral("header"));
    Result<QString> query = auth.text(QStringLiteral("query"));
    for (const Result<QString>* r : {&type, &user, &password, &token, &header, &query}) {
        if (!*r)
            return r->error();
    }
    const QString typeName = type.value().isEmpty() ? QStringLiteral("none") : type.value();
    auto required = [&](const QString& key, const QString& value) -> Result<void> {
        if (value.isEmpty())
            return fail(TransportText::tr("%1: required for authentication of type \"%2\"")
                            .arg(auth.where(key), typeName));
        return {};
    };
    if (typeName == QLatin1String("none")) {
        options.auth = Auth::None;
    } else if (typeName == QLatin1String("basic")) {
        options.auth = Auth::Basic;
        if (Result<void> r = required(QStringLiteral("user"), user.value()); !r)
            return r.error();
        if (Result<void> r = required(QStringLiteral("password"), password.value()); !r)
            return r.error();
    } else if (typeName == QLatin1String("bearer")) {
        options.auth = Auth::Bearer;
        if (Result<void> r = required(QStringLiteral("token"), token.value()); !r)
            return r.error();
    } else if (typeName == QLatin1String("apiKey")) {
        if (Result<void> r = required(QStringLiteral("token"), token.value()); !r)
            return r.error();
        if (header.value().isEmpty() == query.value().isEmpty())
            return fail(TransportText::tr("%1: an API key goes either in a header (%2) or in a query parameter (%3)")
                            .arg(auth.where(QStringLiteral("type")), auth.where(QStringLiteral("header")),
                                 auth.where(QStringLiteral("query"))));
        options.auth = header.value().isEmpty() ? Auth::ApiKeyQuery : Auth::ApiKeyHeader;
        options.apiKeyName = header.value().isEmpty() ? query.value() : header.value();
    } else {
        return fail(TransportText::tr("%1: \"%2\" is not an authentication type (none, basic, bearer, apiKey)")
                        .arg(auth.where(QStringLiteral("type")), typeName));
    }
    options.user = user.value();
    options.password = password.value();
    options.token = token.value();

    // Network
    Result<QString> proxy = top.text(QStringLiteral("proxy"));
    if (!proxy)
        return proxy.error();
    options.proxy = proxy.value();
    Result<QString> knownHosts = top.text(QStringLiteral("sshKnownHosts"));
    if (!knownHosts)
        return knownHosts.error();
    options.sshKnownHosts = knownHosts.value();
    Result<double> timeout = top.positive(QStringLiteral("timeoutSeconds"), 30, 24 * 3600);
    Result<double> connectTimeout = top.positive(QStringLiteral("connectTimeoutSeconds"), 10, 3600);
    Result<double> lowSpeedBytes = top.positive(QStringLiteral("lowSpeedBytesPerSecond"), 1, 1e9);
    Result<double> lowSpeedSeconds = top.positive(QStringLiteral("lowSpeedSeconds"), 20, 3600);
    Result<double> maxBody = top.positive(QStringLiteral("maxBodyMegabytes"), 64, 4096);
    for (const Result<double>* r : {&timeout, &connectTimeout, &lowSpeedBytes, &lowSpeedSeconds, &maxBody}) {
        if (!*r)
            return r->error();
    }
    options.timeout = std::chrono::milliseconds(qint64(timeout.value() * 1000));
    options.connectTimeout = std::chrono::milliseconds(qint64(connectTimeout.value() * 1000));
    options.lowSpeedBytes = qint64(lowSpeedBytes.value());
    options.lowSpeedTime = std::chrono::seconds(std::max<qint64>(1, qint64(lowSpeedSeconds.value())));
    options.maxBodyBytes = qint64(maxBody.value() * 1024 * 1024);
    Result<bool> http2 = top.flag(QStringLiteral("http2"), true);
    Result<bool> gzip = top.flag(QStringLiteral("gzip"), true);
    if (!http2)
        return http2.error();
    if (!gzip)
        return gzip.error();
    options.http2 = http2.value();
    options.gzip = gzip.value();
    return options;
}

QByteArray TransportResponse::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

Transport::Transport()
    : m_loop(std::make_unique<internal::CurlMultiLoop>())
{
}

Transport::~Transport() = default;

void Transport::start(TransportRequest request, Callback callback)
{
    m_loop->add(std::move(request), std::move(callback));
}

Result<TransportResponse> Transport::fetch(TransportRequest request)
{
    if (m_loop->isLoopThread())
        return fail(TransportText::tr("%1: fetch() was called from a transport callback, where it would wait "
                                      "for itself; use start()").arg(redactedUrl(request.url)));
    // The promise is kept alive by the callback; the loop calls it exactly once, "cancelled" included.
    auto promise = std::make_shared<std::promise<Result<TransportResponse>>>();
    std::future<Result<TransportResponse>> future = promise->get_future();
    m_loop->add(std::move(request),
                [promise](Result<TransportResponse> result) { promise->set_value(std::move(result)); });
    return future.get();
}

int Transport::activeTransfers() const
{
    return m_loop->activeTransfers();
}

} // namespace ioc
