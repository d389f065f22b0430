// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttconfig.h"

#include "connect/jsonpointer.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <mosquitto.h>

namespace ioc {

namespace {
struct MqttText {
    Q_DECLARE_TR_FUNCTIONS(MqttText)
};

Result<int> readInt(const QJsonObject& json, const QString& key, int fallback, int minimum, int maximum)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(qQNaN());
    if (!value.isDouble() || number != double(qint64(number)) || number < minimum || number > maximum)
        return fail(MqttText::tr("%1: expected a whole number from %2 to %3").arg(key).arg(minimum).arg(maximum));
    return int(number);
}

Result<MqttSubscription> readSubscription(const QJsonObject& json, const QString& where)
{
    MqttSubscription subscription;
    subscription.topic = json.value(QStringLiteral("topic")).toString();
    const QByteArray topic = subscription.topic.toUtf8();
    if (subscription.topic.isEmpty() || mosquitto_sub_topic_check(topic.constData()) != MOSQ_ERR_SUCCESS)
        return fail(MqttText::tr("%1/topic: '%2' is not an MQTT topic filter").arg(where, subscription.topic));

    const QJsonValue level = json.value(QStringLiteral("assetTopicLevel"));
    subscription.assetPointer = json.value(QStringLiteral("assetPointer")).toString();
    if (!level.isUndefined()) {
        const int levels = int(subscription.topic.count(QLatin1Char('/'))) + 1;
        auto read = readInt(json, QStringLiteral("assetTopicLevel"), -1, 0, levels - 1);
        if (!read)
            return fail(QStringLiteral("%1/%2").arg(where, read.errorMessage()));
        subscription.assetTopicLevel = read.value();
    } else if (!json.contains(QStringLiteral("assetPointer")) || !isValidJsonPointer(subscription.assetPointer)) {
        return fail(MqttText::tr("%1: give assetTopicLevel (a level of the topic) or assetPointer (a JSON Pointer into the message)").arg(where));
    }

    const QString kind = json.value(QStringLiteral("assetKind")).toString(QStringLiteral("rain_gauge"));
    const auto assetKind = fromCode<AssetKind>(kind);
    if (!assetKind)
        return fail(MqttText::tr("%1/assetKind: '%2' is not an asset kind").arg(where, kind));
    subscription.assetKind = *assetKind;

    const QJsonObject metrics = json.value(QStringLiteral("metrics")).toObject();
    if (metrics.isEmpty())
        return fail(MqttText::tr("%1/metrics: name at least one metric and its JSON Pointer").arg(where));
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        const QString pointer = it.value().toString();
        if (it.key().isEmpty() || !it.value().isString() || !isValidJsonPointer(pointer))
            return fail(MqttText::tr("%1/metrics/%2: '%3' is not a JSON Pointer").arg(where, it.key(), pointer));
        subscription.metrics.append({it.key(), pointer});
    }

    const QJsonObject time = json.value(QStringLiteral("time")).toObject();
    if (!time.isEmpty()) {
        subscription.timePointer = time.value(QStringLiteral("pointer")).toString();
        if (!isValidJsonPointer(subscription.timePointer) || subscription.timePointer.isEmpty())
            return fail(MqttText::tr("%1/time/pointer: '%2' is not a JSON Pointer").arg(where, subscription.timePointer));
        const QString format = time.value(QStringLiteral("format")).toString(QStringLiteral("iso8601"));
        if (format == QLatin1String("iso8601"))
            subscription.timeFormat = MqttTimeFormat::Iso8601;
        else if (format == QLatin1String("epoch_s"))
            subscription.timeFormat = MqttTimeFormat::EpochSeconds;
        else if (format == QLatin1String("epoch_ms"))
            subscription.timeFormat = MqttTimeFormat::EpochMilliseconds;
        else
            return fail(MqttText::tr("%1/time/format: '%2' is not iso8601, epoch_s or epoch_ms").arg(where, format));
    }
    return subscription;
}
} // namespace

