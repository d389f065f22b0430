// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttmapper.h"

#include "connect/jsonpointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <mosquitto.h>

#include <cmath>

namespace ioc {

namespace {
struct MqttText {
    Q_DECLARE_TR_FUNCTIONS(MqttText)
};

QString describeJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String: return QStringLiteral("'%1'").arg(value.toString().left(40));
    case QJsonValue::Array: return MqttText::tr("an array");
    case QJsonValue::Object: return MqttText::tr("an object");
    default: return QString::number(value.toDouble());
    }
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes); // decode() is lazy: the conversion runs here
    return !decoder.hasError();
}

Result<QDateTime> readTime(const QJsonValue& value, MqttTimeFormat format, const QString& where)
{
    if (format == MqttTimeFormat::Iso8601) {
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!value.isString() || !time.isValid())
            return fail(MqttText::tr("%1: %2 is not an ISO 8601 time").arg(where, describeJson(value)));
        return time.toUTC();
    }
    const double number = value.toDouble(qQNaN());
    if (!value.isDouble() || !std::isfinite(number))
        return fail(MqttText::tr("%1: %2 is not a number of seconds or milliseconds since 1970").arg(where, describeJson(value)));
    const double ms = format == MqttTimeFormat::EpochSeconds ? number * 1000.0 : number;
    if (std::fabs(ms) > 253402300799000.0) // after 9999-12-31
        return fail(MqttText::tr("%1: %2 is out of range").arg(where, describeJson(value)));
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(ms)), Qt::UTC);
}
} // namespace

MqttMapper::MqttMapper(QList<MqttSubscription> subscriptions, QString source)
    : m_subscriptions(std::move(subscriptions)), m_source(std::move(source))
{
}

MqttMapped MqttMapper::map(const QString& topic, const QByteArray& payload, const QDateTime& receivedAt) const
{
    MqttMapped mapped;
    const auto quarantine = [&](const QString& reason) {
        mapped.observations.clear();
        mapped.quarantined = QuarantinedRecord{QStringLiteral("observation"), payload, reason};
        return mapped;
    };

    const MqttSubscription* subscription = nullptr;
    const QByteArray topicBytes = topic.toUtf8();
    for (const MqttSubscription& candidate : m_subscriptions) {
        bool matches = false;
        const QByteArray filter = candidate.topic.toUtf8();
        if (mosquitto_topic_matches_sub(filter.constData(), topicBytes.constData(), &matches) == MOSQ_ERR_SUCCESS && matches) {
            subscription = &candidate;
            break;
        }
    }
    if (!subscription)
        return quarantine(MqttText::tr("topic %1: matches no configured subscription").arg(topic));
    mapped.assetKind = subscription->assetKind;

    if (!isValidUtf8(payload))
        return quarantine(MqttText::tr("topic %1: the message is not valid UTF-8").arg(topic));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError)
        return quarantine(MqttText::tr("topic %1: the message is not JSON (%2 at byte %3)").arg(topic, error.errorString()).arg(error.offset));
    if (!document.isObject() && !document.isArray())
        return quarantine(MqttText::tr("topic %1: the message is not a JSON object").arg(topic));
    const QJsonValue root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());

    if (subscription->assetTopicLevel >= 0) {
        mapped.assetId = topic.section(QLatin1Char('/'), subscription->assetTopicLevel, subscription->assetTopicLevel);
        if (mapped.assetId.isEmpty())
            return quarantine(MqttText::tr("topic %1: level %2 (the asset id) is empty").arg(topic).arg(subscription->assetTopicLevel));
    } else {
        const auto asset = resolveJsonPointer(root, subscription->assetPointer);
        if (asset && asset->isString())
            mapped.assetId = asset->toString();
        else if (asset && asset->isDouble() && asset->toDouble() == double(asset->toInteger()))
            mapped.assetId = QString::number(asset->toInteger());
        if (mapped.assetId.isEmpty())
            return quarantine(MqttText::tr("topic %1, field %2: the asset id is missing or not a string")
                                  .arg(topic, subscription->assetPointer));
    }

    QDateTime time = receivedAt.toUTC();
    if (!subscription->timePointer.isEmpty()) {
        const QString where = MqttText::tr("topic %1, field %2").arg(topic, subscription->timePointer);
        const auto value = resolveJsonPointer(root, subscription->timePointer);
        if (!value)
            return quarantine(MqttText::tr("%1: the time is missing").arg(where));
        auto read = readTime(*value, subscription->timeFormat, where);
        if (!read)
            return quarantine(read.errorMessage());
        time = read.value();
    }

    for (const auto& [metric, pointer] : subscription->metrics) {
        const auto value = resolveJsonPointer(root, pointer);
        if (!value)
            return quarantine(MqttText::tr("topic %1, field %2: metric %3 is missing").arg(topic, pointer, metric));
        // QJsonDocument reads numbers too large for a double as infinity.
        if (!value->isDouble() || !std::isfinite(value->toDouble()))
            return quarantine(MqttText::tr("topic %1, field %2: metric %3 is %4, not a finite number")
                                  .arg(topic, pointer, metric, describeJson(*value)));
        mapped.observations.append(Observation{RecordKey{m_source, mapped.assetId}, metric, time, value->toDouble()});
    }
    return mapped;
}

} // namespace ioc
