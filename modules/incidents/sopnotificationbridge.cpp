// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/sopnotificationbridge.h"

#include "notify/notificationservice.h"
#include "sop/sopservice.h"

#include <QJsonObject>

namespace ioc {

SopNotificationBridge::SopNotificationBridge(NotificationService& notifications, SopService& sop, QObject* parent)
    : QObject(parent), m_notifications(notifications), m_sop(sop)
{
    connect(&m_notifications, &NotificationService::delivered, this, &SopNotificationBridge::onDelivered);
}

void SopNotificationBridge::send(const SopNotification& notification)
{
    for (const SopRecipient& recipient : notification.recipients) {
        NotificationRequest request;
        request.id = QStringLiteral("%1/%2/%3/%4").arg(notification.runId, notification.stepId, notification.channel).arg(++m_next);
        request.channel = notification.channel == u"sms" ? NotificationRequest::Channel::Sms : NotificationRequest::Channel::Email;
        request.recipient = recipient.address;
        request.subject = notification.subject;
        request.body = notification.body;
        request.context = QJsonObject{{QStringLiteral("sopRun"), notification.runId},
                                      {QStringLiteral("step"), notification.stepId},
                                      {QStringLiteral("purpose"), notification.purpose}};
        m_pending.insert(request.id, {notification.runId, notification.stepId, recipient.login});
        m_notifications.submit(request);
    }
}

void SopNotificationBridge::onDelivered(const QString& id, bool ok, const QString& detail)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd())
        return; // not one of ours
    const Pending pending = it.value();
    m_pending.erase(it);
    m_sop.notificationDelivered(pending.runId, pending.stepId, pending.login, ok, detail);
}

} // namespace ioc
