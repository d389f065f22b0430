// SPDX-License-Identifier: GPL-3.0-or-later
// NotificationService end to end against real servers on 127.0.0.1 (smtpsink.py, smssink.py): results,
// order, retries with back-off until a server comes back, a refusing and a hanging server, a channel that
// is not configured; the GUI thread keeps running meanwhile.

#include "notifysinks.h"

#include "notify/notificationservice.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ioc;
using namespace ioc::test;
using namespace std::chrono_literals;

namespace {

RecordingServer smtpSink() { return RecordingServer(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd")); }
RecordingServer smsSink() { return RecordingServer(QStringLiteral("scripts/test-servers/smssink.py"), QStringLiteral("json")); }

NotificationConfig configFor(const RecordingServer* smtp, const RecordingServer* sms)
{
    NotificationConfig config;
    if (smtp) {
        MailServer server;
        server.url = QUrl(smtp->url(QStringLiteral("smtp")));
        server.startTls = false;
        server.connectTimeout = 1000ms;
        server.timeout = 5000ms;
        config.mail = server;
        config.mailFrom = QStringLiteral("ioc@tinh.gov.vn");
        config.mailFromName = QStringLiteral("Trung tâm IOC");
    }
    if (sms) {
        SmsGatewayConfig gateway;
        gateway.url = QUrl(sms->url(QStringLiteral("http"), QStringLiteral("/send")));
        gateway.transport.timeout = 2000ms;
        config.sms = gateway;
    }
    config.attempts = 3;
    config.firstRetryDelay = 200ms;
    config.maxRetryDelay = 1000ms;
    return config;
}

NotificationRequest email(const QString& id, const QString& subject = {})
{
    return NotificationRequest{id, NotificationRequest::Channel::Email, QStringLiteral("truongca@tinh.gov.vn"),
                               subject.isEmpty() ? QStringLiteral("SOP ") + id : subject,
                               QStringLiteral("Bước 2 cần phê duyệt."),
                               QJsonObject{{QStringLiteral("sopRun"), 42}, {QStringLiteral("step"), QStringLiteral("2")}}};
}

NotificationRequest sms(const QString& id)
{
    return NotificationRequest{id, NotificationRequest::Channel::Sms, QStringLiteral("0912345678"), {},
                               QStringLiteral("SOP ") + id, {}};
}

QStringList spyIds(const QSignalSpy& spy)
{
    QStringList ids;
    for (const QList<QVariant>& args : spy)
        ids << args.at(0).toString();
    return ids;
}

} // namespace

class TestNotificationService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyRequestIsDeliveredInOrder()
    {
        RecordingServer smtp = smtpSink();
        RecordingServer gateway = smsSink();
        QVERIFY(smtp.start());
        QVERIFY(gateway.start());
        NotificationService service(configFor(&smtp, &gateway));
        QSignalSpy delivered(&service, &NotificationService::delivered);
        QStringList ids;
        for (int i = 1; i <= 8; ++i) {
            const QString id = QStringLiteral("n%1").arg(i);
            ids << id;
            service.submit(i % 3 == 0 ? sms(id) : email(id));
        }
        QCOMPARE(service.pendingCount(), 8);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 8, 20000);
        QCOMPARE(spyIds(delivered), ids);
        for (const QList<QVariant>& args : delivered)
            QVERIFY2(args.at(1).toBool(), qPrintable(args.at(2).toString()));
        QCOMPARE(service.pendingCount(), 0);
        QVERIFY2(delivered.at(0).at(2).toString().startsWith(smtp.url(QStringLiteral("smtp")) + QLatin1String(" accepted <")),
                 qPrintable(delivered.at(0).at(2).toString()));
        QCOMPARE(delivered.at(2).at(2).toString(), gateway.url(QStringLiteral("http"), QStringLiteral("/send")) + QLatin1String(" answered HTTP 200"));

        // What the servers hold: each message once, in the order submitted, with the run's context.
        QStringList subjects;
        for (const QJsonObject& record : smtp.records())
            subjects << ReceivedMail::fromRecord(record).subject();
        QCOMPARE(subjects, (QStringList{QStringLiteral("SOP n1"), QStringLiteral("SOP n2"), QStringLiteral("SOP n4"),
                                        QStringLiteral("SOP n5"), QStringLiteral("SOP n7"), QStringLiteral("SOP n8")}));
        const ReceivedMail first = ReceivedMail::fromRecord(smtp.records().first());
        QCOMPARE(first.header("X-IOC-sopRun"), QByteArray("42"));
        QCOMPARE(first.header("X-IOC-step"), QByteArray("2"));
        QStringList texts;
        for (const QJsonObject& record : gateway.records())
            texts << record.value(QStringLiteral("json")).toObject().value(QStringLiteral("text")).toString();
        QCOMPARE(texts, (QStringList{QStringLiteral("SOP n3"), QStringLiteral("SOP n6")}));
    }

