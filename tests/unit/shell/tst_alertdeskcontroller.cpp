// SPDX-License-Identifier: GPL-3.0-or-later
// The alerts screen's controller on a real store with the real AlertService (shipped rules) and
// SopService (shipped templates): the list order and the most severe open alert, the view with the
// nearest units and cameras and their markers, the actions a state allows, a refusal told in lastError,
// the SOP run's step and time left, and a console without the alert service.
#include "../sop/soptesthelper.h"

#include "alerts/alertservice.h"
#include "shell/alertdeskcontroller.h"
#include "store/changefeed.h"
#include "store/ingest.h"

#include <QSignalSpy>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {

AlertRuleSet shippedRules()
{
    Result<AlertRuleSet> rules = AlertRuleSet::load(AlertRuleSet::embeddedPath());
    if (!rules)
        qFatal("%s", qPrintable(rules.errorMessage()));
    return std::move(rules).value();
}

const QGeoCoordinate kFlood(9.1800, 105.1500);

// A point `metres` north of p.
QGeoCoordinate north(const QGeoCoordinate& p, double metres) { return QGeoCoordinate(p.latitude() + metres / 111195.0, p.longitude()); }

Asset asset(AssetKind kind, const QString& id, const QGeoCoordinate& position)
{
    Asset a;
    a.key = {QStringLiteral("test"), id};
    a.kind = kind;
    a.name = id;
    a.position = position;
    a.areaCode = QStringLiteral("32002");
    if (kind == AssetKind::PatrolUnit)
        a.properties = {{QStringLiteral("callSign"), id}};
    return a;
}

AlertCandidate candidate(const QString& id, Severity severity, const QGeoCoordinate& position, const QString& domain)
{
    AlertCandidate c;
    c.rule = QStringLiteral("rain-over-threshold");
    c.domain = domain;
    c.severity = severity;
    c.subject = QStringLiteral("asset:test/") + id;
    c.title = QStringLiteral("Mưa vượt ngưỡng tại ") + id;
    c.position = position;
    c.areaCode = QStringLiteral("32002");
    c.episodeKey = QStringLiteral("rain-over-threshold/test/") + id + QStringLiteral("/20261122T080000");
    c.facts = {{QStringLiteral("metric"), QStringLiteral("rain_mm_h")}, {QStringLiteral("value"), 62.5}};
    return c;
}

struct Fixture : SopFixture {
    Fixture()
        : alerts(*database, journal, auth, clock, shippedRules(), {}, &feed)
        , sop(service())
        , controller(database.get(), &feed, &alerts, sop.get(), auth, &journal)
    {
        IngestBatch batch;
        batch.assets = {asset(AssetKind::PatrolUnit, QStringLiteral("CA-01"), north(kFlood, 2000)),
                        asset(AssetKind::PatrolUnit, QStringLiteral("CA-02"), north(kFlood, 500)),
                        asset(AssetKind::Camera, QStringLiteral("CAM-01"), north(kFlood, 300)),
                        asset(AssetKind::Camera, QStringLiteral("CAM-02"), north(kFlood, 5000))};
        const Result<IngestReport> written = Ingest(*database, &feed).write(batch);
        if (!written || !written.value().rejected.isEmpty())
            qFatal("the assets were not written");
        if (!alerts.start())
            qFatal("the alert service does not start");
        medium = raise(candidate(QStringLiteral("RG-01"), Severity::Medium, north(kFlood, -3000), QStringLiteral("thoi_tiet")));
        clock.advance(60000);
        critical = raise(candidate(QStringLiteral("RG-02"), Severity::Critical, kFlood, QStringLiteral("thoi_tiet")));
        controller.model()->refresh();
    }

    QString raise(const AlertCandidate& c)
    {
        const Result<RaiseOutcome> raised = alerts.raise(c);
        if (!raised || raised.value().what != RaiseOutcome::What::Raised)
            qFatal("the alert was not raised");
        return raised.value().key;
    }

    void signInAs(const QString& login)
    {
        auth.signOut();
        (void)as(login);
    }

    QString stateOf(const QString& key) { return toCode(alerts.get(key).value()->alert.state); }

    ChangeFeed feed;
    AlertService alerts;
    std::unique_ptr<SopService> sop;
    AlertDeskController controller;
    QString medium;
    QString critical;
};

} // namespace

