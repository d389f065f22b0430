// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/notificationconfig.h"

#include "core/settings.h"
#include "notify/internal/notifytext.h"
#include "notify/logcategories.h"

#include <QJsonArray>

namespace ioc {

namespace {

QString text(const Settings& settings, const char* key) { return settings.value(QLatin1String(key)).toString().trimmed(); }

void readMail(const Settings& settings, NotificationConfig& config)
{
    const QString url = text(settings, "notify.smtp.url");
    if (url.isEmpty()) {
        config.mailUnavailable = NotifyText::tr("e-mail is not configured (notify.smtp.url is empty)");
        return;
    }
    MailServer server;
    server.url = QUrl(url);
    const QString scheme = server.url.scheme().toLower();
    if (!server.url.isValid() || server.url.host().isEmpty()
        || (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))) {
        config.mailUnavailable = NotifyText::tr("e-mail is not configured: notify.smtp.url must be smtp://host:port "
                                                "(STARTTLS) or smtps://host:port (TLS)");
        return;
    }
    config.mailFrom = text(settings, "notify.smtp.from");
    if (!MailSender::isAddress(config.mailFrom)) {
        config.mailUnavailable = NotifyText::tr("e-mail is not configured: notify.smtp.from is not an e-mail address");
        return;
    }
    config.mailFromName = text(settings, "notify.smtp.fromName");
    server.startTls = settings.value(QStringLiteral("notify.smtp.startTls")).toBool();
    server.caFile = text(settings, "notify.smtp.caFile");
    server.user = text(settings, "notify.smtp.user");
    const QString passwordEnv = text(settings, "notify.smtp.passwordEnv");
    if (!passwordEnv.isEmpty()) {
        const QByteArray name = passwordEnv.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData())) {
            config.mailUnavailable = NotifyText::tr("e-mail is not configured: the environment variable %1 "
                                                    "(notify.smtp.passwordEnv) is not set").arg(passwordEnv);
            return;
        }
        server.password = qEnvironmentVariable(name.constData());
    }
    server.timeout = std::chrono::seconds(settings.value(QStringLiteral("notify.smtp.timeoutSeconds")).toInt());
    server.connectTimeout = std::min<std::chrono::milliseconds>(server.timeout, std::chrono::seconds(10));
    config.mail = server;
}

void readSms(const Settings& settings, NotificationConfig& config)
{
    const QString url = text(settings, "notify.sms.url");
    if (url.isEmpty()) {
        config.smsUnavailable = NotifyText::tr("SMS is not configured (notify.sms.url is empty)");
        return;
    }
    QJsonObject auth;
    const QString authType = text(settings, "notify.sms.authType");
    if (authType != QLatin1String("none")) {
        auth.insert(QStringLiteral("type"), authType);
        auth.insert(QStringLiteral("tokenEnv"), text(settings, "notify.sms.tokenEnv"));
        if (authType == QLatin1String("apiKey"))
            auth.insert(QStringLiteral("header"), text(settings, "notify.sms.apiKeyHeader"));
    }
    QJsonObject transport{{QStringLiteral("timeoutSeconds"), settings.value(QStringLiteral("notify.sms.timeoutSeconds")).toInt()}};
    if (!auth.isEmpty())
        transport.insert(QStringLiteral("auth"), auth);
    if (const QString ca = text(settings, "notify.sms.caFile"); !ca.isEmpty())
        transport.insert(QStringLiteral("tls"), QJsonObject{{QStringLiteral("caFile"), ca}});
    QJsonObject gateway{
        {QStringLiteral("url"), url},
        {QStringLiteral("method"), text(settings, "notify.sms.method")},
        {QStringLiteral("format"), text(settings, "notify.sms.format")},
        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("to"), text(settings, "notify.sms.toField")},
                                               {QStringLiteral("text"), text(settings, "notify.sms.textField")},
                                               {QStringLiteral("sender"), text(settings, "notify.sms.senderField")}}},
        {QStringLiteral("sender"), text(settings, "notify.sms.sender")},
        {QStringLiteral("transport"), transport}};
    if (const QString pointer = text(settings, "notify.sms.successPointer"); !pointer.isEmpty())
        gateway.insert(QStringLiteral("success"), QJsonObject{{QStringLiteral("pointer"), pointer},
                                                              {QStringLiteral("equals"), text(settings, "notify.sms.successValue")}});
    Result<SmsGatewayConfig> sms = SmsGatewayConfig::fromJson(gateway);
    if (!sms) {
        // The message names transport.* / sms.* keys of the block built above; the setting names are close enough.
        config.smsUnavailable = NotifyText::tr("SMS is not configured: %1").arg(sms.errorMessage());
        return;
    }
    config.sms = sms.value();
}

} // namespace

NotificationConfig NotificationConfig::fromSettings(const Settings& settings)
{
    NotificationConfig config;
    readMail(settings, config);
    readSms(settings, config);
    config.attempts = settings.value(QStringLiteral("notify.attempts")).toInt();
    config.firstRetryDelay = std::chrono::seconds(settings.value(QStringLiteral("notify.retrySeconds")).toInt());
    for (const QString& problem : {config.mailUnavailable, config.smsUnavailable}) {
        if (!problem.isEmpty())
            qCWarning(lcNotify).noquote() << problem;
    }
    return config;
}

} // namespace ioc
