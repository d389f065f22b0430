// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttconnector.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <mosquitto.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace ioc {

namespace {
struct MqttText {
    Q_DECLARE_TR_FUNCTIONS(MqttText)
};

constexpr int kFinalDeliveryAttempts = 3;
// libmosquitto retries a failed (re)connection on its own thread without a callback (a TLS handshake that
// fails, a refusal after the first attempt): not connected for this long is reported as a failure.
constexpr auto kConnectTimeout = std::chrono::seconds(5);

void initialiseLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

// libmosquitto's error text for an errno-style result (MOSQ_ERR_ERRNO): "Connection refused".
QString errorText(int rc)
{
    if (rc == MOSQ_ERR_ERRNO)
        return QString::fromLocal8Bit(strerror(errno));
    return QString::fromUtf8(mosquitto_strerror(rc));
}
} // namespace

MqttConnector::MqttConnector(ConnectorContext& context, MqttConfig config)
    : m_context(context),
      m_config(std::move(config)),
      m_mapper(m_config.subscriptions, context.connectorId()),
      m_broker(QStringLiteral("%1:%2").arg(m_config.host).arg(m_config.port))
{
    m_filling.records.source = context.connectorId();
    m_sending.records.source = context.connectorId();
}

MqttConnector::~MqttConnector()
{
    unsubscribe();
    if (m_mosquitto)
        mosquitto_destroy(m_mosquitto);
    qsizetype left = m_sending.size() + m_filling.size();
    for (const ConnectorBatch& batch : m_ready)
        left += batch.size();
    if (left > 0)
        qCWarning(m_context.logCategory()) << "mqtt" << m_context.connectorId() << ": closed with" << left
                                           << "records the host did not commit";
}

Result<void> MqttConnector::subscribe(const QByteArray&)
{
    if (m_flushThread.joinable())
        return {};
    initialiseLibrary();
    if (!m_mosquitto) {
        const QByteArray clientId = m_config.clientId.toUtf8();
        m_mosquitto = mosquitto_new(clientId.constData(), m_config.cleanSession, this);
        if (!m_mosquitto)
            return fail(MqttText::tr("cannot create an MQTT client: %1").arg(errorText(MOSQ_ERR_ERRNO)));
        mosquitto_int_option(m_mosquitto, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
        mosquitto_connect_callback_set(m_mosquitto, &MqttConnector::onConnect);
        mosquitto_disconnect_callback_set(m_mosquitto, &MqttConnector::onDisconnect);
        mosquitto_message_callback_set(m_mosquitto, &MqttConnector::onMessage);
        // Only while not connected: libmosquitto formats a debug line for every packet when a log
        // callback is set, which costs a third of the throughput.
        mosquitto_log_callback_set(m_mosquitto, &MqttConnector::onLog);
        mosquitto_reconnect_delay_set(m_mosquitto, unsigned(m_config.reconnectMinSeconds),
                                      unsigned(m_config.reconnectMaxSeconds), true);
        if (!m_config.username.isEmpty()) {
            const QByteArray user = m_config.username.toUtf8();
            const QByteArray password = m_config.password.toUtf8();
            if (int rc = mosquitto_username_pw_set(m_mosquitto, user.constData(),
                                                   m_config.password.isEmpty() ? nullptr : password.constData());
                rc != MOSQ_ERR_SUCCESS)
                return fail(MqttText::tr("username: %1").arg(errorText(rc)));
        }
        if (m_config.tls) {
            const QByteArray caFile = m_config.caFile.toLocal8Bit();
            if (m_config.caFile.isEmpty())
                mosquitto_int_option(m_mosquitto, MOSQ_OPT_TLS_USE_OS_CERTS, 1);
            else if (int rc = mosquitto_tls_set(m_mosquitto, caFile.constData(), nullptr, nullptr, nullptr, nullptr);
                     rc != MOSQ_ERR_SUCCESS)
                return fail(MqttText::tr("tls/caFile: cannot use '%1': %2").arg(m_config.caFile, errorText(rc)));
            // Verification off is a deliberate, logged choice of the configuration (test brokers only).
            mosquitto_tls_opts_set(m_mosquitto, m_config.tlsVerify ? 1 : 0, nullptr, nullptr);
            mosquitto_tls_insecure_set(m_mosquitto, !m_config.tlsVerify);
            if (!m_config.tlsVerify)
                qCWarning(m_context.logCategory()) << "mqtt" << m_context.connectorId()
                                                   << ": TLS certificate verification is off for" << m_broker;
        }
    }

    {
        std::lock_guard lock(m_mutex);
        m_stopFlushing = false;
        m_connected = false;
        m_disconnectedSince = std::chrono::steady_clock::now();
    }
    m_flushThread = std::thread([this] { flushLoop(); });

    const QByteArray host = m_config.host.toUtf8();
    // A refused first attempt is not fatal: the network thread keeps trying with the back-off.
    if (int rc = mosquitto_connect_async(m_mosquitto, host.constData(), m_config.port, m_config.keepAliveSeconds);
        rc != MOSQ_ERR_SUCCESS)
        failed(MqttText::tr("cannot connect to the MQTT broker %1: %2").arg(m_broker, describeError(rc)));
    if (int rc = mosquitto_loop_start(m_mosquitto); rc != MOSQ_ERR_SUCCESS) {
        unsubscribe();
        return fail(MqttText::tr("cannot start the MQTT network thread: %1").arg(errorText(rc)));
    }
    qCInfo(m_context.logCategory()) << "mqtt" << m_context.connectorId() << ": subscribing at" << m_broker
                                    << "as" << m_config.clientId;
    return {};
}

void MqttConnector::unsubscribe()
{
    if (!m_flushThread.joinable())
        return;
    // Stop receiving first, so that what the broker already handed us is all in the buffer…
    mosquitto_disconnect(m_mosquitto);
    mosquitto_loop_stop(m_mosquitto, false);
    // …then let the flush thread deliver it.
    {
        std::lock_guard lock(m_mutex);
        m_stopFlushing = true;
    }
    m_wake.notify_all();
    m_flushThread.join();
}

void MqttConnector::onConnect(mosquitto*, void* self, int rc) { static_cast<MqttConnector*>(self)->handleConnect(rc); }
void MqttConnector::onDisconnect(mosquitto*, void* self, int rc) { static_cast<MqttConnector*>(self)->handleDisconnect(rc); }
void MqttConnector::onMessage(mosquitto*, void* self, const mosquitto_message* message)
{
    static_cast<MqttConnector*>(self)->handleMessage(*message);
}

void MqttConnector::onLog(mosquitto*, void* self, int level, const char* text)
{
    if (level & MOSQ_LOG_ERR) {
        auto* connector = static_cast<MqttConnector*>(self);
        std::lock_guard lock(connector->m_mutex);
        connector->m_lastLibraryError = QString::fromUtf8(text);
    }
}

QString MqttConnector::describeError(int rc)
{
    QString text = errorText(rc);
    if (rc == MOSQ_ERR_TLS) {
        // "OpenSSL Error[0]: error:0A000086:SSL routines::certificate verify failed"
        std::lock_guard lock(m_mutex);
        if (!m_lastLibraryError.isEmpty())
            text += QStringLiteral(" (%1)").arg(m_lastLibraryError);
    }
    return text;
}

void MqttConnector::failed(const QString& reason)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_failed)
            return;
        m_failed = true;
    }
    qCWarning(m_context.logCategory()).noquote() << "mqtt" << m_context.connectorId() << ":" << reason;
    m_context.reportFailure(reason);
}