    void failuresAreRetriedUntilTheServerComesBack()
    {
        RecordingServer smtp = smtpSink();
        QVERIFY(smtp.start());
        smtp.stop(); // the port is known, nobody listens
        NotificationConfig config = configFor(&smtp, nullptr);
        config.attempts = 10;
        NotificationService service(config);
        QSignalSpy delivered(&service, &NotificationService::delivered);
        QSignalSpy failed(&service, &NotificationService::attemptFailed);
        for (const QString& id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
            service.submit(email(id));
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 3, 10000);
        QVERIFY(delivered.isEmpty());
        QVERIFY2(failed.first().at(2).toString().contains(QLatin1String("cannot be reached")), qPrintable(failed.first().at(2).toString()));
        QCOMPARE(failed.first().at(1).toInt(), 1);
        QCOMPARE(failed.first().at(3).toLongLong(), 200); // the first back-off

        QVERIFY(smtp.start()); // back, on the same port
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, 20000);
        QStringList okIds;
        for (const QList<QVariant>& args : delivered) {
            QVERIFY2(args.at(1).toBool(), qPrintable(args.at(2).toString()));
            okIds << args.at(0).toString();
        }
        okIds.sort();
        QCOMPARE(okIds, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QTest::qWait(500);
        QStringList subjects;
        for (const QJsonObject& record : smtp.records())
            subjects << ReceivedMail::fromRecord(record).subject();
        subjects.sort();
        QCOMPARE(subjects, (QStringList{QStringLiteral("SOP a"), QStringLiteral("SOP b"), QStringLiteral("SOP c")})); // none lost, none twice
    }

