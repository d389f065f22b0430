// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/notificationservice.h"

#include "notify/internal/notificationworker.h"
#include "notify/internal/notifytext.h"
#include "notify/logcategories.h"

namespace ioc {

NotificationService::NotificationService(NotificationConfig config, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_thread(QStringLiteral("ioc-notify"))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    auto worker = std::make_unique<internal::NotificationWorker>(std::move(config), clock, m_cancel);
    m_worker = worker.get();
    connect(worker.get(), &internal::NotificationWorker::finished, this, &NotificationService::finish);
    connect(worker.get(), &internal::NotificationWorker::attemptFailed, this, &NotificationService::attemptFailed);
    m_thread.start(std::move(worker));
}

NotificationService::~NotificationService()
{
    m_cancel->store(true); // a send in progress gives up within about a second
    if (!m_thread.stopAndWait(std::chrono::seconds(10)))
        qCWarning(lcNotify) << "the notification worker did not stop within 10 s";
}

void NotificationService::setConfig(NotificationConfig config)
{
    QMetaObject::invokeMethod(m_worker, [worker = static_cast<internal::NotificationWorker*>(m_worker),
                                         config = std::move(config)]() mutable { worker->setConfig(std::move(config)); },
                              Qt::QueuedConnection);
}

void NotificationService::submit(NotificationRequest request)
{
    const QString id = request.id;
    auto refuse = [this, id](const QString& detail) {
        QMetaObject::invokeMethod(this, [this, id, detail] { Q_EMIT delivered(id, false, detail); }, Qt::QueuedConnection);
    };
    if (id.isEmpty())
        return refuse(NotifyText::tr("a notification without an id cannot be sent"));
    if (m_pending.contains(id))
        return refuse(NotifyText::tr("a notification with the id \"%1\" is already being sent").arg(id));
    m_pending.insert(id);
    QMetaObject::invokeMethod(m_worker, [worker = static_cast<internal::NotificationWorker*>(m_worker),
                                         request = std::move(request)]() mutable { worker->enqueue(std::move(request)); },
                              Qt::QueuedConnection);
}

void NotificationService::finish(const QString& id, bool ok, const QString& detail)
{
    m_pending.remove(id);
    Q_EMIT delivered(id, ok, detail);
}

QString NotificationService::channelName(NotificationRequest::Channel channel)
{
    return channel == NotificationRequest::Channel::Email ? QStringLiteral("email") : QStringLiteral("sms");
}

} // namespace ioc
