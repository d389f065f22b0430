// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ioc {

struct SopRecipient {
    QString login;   // the account (or the contact's id for area officers without an account)
    QString name;
    QString address; // e-mail address or phone number (E.164), by the channel
};

// Messages the SOP service hands over for delivery (SMTP, SMS gateway: another module implements it).
struct SopNotification {
    QString runId;
    QString stepId;
    QString purpose;  // "step" (a notify step), "skip" (a step was skipped), "escalation" (a step is overdue)
    QString channel;  // "email" | "sms"
    QList<SopRecipient> recipients;
    QString subject;  // e-mail subject; empty for SMS
    QString body;     // placeholders already filled in
};

// Delivery of SOP messages. send() hands the messages over and returns at once (never blocks on the
// network); the implementation reports each recipient's result later through
// SopService::notificationDelivered(runId, stepId, recipient login, ok, detail) on the service's thread.
class SopNotifier {
public:
    virtual ~SopNotifier() = default;
    virtual void send(const SopNotification& notification) = 0;
};

} // namespace ioc
