// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: sustained MQTT messages per second through the mqtt connector plugin (loaded from its built
// file, as the host loads it), with no loss, against a raw libmosquitto subscriber that only counts.
//   ioc_bench_connect_mqtt PLUGIN_FILE PORT MESSAGES ROUNDS
// A broker must run on 127.0.0.1:PORT (tests/bench/connect_mqtt.sh starts one). Each round publishes
// MESSAGES QoS 1 messages at full speed from a libmosquitto publisher (one JSON object each, 50 gauges)
// and times until the subscriber under test has them all: "live" (subscriber connected, timed from the
// first publish) and "drain" (published while the subscriber was away, timed from its reconnect).
// Result lines:
//   raw mode=live|drain round=… messages=… seconds=… per_second=… publish_seconds=… complete=yes|no
//   connector mode=live|drain round=… messages=… distinct=… batches=… quarantined=… seconds=… per_second=… complete=…
#include "connect/connector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QPluginLoader>
#include <QSet>

#include <mosquitto.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <cstdio>
#include <thread>

using namespace ioc;

namespace {

class BenchContext final : public ConnectorContext {
public:
    explicit BenchContext(QJsonObject config) : m_config(std::move(config)) {}
    QString connectorId() const override { return QStringLiteral("bench"); }
    QJsonObject configuration() const override { return m_config; }
    Transport& transport() override { qFatal("the mqtt connector needs no transport"); }
    const Clock& clock() const override { return m_clock; }
    const QLoggingCategory& logCategory() const override { return m_category; }
    bool isStopping() const override { return false; }
    Result<void> deliver(ConnectorBatch batch) override
    {
        QMutexLocker lock(&m_mutex);
        ++m_batches;
        m_quarantined += batch.quarantined.size();
        for (const Observation& o : batch.records.observations)
            m_keys.insert(o.asset.externalId + u'|' + QString::number(o.time.toMSecsSinceEpoch()));
        m_observations.fetch_add(batch.records.observations.size());
        return {};
    }
    void reportFailure(const QString& reason) override { std::fprintf(stderr, "failure: %s\n", qPrintable(reason)); }
    void reportRecovered() override {}

