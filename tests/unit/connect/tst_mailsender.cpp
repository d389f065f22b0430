// SPDX-License-Identifier: GPL-3.0-or-later
// MailSender against a real SMTP server on 127.0.0.1 (scripts/test-servers/smtpsink.py, python3-aiosmtpd):
// clear text, STARTTLS with the test CA, login, Vietnamese text, several recipients, a server that refuses
// and one that hangs.

#include "../notify/notifysinks.h"

#include "connect/mailsender.h"
#include "core/clock.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace ioc;
using namespace ioc::test;

namespace {

const QString kSubject = QStringLiteral("Cảnh báo ngập: Phường Hưng Lợi — mực nước 0,8 m, kích hoạt quy trình ứng phó số 3");
const QString kBody = QStringLiteral("Kính gửi trực ban,\nĐã kích hoạt SOP \"Ứng phó ngập\" lúc 10:05.\n.\nBước 2: điều xe bơm.\n");
const QString kPassword = QStringLiteral("mật-khẩu-S3cret!");

MailMessage message(QStringList to = {QStringLiteral("truongca@tinh.gov.vn")})
{
    MailMessage m;
    m.from = QStringLiteral("ioc@tinh.gov.vn");
    m.fromName = QStringLiteral("Trung tâm IOC");
    m.to = std::move(to);
    m.subject = kSubject;
    m.body = kBody;
    m.headers = {{"X-IOC-Context", "sop-run 42 step 2"}};
    return m;
}

MailServer plainServer(const RecordingServer& sink)
{
    MailServer server;
    server.url = QUrl(sink.url(QStringLiteral("smtp")));
    server.startTls = false;
    server.connectTimeout = std::chrono::milliseconds(3000);
    server.timeout = std::chrono::milliseconds(10000);
    return server;
}

QStringList tlsArgs()
{
    return {QStringLiteral("--starttls"), tlsFile(QStringLiteral("server.pem")), tlsFile(QStringLiteral("server.key"))};
}

} // namespace

