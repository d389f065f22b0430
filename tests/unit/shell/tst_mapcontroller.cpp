// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/storetesthelper.h"

#include "core/clock.h"
#include "geo/webmercator.h"
#include "shell/mapcontroller.h"
#include "store/changefeed.h"
#include "store/ingest.h"

#include <QSignalSpy>
#include <QTest>

using namespace ioc;

// The map's bridge to the store: layers filled from the records, search without diacritics, the
// details card, ward colours, patrol units following their latest position, a new SOS pulsing, and
// everything following the change feed.
class TestMapController : public QObject {
    Q_OBJECT

    // The test records are opened from test::kBaseTime on; the heat layer shows 7 days before "now".
    ManualClock m_clock{test::kBaseTime.addSecs(3600)};

    static IngestBatch province()
    {
        IngestBatch batch;
        batch.areas.append({QStringLiteral("96"), QStringLiteral("Cà Mau"), QStringLiteral("Tỉnh Cà Mau"),
                            QStringLiteral("Ca Mau"), AreaLevel::Province, {}, 7942, QGeoCoordinate(9.1, 105.1), {}});
        batch.areas.append({QStringLiteral("32002"), QStringLiteral("Tân Thành"), QStringLiteral("Phường Tân Thành"),
                            QStringLiteral("Tan Thanh"), AreaLevel::Ward, QStringLiteral("96"), 25, QGeoCoordinate(9.18, 105.16), {}});
        batch.areas.append({QStringLiteral("31825"), QStringLiteral("Bạc Liêu"), QStringLiteral("Phường Bạc Liêu"),
                            QStringLiteral("Bac Lieu"), AreaLevel::Ward, QStringLiteral("96"), 6, QGeoCoordinate(9.29, 105.72), {}});
        for (int i = 1; i <= 3; ++i)
            batch.assets.append(test::rainGauge(i));
        Asset camera = test::rainGauge(9);
        camera.key.externalId = QStringLiteral("CAM-01");
        camera.kind = AssetKind::Camera;
        camera.name = QStringLiteral("Camera ngã tư Đầm Dơi");
        batch.assets.append(camera);
        Asset unit = test::rainGauge(20);
        unit.key.externalId = QStringLiteral("CSGT-01");
        unit.kind = AssetKind::PatrolUnit;
        unit.name = QStringLiteral("Tổ CSGT 01");
        batch.assets.append(unit);
        // Ward 32002: three overdue reports (risk); 31825: one near due (watch).
        for (int i = 1; i <= 3; ++i)
            batch.cases.append(test::fieldReport(i, CaseStatus::Overdue));
        Case nearDue = test::fieldReport(4, CaseStatus::NearDue);
        nearDue.areaCode = QStringLiteral("31825");
        batch.cases.append(nearDue);
        batch.cases.append(test::fieldReport(5, CaseStatus::Closed)); // closed: not on the map
        return batch;
    }

private Q_SLOTS:
    void focusOnRecordsWhereToLookAndRefusesNonsense()
    {
        MapController map(nullptr, nullptr, m_clock);
        QSignalSpy requested(&map, &MapController::focusRequested);
        QVERIFY(map.focusRequest().isEmpty());
        QVERIFY(map.focusOn(9.1769, 105.1524, 13));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(map.focusRequest().value(QStringLiteral("latitude")).toDouble(), 9.1769);
        QCOMPARE(map.focusRequest().value(QStringLiteral("longitude")).toDouble(), 105.1524);
        QCOMPARE(map.focusRequest().value(QStringLiteral("zoom")).toDouble(), 13.0);
        const int serial = map.focusRequest().value(QStringLiteral("serial")).toInt();
        // The same place asked again is a new request (the map screen moves back there).
        QVERIFY(map.focusOn(9.1769, 105.1524, 13));
        QCOMPARE(map.focusRequest().value(QStringLiteral("serial")).toInt(), serial + 1);
        // Out of range or not a number: refused, the last request stays.
        QVERIFY(!map.focusOn(91, 105, 13));
        QVERIFY(!map.focusOn(9, 105, qQNaN()));
        QCOMPARE(requested.size(), 2);
        QCOMPARE(map.focusRequest().value(QStringLiteral("serial")).toInt(), serial + 1);
        // A zoom beyond the map's range is brought into it.
        QVERIFY(map.focusOn(9, 105, 99));
        QCOMPARE(map.focusRequest().value(QStringLiteral("zoom")).toDouble(), 20.0);
    }

