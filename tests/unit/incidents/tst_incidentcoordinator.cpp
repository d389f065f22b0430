// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10's acceptance, end to end on a real store (SQLite; PostgreSQL in the _postgresql variant), with a
// real SMTP server (python3-aiosmtpd) and an HTTP endpoint standing in for the SMS gateway, both on 127.0.0.1:
//  1. a rain observation over the gauge's threshold raises one alert, starts the rain SOP, notifies the
//     ward's officer by e-mail and SMS (read back from the servers); an operator does the steps; the
//     operator's approval is refused; a supervisor approves; the run and the alert close; the journal verifies.
//  3. the water-quality SOP closes itself when a later observation is back in range.
#include "../notify/notifysinks.h"
#include "../sop/soptesthelper.h"
#include "alerts/alertrule.h"
#include "alerts/alertservice.h"
#include "incidents/incidentcoordinator.h"
#include "incidents/sopnotificationbridge.h"
#include "incidents/soptriggers.h"
#include "notify/notificationservice.h"
#include "sop/soprun.h"
#include "sop/sopservice.h"
#include "store/ingest.h"

#include <QSignalSpy>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {

constexpr auto kWard = "32025"; // Phường Tân Thành: its officer is in the demo contact directory

Asset gauge(const QString& id, AssetKind kind, const QJsonObject& properties)
{
    Asset asset;
    asset.key = {QStringLiteral("demo"), id};
    asset.kind = kind;
    asset.name = QStringLiteral("Trạm ") + id;
    asset.position = QGeoCoordinate(9.1769, 105.1524);
    asset.areaCode = QString::fromLatin1(kWard);
    asset.properties = properties;
    return asset;
}

Observation reading(const QString& asset, const QString& metric, const QDateTime& time, double value)
{
    Observation o;
    o.asset = {QStringLiteral("demo"), asset};
    o.metric = metric;
    o.time = time;
    o.value = value;
    return o;
}

} // namespace

class TestIncidentCoordinator : public QObject {
    Q_OBJECT

    // Everything one node runs, on the fixture's store and clock.
    struct Node {
        SopFixture f;
        std::unique_ptr<Ingest> ingest;
        std::unique_ptr<AlertService> alerts;
        std::unique_ptr<SopService> sop;
        std::unique_ptr<NotificationService> notifications;
        std::unique_ptr<SopNotificationBridge> bridge;
        std::unique_ptr<IncidentCoordinator> coordinator;

        Node(const RecordingServer* smtp, const RecordingServer* sms)
        {
            f.add(QStringLiteral("quantri"), Role::Admin, kSopPassword);
            ingest = std::make_unique<Ingest>(*f.database);
            // Ward 32025 and its name, as the demo province writes them.
            RecordBatch areas;
            Area ward;
            ward.code = QString::fromLatin1(kWard);
            ward.name = QStringLiteral("Tân Thành");
            ward.fullName = QStringLiteral("Phường Tân Thành");
            ward.nameEn = QStringLiteral("Tan Thanh Ward");
            areas.areas.append(ward);
            (void)ingest->write(areas);

            alerts = std::make_unique<AlertService>(*f.database, f.journal, f.auth, f.clock,
                                                    AlertRuleSet::load(QStringLiteral(":/alerts/rules.json")).value());
            sop = f.service(false);
            NotificationConfig config;
            if (smtp) {
                MailServer server;
                server.url = QUrl(smtp->url(QStringLiteral("smtp")));
                server.startTls = false;
                config.mail = server;
                config.mailFrom = QStringLiteral("ioc@camau.example");
            }
            if (sms) {
                config.sms = SmsGatewayConfig::fromJson(
                                 QJsonObject{{QStringLiteral("url"), sms->url(QStringLiteral("http"), QStringLiteral("/send"))}})
                                 .value();
            }
            config.firstRetryDelay = std::chrono::milliseconds(100);
            notifications = std::make_unique<NotificationService>(config);
            bridge = std::make_unique<SopNotificationBridge>(*notifications, *sop);
            sop->setNotifier(bridge.get());
            SopTriggers triggers =
                SopTriggers::load(SopTriggers::embeddedPath(), alerts->rules(), f.templates).value();
            coordinator = std::make_unique<IncidentCoordinator>(*alerts, *sop, std::move(triggers), *f.database);
            if (auto started = alerts->start(); !started)
                qFatal("alerts: %s", qPrintable(started.errorMessage()));
        }

