// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/internal/notificationworker.h"

#include "connect/transport.h"
#include "notify/internal/notifytext.h"
#include "notify/logcategories.h"

#include <QJsonValue>
#include <QThread>

namespace ioc::internal {

namespace {

// X-IOC-<Key>: <value> for each context member; names reduced to letters, digits and dashes, values to ASCII.
QList<QPair<QByteArray, QByteArray>> contextHeaders(const QJsonObject& context)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (auto it = context.begin(); it != context.end(); ++it) {
        QByteArray name;
        for (const QChar c : it.key()) {
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-'))
                name += char(c.unicode());
        }
        if (name.isEmpty())
            continue;
        const QJsonValue value = it.value();
        const QString text = value.isString() ? value.toString() : value.toVariant().toString();
        headers.append({"X-IOC-" + name, QUrl::toPercentEncoding(text, " :/#@+,;=")});
    }
    return headers;
}

} // namespace

NotificationWorker::NotificationWorker(NotificationConfig config, const Clock* clock, std::shared_ptr<std::atomic<bool>> cancel)
    : m_config(std::move(config))
    , m_clock(clock)
    , m_cancel(std::move(cancel))
    , m_timer(this)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NotificationWorker::pump);
}

NotificationWorker::~NotificationWorker() = default;

void NotificationWorker::enqueue(NotificationRequest request)
{
    m_queue.append(Pending{std::move(request), 0, m_elapsed.elapsed()});
    if (!m_timer.isActive() || m_timer.remainingTime() > 0)
        m_timer.start(0);
}

void NotificationWorker::setConfig(NotificationConfig config)
{
    m_config = std::move(config);
}

qint64 NotificationWorker::retryDelayMs(int failedAttempts) const
{
    qint64 delay = m_config.firstRetryDelay.count();
    for (int i = 1; i < failedAttempts && delay < m_config.maxRetryDelay.count(); ++i)
        delay *= 2;
    return std::min<qint64>(delay, m_config.maxRetryDelay.count());
}

void NotificationWorker::pump()
{
    if (QThread::currentThread()->isInterruptionRequested() || m_cancel->load())
        return;
    const qint64 now = m_elapsed.elapsed();
    // The oldest request that is due: a request waiting for its retry does not hold back those behind it.
    qsizetype index = -1;
    qint64 nextDue = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue[i].dueMs <= now) {
            index = i;
            break;
        }
        nextDue = std::min(nextDue, m_queue[i].dueMs);
    }
    if (index < 0) {
        if (!m_queue.isEmpty())
            m_timer.start(int(std::min<qint64>(nextDue - now, std::numeric_limits<int>::max())));
        return;
    }

    Pending& pending = m_queue[index];
    ++pending.attempts;
    const Outcome outcome = attempt(pending.request);
    if (m_cancel->load())
        return; // shutting down: no result for a cancelled attempt
    const QString id = pending.request.id;
    const int attempts = std::max(1, m_config.attempts);
    if (outcome.ok) {
        qCInfo(lcNotify).noquote() << id << "delivered:" << outcome.detail;
        m_queue.removeAt(index);
        Q_EMIT finished(id, true, outcome.detail);
    } else if (outcome.permanent || pending.attempts >= attempts) {
        const QString detail = outcome.permanent
                                   ? outcome.detail
                                   : pending.attempts == 1
                                   ? NotifyText::tr("after 1 attempt: %1").arg(outcome.detail)
                                   : NotifyText::tr("after %1 attempts: %2").arg(pending.attempts).arg(outcome.detail);
        qCWarning(lcNotify).noquote() << id << "not delivered:" << detail;
        m_queue.removeAt(index);
        Q_EMIT finished(id, false, detail);
    } else {
        const qint64 delay = retryDelayMs(pending.attempts);
        pending.dueMs = m_elapsed.elapsed() + delay;
        qCInfo(lcNotify).noquote() << id << "attempt" << pending.attempts << "failed, retry in" << delay << "ms:" << outcome.detail;
        Q_EMIT attemptFailed(id, pending.attempts, outcome.detail, delay);
    }
    m_timer.start(0); // back to the event loop between attempts: new requests and settings get in
}

NotificationWorker::Outcome NotificationWorker::attempt(const NotificationRequest& request)
{
    return request.channel == NotificationRequest::Channel::Email ? sendMail(request) : sendSms(request);
}

NotificationWorker::Outcome NotificationWorker::sendMail(const NotificationRequest& request)
{
    if (!m_config.mail)
        return {false, true, m_config.mailUnavailable.isEmpty() ? NotifyText::tr("e-mail is not configured") : m_config.mailUnavailable};
    if (!MailSender::isAddress(request.recipient))
        return {false, true, NotifyText::tr("\"%1\" is not an e-mail address").arg(request.recipient)};
    MailMessage message;
    message.from = m_config.mailFrom;
    message.fromName = m_config.mailFromName;
    message.to = {request.recipient};
    message.subject = request.subject;
    message.body = request.body;
    message.headers = contextHeaders(request.context);
    MailSender sender(*m_config.mail, m_clock);
    Result<QByteArray> sent = sender.send(message, m_cancel.get());
    if (!sent)
        return {false, false, sent.errorMessage()};
    return {true, false, NotifyText::tr("%1 accepted %2").arg(redactedUrl(m_config.mail->url), QString::fromLatin1(sent.value()))};
}

NotificationWorker::Outcome NotificationWorker::sendSms(const NotificationRequest& request)
{
    if (!m_config.sms)
        return {false, true, m_config.smsUnavailable.isEmpty() ? NotifyText::tr("SMS is not configured") : m_config.smsUnavailable};
    if (SmsGateway::normalizedNumber(request.recipient).isEmpty())
        return {false, true, NotifyText::tr("\"%1\" is not a phone number").arg(request.recipient)};
    if (!m_transport)
        m_transport = std::make_unique<Transport>();
    SmsGateway gateway(*m_transport, *m_config.sms);
    Result<QString> sent = gateway.send(request.recipient, request.body, m_cancel.get());
    if (!sent)
        return {false, false, sent.errorMessage()};
    return {true, false, NotifyText::tr("%1 answered %2").arg(redactedUrl(m_config.sms->url), sent.value())};
}

} // namespace ioc::internal