    void fillsTheLayersFromTheStore()
    {
        test::FreshStore store;
        auto db = store.open();
        QVERIFY(Ingest(*db).write(province()));
        MapController map(db.get(), nullptr, m_clock);
        map.refresh();
        QVERIFY2(map.error().isEmpty(), qPrintable(map.error()));
        QCOMPARE(map.counts().value(QStringLiteral("gauges")).toInt(), 3);
        QCOMPARE(map.counts().value(QStringLiteral("cameras")).toInt(), 1);
        QCOMPARE(map.counts().value(QStringLiteral("units")).toInt(), 1);
        QCOMPARE(map.counts().value(QStringLiteral("reports")).toInt(), 4);
        // Heat: every case opened in the last 7 days, the closed one included.
        QCOMPARE(map.heat()->markers()->size(), size_t(5));
        m_clock.set(test::kBaseTime.addDays(30));
        map.setHeatDays(7);
        map.refresh();
        QCOMPARE(map.heat()->markers()->size(), size_t(0));
        map.setHeatDays(60);
        QCOMPARE(map.heat()->markers()->size(), size_t(5));
        m_clock.set(test::kBaseTime.addSecs(3600));
        QCOMPARE(map.wardStatus().value(QStringLiteral("32002")).toString(), QStringLiteral("risk"));
        QCOMPARE(map.wardStatus().value(QStringLiteral("31825")).toString(), QStringLiteral("watch"));

        // A marker's id leads back to its record.
        const MapMarker camera = map.cameras()->markers()->front();
        const QVariantMap details = map.details(camera.id);
        QCOMPARE(details.value(QStringLiteral("title")).toString(), QStringLiteral("Camera ngã tư Đầm Dơi"));
        QCOMPARE(details.value(QStringLiteral("kind")).toString(), QStringLiteral("camera"));
        QCOMPARE(details.value(QStringLiteral("area")).toString(), QStringLiteral("Tân Thành"));
        QVERIFY(map.details(MapController::markerId(MapController::Cameras, 99)).isEmpty());
        const QPointF world = webmercator::toWorld(9.26, 105.24);
        QVERIFY(qAbs(camera.world.x() - world.x()) < 1e-12 && qAbs(camera.world.y() - world.y()) < 1e-12);
    }

    // The layer panel marks the layers fed by a stale or failing connector (records carry its id as source).
    void marksTheLayersOfStaleSources()
    {
        test::FreshStore store;
        auto db = store.open();
        QVERIFY(Ingest(*db).write(province()));
        MapController map(db.get(), nullptr, m_clock);
        QSignalSpy changed(&map, &MapController::staleLayersChanged);
        map.setStaleSources({QStringLiteral("paht")}); // before the first read: nothing shown yet
        QCOMPARE(map.staleLayers(), QStringList());
        map.refresh();
        QCOMPARE(map.staleLayers(), (QStringList{QStringLiteral("heat"), QStringLiteral("reports")}));
        QCOMPARE(changed.size(), 1);
        map.refresh();
        QCOMPARE(changed.size(), 1);
        map.setStaleSources({QStringLiteral("test"), QStringLiteral("elsewhere")});
        QCOMPARE(map.staleLayers(), (QStringList{QStringLiteral("cameras"), QStringLiteral("gauges"), QStringLiteral("units")}));
        QCOMPARE(map.staleLayerMap().value(QStringLiteral("gauges")), QVariant(true));
        QVERIFY(!map.staleLayerMap().contains(QStringLiteral("reports")));
        map.setStaleSources({});
        QCOMPARE(map.staleLayers(), QStringList());
        QCOMPARE(changed.size(), 3);
    }

