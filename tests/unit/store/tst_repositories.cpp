// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetesthelper.h"

#include "store/ingest.h"
#include "store/repositories.h"

using namespace ioc;

class TestRepositories : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::FreshStore> m_store;
    std::unique_ptr<Database> m_database;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::FreshStore>();
        m_database = m_store->open();
        IngestBatch batch;
        batch.areas.append({QStringLiteral("96"), QStringLiteral("Cà Mau"), QStringLiteral("Tỉnh Cà Mau"),
                            QStringLiteral("Ca Mau"), AreaLevel::Province, {}, 7942.39, QGeoCoordinate(9.1, 105.1), {}});
        batch.areas.append({QStringLiteral("32002"), QStringLiteral("Tân Thành"), QStringLiteral("Phường Tân Thành"),
                            QStringLiteral("Tan Thanh"), AreaLevel::Ward, QStringLiteral("96"), 25.1, QGeoCoordinate(9.18, 105.16), {}});
        for (int i = 1; i <= 3; ++i)
            batch.assets.append(test::rainGauge(i));
        Asset camera = test::rainGauge(9);
        camera.key.externalId = QStringLiteral("CAM-01");
        camera.kind = AssetKind::Camera;
        camera.name = QStringLiteral("Camera ngã tư Đầm Dơi");
        batch.assets.append(camera);
        for (int i = 1; i <= 12; ++i)
            batch.cases.append(test::fieldReport(i, i <= 4 ? CaseStatus::Overdue : CaseStatus::Pending));
        Case dossier = test::fieldReport(100);
        dossier.key = {QStringLiteral("dvc"), QStringLiteral("H12.99-261122-0001")};
        dossier.category = CaseCategory::Dossier;
        dossier.title = QStringLiteral("Cấp giấy phép xây dựng nhà ở riêng lẻ");
        dossier.areaCode = QStringLiteral("32003");
        dossier.satisfied = false;
        batch.cases.append(dossier);
        for (int minute = 0; minute < 10; ++minute)
            batch.observations.append(test::rain(1, minute, minute * 2.0));
        const auto written = Ingest(*m_database).write(batch);
        QVERIFY2(written.ok() && written.value().rejected.isEmpty(), qPrintable(written.errorMessage()));
    }

    void cleanup()
    {
        m_database.reset();
        m_store.reset();
    }

    void areasByLevelAndCode()
    {
        AreaRepository areas(*m_database);
        QCOMPARE(areas.count().value(), 2);
        QCOMPARE(areas.all(AreaLevel::Ward).value().size(), 1);
        const auto province = areas.get(QStringLiteral("96"));
        QVERIFY(province.value());
        QCOMPARE(province.value()->fullName, QStringLiteral("Tỉnh Cà Mau"));
        QCOMPARE(province.value()->level, AreaLevel::Province);
        QVERIFY(!areas.get(QStringLiteral("00")).value());
    }

    void assetsByKindAndTextIgnoringDiacritics()
    {
        AssetRepository assets(*m_database);
        QCOMPARE(assets.count().value(), 4);
        QCOMPARE(assets.count(AssetKind::RainGauge).value(), 3);
        QCOMPARE(assets.find(AssetKind::Camera).value().size(), 1);
        const auto found = assets.find(std::nullopt, QStringLiteral("dam doi"));
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().name, QStringLiteral("Camera ngã tư Đầm Dơi"));
        const auto gauge = assets.get(test::rainGauge(2).key);
        QVERIFY(gauge.value());
        QCOMPARE(gauge.value()->properties.value(u"thresholdMmPerHour").toInt(), 50);
        QCOMPARE(gauge.value()->position, test::rainGauge(2).position);
    }

    void casesFilteredAndOrderedByTheDatabase()
    {
        CaseRepository cases(*m_database);
        QCOMPARE(cases.count().value(), 13);

        CaseQuery overdue;
        overdue.statuses = {CaseStatus::Overdue};
        QCOMPARE(cases.count(overdue).value(), 4);

        CaseQuery reports;
        reports.category = CaseCategory::FieldReport;
        reports.order = CaseQuery::Order::NewestFirst;
        const QList<Case> newest = cases.find(reports).value();
        QCOMPARE(newest.size(), 12);
        QCOMPARE(newest.first().key.externalId, QStringLiteral("PAHT.20261122.0012"));
        QVERIFY(newest.first().opened > newest.last().opened);

        reports.order = CaseQuery::Order::MostSevereFirst;
        const QList<Case> severe = cases.find(reports).value();
        QCOMPARE(severe.first().severity, Severity::High);
        QCOMPARE(severe.last().severity, Severity::Low);

        CaseQuery text;
        text.text = QStringLiteral("ly thuong kiet so 7");
        QCOMPARE(cases.find(text).value().size(), 1);
        text.text = QStringLiteral("100%_");  // LIKE wildcards are literal
        QCOMPARE(cases.find(text).value().size(), 0);

        CaseQuery limited;
        limited.limit = 5;
        QCOMPARE(cases.find(limited).value().size(), 5);

        CaseQuery area;
        area.areaCode = QStringLiteral("32003");
        const QList<Case> inArea = cases.find(area).value();
        QCOMPARE(inArea.size(), 1);
        QCOMPARE(inArea.first().category, CaseCategory::Dossier);
        QCOMPARE(inArea.first().satisfied, std::optional<bool>(false));

        // Areas of responsibility: a ward, a province (its wards), several; a look-alike code sees nothing.
        CaseQuery scoped;
        scoped.scope = {QStringLiteral("32003")};
        QCOMPARE(cases.count(scoped).value(), 1);
        scoped.scope = {QStringLiteral("96")};
        QCOMPARE(cases.count(scoped).value(), 12); // the field reports of ward 32002, whose parent is 96
        scoped.scope = {QStringLiteral("32002"), QStringLiteral("32003")};
        QCOMPARE(cases.find(scoped).value().size(), 13);
        scoped.scope = {QStringLiteral("3200%")};
        QCOMPARE(cases.count(scoped).value(), 0);
    }

    void observationSeriesAndLatest()
    {
        ObservationRepository observations(*m_database);
        const RecordKey gauge = test::rainGauge(1).key;
        const auto series = observations.series(gauge, QStringLiteral("rain_mm_h"), test::kBaseTime.addSecs(120),
                                                test::kBaseTime.addSecs(300));
        QCOMPARE(series.value().size(), 4); // minutes 2, 3, 4, 5
        QCOMPARE(series.value().first().value, 4.0);
        const auto latest = observations.latest(gauge, QStringLiteral("rain_mm_h"));
        QVERIFY(latest.value());
        QCOMPARE(latest.value()->value, 18.0);
        QCOMPARE(latest.value()->time, test::kBaseTime.addSecs(540));
        QVERIFY(!observations.latest(gauge, QStringLiteral("water_level_m")).value());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
