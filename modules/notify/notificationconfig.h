// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What NotificationService needs to deliver: the SMTP server and sender, the SMS gateway, and the retry
// policy. Either channel may be absent; a request for it then fails with the reason in words.

#include "connect/mailsender.h"
#include "notify/smsgateway.h"

#include <chrono>
#include <optional>

namespace ioc {

class Settings;

struct NotificationConfig {
    std::optional<MailServer> mail;     // absent: e-mail is not configured (mailUnavailable says why)
    QString mailFrom;                   // envelope sender and From:
    QString mailFromName;               // display name in From:
    QString mailUnavailable;            // why e-mail cannot be sent; empty when mail is set

    std::optional<SmsGatewayConfig> sms; // absent: SMS is not configured (smsUnavailable says why)
    QString smsUnavailable;

    int attempts = 3;                   // tries per request, the first included
    std::chrono::milliseconds firstRetryDelay{30000}; // doubled after each failed try
    std::chrono::milliseconds maxRetryDelay{600000};

    // The notify.* settings (resources/settings/iocdesk.settings.json): notify.smtp.url empty → no e-mail,
    // notify.sms.url empty → no SMS. Secrets come from environment variables named by
    // notify.smtp.passwordEnv and notify.sms.tokenEnv (never from the file). Never fails: a problem
    // (a variable that is not set, a bad URL) leaves that channel absent with the reason naming the key,
    // logged once as a warning.
    static NotificationConfig fromSettings(const Settings& settings);
};

} // namespace ioc