Result<MqttConfig> MqttConfig::fromJson(const QJsonObject& json, const QString& connectorId)
{
    MqttConfig config;
    config.host = json.value(QStringLiteral("host")).toString(config.host);
    if (config.host.isEmpty())
        return fail(MqttText::tr("host: the broker's host name is missing"));
    auto port = readInt(json, QStringLiteral("port"), config.port, 1, 65535);
    if (!port)
        return port.error();
    config.port = port.value();
    config.clientId = json.value(QStringLiteral("clientId")).toString(QStringLiteral("iocdesk-%1").arg(connectorId));
    if (config.clientId.isEmpty() || config.clientId.toUtf8().size() > 65535)
        return fail(MqttText::tr("clientId: give a stable, non-empty client id"));
    config.username = json.value(QStringLiteral("username")).toString();
    if (json.contains(QStringLiteral("passwordEnv"))) {
        const QString variable = json.value(QStringLiteral("passwordEnv")).toString();
        if (variable.isEmpty() || !qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
            return fail(MqttText::tr("passwordEnv: the environment variable '%1' is not set").arg(variable));
        config.password = qEnvironmentVariable(variable.toLocal8Bit().constData());
    } else {
        config.password = json.value(QStringLiteral("password")).toString();
    }
    if (!config.password.isEmpty() && config.username.isEmpty())
        return fail(MqttText::tr("username: a password is set but no user name"));

    const QJsonObject tls = json.value(QStringLiteral("tls")).toObject();
    config.tls = tls.value(QStringLiteral("enabled")).toBool(false);
    config.caFile = tls.value(QStringLiteral("caFile")).toString();
    config.tlsVerify = tls.value(QStringLiteral("verify")).toBool(true);

    auto keepAlive = readInt(json, QStringLiteral("keepAlive"), config.keepAliveSeconds, 5, 65535);
    if (!keepAlive)
        return keepAlive.error();
    config.keepAliveSeconds = keepAlive.value();
    auto qos = readInt(json, QStringLiteral("qos"), config.qos, 0, 2);
    if (!qos)
        return qos.error();
    config.qos = qos.value();
    config.cleanSession = json.value(QStringLiteral("cleanSession")).toBool(false);

    const QJsonObject reconnect = json.value(QStringLiteral("reconnect")).toObject();
    auto minDelay = readInt(reconnect, QStringLiteral("minSeconds"), config.reconnectMinSeconds, 1, 3600);
    auto maxDelay = readInt(reconnect, QStringLiteral("maxSeconds"), config.reconnectMaxSeconds, 1, 3600);
    if (!minDelay || !maxDelay)
        return fail(QStringLiteral("reconnect/%1").arg(minDelay ? maxDelay.errorMessage() : minDelay.errorMessage()));
    config.reconnectMinSeconds = minDelay.value();
    config.reconnectMaxSeconds = std::max(maxDelay.value(), minDelay.value());

    const QJsonObject batch = json.value(QStringLiteral("batch")).toObject();
    auto messages = readInt(batch, QStringLiteral("maxMessages"), config.batchMessages, 1, 100000);
    auto milliseconds = readInt(batch, QStringLiteral("maxDelayMs"), config.batchMilliseconds, 1, 60000);
    if (!messages || !milliseconds)
        return fail(QStringLiteral("batch/%1").arg(messages ? milliseconds.errorMessage() : messages.errorMessage()));
    config.batchMessages = messages.value();
    config.batchMilliseconds = milliseconds.value();

    const QJsonArray subscriptions = json.value(QStringLiteral("subscriptions")).toArray();
    if (subscriptions.isEmpty())
        return fail(MqttText::tr("subscriptions: subscribe to at least one topic"));
    for (qsizetype i = 0; i < subscriptions.size(); ++i) {
        auto subscription = readSubscription(subscriptions.at(i).toObject(), QStringLiteral("subscriptions/%1").arg(i));
        if (!subscription)
            return subscription.error();
        config.subscriptions.append(std::move(subscription).value());
    }
    return config;
}

} // namespace ioc