        // As a connector would: written through ingest, then handed to the rules.
        void receive(const RecordBatch& batch)
        {
            if (auto written = ingest->write(batch); !written)
                qFatal("ingest: %s", qPrintable(written.errorMessage()));
            coordinator->onRecordsCommitted(batch);
        }

        const SopRun* onlyRun()
        {
            const QList<const SopRun*> runs = sop->runs();
            return runs.size() == 1 ? runs.first() : nullptr;
        }
    };

private Q_SLOTS:
    void theTriggersFileBindsExistingRulesAndTemplates()
    {
        SopFixture f;
        const AlertRuleSet rules = AlertRuleSet::load(QStringLiteral(":/alerts/rules.json")).value();
        Result<SopTriggers> triggers = SopTriggers::load(SopTriggers::embeddedPath(), rules, f.templates);
        QVERIFY2(triggers, qPrintable(triggers.errorMessage()));
        QCOMPARE(triggers.value().templateFor(QStringLiteral("rain-over-threshold")), QStringLiteral("rain-threshold"));
        QCOMPARE(triggers.value().templateFor(QStringLiteral("water-ph-out-of-range")), QStringLiteral("water-quality"));
        QVERIFY(triggers.value().templateFor(QStringLiteral("connector-down")).isEmpty());
    }

