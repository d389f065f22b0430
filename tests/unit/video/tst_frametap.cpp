// SPDX-License-Identifier: GPL-3.0-or-later
// The frame tap: throttled, dropping (not queueing) for a busy subscriber, callbacks on its own threads,
// unsubscribe waits for a running callback, publishing from several threads.

#include "video/frametap.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QVideoFrameFormat>

#include <atomic>
#include <thread>
#include <vector>

using namespace ioc;

namespace {

QVideoFrame smallFrame()
{
    return QVideoFrame(QVideoFrameFormat(QSize(16, 16), QVideoFrameFormat::Format_BGRA8888));
}

} // namespace

class TstFrameTap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deliversOnAnotherThreadWithTheCameraKey()
    {
        FrameTap tap;
        std::atomic<QThread*> thread{nullptr};
        std::atomic<int> calls{0};
        QString key;
        QDateTime time;
        const int id = tap.subscribe(QStringLiteral("CAM001"), 0, [&](const QString& k, const QVideoFrame& frame, QDateTime t) {
            thread = QThread::currentThread();
            key = k;
            time = t;
            QCOMPARE(frame.size(), QSize(16, 16));
            ++calls;
        });
        QVERIFY(id > 0);
        QVERIFY(tap.hasSubscribers(QStringLiteral("CAM001")));
        QVERIFY(!tap.hasSubscribers(QStringLiteral("CAM002")));
        tap.publish(QStringLiteral("CAM002"), smallFrame()); // nobody listens to it
        tap.publish(QStringLiteral("CAM001"), smallFrame());
        QTRY_COMPARE(calls.load(), 1);
        QVERIFY(thread.load() != nullptr);
        QVERIFY(thread.load() != QThread::currentThread());
        QCOMPARE(key, QStringLiteral("CAM001"));
        QVERIFY(qAbs(time.msecsTo(QDateTime::currentDateTimeUtc())) < 10000);
        tap.unsubscribe(id);
    }

    void throttlesToMaxFps()
    {
        FrameTap tap;
        std::atomic<int> calls{0};
        const int id = tap.subscribe(QStringLiteral("CAM"), 1, [&](const QString&, const QVideoFrame&, QDateTime) { ++calls; });
        // 100 pictures published back to back, well within a second even on a loaded machine: at 1 fps, one passes.
        for (int i = 0; i < 100; ++i)
            tap.publish(QStringLiteral("CAM"), smallFrame());
        QTRY_COMPARE(tap.counters(id).delivered, qint64(1));
        QCOMPARE(tap.counters(id).throttled, qint64(99));
        QTest::qWait(1100);
        tap.publish(QStringLiteral("CAM"), smallFrame()); // the interval has passed
        QTRY_COMPARE(calls.load(), 2);
        tap.unsubscribe(id);
    }

    void dropsWhileTheSubscriberIsBusy()
    {
        FrameTap tap;
        QSemaphore entered;
        QSemaphore release;
        std::atomic<int> calls{0};
        const int id = tap.subscribe(QStringLiteral("CAM"), 0, [&](const QString&, const QVideoFrame&, QDateTime) {
            ++calls;
            entered.release();
            release.acquire();
        });
        tap.publish(QStringLiteral("CAM"), smallFrame());
        QVERIFY(entered.tryAcquire(1, 10000));
        for (int i = 0; i < 10; ++i)
            tap.publish(QStringLiteral("CAM"), smallFrame());
        QCOMPARE(tap.counters(id).droppedBusy, qint64(10));
        release.release();
        QTRY_COMPARE(tap.counters(id).delivered, qint64(1));
        QTest::qWait(100);
        QCOMPARE(calls.load(), 1); // nothing was queued behind the busy callback
        tap.publish(QStringLiteral("CAM"), smallFrame());
        QVERIFY(entered.tryAcquire(1, 10000));
        release.release();
        QTRY_COMPARE(calls.load(), 2);
        tap.unsubscribe(id);
    }

    void unsubscribeWaitsForTheRunningCallbackAndStopsDelivery()
    {
        FrameTap tap;
        QSemaphore entered;
        std::atomic<bool> finished{false};
        std::atomic<int> calls{0};
        const int id = tap.subscribe(QStringLiteral("CAM"), 0, [&](const QString&, const QVideoFrame&, QDateTime) {
            ++calls;
            entered.release();
            QThread::msleep(300);
            finished = true;
        });
        tap.publish(QStringLiteral("CAM"), smallFrame());
        QVERIFY(entered.tryAcquire(1, 10000));
        tap.unsubscribe(id);
        QVERIFY(finished.load()); // unsubscribe returned only after the callback did
        QVERIFY(!tap.hasSubscribers(QStringLiteral("CAM")));
        tap.publish(QStringLiteral("CAM"), smallFrame());
        QTest::qWait(100);
        QCOMPARE(calls.load(), 1);
    }

    void aSlowSubscriberDoesNotHoldBackAnother()
    {
        FrameTap tap;
        QSemaphore release;
        std::atomic<int> fast{0};
        const int slowId = tap.subscribe(QStringLiteral("CAM"), 0, [&](const QString&, const QVideoFrame&, QDateTime) { release.acquire(); });
        const int fastId = tap.subscribe(QStringLiteral("CAM"), 0, [&](const QString&, const QVideoFrame&, QDateTime) { ++fast; });
        for (int i = 0; i < 5; ++i) {
            tap.publish(QStringLiteral("CAM"), smallFrame());
            QTRY_COMPARE(fast.load(), i + 1);
        }
        release.release();
        tap.unsubscribe(slowId);
        tap.unsubscribe(fastId);
    }

    void publishingFromManyThreadsIsSafe()
    {
        FrameTap tap;
        std::atomic<int> calls{0};
        std::atomic<int> overlapping{0};
        std::atomic<int> inside{0};
        const int id = tap.subscribe(QStringLiteral("CAM"), 0, [&](const QString&, const QVideoFrame&, QDateTime) {
            if (inside.fetch_add(1) != 0)
                ++overlapping;
            ++calls;
            inside.fetch_sub(1);
        });
        std::vector<std::thread> publishers;
        for (int t = 0; t < 4; ++t) {
            publishers.emplace_back([&tap] {
                for (int i = 0; i < 500; ++i)
                    tap.publish(QStringLiteral("CAM"), smallFrame());
            });
        }
        for (auto& publisher : publishers)
            publisher.join();
        // Each picture is delivered or dropped, none lost or doubled.
        QTRY_COMPARE(tap.counters(id).delivered + tap.counters(id).droppedBusy, qint64(4 * 500));
        QCOMPARE(tap.counters(id).delivered, qint64(calls.load()));
        QCOMPARE(tap.counters(id).throttled, qint64(0)); // no rate asked: nothing is throttled
        tap.unsubscribe(id);
        const FrameTap::Counters counters = tap.counters(id); // gone: zeros
        QCOMPARE(counters.delivered, qint64(0));
        QVERIFY(calls.load() >= 1);
        QCOMPARE(overlapping.load(), 0); // one subscriber's callbacks never overlap
    }
};

QTEST_GUILESS_MAIN(TstFrameTap)
#include "tst_frametap.moc"