void MqttConnector::handleConnect(int rc)
{
    if (rc != 0) {
        // CONNACK refused: not authorised, bad client id… The text never carries the password.
        failed(MqttText::tr("the MQTT broker %1 refused the connection: %2")
                   .arg(m_broker, QString::fromUtf8(mosquitto_connack_string(rc))));
        return;
    }
    mosquitto_log_callback_set(m_mosquitto, nullptr);
    for (const MqttSubscription& subscription : m_config.subscriptions) {
        const QByteArray topic = subscription.topic.toUtf8();
        if (int result = mosquitto_subscribe(m_mosquitto, nullptr, topic.constData(), m_config.qos); result != MOSQ_ERR_SUCCESS)
            qCWarning(m_context.logCategory()) << "mqtt" << m_context.connectorId() << ": cannot subscribe to"
                                               << subscription.topic << ":" << errorText(result);
    }
    bool recovered = false;
    {
        std::lock_guard lock(m_mutex);
        recovered = std::exchange(m_failed, false);
        m_connected = true;
        m_lastLibraryError.clear();
    }
    qCInfo(m_context.logCategory()) << "mqtt" << m_context.connectorId() << ": connected to" << m_broker;
    if (recovered)
        m_context.reportRecovered();
}

void MqttConnector::handleDisconnect(int rc)
{
    mosquitto_log_callback_set(m_mosquitto, &MqttConnector::onLog);
    {
        std::lock_guard lock(m_mutex);
        m_connected = false;
        m_disconnectedSince = std::chrono::steady_clock::now();
    }
    if (rc == 0)
        return; // we asked for it (unsubscribe)
    failed(MqttText::tr("lost the connection to the MQTT broker %1: %2").arg(m_broker, describeError(rc)));
}