    qsizetype observations() const { return m_observations.load(); }
    qsizetype distinct() const { QMutexLocker lock(&m_mutex); return m_keys.size(); }
    qsizetype batches() const { QMutexLocker lock(&m_mutex); return m_batches; }
    qsizetype quarantined() const { QMutexLocker lock(&m_mutex); return m_quarantined; }

private:
    QJsonObject m_config;
    SystemClock m_clock;
    QLoggingCategory m_category{"ioc.connector.mqtt"};
    mutable QMutex m_mutex;
    QSet<QString> m_keys;       // guarded by m_mutex
    qsizetype m_batches = 0;     // guarded by m_mutex
    qsizetype m_quarantined = 0; // guarded by m_mutex
    std::atomic<qsizetype> m_observations{0};
};

mosquitto* connectClient(const char* id, bool cleanSession, int port, void* self)
{
    mosquitto* client = mosquitto_new(id, cleanSession, self);
    if (!client || mosquitto_connect(client, "127.0.0.1", port, 60) != MOSQ_ERR_SUCCESS
        || mosquitto_loop_start(client) != MOSQ_ERR_SUCCESS)
        qFatal("cannot connect to the broker on port %d", port);
    return client;
}

// Publishes count messages on prefix/S-<i % 50>/reading; returns the seconds until the last PUBACK.
double publish(int port, const QByteArray& prefix, int count, qint64 timeBase)
{
    std::atomic<int> acked{0};
    mosquitto* client = mosquitto_new(nullptr, true, &acked);
    // Up to kWindow unacknowledged messages in flight, and no more queued behind them: libmosquitto looks
    // each PUBACK up in a list of every queued message, so an unbounded queue makes publishing quadratic.
    constexpr int kWindow = 1000;
    mosquitto_max_inflight_messages_set(client, kWindow);
    if (mosquitto_connect(client, "127.0.0.1", port, 60) != MOSQ_ERR_SUCCESS || mosquitto_loop_start(client) != MOSQ_ERR_SUCCESS)
        qFatal("cannot connect to the broker on port %d", port);
    mosquitto_publish_callback_set(client, [](mosquitto*, void* self, int) { static_cast<std::atomic<int>*>(self)->fetch_add(1); });
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        while (i - acked.load() >= kWindow)
            std::this_thread::yield();
        const QByteArray topic = prefix + "/S-" + QByteArray::number(i % 50) + "/reading";
        const QByteArray payload = "{\"rain\":" + QByteArray::number(i % 997) + ".5,\"t\":" + QByteArray::number(timeBase + i) + "}";
        while (mosquitto_publish(client, nullptr, topic.constData(), int(payload.size()), payload.constData(), 1, false) == MOSQ_ERR_NOMEM)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    while (acked.load() < count)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    mosquitto_disconnect(client);
    mosquitto_loop_stop(client, false);
    mosquitto_destroy(client);
    return seconds;
}

bool waitFor(const std::function<bool()>& done, int timeoutSeconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutSeconds * 1000)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

// live: the subscriber is connected while the messages are published; timed from the first publish.
// drain: the messages wait in the broker for the subscriber's session (published while it was away);
// timed from its reconnect, so the publisher's speed is out of the figure.
void rawRound(int port, int count, int round, bool drain)
{
    std::atomic<int> received{0};
    const QByteArray prefix = "bench/raw" + QByteArray::number(round) + (drain ? "d" : "l");
    const QByteArray id = "bench-raw-" + QByteArray::number(round) + (drain ? "d" : "l");
    const auto start = [&] {
        mosquitto* client = connectClient(id.constData(), false, port, &received);
        mosquitto_message_callback_set(client, [](mosquitto*, void* self, const mosquitto_message*) {
            static_cast<std::atomic<int>*>(self)->fetch_add(1);
        });
        mosquitto_subscribe(client, nullptr, (prefix + "/+/reading").constData(), 1);
        return client;
    };
    const auto stop = [](mosquitto* client) {
        mosquitto_disconnect(client);
        mosquitto_loop_stop(client, false);
        mosquitto_destroy(client);
    };
    mosquitto* subscriber = start();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    double publishSeconds = 0;
    if (drain) {
        stop(subscriber);
        publishSeconds = publish(port, prefix, count, 1798761600000LL);
    }
    QElapsedTimer timer;
    timer.start();
    if (drain)
        subscriber = start();
    else
        publishSeconds = publish(port, prefix, count, 1798761600000LL);
    const bool complete = waitFor([&] { return received.load() >= count; }, 300);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("raw mode=%s round=%d messages=%d seconds=%.3f per_second=%.0f publish_seconds=%.3f complete=%s\n",
                drain ? "drain" : "live", round, received.load(), seconds, received.load() / seconds, publishSeconds,
                complete ? "yes" : "no");
    stop(subscriber);
}

void connectorRound(ConnectorFactory& factory, int port, int count, int round, bool drain)
{
    const QString prefix = QStringLiteral("bench/connector%1%2").arg(round).arg(drain ? QLatin1String("d") : QLatin1String("l"));
    const QJsonObject config{
        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), port},
        {QStringLiteral("clientId"), QStringLiteral("bench-connector-%1%2").arg(round).arg(drain ? QLatin1String("d") : QLatin1String("l"))},
        {QStringLiteral("subscriptions"),
         QJsonArray{QJsonObject{{QStringLiteral("topic"), prefix + QStringLiteral("/+/reading")},
                                {QStringLiteral("assetTopicLevel"), 2},
                                {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("rain_mm_h"), QStringLiteral("/rain")}}},
                                {QStringLiteral("time"), QJsonObject{{QStringLiteral("pointer"), QStringLiteral("/t")},
                                                                     {QStringLiteral("format"), QStringLiteral("epoch_ms")}}}}}}};
    const auto start = [&](BenchContext& context) {
        auto made = factory.create(context);
        if (!made)
            qFatal("%s", qPrintable(made.errorMessage()));
        std::unique_ptr<Connector> connector = std::move(made).value();
        if (auto subscribed = connector->subscribe({}); !subscribed)
            qFatal("%s", qPrintable(subscribed.errorMessage()));
        return connector;
    };
    BenchContext first(config);
    std::unique_ptr<Connector> connector = start(first);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    if (drain) {
        connector->unsubscribe(); // the broker keeps the session and queues for it
        connector.reset();
        publish(port, prefix.toUtf8(), count, 1798761600000LL);
    }
    BenchContext second(config);
    BenchContext& context = drain ? second : first;
    QElapsedTimer timer;
    timer.start();
    if (drain)
        connector = start(second);
    else
        publish(port, prefix.toUtf8(), count, 1798761600000LL);
    const bool complete = waitFor([&] { return context.observations() >= count; }, 300);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    connector->unsubscribe();
    std::printf("connector mode=%s round=%d messages=%lld distinct=%lld batches=%lld quarantined=%lld seconds=%.3f per_second=%.0f complete=%s\n",
                drain ? "drain" : "live", round, qlonglong(context.observations()), qlonglong(context.distinct()),
                qlonglong(context.batches()), qlonglong(context.quarantined()), seconds, context.observations() / seconds,
                complete ? "yes" : "no");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s PLUGIN_FILE PORT MESSAGES ROUNDS\n", argv[0]);
        return 2;
    }
    const int port = atoi(argv[2]);
    const int count = atoi(argv[3]);
    const int rounds = atoi(argv[4]);
    QPluginLoader loader(QString::fromLocal8Bit(argv[1]));
    auto* factory = qobject_cast<ConnectorFactory*>(loader.instance());
    if (!factory)
        qFatal("cannot load %s: %s", argv[1], qPrintable(loader.errorString()));
    mosquitto_lib_init();
    int major = 0, minor = 0, revision = 0;
    mosquitto_lib_version(&major, &minor, &revision);
    std::printf("libmosquitto version=%d.%d.%d\n", major, minor, revision);
    std::fflush(stdout);
    for (int round = 1; round <= rounds; ++round) {
        for (const bool drain : {false, true}) {
            rawRound(port, count, round, drain);
            std::fflush(stdout);
            connectorRound(*factory, port, count, round, drain);
            std::fflush(stdout);
        }
    }
    mosquitto_lib_cleanup();
    return 0;
}
