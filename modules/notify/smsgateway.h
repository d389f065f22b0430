// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An SMS gateway reached over HTTP(S): one POST (or PUT) per message, with the field names the gateway
// wants, as JSON or as a form, through ioc::Transport (TLS verification, bearer / API-key auth, time limits).

#include "connect/transport.h"
#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <atomic>

namespace ioc {

struct SmsGatewayConfig {
    QUrl url;                               // http(s)://gateway/api/send
    QByteArray method = "POST";             // POST or PUT
    enum class Format { Json, Form };
    Format format = Format::Json;           // application/json or application/x-www-form-urlencoded
    QString toField = QStringLiteral("to");
    QString textField = QStringLiteral("text");
    QString senderField = QStringLiteral("sender"); // sent only when sender is not empty
    QString sender;                         // the sender name or number the gateway shows
    // Success is a 2xx status; with successPointer also the JSON answer's value there (RFC 6901) equal to
    // successValue (compared as text: "0" matches 0, "true" matches true).
    QString successPointer;
    QString successValue;
    TransportOptions transport;             // tls, auth (bearer / apiKey / basic), time limits

    // {"url", "method": "POST"|"PUT", "format": "json"|"form",
    //  "fields": {"to", "text", "sender"}, "sender", "success": {"pointer", "equals"},
    //  "transport": {… as TransportOptions::fromJson …}}; url is required, the rest optional. Errors name
    // the key ("sms.fields.to: a text is expected").
    static Result<SmsGatewayConfig> fromJson(const QJsonObject& gateway);
};

// Thread-safe; send() blocks the calling thread (never the GUI thread) until the gateway answered, the
// transport's time limit passed or cancel became true (checked every 100 ms).
class SmsGateway {
public:
    SmsGateway(Transport& transport, SmsGatewayConfig config); // transport outlives the gateway
    const SmsGatewayConfig& config() const { return m_config; }

    // number: digits with an optional leading "+" (spaces, dots and dashes are dropped), 6 to 15 digits.
    // The value on success is the gateway's answer in words ("HTTP 200"). Errors name the gateway URL
    // (credentials removed) and the status or cause, with the start of the gateway's answer; the token
    // never appears.
    Result<QString> send(const QString& number, const QString& text, const std::atomic<bool>* cancel = nullptr) const;

    // The number as sent ("+84912345678"), or empty when it is not a phone number.
    static QString normalizedNumber(const QString& number);

private:
    Transport& m_transport;
    SmsGatewayConfig m_config;
};

} // namespace ioc
