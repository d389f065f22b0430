// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workerthread.h"

#include "core/logcategories.h"

namespace ioc {

WorkerThread::WorkerThread(const QString& name, QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(name);
    connect(&m_thread, &QThread::finished, this, &WorkerThread::stopped);
}

WorkerThread::~WorkerThread()
{
    using namespace std::chrono_literals;
    while (!stopAndWait(5s))
        qCWarning(lcCore) << "worker thread" << name() << "has not stopped after 5 s; still waiting";
}

void WorkerThread::start(std::unique_ptr<QObject> worker)
{
    Q_ASSERT(worker && !worker->parent());
    Q_ASSERT(!m_thread.isRunning() && !m_worker);
    QObject* raw = worker.release();
    raw->moveToThread(&m_thread);
    // finished is emitted from the thread itself, so the worker is deleted there.
    connect(&m_thread, &QThread::finished, raw, &QObject::deleteLater);
    m_worker = raw;
    m_thread.start();
}

bool WorkerThread::stopAndWait(std::chrono::milliseconds timeout)
{
    if (!m_thread.isRunning())
        return true;
    m_thread.requestInterruption();
    m_thread.quit();
    const bool stopped = m_thread.wait(QDeadlineTimer(timeout));
    if (!stopped)
        qCWarning(lcCore) << "worker thread" << name() << "did not stop within" << timeout.count() << "ms";
    return stopped;
}

} // namespace ioc