    void showsOnlyTheCasesOfTheAreasOfResponsibility()
    {
        test::FreshStore store;
        auto db = store.open();
        QVERIFY(Ingest(*db).write(province()));
        MapController map(db.get(), nullptr, m_clock);
        map.setScope({QStringLiteral("31825")});
        QCOMPARE(map.counts().value(QStringLiteral("reports")).toInt(), 1); // the near-due report of Bạc Liêu
        map.setScope({QStringLiteral("96")});                                // the province: its wards
        QCOMPARE(map.counts().value(QStringLiteral("reports")).toInt(), 4);
        map.setScope({});
        QCOMPARE(map.counts().value(QStringLiteral("reports")).toInt(), 4);
    }

    void searchIgnoresDiacriticsAndCase()
    {
        test::FreshStore store;
        auto db = store.open();
        QVERIFY(Ingest(*db).write(province()));
        MapController map(db.get(), nullptr, m_clock);
        map.refresh();
        QVariantList hits = map.search(QStringLiteral("ca mau"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Tỉnh Cà Mau"));
        hits = map.search(QStringLiteral("BAC LIEU"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toMap().value(QStringLiteral("code")).toString(), QStringLiteral("31825"));
        hits = map.search(QStringLiteral("dam doi"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("camera"));
        QVERIFY(hits.first().toMap().contains(QStringLiteral("markerId")));
        QVERIFY(map.search(QStringLiteral("   ")).isEmpty());
        QCOMPARE(map.search(QStringLiteral("tan thanh"), 2).size(), 2); // the limit holds
    }

    void followsTheChangeFeed()
    {
        test::FreshStore store;
        auto db = store.open();
        ChangeFeed feed;
        QVERIFY(Ingest(*db, &feed).write(province()));
        MapController map(db.get(), &feed, m_clock);
        map.refresh();
        QSignalSpy refreshed(&map, &MapController::refreshed);

        // A patrol unit reports a new position; a new SOS arrives.
        IngestBatch live;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        live.positions.append({{QStringLiteral("test"), QStringLiteral("CSGT-01")}, now.addSecs(-60), QGeoCoordinate(9.20, 105.20), 20});
        live.positions.append({{QStringLiteral("test"), QStringLiteral("CSGT-01")}, now, QGeoCoordinate(9.25, 105.30), 25});
        Case sos = test::fieldReport(50, CaseStatus::Pending);
        sos.key = {QStringLiteral("sos"), QStringLiteral("SOS-0001")};
        sos.category = CaseCategory::Sos;
        sos.title = QStringLiteral("Nhà bị ngập sâu, cần sơ tán");
        live.cases.append(sos);
        QVERIFY(Ingest(*db, &feed).write(live));

        QTRY_VERIFY(refreshed.count() >= 1);
        const MapMarker unit = map.units()->markers()->front();
        const QPointF latest = webmercator::toWorld(9.25, 105.30);
        QVERIFY(qAbs(unit.world.x() - latest.x()) < 1e-12 && qAbs(unit.world.y() - latest.y()) < 1e-12);
        QCOMPARE(map.sos()->markers()->size(), size_t(1));
        QVERIFY(map.sos()->markers()->front().pulse);
        QCOMPARE(map.sos()->markers()->front().state, quint8(MapMarker::Critical));
    }

    void aStoreErrorKeepsWhatIsShown()
    {
        test::FreshStore store;
        auto db = store.open();
        QVERIFY(Ingest(*db).write(province()));
        MapController map(db.get(), nullptr, m_clock);
        map.refresh();
        QCOMPARE(map.counts().value(QStringLiteral("gauges")).toInt(), 3);
        QSqlQuery drop(db->connection());
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE unit_positions")));
        map.refresh();
        QVERIFY(!map.error().isEmpty());
        QCOMPARE(map.counts().value(QStringLiteral("gauges")).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMapController)
#include "tst_mapcontroller.moc"