void MqttConnector::handleMessage(const mosquitto_message& message)
{
    const QString topic = QString::fromUtf8(message.topic);
    const QByteArray payload(static_cast<const char*>(message.payload), message.payloadlen);
    MqttMapped mapped = m_mapper.map(topic, payload, m_context.clock().now());

    bool wake = false; // the first message starts the batch's clock, a full batch goes at once
    {
        std::lock_guard lock(m_mutex);
        if (m_fillingMessages == 0) {
            m_fillingSince = std::chrono::steady_clock::now();
            wake = true;
        }
        ++m_fillingMessages;
        if (mapped.quarantined) {
            m_filling.quarantined.append(std::move(*mapped.quarantined));
        } else {
            // Ingest refuses observations of an asset it does not know: the first message of each asset
            // also brings the asset (named by its id) in the same batch.
            if (!m_knownAssets.contains(mapped.assetId)) {
                m_knownAssets.insert(mapped.assetId);
                Asset asset;
                asset.key = RecordKey{m_context.connectorId(), mapped.assetId};
                asset.kind = mapped.assetKind;
                asset.name = mapped.assetId;
                m_filling.records.assets.append(std::move(asset));
            }
            for (Observation& observation : mapped.observations) {
                if (!m_filling.dataTime.isValid() || m_filling.dataTime < observation.time)
                    m_filling.dataTime = observation.time;
                m_filling.records.observations.append(std::move(observation));
            }
        }
        if (m_fillingMessages >= m_config.batchMessages) {
            m_ready.append(std::exchange(m_filling, ConnectorBatch{}));
            m_filling.records.source = m_context.connectorId();
            m_fillingMessages = 0;
            wake = true;
        }
    }
    if (wake)
        m_wake.notify_one();
}

bool MqttConnector::deliverSending()
{
    if (m_sending.size() == 0)
        return true;
    if (auto delivered = m_context.deliver(m_sending); !delivered) {
        qCWarning(m_context.logCategory()).noquote() << "mqtt" << m_context.connectorId() << ": the host did not take"
                                                     << m_sending.size() << "records, retrying:" << delivered.errorMessage();
        return false;
    }
    m_sending = ConnectorBatch{};
    m_sending.records.source = m_context.connectorId();
    return true;
}

void MqttConnector::reportIfConnectionOverdue(std::unique_lock<std::mutex>& lock)
{
    if (m_connected || m_failed || m_stopFlushing || std::chrono::steady_clock::now() - m_disconnectedSince < kConnectTimeout)
        return;
    const QString detail = m_lastLibraryError;
    lock.unlock();
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(kConnectTimeout).count();
    failed(detail.isEmpty() ? MqttText::tr("no connection to the MQTT broker %1 after %2 seconds").arg(m_broker).arg(seconds)
                            : MqttText::tr("no connection to the MQTT broker %1 after %2 seconds: %3").arg(m_broker).arg(seconds).arg(detail));
    lock.lock();
}

void MqttConnector::flushLoop()
{
    using namespace std::chrono;
    const auto batchDelay = milliseconds(m_config.batchMilliseconds);
    auto retryDelay = milliseconds(100);
    int finalAttempts = 0;
    for (;;) {
        bool stopping = false;
        if (m_sending.size() == 0) {
            std::unique_lock lock(m_mutex);
            // Wait for a full batch, the oldest message's deadline, or the stop; meanwhile watch the connection.
            while (!m_stopFlushing && m_ready.isEmpty() && m_fillingMessages == 0) {
                m_wake.wait_for(lock, milliseconds(500));
                reportIfConnectionOverdue(lock);
            }
            if (!m_stopFlushing && m_ready.isEmpty())
                m_wake.wait_until(lock, m_fillingSince + batchDelay, [&] { return m_stopFlushing || !m_ready.isEmpty(); });
            stopping = m_stopFlushing;
            if (!m_ready.isEmpty()) {
                m_sending = m_ready.takeFirst();
            } else {
                std::swap(m_sending, m_filling);
                m_fillingMessages = 0;
            }
        } else {
            std::lock_guard lock(m_mutex);
            stopping = m_stopFlushing;
        }
        if (deliverSending()) {
            retryDelay = milliseconds(100);
            if (stopping) {
                std::lock_guard lock(m_mutex);
                if (m_ready.isEmpty() && m_fillingMessages == 0)
                    return;
            }
            continue;
        }
        // Not committed: keep the batch and offer it again after a pause; on stop, a few times only and
        // the rest stays in the connector for the next subscribe().
        if (stopping && ++finalAttempts >= kFinalDeliveryAttempts)
            return;
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, retryDelay, [&] { return m_stopFlushing && !stopping; });
        retryDelay = std::min(retryDelay * 2, duration_cast<milliseconds>(seconds(5)));
    }
}

} // namespace ioc