class TestAlertDeskController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theMostSevereOpenAlertIsShownWithItsNearestUnitsAndCameras()
    {
        Fixture f;
        f.signInAs(QStringLiteral("vanhanh"));
        QVERIFY(f.controller.available());
        QCOMPARE(f.controller.domainChoices().contains(QStringLiteral("thoi_tiet")), true);
        QCOMPARE(f.controller.model()->count(), 2);
        QCOMPARE(f.controller.model()->get(0, QStringLiteral("key")).toString(), f.critical);

        QSignalSpy changed(&f.controller, &AlertDeskController::selectedChanged);
        QVERIFY(f.controller.selectMostSevereOpen());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.controller.selectedKey(), f.critical);
        const QVariantMap s = f.controller.selected();
        QCOMPARE(s.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("new"));
        const QVariantList units = s.value(QStringLiteral("units")).toList();
        QCOMPARE(units.size(), 2);
        QCOMPARE(units.at(0).toMap().value(QStringLiteral("key")).toString(), QStringLiteral("test/CA-02"));
        QVERIFY(qAbs(units.at(0).toMap().value(QStringLiteral("distanceMetres")).toDouble() - 500) < 5);
        QVERIFY(units.at(0).toMap().value(QStringLiteral("etaMinutes")).toDouble() > 0);
        const QVariantList cameras = s.value(QStringLiteral("cameras")).toList();
        QCOMPARE(cameras.size(), 2);
        QCOMPARE(cameras.at(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("CAM-01"));
        QCOMPARE(f.controller.actions(),
                 (QStringList{QStringLiteral("acknowledge"), QStringLiteral("snooze"), QStringLiteral("assign"),
                              QStringLiteral("resolve"), QStringLiteral("dispatch")}));

        // The small map: two units, two cameras and the alert, which pulses while new.
        const MarkerSource::Snapshot markers = f.controller.markers()->markers();
        QCOMPARE(int(markers->size()), 5);
        const MapMarker& alert = markers->back();
        QCOMPARE(alert.id, quint64(0));
        QCOMPARE(alert.state, quint8(MapMarker::Critical));
        QVERIFY(alert.pulse);
        QCOMPARE(markers->front().kind, quint8(MapMarker::PatrolUnit));
        QCOMPARE(markers->front().id, AlertDeskController::kUnitMarkerBase);

        // A filter the critical alert does not pass: the medium one is the most severe open alert now.
        f.controller.model()->setSeverities({QStringLiteral("medium")});
        QVERIFY(f.controller.selectMostSevereOpen());
        QCOMPARE(f.controller.selectedKey(), f.medium);

        f.controller.select(QString());
        QVERIFY(f.controller.selected().isEmpty());
        QVERIFY(f.controller.actions().isEmpty());
        QCOMPARE(int(f.controller.markers()->markers()->size()), 0);
    }

    void aViewerIsRefusedAndAnOperatorTakesTheAlertThroughItsStates()
    {
        Fixture f;
        f.signInAs(QStringLiteral("khach"));
        f.controller.select(f.critical);
        QVERIFY(!f.controller.acknowledge(QStringLiteral("xem camera")));
        QVERIFY2(!f.controller.lastError().isEmpty(), "the refusal is told");
        QCOMPARE(f.stateOf(f.critical), QStringLiteral("new"));
        QCOMPARE(f.controller.selected().value(QStringLiteral("state")).toString(), QStringLiteral("new"));

        f.signInAs(QStringLiteral("vanhanh"));
        f.controller.select(f.critical);
        QVERIFY2(f.controller.lastError().isEmpty(), "a new selection forgets the last refusal");
        QVERIFY2(f.controller.acknowledge(QStringLiteral("đã xem camera CAM-01")), qPrintable(f.controller.lastError()));
        QCOMPARE(f.controller.selected().value(QStringLiteral("state")).toString(), QStringLiteral("acknowledged"));
        QCOMPARE(f.controller.selected().value(QStringLiteral("comment")).toString(), QStringLiteral("đã xem camera CAM-01"));
        QVERIFY(!f.controller.actions().contains(QStringLiteral("acknowledge")));
        QVERIFY(!f.controller.markers()->markers()->back().pulse);

        // A second acknowledgement is refused by the service with the reason.
        QVERIFY(!f.controller.acknowledge(QStringLiteral("lần nữa")));
        QVERIFY(f.controller.lastError().contains(f.critical));

        QVERIFY(!f.controller.snooze(30, QString())); // a snooze needs a reason
        QVERIFY(!f.controller.lastError().isEmpty());
        QVERIFY2(f.controller.snooze(30, QStringLiteral("chờ đo lại")), qPrintable(f.controller.lastError()));
        QVERIFY(f.controller.lastError().isEmpty());
        QVERIFY(f.controller.selected().value(QStringLiteral("snoozedUntil")).toDateTime().isValid());

        QVERIFY(f.controller.assign(QStringLiteral("Công an phường Tân Thành")));
        QCOMPARE(f.controller.selected().value(QStringLiteral("assigneeUnit")).toString(), QStringLiteral("Công an phường Tân Thành"));

        const QString nearest = f.controller.selected().value(QStringLiteral("units")).toList().at(0).toMap().value(QStringLiteral("key")).toString();
        QVERIFY2(f.controller.dispatch(nearest), qPrintable(f.controller.lastError()));
        QCOMPARE(f.controller.selected().value(QStringLiteral("dispatchedUnit")).toString(), nearest);
        QVERIFY(!f.controller.dispatch(QStringLiteral("no-slash")));

        QVERIFY(!f.controller.close()); // not resolved yet
        QVERIFY(f.controller.resolve(QStringLiteral("nước đã rút")));
        QCOMPARE(f.controller.actions(), QStringList{QStringLiteral("close")});
        QVERIFY(f.controller.close());
        QCOMPARE(f.stateOf(f.critical), QStringLiteral("closed"));
        QVERIFY(f.controller.actions().isEmpty());
        const QVariantList timeline = f.controller.selected().value(QStringLiteral("timeline")).toList();
        QVERIFY(timeline.size() >= 6);
        QVERIFY(timeline.at(1).toMap().value(QStringLiteral("text")).toString().contains(QStringLiteral("đã xem camera CAM-01")));

        // The only open alert left is the medium one.
        QVERIFY(f.controller.selectMostSevereOpen());
        QCOMPARE(f.controller.selectedKey(), f.medium);
    }

    void theSopRunShowsItsStepAndTimeLeft()
    {
        Fixture f;
        f.signInAs(QStringLiteral("vanhanh"));
        f.controller.select(f.critical);
        QVERIFY(!f.controller.selected().contains(QStringLiteral("sop")));

        const SopAlertRef ref{QStringLiteral("alert:") + f.critical, f.critical, QStringLiteral("Mưa vượt ngưỡng"),
                              QStringLiteral("32002"), QStringLiteral("Phường Tân Thành")};
        const Result<QString> run = f.sop->start(QStringLiteral("rain-threshold"), ref, f.auth.session());
        QVERIFY2(run, qPrintable(run ? QString() : run.errorMessage()));
        QVERIFY(f.alerts.markInSop(f.critical, run.value()));
        // The service's signal re-read the view: no reload by hand.
        const QVariantMap sop = f.controller.selected().value(QStringLiteral("sop")).toMap();
        QCOMPARE(f.controller.selected().value(QStringLiteral("state")).toString(), QStringLiteral("in_sop"));
        QCOMPARE(sop.value(QStringLiteral("runId")).toString(), run.value());
        QVERIFY(!sop.value(QStringLiteral("title")).toMap().value(QStringLiteral("vi")).toString().isEmpty());
        QVERIFY(!sop.value(QStringLiteral("currentStep")).toString().isEmpty());
        QVERIFY(!sop.value(QStringLiteral("stepTitle")).toMap().value(QStringLiteral("en")).toString().isEmpty());
        QCOMPARE(sop.value(QStringLiteral("closed")).toBool(), false);
        QVERIFY(sop.value(QStringLiteral("stepCount")).toInt() > 1);
        QVERIFY(sop.contains(QStringLiteral("secondsLeft")));
        const qint64 left = sop.value(QStringLiteral("secondsLeft")).toLongLong();
        QVERIFY(left > 60);
        QCOMPARE(f.controller.actions(), (QStringList{QStringLiteral("assign"), QStringLiteral("resolve"), QStringLiteral("dispatch")}));

        f.clock.advance(60000);
        f.controller.reload();
        QCOMPARE(f.controller.selected().value(QStringLiteral("sop")).toMap().value(QStringLiteral("secondsLeft")).toLongLong(), left - 60);
    }

    void withoutTheAlertServiceTheListStaysAndTheViewSaysWhy()
    {
        Fixture f;
        f.signInAs(QStringLiteral("vanhanh"));
        AlertDeskController console(f.database.get(), &f.feed, nullptr, nullptr, f.auth, &f.journal);
        console.model()->refresh();
        QVERIFY(!console.available());
        QCOMPARE(console.model()->count(), 2);
        QVERIFY(console.domainChoices().isEmpty());
        console.select(f.critical);
        QVERIFY(console.selected().isEmpty());
        QVERIFY(!console.lastError().isEmpty());
        QVERIFY(!console.acknowledge(QStringLiteral("x")));
        QCOMPARE(f.stateOf(f.critical), QStringLiteral("new"));
    }
};

QTEST_GUILESS_MAIN(TestAlertDeskController)
#include "tst_alertdeskcontroller.moc"
