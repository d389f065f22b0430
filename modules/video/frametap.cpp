// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/frametap.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QThreadPool>

#include <atomic>
#include <mutex>

namespace ioc {

namespace {

struct Subscription {
    int id = 0;
    QString cameraKey;
    qint64 minIntervalNs = 0;
    FrameTap::Callback callback;
    qint64 lastDeliveredNs = -1;      // guarded by Private::mutex
    std::atomic<bool> busy{false};    // set by publish(), cleared by the worker after the callback
    std::atomic<bool> cancelled{false};
    std::mutex running;               // held by the worker while the callback runs
    std::atomic<qint64> delivered{0};
    std::atomic<qint64> droppedBusy{0};
    std::atomic<qint64> throttled{0};
};

// The subscription whose callback runs on this thread (unsubscribe() from inside must not wait for itself).
thread_local const Subscription* t_current = nullptr;

} // namespace

struct FrameTap::Private {
    mutable QMutex mutex;
    QHash<int, std::shared_ptr<Subscription>> byId;            // guarded by mutex
    QMultiHash<QString, std::shared_ptr<Subscription>> byCamera; // guarded by mutex
    std::atomic<int> count{0};
    int nextId = 1; // guarded by mutex
    QElapsedTimer clock;
    QThreadPool pool;
};

FrameTap::FrameTap() : d(std::make_unique<Private>())
{
    d->clock.start();
    d->pool.setObjectName(QStringLiteral("ioc.video.frametap"));
    d->pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

FrameTap::~FrameTap()
{
    d->pool.waitForDone();
}

FrameTap& FrameTap::instance()
{
    static FrameTap tap;
    return tap;
}

int FrameTap::subscribe(const QString& cameraKey, double maxFps, Callback callback)
{
    auto subscription = std::make_shared<Subscription>();
    subscription->cameraKey = cameraKey;
    subscription->minIntervalNs = maxFps > 0 ? qint64(1e9 / maxFps) : 0;
    subscription->callback = std::move(callback);
    QMutexLocker lock(&d->mutex);
    subscription->id = d->nextId++;
    d->byId.insert(subscription->id, subscription);
    d->byCamera.insert(cameraKey, subscription);
    d->count.store(int(d->byId.size()));
    return subscription->id;
}

void FrameTap::unsubscribe(int id)
{
    std::shared_ptr<Subscription> subscription;
    {
        QMutexLocker lock(&d->mutex);
        subscription = d->byId.take(id);
        if (!subscription)
            return;
        d->byCamera.remove(subscription->cameraKey, subscription);
        d->count.store(int(d->byId.size()));
    }
    subscription->cancelled.store(true);
    if (t_current != subscription.get())
        std::lock_guard waitForCallback(subscription->running);
}

void FrameTap::publish(const QString& cameraKey, const QVideoFrame& frame)
{
    if (d->count.load(std::memory_order_relaxed) == 0)
        return;
    QList<std::shared_ptr<Subscription>> due;
    {
        QMutexLocker lock(&d->mutex);
        // Read under the lock: publishers on several threads then see times in the order they deliver.
        const qint64 now = d->clock.nsecsElapsed();
        for (auto it = d->byCamera.constFind(cameraKey); it != d->byCamera.cend() && it.key() == cameraKey; ++it) {
            const std::shared_ptr<Subscription>& subscription = it.value();
            if (subscription->minIntervalNs > 0 && subscription->lastDeliveredNs >= 0
                && now - subscription->lastDeliveredNs < subscription->minIntervalNs) {
                subscription->throttled.fetch_add(1, std::memory_order_relaxed);
                continue;
            }
            if (subscription->busy.exchange(true)) {
                subscription->droppedBusy.fetch_add(1, std::memory_order_relaxed);
                continue;
            }
            subscription->lastDeliveredNs = now;
            due.append(subscription);
        }
    }
    if (due.isEmpty())
        return;
    const QDateTime time = QDateTime::currentDateTimeUtc();
    for (const std::shared_ptr<Subscription>& subscription : std::as_const(due)) {
        d->pool.start([subscription, frame, time] {
            {
                std::lock_guard lock(subscription->running);
                if (!subscription->cancelled.load()) {
                    t_current = subscription.get();
                    subscription->callback(subscription->cameraKey, frame, time);
                    t_current = nullptr;
                    subscription->delivered.fetch_add(1, std::memory_order_relaxed);
                }
            }
            subscription->busy.store(false);
        });
    }
}

FrameTap::Counters FrameTap::counters(int id) const
{
    QMutexLocker lock(&d->mutex);
    const std::shared_ptr<Subscription> subscription = d->byId.value(id);
    if (!subscription)
        return {};
    return {subscription->delivered.load(), subscription->droppedBusy.load(), subscription->throttled.load()};
}

bool FrameTap::hasSubscribers(const QString& cameraKey) const
{
    if (d->count.load(std::memory_order_relaxed) == 0)
        return false;
    QMutexLocker lock(&d->mutex);
    return d->byCamera.contains(cameraKey);
}

} // namespace ioc
