// SPDX-License-Identifier: GPL-3.0-or-later
// The alert service on a real store (SQLite, and PostgreSQL in the _postgresql variant), with the shipped
// rules: one alert per episode, grouping by ward, autoResolve, the lifecycle with permissions, the time-based
// kinds, nearest units and dispatch, the list and detail models.
#include "../auth/authtesthelper.h"
#include "alerts/alertservice.h"
#include "alerts/alertviewmodel.h"
#include "kpi/catalogue.h"
#include "kpi/period.h"
#include "store/changefeed.h"
#include "store/ingest.h"
#include "store/repositories.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {

const QString kPassword = QStringLiteral("Mat-khau-Du-Dai-1");

AlertRuleSet shippedRules()
{
    Result<AlertRuleSet> rules = AlertRuleSet::load(AlertRuleSet::embeddedPath());
    if (!rules)
        qFatal("%s", qPrintable(rules.errorMessage()));
    return std::move(rules).value();
}

Asset waterStation()
{
    Asset a;
    a.key = {QStringLiteral("test"), QStringLiteral("WS-01")};
    a.kind = AssetKind::WaterStation;
    a.name = QStringLiteral("Trạm quan trắc nước sông Gành Hào");
    a.position = QGeoCoordinate(9.20, 105.16);
    a.areaCode = QStringLiteral("32002");
    a.properties = {{QStringLiteral("phMin"), 6.0}, {QStringLiteral("phMax"), 8.5}, {QStringLiteral("turbidityMaxNtu"), 30}};
    return a;
}

Asset patrolUnit(const QString& id, double lat, double lon)
{
    Asset a;
    a.key = {QStringLiteral("test"), id};
    a.kind = AssetKind::PatrolUnit;
    a.name = QStringLiteral("Tổ tuần tra ") + id;
    a.position = QGeoCoordinate(lat, lon);
    a.areaCode = QStringLiteral("32002");
    a.properties = {{QStringLiteral("callSign"), id}};
    return a;
}

// A point `metres` north of p.
QGeoCoordinate north(const QGeoCoordinate& p, double metres) { return QGeoCoordinate(p.latitude() + metres / 111195.0, p.longitude()); }

struct AlertFixture : AuthFixture {
    AlertFixture() : service(*database, journal, auth, clock, shippedRules(), {}, &feed)
    {
        add(QStringLiteral("vanhanh"), Role::Operator, kPassword);
        add(QStringLiteral("xem"), Role::Viewer, kPassword);
        operatorSession = auth.signIn(QStringLiteral("vanhanh"), kPassword).value();
        viewerSession = auth.signIn(QStringLiteral("xem"), kPassword).value();
        IngestBatch batch;
        batch.assets = {rainGauge(1), rainGauge(2), waterStation()};
        write(batch);
        const Result<void> started = service.start();
        if (!started)
            qFatal("%s", qPrintable(started.errorMessage()));
    }

    void write(const IngestBatch& batch)
    {
        const Result<IngestReport> report = Ingest(*database).write(batch);
        if (!report || !report.value().rejected.isEmpty())
            qFatal("ingest: %s", qPrintable(report ? report.value().rejected.first().reason : report.errorMessage()));
    }

    QList<JournalEntry> entries(const QString& kind, const QString& subject = QString())
    {
        JournalQuery q;
        q.kinds = {kind};
        q.subject = subject;
        return journal.find(q).value();
    }

    QList<RaiseOutcome> feedObservations(const QList<Observation>& observations)
    {
        Result<QList<RaiseOutcome>> out = service.onObservations(observations);
        if (!out)
            qFatal("%s", qPrintable(out.errorMessage()));
        return out.value();
    }

    QList<RaiseOutcome> scan()
    {
        Result<QList<RaiseOutcome>> out = service.scan();
        if (!out)
            qFatal("%s", qPrintable(out.errorMessage()));
        return out.value();
    }

    AlertRecord record(const QString& key) { return *service.get(key).value(); }

    QList<Alert> alerts() { return AlertRepository(*database).find().value(); }
    QList<Alert> alertsOf(const QString& rule)
    {
        QList<Alert> out;
        for (const Alert& a : alerts()) {
            if (a.rule == rule)
                out.append(a);
        }
        return out;
    }

