// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The mqtt connector's configuration (mqtt.json's configSchema), read into checked values.

#include "core/domain.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ioc {

enum class MqttTimeFormat { Iso8601, EpochSeconds, EpochMilliseconds };

struct MqttSubscription {
    QString topic;                  // a topic filter, "+" and "#" allowed: "ioc/rain/+/reading"
    int assetTopicLevel = -1;       // the asset id is this level of the topic (0 = first); -1: use assetPointer
    QString assetPointer;           // JSON Pointer to the asset id in the payload (a string or an integer)
    AssetKind assetKind = AssetKind::RainGauge;
    QList<std::pair<QString, QString>> metrics; // (metric name, JSON Pointer to its number), in config order
    QString timePointer;            // empty: the time of receipt (the context's clock)
    MqttTimeFormat timeFormat = MqttTimeFormat::Iso8601;
};

struct MqttConfig {
    QString host = QStringLiteral("127.0.0.1");
    int port = 1883;
    QString clientId;               // stable, so the broker keeps the session across reconnects
    QString username;
    QString password;               // resolved from "password" or the variable named by "passwordEnv"; never logged
    bool tls = false;
    QString caFile;                 // empty with TLS: the system's certificates
    bool tlsVerify = true;
    int keepAliveSeconds = 30;
    int qos = 1;
    bool cleanSession = false;
    int reconnectMinSeconds = 1;
    int reconnectMaxSeconds = 60;
    int batchMessages = 1000;       // deliver when this many messages wait…
    int batchMilliseconds = 100;    // …or when the oldest waited this long
    QList<MqttSubscription> subscriptions;

    // connectorId gives the default client id ("iocdesk-<id>"). The error names the setting.
    static Result<MqttConfig> fromJson(const QJsonObject& json, const QString& connectorId);
};

} // namespace ioc
