// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_notify.h"

#include "store/changefeed.h"
#include "store/database.h"

#include <QSemaphore>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>
#include <vector>

namespace ioc::bench {

namespace {

using Clock = std::chrono::steady_clock;

qint64 nowNs() { return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count(); }

const QString kKeyPrefix = QStringLiteral("bench/");

// The payload of a typical ingest batch; the first case key carries the sequence number.
QByteArray payloadFor(int sequence, const QUuid& origin)
{
    ChangeSet changes;
    changes.counts = {{QStringLiteral("observation"), 10000}, {QStringLiteral("case"), 1}};
    changes.caseKeys = {kKeyPrefix + QString::number(sequence)};
    return changes.toPayload(origin);
}

// Opens its own connection in its own thread (Qt Sql connections belong to their thread), subscribes,
// then runs an event loop; received[n] is the time notification n arrived.
class Listener : public QThread {
public:
    Listener(QString url, std::vector<qint64>& received) : m_url(std::move(url)), m_received(received) {}

    QSemaphore ready;
    QString error;
    std::atomic<int> heard{0};

protected:
    void run() override
    {
        auto opened = Database::open(m_url);
        if (!opened) {
            error = opened.errorMessage();
            ready.release();
            return;
        }
        std::unique_ptr<Database> database = std::move(opened).value();
        QSqlDriver* driver = database->connection().driver();
        const QString channel = QString::fromLatin1(ChangeFeed::kChannel);
        if (!driver->subscribeToNotification(channel)) {
            error = database->describeError(QStringLiteral("cannot listen"), driver->lastError());
            ready.release();
            return;
        }
        QObject receiver; // lives in this thread: the slot runs here, as ChangeFeed's does on the GUI thread
        QObject::connect(driver, &QSqlDriver::notification, &receiver,
                         [this, channel](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                             const qint64 at = nowNs();
                             if (name != channel)
                                 return;
                             // Decoded as ChangeFeed decodes it: that work is part of the latency.
                             const auto decoded = ChangeSet::fromPayload(payload.toString().toUtf8());
                             if (!decoded || decoded->second.caseKeys.isEmpty())
                                 return;
                             bool ok = false;
                             const int sequence = decoded->second.caseKeys.first().mid(kKeyPrefix.size()).toInt(&ok);
                             if (ok && sequence >= 0 && std::size_t(sequence) < m_received.size() && m_received[std::size_t(sequence)] < 0) {
                                 m_received[std::size_t(sequence)] = at;
                                 heard.fetch_add(1, std::memory_order_release);
                             }
                         });
        ready.release();
        exec();
        driver->unsubscribeFromNotification(channel);
    }

private:
    QString m_url;
    std::vector<qint64>& m_received;
};

} // namespace

double percentile(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

Result<NotifyResult> measureNotifyLatency(const NotifyOptions& options)
{
    // The sender opens first: it applies the migrations, so that the listener finds them done.
    auto opened = Database::open(options.url);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> sender = std::move(opened).value();
    if (!sender->isPostgres())
        return fail(QStringLiteral("NOTIFY needs a postgresql:// URL"));

    const int total = options.warmup + options.count;
    std::vector<qint64> sent(std::size_t(total), -1);
    std::vector<qint64> received(std::size_t(total), -1);
    Listener listener(options.url, received);
    listener.start();
    listener.ready.acquire();
    if (!listener.error.isEmpty()) {
        listener.wait();
        return fail(listener.error);
    }

    const QUuid origin = QUuid::createUuid();
    QList<QString> payloads;
    payloads.reserve(total);
    for (int i = 0; i < total; ++i)
        payloads.append(QString::fromUtf8(payloadFor(i, origin)));

    QSqlQuery notify(sender->connection());
    if (!notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)")))
        return fail(sender->describeError(QStringLiteral("cannot prepare pg_notify"), notify.lastError()));
    const QString channel = QString::fromLatin1(ChangeFeed::kChannel);
    const auto period = std::chrono::nanoseconds(1'000'000'000 / std::max(1, options.rate));
    const Clock::time_point start = Clock::now();
    for (int i = 0; i < total; ++i) {
        std::this_thread::sleep_until(start + i * period);
        notify.bindValue(0, channel);
        notify.bindValue(1, payloads.at(i));
        sent[std::size_t(i)] = nowNs();
        if (!notify.exec()) {
            listener.quit();
            listener.wait();
            return fail(sender->describeError(QStringLiteral("pg_notify failed"), notify.lastError()));
        }
        notify.finish();
    }
    NotifyResult result;
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();

    const Clock::time_point deadline = Clock::now() + std::chrono::seconds(3);
    while (listener.heard.load(std::memory_order_acquire) < total && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    listener.quit();
    listener.wait(); // after this, the listener's writes to `received` are visible here

    for (int i = options.warmup; i < total; ++i) {
        if (received[std::size_t(i)] < 0)
            ++result.lost;
        else
            result.latenciesMs.append(double(received[std::size_t(i)] - sent[std::size_t(i)]) / 1e6);
    }
    std::sort(result.latenciesMs.begin(), result.latenciesMs.end());
    return result;
}

} // namespace ioc::bench
