// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The connector SDK (STYLE.md 7–10): the one interface shared by the host and every connector plugin.
// A plugin depends on this header, transport.h, recordmapper.h and core; never on the store (the host
// writes what a connector hands it).

#include "core/clock.h"
#include "core/recordbatch.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QtPlugin>

#include <memory>

#define IOC_CONNECTOR_IID "org.ioc.Connector/1.0"

namespace ioc {

class Transport;

// A record the connector could not map or that failed validation: kept with its raw payload, exactly as
// received, and the reason. The host stores it in the quarantine table with the batch it came in.
struct QuarantinedRecord {
    QString recordType; // "case", "observation", "position"… or "unknown" when even that is unclear
    QByteArray payload; // raw bytes as received (one JSON object, one CSV line, one MQTT message…)
    QString reason;     // names the field and the problem: "/items/3/time: '31/02/2026' is not a date"
};

// What a connector hands the host at once. The host writes the records, the quarantined ones and the
// checkpoint in one transaction: either all of it is stored or none of it is.
struct ConnectorBatch {
    RecordBatch records;
    QList<QuarantinedRecord> quarantined;
    QByteArray checkpoint; // the cursor after this batch, opaque to the host; empty: keep the previous one
    bool more = false;     // another page is waiting: the host polls again at once, not after the interval
    QDateTime dataTime;    // newest time of the data in the batch (for "data age"); invalid if unknown

    qsizetype size() const { return records.size() + quarantined.size(); }
};

// What the host gives a connector: it outlives the connector. Thread-safe unless said otherwise.
class ConnectorContext {
public:
    virtual ~ConnectorContext() = default;

    virtual QString connectorId() const = 0;          // "paht", as configured; also the records' source
    virtual QJsonObject configuration() const = 0;    // checked against the plugin's configSchema already
    virtual Transport& transport() = 0;               // libcurl, shared by every connector of the host
    virtual const Clock& clock() const = 0;
    virtual const QLoggingCategory& logCategory() const = 0; // ioc.connector.<plugin>
    virtual bool isStopping() const = 0;              // a long poll or loop returns early when true

    // Subscriptions: hands a batch to the host from any thread and returns once it is committed (or
    // failed: then nothing of it is stored and the connector keeps it to deliver again).
    virtual Result<void> deliver(ConnectorBatch batch) = 0;
    // Subscriptions: tells the host the connection failed or came back (health and the breaker).
    virtual void reportFailure(const QString& reason) = 0;
    virtual void reportRecovered() = 0;
};

// One configured connector. Made and destroyed on the host's worker thread for this connector, and called
// only there — except poll() of a connector whose pollsAhead() is true, which may run on another thread
// (never two calls at once). It may start threads of its own (e.g. an MQTT client's network loop).
class Connector {
public:
    enum class Mode { Poll, Subscribe };

    virtual ~Connector() = default;
    virtual Mode mode() const = 0;

    // Poll: called on the interval (and at once again while `more` is set) with the checkpoint of the
    // last committed batch (empty the first time). Must return within the configured timeout: use the
    // transport's timeouts. An error is retried with back-off; nothing of a failed poll is stored.
    virtual Result<ConnectorBatch> poll(const QByteArray& checkpoint);

    // True when poll(cursor) only reads — no file moved, no state advanced — so that the host may fetch the
    // page after a batch while that batch commits (and drop it if the commit fails). Such a poll must not
    // depend on its thread (no QObject timers or sockets made in it). Default false.
    virtual bool pollsAhead() const { return false; }

    // Subscribe: starts listening and returns; batches then go through ConnectorContext::deliver().
    // unsubscribe() stops and returns once no more deliver() calls can happen.
    virtual Result<void> subscribe(const QByteArray& checkpoint);
    virtual void unsubscribe() {}

    // Maps a quarantined payload again (after the configuration was corrected). The default says the
    // connector cannot; the host then leaves the record held.
    virtual Result<RecordBatch> remap(const QuarantinedRecord& record);
};

// The object a plugin exports (Q_PLUGIN_METADATA with IID IOC_CONNECTOR_IID and FILE "<name>.json"):
// the JSON holds the metadata checked against plugins/connector.schema.json before loading.
class ConnectorFactory {
public:
    virtual ~ConnectorFactory() = default;

    // configuration: the instance's "config" object, valid against the plugin's configSchema. An error
    // names the setting at fault.
    virtual Result<std::unique_ptr<Connector>> create(ConnectorContext& context) = 0;
};

} // namespace ioc

Q_DECLARE_INTERFACE(ioc::ConnectorFactory, IOC_CONNECTOR_IID)
