// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/smsgateway.h"

#include "connect/jsonpointer.h"
#include "core/redaction.h"
#include "notify/internal/notifytext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <future>

namespace ioc {

namespace {

Result<QString> textAt(const QJsonObject& object, const QString& key, const QString& path, QString fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isString())
        return fail(NotifyText::tr("%1.%2: a text is expected").arg(path, key));
    return value.toString();
}

QString jsonText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
}

QString excerpt(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200)
        text += QStringLiteral("…");
    return text;
}

} // namespace

Result<SmsGatewayConfig> SmsGatewayConfig::fromJson(const QJsonObject& gateway)
{
    const QString path = QStringLiteral("sms");
    static const QStringList known = {QStringLiteral("url"), QStringLiteral("method"), QStringLiteral("format"),
                                      QStringLiteral("fields"), QStringLiteral("sender"), QStringLiteral("success"),
                                      QStringLiteral("transport")};
    for (auto it = gateway.begin(); it != gateway.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(NotifyText::tr("%1.%2: unknown key (known keys: %3)").arg(path, it.key(), known.join(QLatin1String(", "))));
    }
    SmsGatewayConfig config;
    Result<QString> url = textAt(gateway, QStringLiteral("url"), path, {});
    if (!url)
        return url.error();
    config.url = QUrl(url.value());
    const QString scheme = config.url.scheme().toLower();
    if (url.value().isEmpty() || !config.url.isValid() || config.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return fail(NotifyText::tr("%1.url: an http:// or https:// address is expected").arg(path));

    Result<QString> method = textAt(gateway, QStringLiteral("method"), path, QStringLiteral("POST"));
    if (!method)
        return method.error();
    if (method.value() != QLatin1String("POST") && method.value() != QLatin1String("PUT"))
        return fail(NotifyText::tr("%1.method: POST or PUT is expected").arg(path));
    config.method = method.value().toLatin1();

    Result<QString> format = textAt(gateway, QStringLiteral("format"), path, QStringLiteral("json"));
    if (!format)
        return format.error();
    if (format.value() == QLatin1String("json"))
        config.format = Format::Json;
    else if (format.value() == QLatin1String("form"))
        config.format = Format::Form;
    else
        return fail(NotifyText::tr("%1.format: json or form is expected").arg(path));

    const QJsonObject fields = gateway.value(QStringLiteral("fields")).toObject();
    const QString fieldsPath = path + QStringLiteral(".fields");
    for (auto [key, target] : {std::pair{QStringLiteral("to"), &config.toField},
                               std::pair{QStringLiteral("text"), &config.textField},
                               std::pair{QStringLiteral("sender"), &config.senderField}}) {
        Result<QString> name = textAt(fields, key, fieldsPath, *target);
        if (!name)
            return name.error();
        *target = name.value();
    }
    if (config.toField.isEmpty() || config.textField.isEmpty())
        return fail(NotifyText::tr("%1: the \"to\" and \"text\" field names cannot be empty").arg(fieldsPath));

    Result<QString> sender = textAt(gateway, QStringLiteral("sender"), path, {});
    if (!sender)
        return sender.error();
    config.sender = sender.value();

    const QJsonObject success = gateway.value(QStringLiteral("success")).toObject();
    Result<QString> pointer = textAt(success, QStringLiteral("pointer"), path + QStringLiteral(".success"), {});
    if (!pointer)
        return pointer.error();
    if (!isValidJsonPointer(pointer.value()))
        return fail(NotifyText::tr("%1.success.pointer: a JSON Pointer (\"/status\") is expected").arg(path));
    config.successPointer = pointer.value();
    if (success.contains(QStringLiteral("equals")))
        config.successValue = jsonText(success.value(QStringLiteral("equals")));

    Result<TransportOptions> transport = TransportOptions::fromJson(gateway.value(QStringLiteral("transport")).toObject());
    if (!transport)
        return transport.error();
    config.transport = transport.value();
    return config;
}

SmsGateway::SmsGateway(Transport& transport, SmsGatewayConfig config)
    : m_transport(transport)
    , m_config(std::move(config))
{
}

QString SmsGateway::normalizedNumber(const QString& number)
{
    QString digits = number.trimmed();
    digits.remove(QRegularExpression(QStringLiteral("[\\s.\\-()]")));
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9]{6,15}$"));
    return pattern.match(digits).hasMatch() ? digits : QString();
}

Result<QString> SmsGateway::send(const QString& number, const QString& text, const std::atomic<bool>* cancel) const
{
    const QString where = m_config.url.isEmpty() ? NotifyText::tr("(no SMS gateway)") : redactedUrl(m_config.url);
    const QString to = normalizedNumber(number);
    if (to.isEmpty())
        return fail(NotifyText::tr("\"%1\" is not a phone number").arg(number));

    TransportRequest request;
    request.url = m_config.url;
    request.method = m_config.method;
    request.options = m_config.transport;
    const bool withSender = !m_config.senderField.isEmpty() && !m_config.sender.isEmpty();
    if (m_config.format == SmsGatewayConfig::Format::Json) {
        QJsonObject body{{m_config.toField, to}, {m_config.textField, text}};
        if (withSender)
            body.insert(m_config.senderField, m_config.sender);
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    } else {
        auto pair = [](const QString& name, const QString& value) {
            return QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        };
        request.body = pair(m_config.toField, to) + '&' + pair(m_config.textField, text);
        if (withSender)
            request.body += '&' + pair(m_config.senderField, m_config.sender);
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded; charset=utf-8")));
    }
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));

    // start() and a shared promise rather than fetch(), so that a cancel is noticed while the gateway is slow;
    // the callback may still run after we gave up: it owns its share of the promise.
    auto promise = std::make_shared<std::promise<Result<TransportResponse>>>();
    std::future<Result<TransportResponse>> future = promise->get_future();
    m_transport.start(std::move(request), [promise](Result<TransportResponse> result) {
        promise->set_value(std::move(result));
    });
    while (future.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
        if (cancel && cancel->load())
            return fail(NotifyText::tr("%1: sending was cancelled").arg(where));
    }
    Result<TransportResponse> result = future.get();
    if (!result)
        return result.error(); // the transport's message names the URL and hides the secrets
    const TransportResponse& response = result.value();
    if (!response.isSuccess() || response.status == 0)
        return fail(redactCredentials(NotifyText::tr("%1: the gateway answered HTTP %2 (%3)")
                                          .arg(where).arg(response.status).arg(excerpt(response.body))));
    if (!m_config.successPointer.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(redactCredentials(NotifyText::tr("%1: the gateway's answer is not JSON (%2)").arg(where, excerpt(response.body))));
        const QJsonValue root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        const std::optional<QJsonValue> value = resolveJsonPointer(root, m_config.successPointer);
        const QString got = value ? jsonText(*value) : NotifyText::tr("(absent)");
        if (!value || got != m_config.successValue)
            return fail(redactCredentials(NotifyText::tr("%1: the gateway answered HTTP %2 but %3 is %4, not %5 (%6)")
                                              .arg(where).arg(response.status)
                                              .arg(m_config.successPointer, got, m_config.successValue, excerpt(response.body))));
    }
    return NotifyText::tr("HTTP %1").arg(response.status);
}

} // namespace ioc
