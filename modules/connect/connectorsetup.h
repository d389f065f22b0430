// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace ioc {

// One configured connector: which plugin, how often, how it retries, and the plugin's own "config".
// Read from the connectors file (resources/connect/connectors.schema.json, docs/connectors.md).
struct ConnectorInstanceSettings {
    QString id;     // unique; also the `source` of the records it writes
    QString plugin; // the plugin's id ("rest-json")
    QString name;   // shown on the screens; the id when empty
    bool enabled = true;
    std::chrono::milliseconds interval{60000};
    std::chrono::milliseconds staleAfter{180000}; // data older than this is shown as stale (default 3 intervals)
    std::chrono::milliseconds retryInitial{1000};
    std::chrono::milliseconds retryMaximum{300000};
    int breakerFailures = 5;
    std::chrono::milliseconds breakerOpen{120000};
    QJsonObject config;

    QString displayName() const { return name.isEmpty() ? id : name; }
};

// What the connectors file holds. A connector with a problem is left out and its problem listed; the
// others run. problems name the file and the JSON Pointer ("connectors.json: /connectors/2/intervalSeconds: …").
struct ConnectorSetup {
    QList<ConnectorInstanceSettings> connectors;
    QStringList problems;
};

// An unreadable file, or one that is not JSON, is an error (nothing runs from it). Duplicate ids: the
// first one runs, the others are problems.
Result<ConnectorSetup> readConnectorSetup(const QString& path);
Result<ConnectorSetup> parseConnectorSetup(const QByteArray& json, const QString& origin);

} // namespace ioc
