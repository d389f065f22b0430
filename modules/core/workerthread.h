// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <chrono>
#include <memory>

namespace ioc {

// The one way to run a worker object on its own thread (STYLE.md 11).
//
// Ownership: WorkerThread owns the QThread and the worker. start() moves the worker into the thread;
// from then on the worker is touched only through queued signals or QMetaObject::invokeMethod with
// Qt::QueuedConnection, never by direct calls. The worker is deleted in its own thread when the
// thread stops. A worker that runs a long loop must check QThread::currentThread()->
// isInterruptionRequested() and return when it is set.
//
// Stopping: stopAndWait() asks the event loop to quit and requests interruption, then waits. It never
// calls QThread::terminate(): a thread killed mid-write could leave a half batch or a held lock.
// The destructor stops and waits until the thread has finished, however long that takes, logging
// (ioc.core) every time the wait overruns.
class WorkerThread : public QObject {
    Q_OBJECT

public:
    explicit WorkerThread(const QString& name, QObject* parent = nullptr);
    ~WorkerThread() override;

    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // Moves the worker to the thread and starts it. Call once; the worker must have no parent.
    void start(std::unique_ptr<QObject> worker);

    // The worker, for connecting signals and queued invocations; null once the thread has stopped.
    QObject* worker() const { return m_worker.data(); }

    bool isRunning() const { return m_thread.isRunning(); }
    QString name() const { return m_thread.objectName(); }

    // True when the thread stopped within the timeout (or was never started).
    bool stopAndWait(std::chrono::milliseconds timeout);

Q_SIGNALS:
    void stopped();

private:
    QThread m_thread;
    QPointer<QObject> m_worker; // lives in m_thread; pointer read on the owner's thread only
};

} // namespace ioc