    void rainOverThresholdFromAlertToClosedIncident()
    {
        RecordingServer smtp(QStringLiteral("scripts/test-servers/smtpsink.py"), QStringLiteral("aiosmtpd"));
        RecordingServer sms(QStringLiteral("scripts/test-servers/smssink.py"), QStringLiteral("json"));
        QVERIFY(smtp.start());
        QVERIFY(sms.start());
        Node node(&smtp, &sms);
        const QDateTime t0 = node.f.clock.now();

        RecordBatch batch;
        batch.assets.append(gauge(QStringLiteral("RG-03"), AssetKind::RainGauge, {{QStringLiteral("thresholdMmPerHour"), 50}}));
        batch.observations.append(reading(QStringLiteral("RG-03"), QStringLiteral("rain_mm_h"), t0, 72.5));
        node.receive(batch);
        // More readings over the threshold in the same episode: still one alert, one run.
        for (int i = 1; i <= 5; ++i) {
            RecordBatch more;
            more.observations.append(reading(QStringLiteral("RG-03"), QStringLiteral("rain_mm_h"), t0.addSecs(300 * i), 80 + i));
            node.receive(more);
        }
        QCOMPARE(node.alerts->openCount(), 1);
        const SopRun* run = node.onlyRun();
        QVERIFY(run);
        QCOMPARE(run->sopTemplate.id, QStringLiteral("rain-threshold"));
        const QString runId = run->id;
        const QString alertKey = run->alertKey;
        QCOMPARE(node.alerts->get(alertKey).value()->alert.state, AlertState::InSop);

        const Session op = node.f.as(QStringLiteral("vanhanh"));
        const Session supervisor = node.f.as(QStringLiteral("truongca"));
        QVERIFY(node.sop->complete(runId, QStringLiteral("confirm"), {{QStringLiteral("answer"), QStringLiteral("yes")}}, op));
        // The SMS and the e-mail steps hand their messages over; the servers receive them (one message per
        // recipient: the shift supervisor and the ward's officer, each by SMS and by e-mail).
        QVERIFY(sms.waitFor(2));
        QVERIFY(smtp.waitFor(2));
        bool officerTexted = false;
        QStringList texted;
        for (const QJsonObject& record : sms.records()) {
            const QJsonObject message = record.value(QStringLiteral("json")).toObject();
            texted.append(message.value(QStringLiteral("to")).toString());
            if (message.value(QStringLiteral("to")).toString() == u"+84900000203") {
                officerTexted = true;
                QVERIFY(message.value(QStringLiteral("text")).toString().contains(u"Phường Tân Thành"));
            }
        }
        QVERIFY2(officerTexted, qPrintable(texted.join(u", ")));
        bool officerMailed = false;
        for (const QJsonObject& record : smtp.records()) {
            for (const QJsonValue& to : record.value(QStringLiteral("rcptTos")).toArray())
                officerMailed |= to.toString() == u"tanthanh@phuong.camau.example";
            const ReceivedMail mail = ReceivedMail::fromRecord(record);
            const QString body = QString::fromUtf8(QByteArray::fromBase64(mail.rawBody)); // the body is base64 UTF-8
            QVERIFY2(body.contains(u"Phường Tân Thành"), qPrintable(body));
        }
        QVERIFY(officerMailed);
        // Each delivery is journaled on the run.
        QTRY_VERIFY_WITH_TIMEOUT(node.f.kindsOf(runId).count(QStringLiteral("sop.notification.sent")) >= 2, 10000);

        QTRY_COMPARE_WITH_TIMEOUT(node.sop->run(runId)->currentStep, QStringLiteral("cameras"), 10000);
        QVERIFY(node.sop->complete(runId, QStringLiteral("cameras"),
                                   {{QStringLiteral("evidence"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("snapshot")},
                                                                             {QStringLiteral("reference"), QStringLiteral("snapshot:CAM-07")}}}},
                                   op));
        QVERIFY(node.sop->complete(runId, QStringLiteral("situation"), {{QStringLiteral("answer"), QStringLiteral("yes")}}, op));
        QCOMPARE(node.sop->run(runId)->currentStep, QStringLiteral("approve"));
        // The operator cannot approve; the supervisor can.
        Result<void> byOperator = node.sop->approve(runId, QStringLiteral("approve"), op, QStringLiteral("xong"));
        QVERIFY(!byOperator);
        QVERIFY(!node.sop->run(runId)->closed);
        QVERIFY(node.sop->approve(runId, QStringLiteral("approve"), supervisor, QStringLiteral("Đã kiểm soát")));
        QVERIFY(node.sop->run(runId)->closed);
        const AlertRecord alert = node.alerts->get(alertKey).value().value();
        QCOMPARE(alert.alert.state, AlertState::Closed);
        QCOMPARE(alert.alert.closedBy, QStringLiteral("sop"));
        QVERIFY(node.f.journal.verify().value().intact());
    }

    void waterQualityClosesItselfWhenBackInRange()
    {
        Node node(nullptr, nullptr); // no delivery configured: the notify step waits for a person's note
        const QDateTime t0 = node.f.clock.now();
        RecordBatch batch;
        batch.assets.append(gauge(QStringLiteral("WS-02"), AssetKind::WaterStation,
                                  {{QStringLiteral("phMin"), 6.0}, {QStringLiteral("phMax"), 8.5}}));
        batch.observations.append(reading(QStringLiteral("WS-02"), QStringLiteral("ph"), t0, 9.4));
        node.receive(batch);
        const SopRun* run = node.onlyRun();
        QVERIFY(run);
        QCOMPARE(run->sopTemplate.id, QStringLiteral("water-quality"));
        const QString runId = run->id;
        const QString alertKey = run->alertKey;
        const Session op = node.f.as(QStringLiteral("vanhanh"));
        QVERIFY(node.sop->complete(runId, QStringLiteral("verify"), {{QStringLiteral("answer"), QStringLiteral("yes")}}, op));
        QVERIFY(!node.sop->run(runId)->closed);
        // pH back in range: the rule resolves the alert by itself, the run's wait is met and it closes.
        node.f.clock.advance(30 * 60 * 1000);
        RecordBatch later;
        later.observations.append(reading(QStringLiteral("WS-02"), QStringLiteral("ph"), t0.addSecs(1800), 7.2));
        node.receive(later);
        QCOMPARE(node.alerts->get(alertKey).value()->alert.state == AlertState::Resolved
                     || node.alerts->get(alertKey).value()->alert.state == AlertState::Closed,
                 true);
        QVERIFY(node.f.kindsOf(runId).contains(QStringLiteral("sop.condition.met")));
        QVERIFY(node.f.journal.verify().value().intact());
    }
};

QTEST_GUILESS_MAIN(TestIncidentCoordinator)
#include "tst_incidentcoordinator.moc"
