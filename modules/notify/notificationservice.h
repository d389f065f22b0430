// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sends the e-mails and SMS of SOP runs without ever blocking the GUI thread: requests are queued to a
// worker thread, tried in the order they came, retried with back-off, and every request ends in exactly
// one delivered() signal that the SOP service journals on the run.

#include "core/workerthread.h"
#include "notify/notificationconfig.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>

namespace ioc {

class Clock;

struct NotificationRequest {
    enum class Channel { Email, Sms };
    QString id;              // the caller's key, unique among pending requests (e.g. "run-42/step-2/email/1")
    Channel channel = Channel::Email;
    QString recipient;       // e-mail address, or phone number ("+84912345678", "0912 345 678")
    QString subject;         // e-mail only
    QString body;            // UTF-8 text: the e-mail body or the SMS text
    QJsonObject context;     // e.g. {"sopRun": 42, "step": "2"}: sent as X-IOC-* headers with e-mail
};

// Lives on the GUI thread (or any thread with an event loop); its signals are emitted on that thread.
class NotificationService : public QObject {
    Q_OBJECT

public:
    // clock: the Date of e-mails; null: the system clock. It must outlive the service.
    explicit NotificationService(NotificationConfig config, const Clock* clock = nullptr, QObject* parent = nullptr);
    // Stops the worker: a transfer in progress is cancelled (within about a second), requests still queued
    // are dropped without a delivered() signal (the SOP journal shows them as sent but not delivered).
    ~NotificationService() override;

    // Applies to the attempts that start after the worker received it (queued, in order with submit()).
    void setConfig(NotificationConfig config);

    // Queues request; returns at once. Always answered by exactly one delivered(request.id, …): ok true
    // with the server's answer, or false after the last attempt (or at once, without retry, for what a
    // retry cannot mend: a channel that is not configured, an address that is not one, an id already
    // pending or empty).
    void submit(NotificationRequest request);

    int pendingCount() const { return int(m_pending.size()); } // submitted, not yet delivered()

    static QString channelName(NotificationRequest::Channel channel); // "email", "sms"

Q_SIGNALS:
    // The final result. detail: "smtp://mail.tinh.gov.vn:587 accepted <id@host>" or the last error, in words,
    // with the attempts made ("after 3 attempts: …"). Never a password or token.
    void delivered(const QString& id, bool ok, const QString& detail);
    // A failed attempt that will be retried in retryInMs milliseconds (for a progress line; optional).
    void attemptFailed(const QString& id, int attempt, const QString& detail, qint64 retryInMs);

private:
    void finish(const QString& id, bool ok, const QString& detail);

    WorkerThread m_thread;
    QObject* m_worker = nullptr;                       // lives on m_thread; reached by queued calls only
    std::shared_ptr<std::atomic<bool>> m_cancel;       // set by the destructor, read by the worker
    QSet<QString> m_pending;                           // GUI thread only
};

} // namespace ioc