    void aRefusingServerIsReportedFailedAfterTheAttempts()
    {
        RecordingServer smtp = smtpSink();
        QVERIFY(smtp.start({QStringLiteral("--refuse")}));
        NotificationService service(configFor(&smtp, nullptr));
        QSignalSpy delivered(&service, &NotificationService::delivered);
        QSignalSpy failed(&service, &NotificationService::attemptFailed);
        service.submit(email(QStringLiteral("r1")));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 15000);
        QCOMPARE(delivered.first().at(1).toBool(), false);
        const QString detail = delivered.first().at(2).toString();
        QVERIFY2(detail.startsWith(QLatin1String("after 3 attempts: ") + smtp.url(QStringLiteral("smtp"))), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("554")), qPrintable(detail));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(3).toLongLong(), 400); // doubled
    }

    void aHangingServerTimesOutWithoutBlockingTheGuiThread()
    {
        RecordingServer smtp = smtpSink();
        QVERIFY(smtp.start({QStringLiteral("--hang")}));
        NotificationConfig config = configFor(&smtp, nullptr);
        config.attempts = 2;
        NotificationService service(config);
        QSignalSpy delivered(&service, &NotificationService::delivered);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(50);
        QElapsedTimer timer;
        timer.start();
        service.submit(email(QStringLiteral("h1")));
        QVERIFY(timer.elapsed() < 100); // submit does not wait
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 15000);
        QCOMPARE(delivered.first().at(1).toBool(), false);
        QVERIFY2(delivered.first().at(2).toString().contains(QLatin1String("did not answer within 1 s")),
                 qPrintable(delivered.first().at(2).toString()));
        QVERIFY2(timer.elapsed() >= 2000, qPrintable(QString::number(timer.elapsed()))); // two timed-out attempts
        QVERIFY2(ticks >= int(timer.elapsed() / 50) / 2, qPrintable(QString::number(ticks))); // the event loop ran all along
    }

    void anSmsGatewayThatComesBackGetsTheMessageOnce()
    {
        RecordingServer gateway = smsSink();
        QVERIFY(gateway.start({QStringLiteral("--fail-first"), QStringLiteral("2")}));
        NotificationService service(configFor(nullptr, &gateway));
        QSignalSpy delivered(&service, &NotificationService::delivered);
        service.submit(sms(QStringLiteral("s1")));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 15000);
        QVERIFY2(delivered.first().at(1).toBool(), qPrintable(delivered.first().at(2).toString()));
        const QList<QJsonObject> records = gateway.records();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).value(QStringLiteral("answered")).toInt(), 503);
        QCOMPARE(records.at(2).value(QStringLiteral("answered")).toInt(), 200);
    }

    void whatARetryCannotMendFailsAtOnce()
    {
        NotificationConfig config; // nothing configured
        config.mailUnavailable = QStringLiteral("e-mail is not configured (notify.smtp.url is empty)");
        NotificationService service(config);
        QSignalSpy delivered(&service, &NotificationService::delivered);
        QSignalSpy failed(&service, &NotificationService::attemptFailed);
        service.submit(email(QStringLiteral("e1")));
        service.submit(sms(QStringLiteral("s1")));
        service.submit(NotificationRequest{}); // no id
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, 5000);
        QHash<QString, QString> details;
        for (const QList<QVariant>& args : delivered) {
            QCOMPARE(args.at(1).toBool(), false);
            details.insert(args.at(0).toString(), args.at(2).toString());
        }
        QCOMPARE(details.value(QStringLiteral("e1")), config.mailUnavailable);
        QCOMPARE(details.value(QStringLiteral("s1")), QStringLiteral("SMS is not configured"));
        QVERIFY(details.value(QString()).contains(QLatin1String("without an id")));
        QVERIFY(failed.isEmpty());

        // A bad address or number is not retried either; a duplicate id is refused while the first is pending.
        RecordingServer smtp = smtpSink();
        QVERIFY(smtp.start());
        service.setConfig(configFor(&smtp, nullptr));
        delivered.clear();
        NotificationRequest bad = email(QStringLiteral("e2"));
        bad.recipient = QStringLiteral("truongca at tinh");
        service.submit(bad);
        service.submit(email(QStringLiteral("e3")));
        service.submit(email(QStringLiteral("e3")));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, 10000);
        details.clear();
        QHash<QString, int> okCount;
        for (const QList<QVariant>& args : delivered) {
            if (args.at(1).toBool())
                ++okCount[args.at(0).toString()];
            else
                details.insert(args.at(0).toString(), args.at(2).toString());
        }
        QVERIFY2(details.value(QStringLiteral("e2")).contains(QLatin1String("not an e-mail address")), qPrintable(details.value(QStringLiteral("e2"))));
        QVERIFY2(details.value(QStringLiteral("e3")).contains(QLatin1String("already being sent")), qPrintable(details.value(QStringLiteral("e3"))));
        QCOMPARE(okCount.value(QStringLiteral("e3")), 1);
        QVERIFY(failed.isEmpty());
        QCOMPARE(smtp.records().size(), 1);
    }

    void destroyingTheServiceCancelsAHangingSend()
    {
        RecordingServer smtp = smtpSink();
        QVERIFY(smtp.start({QStringLiteral("--hang")}));
        NotificationConfig config = configFor(&smtp, nullptr);
        config.mail->connectTimeout = 30000ms;
        config.mail->timeout = 30000ms;
        QElapsedTimer timer;
        {
            NotificationService service(config);
            service.submit(email(QStringLiteral("x")));
            QTest::qWait(300);
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestNotificationService)
#include "tst_notificationservice.moc"
