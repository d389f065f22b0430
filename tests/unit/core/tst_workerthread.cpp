// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workerthread.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace ioc;
using namespace std::chrono_literals;

namespace {

// Records where it ran and where it died; `spin` loops until interruption is requested.
class ProbeWorker : public QObject {
    Q_OBJECT

public:
    explicit ProbeWorker(std::atomic<QThread*>& diedIn) : m_diedIn(diedIn) {}
    ~ProbeWorker() override { m_diedIn = QThread::currentThread(); }

public Q_SLOTS:
    void work(int value) { Q_EMIT done(value * 2, QThread::currentThread()); }

    void spin()
    {
        Q_EMIT spinning();
        while (!QThread::currentThread()->isInterruptionRequested())
            QThread::msleep(1);
        Q_EMIT spinStopped();
    }

Q_SIGNALS:
    void done(int result, QThread* thread);
    void spinning();
    void spinStopped();

private:
    std::atomic<QThread*>& m_diedIn;
};

} // namespace

class TestWorkerThread : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workRunsOnTheWorkerThreadThroughQueuedCalls()
    {
        std::atomic<QThread*> diedIn{nullptr};
        WorkerThread thread(QStringLiteral("probe"));
        thread.start(std::make_unique<ProbeWorker>(diedIn));
        auto* worker = qobject_cast<ProbeWorker*>(thread.worker());
        QVERIFY(worker);
        QSignalSpy done(worker, &ProbeWorker::done);
        QMetaObject::invokeMethod(worker, "work", Qt::QueuedConnection, Q_ARG(int, 21));
        // The worker may emit before a wait() would start listening: poll the spy instead.
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QCOMPARE(done.at(0).at(0).toInt(), 42);
        QVERIFY(done.at(0).at(1).value<QThread*>() != QThread::currentThread());
    }

    void stopAndWaitEndsABusyLoopWithoutTerminate()
    {
        std::atomic<QThread*> diedIn{nullptr};
        WorkerThread thread(QStringLiteral("spinner"));
        QSignalSpy stopped(&thread, &WorkerThread::stopped);
        thread.start(std::make_unique<ProbeWorker>(diedIn));
        auto* worker = qobject_cast<ProbeWorker*>(thread.worker());
        QSignalSpy spinning(worker, &ProbeWorker::spinning);
        QSignalSpy spinStopped(worker, &ProbeWorker::spinStopped);
        QMetaObject::invokeMethod(worker, "spin", Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(spinning.count(), 1, 5000);

        QVERIFY(thread.stopAndWait(5s));
        QVERIFY(!thread.isRunning());
        // The loop returned by itself (a terminated thread would never emit this) …
        QCOMPARE(spinStopped.count(), 1);
        // … and the worker was deleted in its own thread, not in ours.
        QVERIFY(diedIn.load() != nullptr);
        QVERIFY(diedIn.load() != QThread::currentThread());
        QVERIFY(thread.worker() == nullptr);
        QTRY_COMPARE(stopped.count(), 1);
    }

    void stopAndWaitReportsATimeout()
    {
        std::atomic<QThread*> diedIn{nullptr};
        auto thread = std::make_unique<WorkerThread>(QStringLiteral("slow"));
        thread->start(std::make_unique<ProbeWorker>(diedIn));
        auto* worker = qobject_cast<ProbeWorker*>(thread->worker());
        // A slot that ignores interruption for 300 ms: a 20 ms wait must report failure, not kill it.
        QSignalSpy done(worker, &ProbeWorker::done);
        QMetaObject::invokeMethod(worker, [] { QThread::msleep(300); }, Qt::QueuedConnection);
        QThread::msleep(20);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not stop within 20 ms")));
        QVERIFY(!thread->stopAndWait(20ms));
        QVERIFY(thread->isRunning());
        QVERIFY(thread->stopAndWait(5s));
        QVERIFY(diedIn.load() != nullptr);
    }

    void destructorStopsTheThread()
    {
        std::atomic<QThread*> diedIn{nullptr};
        {
            WorkerThread thread(QStringLiteral("scoped"));
            thread.start(std::make_unique<ProbeWorker>(diedIn));
        }
        QVERIFY(diedIn.load() != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