    ChangeFeed feed;
    AlertService service;
    Session operatorSession;
    Session viewerSession;
};

Case dossier(int n, const QDateTime& opened, CaseStatus status = CaseStatus::Pending)
{
    Case c = fieldReport(n, status);
    c.key = {QStringLiteral("dvc"), QStringLiteral("000.00.%1.H12").arg(n)};
    c.category = CaseCategory::Dossier;
    c.domain = QStringLiteral("dat_dai");
    c.title = QStringLiteral("Cấp giấy chứng nhận quyền sử dụng đất %1").arg(n);
    c.opened = opened;
    c.due = opened.addDays(10);
    return c;
}

} // namespace

class TestAlertService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aRainReadingOverTheThresholdRaisesOneAlertAndTheWardIsGrouped()
    {
        AlertFixture f;
        QSignalSpy raised(&f.service, &AlertService::alertRaised);
        QSignalSpy grouped(&f.service, &AlertService::alertGrouped);
        QCOMPARE(f.feedObservations({rain(1, 0, 20)}).size(), 0);
        const QList<RaiseOutcome> first = f.feedObservations({rain(1, 5, 62.5)});
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().what, RaiseOutcome::What::Raised);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().at(1).toString(), QStringLiteral("rain-over-threshold"));
        QCOMPARE(raised.first().at(2).toString(), QStringLiteral("high"));
        QCOMPARE(f.alerts().size(), 1);
        const QString key = first.first().key;
        QCOMPARE(f.entries(QStringLiteral("alert.raised")).size(), 1);
        const Alert alert = f.alerts().first();
        QCOMPARE(alert.key, (RecordKey{QStringLiteral("alerts"), key}));
        QCOMPARE(alert.state, AlertState::New);
        QCOMPARE(alert.subject, QStringLiteral("asset:test/RG-01"));
        QVERIFY2(alert.title.contains(u"62.5") && alert.title.contains(u"threshold 50"), qPrintable(alert.title));

        // Twenty more readings over the threshold in the same episode: nothing new.
        for (int i = 0; i < 20; ++i)
            f.clock.advance(60000), f.feedObservations({rain(1, 6 + i, 70 + i)});
        QCOMPARE(f.alerts().size(), 1);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(f.entries(QStringLiteral("alert.raised")).size(), 1);

        // Another gauge of the same ward: grouped under the first alert, which counts it.
        const QList<RaiseOutcome> second = f.feedObservations({rain(2, 30, 55)});
        QCOMPARE(second.first().what, RaiseOutcome::What::Grouped);
        QCOMPARE(second.first().parentKey, key);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(grouped.size(), 1);
        QCOMPARE(f.alerts().size(), 2);
        QCOMPARE(f.record(key).details.groupCount, 2);
        QCOMPARE(f.record(second.first().key).details.parentKey, key);
        QCOMPARE(f.entries(QStringLiteral("alert.grouped"), QStringLiteral("alert:") + key).size(), 1);

        // The list shows the group once, with its count.
        AlertViewModel model(f.database.get(), &f.feed, &f.service, &f.auth, &f.journal);
        model.refresh();
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.get(0, QStringLiteral("groupCount")).toInt(), 2);
        model.setTopLevelOnly(false);
        QCOMPARE(model.count(), 2);

        // A restart: the open episode is read back; the same gauge over the threshold raises nothing.
        AlertService restarted(*f.database, f.journal, f.auth, f.clock, shippedRules());
        QVERIFY(restarted.start());
        QCOMPARE(restarted.openCount(), 2);
        const Result<QList<RaiseOutcome>> after = restarted.onObservations({rain(1, 40, 90)});
        QVERIFY(after);
        QCOMPARE(after.value().first().what, RaiseOutcome::What::Duplicate);
        QCOMPARE(f.alerts().size(), 2);
    }

    void aGroupEndsWhenItsWindowPassesAndResolvesAsOne()
    {
        AlertFixture f;
        IngestBatch third;
        third.assets = {rainGauge(3)};
        f.write(third);
        QVERIFY(f.service.reloadAssets());
        const QString first = f.feedObservations({rain(1, 5, 80)}).first().key;
        f.clock.advance(60 * 60000);
        const RaiseOutcome second = f.feedObservations({rain(2, 65, 80)}).first();
        QCOMPARE(second.what, RaiseOutcome::What::Grouped); // the rule's window: 180 min after the group's latest
        f.clock.advance(181 * 60000);
        const RaiseOutcome late = f.feedObservations({rain(3, 250, 80)}).first();
        QCOMPARE(late.what, RaiseOutcome::What::Raised);    // a new group
        QCOMPARE(f.record(first).details.groupCount, 2);
        QCOMPARE(f.record(late.key).details.groupCount, 1);
        // Resolving the parent resolves its open children with it, each journaled.
        QVERIFY(f.service.resolve(first, QStringLiteral("vanhanh"), QStringLiteral("hết mưa")));
        QCOMPARE(f.record(second.key).alert.state, AlertState::Resolved);
        QCOMPARE(f.entries(QStringLiteral("alert.resolved"), QStringLiteral("alert:") + second.key).size(), 1);
        QCOMPARE(f.record(late.key).alert.state, AlertState::New);
    }

    void waterQualityOutOfRangeResolvesItselfWhenBackInRange()
    {
        AlertFixture f;
        QSignalSpy resolved(&f.service, &AlertService::alertResolved);
        const RecordKey station = waterStation().key;
        const QList<RaiseOutcome> out = f.feedObservations({{station, QStringLiteral("ph"), kBaseTime, 9.1}});
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().what, RaiseOutcome::What::Raised);
        f.clock.advance(15 * 60000);
        QCOMPARE(f.feedObservations({{station, QStringLiteral("ph"), kBaseTime.addSecs(600), 8.9}}).size(), 0);
        const QList<RaiseOutcome> back = f.feedObservations({{station, QStringLiteral("ph"), kBaseTime.addSecs(1200), 7.4}});
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().what, RaiseOutcome::What::Resolved);
        QCOMPARE(resolved.size(), 1);
        const AlertRecord r = f.record(out.first().key);
        QCOMPARE(r.alert.state, AlertState::Resolved);
        QCOMPARE(r.details.resolvedBy, QStringLiteral("system"));
        const QList<JournalEntry> entries = f.entries(QStringLiteral("alert.resolved"), QStringLiteral("alert:") + out.first().key);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, QStringLiteral("system"));
        // Out again: a new episode, a new alert.
        const QList<RaiseOutcome> again = f.feedObservations({{station, QStringLiteral("ph"), kBaseTime.addSecs(1800), 5.2}});
        QCOMPARE(again.first().what, RaiseOutcome::What::Raised);
        QVERIFY(again.first().key != out.first().key);
    }

    void anOperatorAcknowledgesAndAViewerIsRefused()
    {
        AlertFixture f;
        const QString key = f.feedObservations({rain(1, 5, 80)}).first().key;
        const Result<void> denied = f.service.acknowledge(key, QStringLiteral("đã xem"), f.viewerSession);
        QVERIFY(!denied);
        QCOMPARE(f.record(key).alert.state, AlertState::New);
        QCOMPARE(f.entries(QStringLiteral("alert.acknowledged")).size(), 0);
        QVERIFY(!f.entries(QStringLiteral("auth.privilege.denied")).isEmpty());

        f.clock.advance(120000);
        const Result<void> ok = f.service.acknowledge(key, QStringLiteral("Đã kiểm tra camera, mưa lớn thật"), f.operatorSession);
        QVERIFY2(ok, qPrintable(ok.errorMessage()));
        const AlertRecord r = f.record(key);
        QCOMPARE(r.alert.state, AlertState::Acknowledged);
        QCOMPARE(r.alert.acknowledgedBy, QStringLiteral("vanhanh"));
        QCOMPARE(r.alert.acknowledged, f.clock.now());
        const QList<JournalEntry> acks = f.entries(QStringLiteral("alert.acknowledged"), QStringLiteral("alert:") + key);
        QCOMPARE(acks.size(), 1);
        QCOMPARE(acks.first().actor, QStringLiteral("vanhanh"));
        QCOMPARE(acks.first().payload.value(u"comment").toString(), QStringLiteral("Đã kiểm tra camera, mưa lớn thật"));

        // Illegal transitions are refused with the reason, and write nothing.
        const Result<void> twice = f.service.acknowledge(key, QString(), f.operatorSession);
        QVERIFY(!twice);
        QVERIFY2(twice.errorMessage().contains(u"is acknowledged: it cannot be acknowledged"), qPrintable(twice.errorMessage()));
        const Result<void> early = f.service.close(key, f.operatorSession);
        QVERIFY(!early);
        QVERIFY2(early.errorMessage().contains(u"closed before it is resolved"), qPrintable(early.errorMessage()));
        QVERIFY(!f.service.snooze(key, f.clock.now().addSecs(600), QString(), f.operatorSession)); // no reason
        QVERIFY(f.service.snooze(key, f.clock.now().addSecs(600), QStringLiteral("chờ đội xác minh"), f.operatorSession));
        QVERIFY(f.service.assign(key, QStringLiteral("Công an phường Tân Thành"), f.operatorSession));
        QVERIFY(f.service.markInSop(key, QStringLiteral("run-1")));
        QCOMPARE(f.record(key).alert.state, AlertState::InSop);
        QVERIFY(!f.service.markInSop(key, QStringLiteral("run-2")));
        QVERIFY(f.service.resolve(key, QStringLiteral("vanhanh"), QStringLiteral("mưa đã giảm")));
        QVERIFY(!f.service.resolve(key, QStringLiteral("vanhanh"), QStringLiteral("again")));
        QVERIFY(!f.service.close(key, f.viewerSession));
        QVERIFY(f.service.close(key, f.operatorSession));
        const AlertRecord closed = f.record(key);
        QCOMPARE(closed.alert.state, AlertState::Closed);
        QCOMPARE(closed.alert.closedBy, QStringLiteral("vanhanh"));
        QCOMPARE(closed.details.assigneeUnit, QStringLiteral("Công an phường Tân Thành"));
        QCOMPARE(closed.details.sopRun, QStringLiteral("run-1"));
        QVERIFY(closed.details.snoozedUntil.isValid());
        QCOMPARE(closed.details.snoozeReason, QStringLiteral("chờ đội xác minh"));

        // The detail object: the whole timeline in words, oldest first.
        AlertViewModel model(f.database.get(), &f.feed, &f.service, &f.auth, &f.journal);
        const QVariantMap detail = model.detail(key);
        const QVariantList timeline = detail.value(QStringLiteral("timeline")).toList();
        QStringList kinds;
        for (const QVariant& e : timeline)
            kinds.append(e.toMap().value(QStringLiteral("kind")).toString());
        QCOMPARE(kinds, (QStringList{QStringLiteral("alert.raised"), QStringLiteral("alert.acknowledged"), QStringLiteral("alert.snoozed"),
                                     QStringLiteral("alert.assigned"), QStringLiteral("alert.in_sop"), QStringLiteral("alert.resolved"),
                                     QStringLiteral("alert.closed")}));
        QVERIFY(timeline.at(1).toMap().value(QStringLiteral("text")).toString().contains(u"acknowledged by vanhanh"));
        QVERIFY(f.journal.verify().value().intact());
    }

    void aDossierPendingTooLongAndAnOverdueFieldReport()
    {
        AlertFixture f;
        IngestBatch batch;
        Case old = dossier(1, kBaseTime.addSecs(-5 * 3600));
        Case fresh = dossier(2, kBaseTime.addSecs(-1 * 3600));
        Case late = fieldReport(3, CaseStatus::InProgress);
        late.opened = kBaseTime.addDays(-4);
        late.due = kBaseTime.addSecs(-600);
        Case onTime = fieldReport(4, CaseStatus::InProgress);
        batch.cases = {old, fresh, late, onTime};
        f.write(batch);
        f.scan();
        const QList<Alert> notReceived = f.alertsOf(QStringLiteral("dossier-not-received"));
        QCOMPARE(notReceived.size(), 1);
        QCOMPARE(notReceived.first().subject, QStringLiteral("case:dvc/000.00.1.H12"));
        const QList<Alert> overdue = f.alertsOf(QStringLiteral("field-report-overdue"));
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().subject, QStringLiteral("case:") + describe(late.key));
        // Another scan: nothing new.
        const qsizetype before = f.alerts().size();
        f.scan();
        QCOMPARE(f.alerts().size(), before);
        // The dossier is received: its alert resolves itself; the related case is in the detail.
        AlertViewModel model(f.database.get(), &f.feed, &f.service, &f.auth, &f.journal);
        QCOMPARE(model.detail(notReceived.first().key.externalId).value(QStringLiteral("relatedCase")).toMap()
                     .value(QStringLiteral("key")).toString(), describe(old.key));
        old.status = CaseStatus::InProgress;
        IngestBatch update;
        update.cases = {old};
        f.write(update);
        f.clock.advance(60000);
        f.scan();
        QCOMPARE(f.record(notReceived.first().key.externalId).alert.state, AlertState::Resolved);
        // Four hours later the second dossier is pending too long.
        f.clock.advance(4 * 3600 * 1000);
        f.scan();
        QCOMPARE(f.alertsOf(QStringLiteral("dossier-not-received")).size(), 2);
    }

    void fiveCasesOfADomainWithin300MetresMakeOneHotSpot()
    {
        AlertFixture f;
        const QGeoCoordinate centre(9.2900, 105.7200);
        IngestBatch batch;
        for (int i = 0; i < 4; ++i) {
            Case c = fieldReport(10 + i);
            c.domain = QStringLiteral("thoat_nuoc");
            c.position = north(centre, 40.0 * i);
            c.opened = kBaseTime.addSecs(-3600 * (i + 1));
            batch.cases.append(c);
        }
        Case far = fieldReport(20);
        far.domain = QStringLiteral("thoat_nuoc");
        far.position = north(centre, 2000);
        far.opened = kBaseTime.addSecs(-600);
        Case otherDomain = fieldReport(21);
        otherDomain.domain = QStringLiteral("chieu_sang");
        otherDomain.position = centre;
        otherDomain.opened = kBaseTime.addSecs(-600);
        Case tooOld = fieldReport(22);
        tooOld.domain = QStringLiteral("thoat_nuoc");
        tooOld.position = centre;
        tooOld.opened = kBaseTime.addSecs(-30 * 3600);
        batch.cases.append({far, otherDomain, tooOld});
        f.write(batch);
        f.scan();
        QCOMPARE(f.alertsOf(QStringLiteral("hot-spot-drainage")).size(), 0); // four in range only

        IngestBatch fifth;
        Case c = fieldReport(14);
        c.domain = QStringLiteral("thoat_nuoc");
        c.position = north(centre, 250);
        c.opened = kBaseTime.addSecs(-60);
        fifth.cases = {c};
        f.write(fifth);
        f.scan();
        const QList<Alert> spots = f.alertsOf(QStringLiteral("hot-spot-drainage"));
        QCOMPARE(spots.size(), 1);
        QVERIFY(spots.first().subject.startsWith(u"area:cell/300/"));
        QVERIFY(spots.first().position.isValid());
        QVERIFY(haversineMetres(spots.first().position, centre) < 300);
        QCOMPARE(f.record(spots.first().key.externalId).details.facts.value(u"count").toInt(), 5);
        f.clock.advance(5 * 60000);
        f.scan();
        QCOMPARE(f.alertsOf(QStringLiteral("hot-spot-drainage")).size(), 1);
    }

    void anSosCaseRaisesAnAlert()
    {
        AlertFixture f;
        QSignalSpy raised(&f.service, &AlertService::alertRaised);
        Case sos = fieldReport(30);
        sos.key = {QStringLiteral("sos"), QStringLiteral("SOS-1")};
        sos.category = CaseCategory::Sos;
        sos.domain = QStringLiteral("cuu_nan");
        sos.opened = kBaseTime.addSecs(-120);
        IngestBatch batch;
        batch.cases = {sos};
        f.write(batch);
        const Result<QList<RaiseOutcome>> out = f.service.onCases({sos});
        QVERIFY(out);
        QCOMPARE(out.value().size(), 1);
        QCOMPARE(out.value().first().what, RaiseOutcome::What::Raised);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().at(2).toString(), QStringLiteral("critical"));
        f.scan();
        QCOMPARE(f.alertsOf(QStringLiteral("sos")).size(), 1);
    }

    void aConnectorDownRaisesAnAlertThatResolvesWhenItIsBack()
    {
        AlertFixture f;
        QSqlQuery q(f.database->connection());
        q.prepare(QStringLiteral("INSERT INTO connector_status (connector_id, plugin, node, state, breaker, last_error, data_time, "
                                 "records_today, records_day, recent_attempts, recent_failures, consecutive_failures, stale_after_ms, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, '', 5, 5, 5, ?, ?)"));
        for (const QVariant& v : {QVariant(QStringLiteral("paht-rest")), QVariant(QStringLiteral("rest-json")), QVariant(QStringLiteral("node:1")),
                                  QVariant(QStringLiteral("breaker_open")), QVariant(QStringLiteral("open")),
                                  QVariant(QStringLiteral("HTTP 503 from paht.example")), QVariant(kBaseTime.addSecs(-60).toMSecsSinceEpoch()),
                                  QVariant(qint64(3600000)), QVariant(kBaseTime.toMSecsSinceEpoch())})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        f.scan();
        const QList<Alert> down = f.alertsOf(QStringLiteral("connector-down"));
        QCOMPARE(down.size(), 1);
        QCOMPARE(down.first().subject, QStringLiteral("connector:paht-rest"));
        QVERIFY2(down.first().title.contains(u"HTTP 503"), qPrintable(down.first().title));
        f.scan();
        QCOMPARE(f.alertsOf(QStringLiteral("connector-down")).size(), 1);
        QSqlQuery up(f.database->connection());
        up.prepare(QStringLiteral("UPDATE connector_status SET state = ?, breaker = ? WHERE connector_id = ?"));
        up.addBindValue(QStringLiteral("idle"));
        up.addBindValue(QStringLiteral("closed"));
        up.addBindValue(QStringLiteral("paht-rest"));
        QVERIFY(up.exec());
        f.clock.advance(60000);
        f.scan();
        QCOMPARE(f.record(down.first().key.externalId).alert.state, AlertState::Resolved);
    }

    void anIndicatorTurningRedRaisesAnAlert()
    {
        AlertFixture f;
        const Catalogue catalogue = Catalogue::load(Catalogue::embeddedPath()).value();
        const CatalogueEntry* entry = catalogue.find(QStringLiteral("dossier_on_time_rate"));
        QVERIFY(entry);
        IngestBatch batch;
        batch.indicators = {entry->toIndicator()};
        IndicatorValue v;
        v.indicatorCode = entry->code;
        v.areaCode = QStringLiteral("96");
        v.period = Period::containing(entry->periodKind, kBaseTime.date()).toString();
        v.plan = 95;
        v.actual = 40;
        v.updated = kBaseTime.addSecs(-3600);
        batch.indicatorValues = {v};
        f.write(batch);
        f.scan();
        const QList<Alert> red = f.alertsOf(QStringLiteral("kpi-red"));
        QCOMPARE(red.size(), 1);
        QCOMPARE(red.first().subject, QStringLiteral("indicator:dossier_on_time_rate/96"));
    }

    void nearestUnitsAreSortedByDistanceWithAnEta()
    {
        AlertFixture f;
        const QString key = f.feedObservations({rain(1, 5, 80)}).first().key;
        const QGeoCoordinate at = rainGauge(1).position;
        IngestBatch batch;
        batch.assets = {patrolUnit(QStringLiteral("CS-03"), north(at, 3000).latitude(), at.longitude()),
                        patrolUnit(QStringLiteral("CS-01"), north(at, 1000).latitude(), at.longitude()),
                        patrolUnit(QStringLiteral("CS-02"), north(at, 2000).latitude(), at.longitude())};
        // CS-02 is moving at 60 km/h (its latest position); the others stand still.
        batch.positions = {{batch.assets.at(2).key, kBaseTime.addSecs(-30), north(at, 2000), 60}};
        f.write(batch);
        const Result<QList<NearbyUnit>> units = f.service.nearestUnits(key, 2);
        QVERIFY2(units, qPrintable(units.errorMessage()));
        QCOMPARE(units.value().size(), 2);
        QCOMPARE(units.value().at(0).unit.externalId, QStringLiteral("CS-01"));
        QCOMPARE(units.value().at(1).unit.externalId, QStringLiteral("CS-02"));
        QVERIFY(std::abs(units.value().at(0).distanceMetres - 1000) < 5);
        QVERIFY(!units.value().at(0).moving);
        QVERIFY(std::abs(units.value().at(0).etaSeconds - 120) < 1); // 1 km at 30 km/h
        QVERIFY(units.value().at(1).moving);
        QVERIFY(std::abs(units.value().at(1).etaSeconds - 120) < 1); // 2 km at 60 km/h
        const Result<QList<NearbyUnit>> all = f.service.nearestUnits(at, 10);
        QCOMPARE(all.value().size(), 3);
        QCOMPARE(all.value().at(2).unit.externalId, QStringLiteral("CS-03"));
    }

    void aDispatchAndItsArrivalAreJournaledOnce()
    {
        AlertFixture f;
        QSignalSpy arrived(&f.service, &AlertService::unitArrived);
        const QString key = f.feedObservations({rain(1, 5, 80)}).first().key;
        const QGeoCoordinate at = rainGauge(1).position;
        IngestBatch batch;
        batch.assets = {patrolUnit(QStringLiteral("CS-01"), north(at, 1500).latitude(), at.longitude())};
        f.write(batch);
        const RecordKey unit = batch.assets.first().key;
        QVERIFY(!f.service.dispatch(key, unit, f.viewerSession));
        QVERIFY(!f.service.dispatch(key, rainGauge(2).key, f.operatorSession)); // not a patrol unit
        const Result<void> sent = f.service.dispatch(key, unit, f.operatorSession);
        QVERIFY2(sent, qPrintable(sent.errorMessage()));
        QCOMPARE(f.entries(QStringLiteral("alert.dispatched"), QStringLiteral("alert:") + key).size(), 1);
        QVERIFY(f.service.onUnitPositions({{unit, kBaseTime.addSecs(60), north(at, 800), 40}}));
        QCOMPARE(f.entries(QStringLiteral("alert.unit_arrived")).size(), 0);
        QVERIFY(f.service.onUnitPositions({{unit, kBaseTime.addSecs(120), north(at, 100), 10}}));
        QVERIFY(f.service.onUnitPositions({{unit, kBaseTime.addSecs(150), north(at, 20), 0}}));
        QCOMPARE(f.entries(QStringLiteral("alert.unit_arrived"), QStringLiteral("alert:") + key).size(), 1);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(f.record(key).details.arrivedAt, kBaseTime.addSecs(120));
        // After a restart the arrival is not journaled again.
        AlertService restarted(*f.database, f.journal, f.auth, f.clock, shippedRules());
        QVERIFY(restarted.start());
        QVERIFY(restarted.onUnitPositions({{unit, kBaseTime.addSecs(200), at, 0}}));
        QCOMPARE(f.entries(QStringLiteral("alert.unit_arrived")).size(), 1);
    }

    void theListFiltersAndOrdersMostSevereFirst()
    {
        AlertFixture f;
        f.feedObservations({{waterStation().key, QStringLiteral("ph"), kBaseTime, 9.5}}); // medium, moi_truong
        f.clock.advance(60000);
        f.feedObservations({rain(1, 5, 80)});                                                 // high, thoi_tiet
        AlertViewModel model(f.database.get(), &f.feed, &f.service, &f.auth, &f.journal);
        model.refresh();
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.get(0, QStringLiteral("severity")).toString(), QStringLiteral("high"));
        model.setDomains({QStringLiteral("moi_truong")});
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.get(0, QStringLiteral("rule")).toString(), QStringLiteral("water-ph-out-of-range"));
        model.setDomains({});
        model.setSeverities({QStringLiteral("critical")});
        QCOMPARE(model.count(), 0);
        model.setSeverities({});
        model.setAreaCode(QStringLiteral("32002"));
        QCOMPARE(model.count(), 2);
        model.setStates({QStringLiteral("acknowledged")});
        QCOMPARE(model.count(), 0);
        // The model's actions act for the signed-in session (vanhanh signed in first, then xem: the viewer).
        model.setStates({});
        QVERIFY(!model.acknowledge(model.get(0, QStringLiteral("key")).toString(), QStringLiteral("xem thử")));
        QVERIFY(!model.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertService)
#include "tst_alertservice.moc"