class TestMailSender : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void composeMakesAProperMessage()
    {
        const QDateTime date(QDate(2026, 11, 24), QTime(10, 5, 0), QTimeZone(7 * 3600));
        Result<QByteArray> composed = MailSender::compose(message(), date, "<abc@tinh.gov.vn>");
        QVERIFY2(composed, qPrintable(composed.errorMessage()));
        const QByteArray data = composed.value();
        QVERIFY(data.startsWith("Date: Tue, 24 Nov 2026 10:05:00 +0700\r\n"));
        QVERIFY(data.contains("\r\nMessage-ID: <abc@tinh.gov.vn>\r\n"));
        QVERIFY(data.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(data.contains("\r\nContent-Type: text/plain; charset=UTF-8\r\n"));
        QVERIFY(data.contains("\r\nContent-Transfer-Encoding: base64\r\n"));
        QVERIFY(data.contains("\r\nX-IOC-Context: sop-run 42 step 2\r\n"));
        // Every line is 7-bit and short (RFC 5322: 78 recommended, 998 at most); no bare LF.
        for (const QByteArray& line : data.split('\n')) {
            QVERIFY2(line.size() <= 86, line.constData());
            for (const char c : line)
                QVERIFY(uchar(c) < 0x80);
        }
        QCOMPARE(data.count('\n'), data.count("\r\n"));
        // The subject's encoded words are at most 75 characters each and decode back to the text.
        const ReceivedMail mail = ReceivedMail::fromRecord(
            QJsonObject{{QStringLiteral("data"), QString::fromLatin1(data.toBase64())}});
        for (const QByteArray& word : mail.header("Subject").split(' '))
            QVERIFY2(word.size() <= 75, word.constData());
        QCOMPARE(mail.subject(), kSubject);
        QCOMPARE(ReceivedMail::decodeWords(mail.header("From")), QStringLiteral("Trung tâm IOC <ioc@tinh.gov.vn>"));
        QCOMPARE(mail.body(), QString(kBody).replace(QLatin1String("\n"), QLatin1String("\r\n")));
        QCOMPARE(MailSender::encodeHeaderWord(QStringLiteral("plain ASCII")), QByteArray("plain ASCII"));
    }

    void composeRejectsBadAddressesAndHeaderInjection()
    {
        MailMessage bad = message({QStringLiteral("not an address")});
        Result<QByteArray> r = MailSender::compose(bad, QDateTime::currentDateTime(), "<x@y>");
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("not an address")), qPrintable(r.errorMessage()));

        MailMessage injected = message();
        injected.headers = {{"X-Run", "1\r\nBcc: victim@example.com"}};
        r = MailSender::compose(injected, QDateTime::currentDateTime(), "<x@y>");
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("line break")), qPrintable(r.errorMessage()));

        MailMessage override = message();
        override.headers = {{"Bcc", "victim@example.com"}};
        QVERIFY(!MailSender::compose(override, QDateTime::currentDateTime(), "<x@y>"));

        // A line break in the subject cannot start a header of its own.
        MailMessage subject = message();
        subject.subject = QStringLiteral("Alert\r\nBcc: victim@example.com");
        r = MailSender::compose(subject, QDateTime::currentDateTime(), "<x@y>");
        QVERIFY(r);
        QVERIFY(!r.value().contains("\r\nBcc:"));
    }

    void plainSmtpDeliversTheMessage()
    {
        RecordingServer sink(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd"));
        QVERIFY(sink.start());
        ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(10, 5, 0), QTimeZone(7 * 3600)));
        MailSender sender(plainServer(sink), &clock);
        Result<QByteArray> id = sender.send(message());
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(sink.waitFor(1));
        const QJsonObject record = sink.records().first();
        QCOMPARE(record.value(QStringLiteral("mailFrom")).toString(), QStringLiteral("ioc@tinh.gov.vn"));
        QCOMPARE(record.value(QStringLiteral("rcptTos")).toArray(), QJsonArray{QStringLiteral("truongca@tinh.gov.vn")});
        QCOMPARE(record.value(QStringLiteral("tls")).toBool(), false);
        const ReceivedMail mail = ReceivedMail::fromRecord(record);
        QCOMPARE(mail.header("Message-ID"), id.value());
        QVERIFY(id.value().endsWith("@tinh.gov.vn>"));
        QCOMPARE(mail.header("Date"), QByteArray("Tue, 24 Nov 2026 10:05:00 +0700"));
        QCOMPARE(mail.header("X-IOC-Context"), QByteArray("sop-run 42 step 2"));
    }

    void vietnameseSubjectAndBodyArriveIntact()
    {
        RecordingServer sink(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd"));
        QVERIFY(sink.start());
        Result<QByteArray> id = MailSender(plainServer(sink)).send(message());
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(sink.waitFor(1));
        const ReceivedMail mail = ReceivedMail::fromRecord(sink.records().first());
        QCOMPARE(mail.header("Content-Type"), QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(mail.subject(), kSubject);
        // The lone "." line survived SMTP's dot-stuffing; line ends are CRLF on the wire.
        QCOMPARE(mail.body(), QString(kBody).replace(QLatin1String("\n"), QLatin1String("\r\n")));
    }

    void severalRecipientsGetOneMessage()
    {
        RecordingServer sink(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd"));
        QVERIFY(sink.start());
        const QStringList to = {QStringLiteral("a@tinh.gov.vn"), QStringLiteral("b@tinh.gov.vn"),
                                QStringLiteral("c@so-tnmt.gov.vn")};
        Result<QByteArray> id = MailSender(plainServer(sink)).send(message(to));
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(sink.waitFor(1));
        QTest::qWait(200);
        QCOMPARE(sink.records().size(), 1);
        const QJsonArray rcpt = sink.records().first().value(QStringLiteral("rcptTos")).toArray();
        QCOMPARE(rcpt, (QJsonArray{to[0], to[1], to[2]}));
        QCOMPARE(ReceivedMail::fromRecord(sink.records().first()).header("To"),
                 QByteArray("a@tinh.gov.vn, b@tinh.gov.vn, c@so-tnmt.gov.vn"));
    }

    void startTlsWithTheTestCa()
    {
        RecordingServer sink(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd"));
        QVERIFY(sink.start(tlsArgs()));
        MailServer server = plainServer(sink);
        server.startTls = true;
        server.caFile = tlsFile(QStringLiteral("ca.pem"));
        Result<QByteArray> id = MailSender(server).send(message());
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(sink.waitFor(1));
        QCOMPARE(sink.records().first().value(QStringLiteral("tls")).toBool(), true);
        QCOMPARE(ReceivedMail::fromRecord(sink.records().first()).subject(), kSubject);
    }

    void startTlsFailsWithoutTrustOrWithoutTheOffer()
    {
        RecordingServer tls(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd"));
        QVERIFY(tls.start(tlsArgs()));
        MailServer server = plainServer(tls);
        server.startTls = true; // the system's CAs do not vouch for the test certificate
        Result<QByteArray> r = MailSender(server).send(message());
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("not trusted")), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().startsWith(tls.url(QStringLiteral("smtp"))), qPrintable(r.errorMessage()));

        RecordingServer plain(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd"));
        QVERIFY(plain.start());
        server = plainServer(plain);
        server.startTls = true;
        server.caFile = tlsFile(QStringLiteral("ca.pem"));
        r = MailSender(server).send(message());
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("STARTTLS")), qPrintable(r.errorMessage()));
        QTest::qWait(200);
        QVERIFY(plain.records().isEmpty()); // nothing went out in clear text
        QVERIFY(tls.records().isEmpty());
    }

    void loginWithTheRightAndTheWrongPassword()
    {
        RecordingServer sink(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd"));
        QVERIFY(sink.start(tlsArgs() + QStringList{QStringLiteral("--require-auth"), QStringLiteral("ioc:") + kPassword}));
        MailServer server = plainServer(sink);
        server.startTls = true;
        server.caFile = tlsFile(QStringLiteral("ca.pem"));

        // Without a login the server will not take the message.
        Result<QByteArray> r = MailSender(server).send(message());
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("530")), qPrintable(r.errorMessage()));

        server.user = QStringLiteral("ioc");
        server.password = kPassword;
        r = MailSender(server).send(message());
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QVERIFY(sink.waitFor(1));
        QCOMPARE(sink.records().first().value(QStringLiteral("login")).toString(), QStringLiteral("ioc"));

        server.password = QStringLiteral("wrong-Secret-123");
        r = MailSender(server).send(message());
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("user name or password")), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(sink.url(QStringLiteral("smtp"))), qPrintable(r.errorMessage()));
        QVERIFY(!r.errorMessage().contains(QLatin1String("wrong-Secret-123")));
        QVERIFY(!r.errorMessage().contains(QString::fromLatin1(QByteArray("wrong-Secret-123").toBase64())));
        QTest::qWait(200);
        QCOMPARE(sink.records().size(), 1);
    }

    void aRefusingServerFailsWithItsReply()
    {
        RecordingServer sink(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd"));
        QVERIFY(sink.start({QStringLiteral("--refuse")}));
        Result<QByteArray> r = MailSender(plainServer(sink)).send(message());
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().startsWith(sink.url(QStringLiteral("smtp")) + QLatin1String(": the server refused the message (554")),
                 qPrintable(r.errorMessage()));
        QVERIFY(sink.records().isEmpty());
    }

    void aHangingServerTimesOut()
    {
        RecordingServer sink(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd"));
        QVERIFY(sink.start({QStringLiteral("--hang")}));
        MailServer server = plainServer(sink);
        server.connectTimeout = std::chrono::milliseconds(1500);
        server.timeout = std::chrono::milliseconds(5000);
        QElapsedTimer timer;
        timer.start();
        Result<QByteArray> r = MailSender(server).send(message());
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("did not answer within 1.5 s")), qPrintable(r.errorMessage()));
        QVERIFY2(elapsed >= 1400 && elapsed < 4000, qPrintable(QString::number(elapsed)));
    }

    void cancellingAbortsTheSession()
    {
        RecordingServer sink(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd"));
        QVERIFY(sink.start({QStringLiteral("--hang")}));
        MailServer server = plainServer(sink);
        server.connectTimeout = std::chrono::milliseconds(20000);
        server.timeout = std::chrono::milliseconds(20000);
        std::atomic<bool> cancel{true};
        QElapsedTimer timer;
        timer.start();
        Result<QByteArray> r = MailSender(server).send(message(), &cancel);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("cancelled")), qPrintable(r.errorMessage()));
        QVERIFY(timer.elapsed() < 5000);
    }

    void aServerThatIsNotThereIsNamed()
    {
        RecordingServer sink(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd"));
        QVERIFY(sink.start());
        sink.stop();
        Result<QByteArray> r = MailSender(plainServer(sink)).send(message());
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().startsWith(sink.url(QStringLiteral("smtp"))), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QLatin1String("refused or the server cannot be reached")), qPrintable(r.errorMessage()));

        MailServer http;
        http.url = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        r = MailSender(http).send(message());
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("smtp://")), qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestMailSender)
#include "tst_mailsender.moc"
