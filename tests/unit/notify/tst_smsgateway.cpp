// SPDX-License-Identifier: GPL-3.0-or-later
// SmsGateway against a real HTTP endpoint on 127.0.0.1 (scripts/test-servers/smssink.py): the configured
// field names as JSON and as a form, bearer and API-key auth, error statuses, a success field, a hang.

#include "notifysinks.h"

#include "notify/smsgateway.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {

const QString kText = QStringLiteral("IOC: Cảnh báo ngập P. Hưng Lợi, SOP #42 bước 2 — xác nhận giúp.");

RecordingServer smsSink() { return RecordingServer(QStringLiteral("scripts/test-servers/smssink.py"), QStringLiteral("json")); }

SmsGatewayConfig configFor(const RecordingServer& sink, QJsonObject extra = {})
{
    QJsonObject gateway{{QStringLiteral("url"), sink.url(QStringLiteral("http"), QStringLiteral("/api/sms"))}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        gateway.insert(it.key(), it.value());
    Result<SmsGatewayConfig> config = SmsGatewayConfig::fromJson(gateway);
    if (!config)
        qFatal("%s", qPrintable(config.errorMessage()));
    return config.value();
}

} // namespace

class TestSmsGateway : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonBodyWithTheConfiguredFieldsAndBearer()
    {
        qputenv("IOC_TEST_SMS_TOKEN", "tok-Secret-987");
        RecordingServer sink = smsSink();
        QVERIFY(sink.start());
        Transport transport;
        SmsGateway gateway(transport, configFor(sink, {
            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("to"), QStringLiteral("phone")},
                                                   {QStringLiteral("text"), QStringLiteral("message")},
                                                   {QStringLiteral("sender"), QStringLiteral("brandname")}}},
            {QStringLiteral("sender"), QStringLiteral("IOC-CT")},
            {QStringLiteral("transport"), QJsonObject{{QStringLiteral("auth"), QJsonObject{
                {QStringLiteral("type"), QStringLiteral("bearer")}, {QStringLiteral("tokenEnv"), QStringLiteral("IOC_TEST_SMS_TOKEN")}}}}}}));
        Result<QString> r = gateway.send(QStringLiteral("0912 345-678"), kText);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r.value(), QStringLiteral("HTTP 200"));
        QVERIFY(sink.waitFor(1));
        const QJsonObject record = sink.records().first();
        QCOMPARE(record.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(record.value(QStringLiteral("path")).toString(), QStringLiteral("/api/sms"));
        QVERIFY(record.value(QStringLiteral("contentType")).toString().startsWith(QLatin1String("application/json")));
        const QJsonObject body = record.value(QStringLiteral("json")).toObject();
        QCOMPARE(body, (QJsonObject{{QStringLiteral("phone"), QStringLiteral("0912345678")},
                                    {QStringLiteral("message"), kText},
                                    {QStringLiteral("brandname"), QStringLiteral("IOC-CT")}}));
        QCOMPARE(record.value(QStringLiteral("headers")).toObject().value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Bearer tok-Secret-987"));
    }

    void formBodyWithAnApiKeyAndPut()
    {
        qputenv("IOC_TEST_SMS_KEY", "key-Secret-555");
        RecordingServer sink = smsSink();
        QVERIFY(sink.start());
        Transport transport;
        SmsGateway gateway(transport, configFor(sink, {
            {QStringLiteral("format"), QStringLiteral("form")},
            {QStringLiteral("method"), QStringLiteral("PUT")},
            {QStringLiteral("transport"), QJsonObject{{QStringLiteral("auth"), QJsonObject{
                {QStringLiteral("type"), QStringLiteral("apiKey")}, {QStringLiteral("header"), QStringLiteral("X-Api-Key")},
                {QStringLiteral("tokenEnv"), QStringLiteral("IOC_TEST_SMS_KEY")}}}}}}));
        Result<QString> r = gateway.send(QStringLiteral("+84 912 345 678"), kText + QStringLiteral(" & a=b"));
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QVERIFY(sink.waitFor(1));
        const QJsonObject record = sink.records().first();
        QCOMPARE(record.value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
        QVERIFY(record.value(QStringLiteral("contentType")).toString().startsWith(QLatin1String("application/x-www-form-urlencoded")));
        // No sender configured: the field is not sent at all.
        QCOMPARE(record.value(QStringLiteral("form")).toObject(),
                 (QJsonObject{{QStringLiteral("to"), QStringLiteral("+84912345678")},
                              {QStringLiteral("text"), kText + QStringLiteral(" & a=b")}}));
        QCOMPARE(record.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-api-key")).toString(),
                 QStringLiteral("key-Secret-555"));
    }

    void anErrorStatusIsAFailureInWords()
    {
        qputenv("IOC_TEST_SMS_TOKEN", "tok-Secret-987");
        RecordingServer sink = smsSink();
        QVERIFY(sink.start({QStringLiteral("--status"), QStringLiteral("429")}));
        Transport transport;
        SmsGateway gateway(transport, configFor(sink, {
            {QStringLiteral("transport"), QJsonObject{{QStringLiteral("auth"), QJsonObject{
                {QStringLiteral("type"), QStringLiteral("bearer")}, {QStringLiteral("tokenEnv"), QStringLiteral("IOC_TEST_SMS_TOKEN")}}}}}}));
        Result<QString> r = gateway.send(QStringLiteral("0912345678"), kText);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().startsWith(sink.url(QStringLiteral("http"), QStringLiteral("/api/sms"))
                                             + QLatin1String(": the gateway answered HTTP 429 (")), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QLatin1String("test gateway says 429")), qPrintable(r.errorMessage()));
        QVERIFY(!r.errorMessage().contains(QLatin1String("tok-Secret-987")));
        QVERIFY(sink.waitFor(1)); // it did reach the gateway
    }

    void aSuccessFieldMustMatch()
    {
        RecordingServer sink = smsSink();
        QVERIFY(sink.start({QStringLiteral("--reply"), QStringLiteral("{\"result\": {\"code\": 7, \"msg\": \"out of credit\"}}")}));
        Transport transport;
        const QJsonObject success{{QStringLiteral("success"), QJsonObject{{QStringLiteral("pointer"), QStringLiteral("/result/code")},
                                                                         {QStringLiteral("equals"), 0}}}};
        Result<QString> r = SmsGateway(transport, configFor(sink, success)).send(QStringLiteral("0912345678"), kText);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("/result/code is 7, not 0")), qPrintable(r.errorMessage()));

        RecordingServer good = smsSink();
        QVERIFY(good.start({QStringLiteral("--reply"), QStringLiteral("{\"result\": {\"code\": 0}}")}));
        r = SmsGateway(transport, configFor(good, success)).send(QStringLiteral("0912345678"), kText);
        QVERIFY2(r, qPrintable(r.errorMessage()));
    }

    void aHangingGatewayTimesOut()
    {
        RecordingServer sink = smsSink();
        QVERIFY(sink.start({QStringLiteral("--hang")}));
        Transport transport;
        SmsGateway gateway(transport, configFor(sink, {{QStringLiteral("transport"), QJsonObject{{QStringLiteral("timeoutSeconds"), 1.5}}}}));
        QElapsedTimer timer;
        timer.start();
        Result<QString> r = gateway.send(QStringLiteral("0912345678"), kText);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("within 1.5 s")), qPrintable(r.errorMessage()));
        QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void aCancelIsNoticedWhileTheGatewayHangs()
    {
        RecordingServer sink = smsSink();
        QVERIFY(sink.start({QStringLiteral("--hang")}));
        Transport transport;
        SmsGateway gateway(transport, configFor(sink));
        std::atomic<bool> cancel{false};
        QElapsedTimer timer;
        timer.start();
        std::thread canceller([&] { std::this_thread::sleep_for(std::chrono::milliseconds(300)); cancel = true; });
        Result<QString> r = gateway.send(QStringLiteral("0912345678"), kText, &cancel);
        canceller.join();
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("cancelled")), qPrintable(r.errorMessage()));
        QVERIFY(timer.elapsed() < 3000);
    }

    void badNumbersAndBadConfigurationsAreRefused()
    {
        QVERIFY(SmsGateway::normalizedNumber(QStringLiteral("12ab")).isEmpty());
        QVERIFY(SmsGateway::normalizedNumber(QStringLiteral("+84 (912) 345.678")) == QStringLiteral("+84912345678"));
        Transport transport;
        SmsGatewayConfig config;
        config.url = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        Result<QString> r = SmsGateway(transport, config).send(QStringLiteral("not a number"), kText);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("not a phone number")), qPrintable(r.errorMessage()));

        Result<SmsGatewayConfig> bad = SmsGatewayConfig::fromJson({{QStringLiteral("url"), QStringLiteral("ftp://x/")}});
        QVERIFY(!bad);
        QVERIFY2(bad.errorMessage().startsWith(QLatin1String("sms.url:")), qPrintable(bad.errorMessage()));
        bad = SmsGatewayConfig::fromJson({{QStringLiteral("url"), QStringLiteral("https://x/")}, {QStringLiteral("format"), QStringLiteral("xml")}});
        QVERIFY(!bad);
        QVERIFY2(bad.errorMessage().startsWith(QLatin1String("sms.format:")), qPrintable(bad.errorMessage()));
        bad = SmsGatewayConfig::fromJson({{QStringLiteral("url"), QStringLiteral("https://x/")}, {QStringLiteral("tranport"), QJsonObject{}}});
        QVERIFY(!bad);
        QVERIFY2(bad.errorMessage().contains(QLatin1String("unknown key")), qPrintable(bad.errorMessage()));
        bad = SmsGatewayConfig::fromJson({{QStringLiteral("url"), QStringLiteral("https://x/")},
            {QStringLiteral("transport"), QJsonObject{{QStringLiteral("auth"), QJsonObject{
                {QStringLiteral("type"), QStringLiteral("bearer")}, {QStringLiteral("tokenEnv"), QStringLiteral("IOC_TEST_NOT_SET_ANYWHERE")}}}}}});
        QVERIFY(!bad);
        QVERIFY2(bad.errorMessage().contains(QLatin1String("IOC_TEST_NOT_SET_ANYWHERE")), qPrintable(bad.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestSmsGateway)
#include "tst_smsgateway.moc"
