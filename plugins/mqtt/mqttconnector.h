// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The mqtt connector (subscribe mode): libmosquitto's network thread receives and maps messages into a
// buffer; a flush thread of ours hands the buffer to ConnectorContext::deliver() every batchMilliseconds
// or batchMessages, whichever comes first. A batch the host could not commit is kept and offered again:
// nothing that was received is dropped while the connector lives.
//
// Threads: subscribe()/unsubscribe() and the destructor run on the host's worker thread for this
// connector; the on* callbacks on libmosquitto's thread (mosquitto_loop_start); flushLoop() on
// m_flushThread.

#include "mqttconfig.h"
#include "mqttmapper.h"

#include "connect/connector.h"

#include <QSet>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

struct mosquitto;
struct mosquitto_message;

namespace ioc {

class MqttConnector final : public Connector {
public:
    MqttConnector(ConnectorContext& context, MqttConfig config);
    ~MqttConnector() override;

    Mode mode() const override { return Mode::Subscribe; }
    Result<void> subscribe(const QByteArray& checkpoint) override;
    void unsubscribe() override;

private:
    static void onConnect(mosquitto*, void* self, int rc);
    static void onDisconnect(mosquitto*, void* self, int rc);
    static void onMessage(mosquitto*, void* self, const mosquitto_message* message);
    static void onLog(mosquitto*, void* self, int level, const char* text);

    void handleConnect(int rc);
    void handleDisconnect(int rc);
    void handleMessage(const mosquitto_message& message);
    void failed(const QString& reason); // reports once per outage
    QString describeError(int rc);      // libmosquitto's text, with OpenSSL's own for a TLS error
    void flushLoop();
    void reportIfConnectionOverdue(std::unique_lock<std::mutex>& lock); // lock holds m_mutex
    bool deliverSending(); // true when m_sending was committed (or empty)

    ConnectorContext& m_context;
    const MqttConfig m_config;
    const MqttMapper m_mapper;
    const QString m_broker; // "host:port", for messages

    mosquitto* m_mosquitto = nullptr; // created in subscribe(), destroyed in the destructor
    std::thread m_flushThread;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<ConnectorBatch> m_ready;       // guarded by m_mutex: full batches (batchMessages each), oldest first
    ConnectorBatch m_filling;            // guarded by m_mutex: written by the network thread
    qsizetype m_fillingMessages = 0;     // guarded by m_mutex
    std::chrono::steady_clock::time_point m_fillingSince; // guarded by m_mutex: first message of m_filling
    QSet<QString> m_knownAssets;         // guarded by m_mutex: assets already sent as records this run
    bool m_stopFlushing = false;         // guarded by m_mutex
    bool m_failed = false;               // guarded by m_mutex: an outage was reported, not yet recovered
    bool m_connected = false;            // guarded by m_mutex: the broker accepted the connection
    std::chrono::steady_clock::time_point m_disconnectedSince; // guarded by m_mutex
    QString m_lastLibraryError;          // guarded by m_mutex: libmosquitto's last error log line (OpenSSL's reason)

    ConnectorBatch m_sending;            // the flush thread's (and after it stopped, unsubscribe()'s)
};

} // namespace ioc
