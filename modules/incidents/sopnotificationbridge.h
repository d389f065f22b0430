// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sop/sopnotifier.h"

#include <QHash>
#include <QObject>

namespace ioc {

class NotificationService;
class SopService;

// Delivers the SOP service's messages through the NotificationService (SMTP, SMS gateway) and reports each
// recipient's result back to the run (SopService::notificationDelivered, which journals it). Lives on the
// thread of both services (the GUI thread, or the headless main thread); both must outlive it.
class SopNotificationBridge : public QObject, public SopNotifier {
    Q_OBJECT

public:
    SopNotificationBridge(NotificationService& notifications, SopService& sop, QObject* parent = nullptr);

    void send(const SopNotification& notification) override;

private:
    struct Pending {
        QString runId;
        QString stepId;
        QString login;
    };
    void onDelivered(const QString& id, bool ok, const QString& detail);

    NotificationService& m_notifications;
    SopService& m_sop;
    QHash<QString, Pending> m_pending; // by request id
    quint64 m_next = 0;
};

} // namespace ioc
