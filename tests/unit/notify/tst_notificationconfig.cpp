// SPDX-License-Identifier: GPL-3.0-or-later
// NotificationConfig::fromSettings on the shipped settings description: nothing configured by default,
// secrets from the environment, problems in words naming the key.

#include "../connect/serverprocess.h"

#include "core/settings.h"
#include "notify/notificationconfig.h"

#include <QTest>

using namespace ioc;

namespace {

Settings shippedSettings()
{
    Result<SettingsSchema> schema = SettingsSchema::load(test::sourcePath(QStringLiteral("resources/settings/iocdesk.settings.json")));
    if (!schema)
        qFatal("%s", qPrintable(schema.errorMessage()));
    return Settings(schema.value());
}

} // namespace

class TestNotificationConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingIsConfiguredByDefault()
    {
        Settings settings = shippedSettings();
        const NotificationConfig config = NotificationConfig::fromSettings(settings);
        QVERIFY(!config.mail);
        QVERIFY(!config.sms);
        QVERIFY(config.mailUnavailable.contains(QLatin1String("notify.smtp.url")));
        QVERIFY(config.smsUnavailable.contains(QLatin1String("notify.sms.url")));
        QCOMPARE(config.attempts, 3);
        QCOMPARE(config.firstRetryDelay, std::chrono::milliseconds(30000));
    }

    void aFullConfigurationWithSecretsFromTheEnvironment()
    {
        qputenv("IOC_TEST_SMTP_PASSWORD", "smtp-Secret");
        qputenv("IOC_TEST_SMS_TOKEN", "sms-Secret");
        Settings settings = shippedSettings();
        Result<void> loaded = settings.loadJson("{\"notify\": {\"attempts\": 5, \"retrySeconds\": 10,"
            "\"smtp\": {\"url\": \"smtp://mail.tinh.gov.vn:587\", \"from\": \"ioc@tinh.gov.vn\", \"user\": \"ioc\","
            "\"passwordEnv\": \"IOC_TEST_SMTP_PASSWORD\", \"caFile\": \"/etc/ioc/ca.pem\", \"timeoutSeconds\": 20},"
            "\"sms\": {\"url\": \"https://sms.example.vn/api/send\", \"format\": \"form\", \"toField\": \"phone\","
            "\"authType\": \"bearer\", \"tokenEnv\": \"IOC_TEST_SMS_TOKEN\", \"successPointer\": \"/code\", \"successValue\": \"0\"}}}",
            QStringLiteral("test"));
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        const NotificationConfig config = NotificationConfig::fromSettings(settings);
        QVERIFY2(config.mail, qPrintable(config.mailUnavailable));
        QCOMPARE(config.mail->password, QStringLiteral("smtp-Secret"));
        QCOMPARE(config.mail->user, QStringLiteral("ioc"));
        QVERIFY(config.mail->startTls);
        QCOMPARE(config.mail->caFile, QStringLiteral("/etc/ioc/ca.pem"));
        QCOMPARE(config.mail->timeout, std::chrono::milliseconds(20000));
        QCOMPARE(config.mailFrom, QStringLiteral("ioc@tinh.gov.vn"));
        QVERIFY2(config.sms, qPrintable(config.smsUnavailable));
        QCOMPARE(config.sms->format, SmsGatewayConfig::Format::Form);
        QCOMPARE(config.sms->toField, QStringLiteral("phone"));
        QCOMPARE(config.sms->transport.auth, TransportOptions::Auth::Bearer);
        QCOMPARE(config.sms->transport.token, QStringLiteral("sms-Secret"));
        QCOMPARE(config.sms->successPointer, QStringLiteral("/code"));
        QCOMPARE(config.attempts, 5);
        QCOMPARE(config.firstRetryDelay, std::chrono::milliseconds(10000));
    }

    void problemsNameTheKey()
    {
        Settings settings = shippedSettings();
        Result<void> loaded = settings.loadJson("{\"notify\": {"
            "\"smtp\": {\"url\": \"smtp://mail.tinh.gov.vn:587\", \"from\": \"ioc@tinh.gov.vn\", \"passwordEnv\": \"IOC_TEST_UNSET_VARIABLE\"},"
            "\"sms\": {\"url\": \"ftp://sms.example.vn/\"}}}", QStringLiteral("test"));
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        const NotificationConfig config = NotificationConfig::fromSettings(settings);
        QVERIFY(!config.mail);
        QVERIFY2(config.mailUnavailable.contains(QLatin1String("IOC_TEST_UNSET_VARIABLE"))
                     && config.mailUnavailable.contains(QLatin1String("notify.smtp.passwordEnv")), qPrintable(config.mailUnavailable));
        QVERIFY(!config.sms);
        QVERIFY2(config.smsUnavailable.contains(QLatin1String("url")), qPrintable(config.smsUnavailable));
    }
};

QTEST_GUILESS_MAIN(TestNotificationConfig)
#include "tst_notificationconfig.moc"
