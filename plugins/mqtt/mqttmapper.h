// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns one MQTT message into observations, or into a quarantined record with the reason.
// Pure and thread-safe: called on libmosquitto's network thread.

#include "mqttconfig.h"

#include "connect/connector.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ioc {

struct MqttMapped {
    QList<Observation> observations;             // one per configured metric; empty when quarantined
    QString assetId;                             // the asset the observations belong to
    AssetKind assetKind = AssetKind::RainGauge;
    std::optional<QuarantinedRecord> quarantined; // set when the message cannot be mapped
};

class MqttMapper {
public:
    MqttMapper(QList<MqttSubscription> subscriptions, QString source);

    // receivedAt: the time of receipt, used when the subscription reads no time from the message.
    // A message that matches no subscription is quarantined too (the broker sent what was not asked).
    MqttMapped map(const QString& topic, const QByteArray& payload, const QDateTime& receivedAt) const;

private:
    QList<MqttSubscription> m_subscriptions;
    QString m_source;
};

} // namespace ioc
