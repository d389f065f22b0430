// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// NotificationService's worker: owns the queue, runs one attempt at a time (MailSender and SmsGateway
// block), schedules retries with back-off. Lives on the service's WorkerThread; every member is touched on
// that thread only.

#include "notify/notificationservice.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

namespace ioc {

class Transport;

namespace internal {

class NotificationWorker : public QObject {
    Q_OBJECT

public:
    NotificationWorker(NotificationConfig config, const Clock* clock, std::shared_ptr<std::atomic<bool>> cancel);
    ~NotificationWorker() override;

    void enqueue(NotificationRequest request);
    void setConfig(NotificationConfig config);

Q_SIGNALS:
    void finished(const QString& id, bool ok, const QString& detail);
    void attemptFailed(const QString& id, int attempt, const QString& detail, qint64 retryInMs);

private:
    struct Pending {
        NotificationRequest request;
        int attempts = 0;   // made so far
        qint64 dueMs = 0;   // on m_elapsed
    };
    struct Outcome {
        bool ok = false;
        bool permanent = false; // a retry cannot help (not configured, not an address)
        QString detail;
    };

    void pump();
    Outcome attempt(const NotificationRequest& request);
    Outcome sendMail(const NotificationRequest& request);
    Outcome sendSms(const NotificationRequest& request);
    qint64 retryDelayMs(int failedAttempts) const;

    NotificationConfig m_config;
    const Clock* m_clock;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::unique_ptr<Transport> m_transport; // made at the first SMS
    QList<Pending> m_queue;                 // in submission order
    QElapsedTimer m_elapsed;
    QTimer m_timer;                         // single shot: the next pump
};

} // namespace internal
} // namespace ioc
