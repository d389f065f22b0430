// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain.h"
#include "core/textsearch.h"

#include <QTest>

#include <cmath>

using namespace ioc;

class TestDomain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codesRoundTrip()
    {
        for (auto kind : {AssetKind::Camera, AssetKind::RainGauge, AssetKind::WaterStation, AssetKind::FloodTower,
                          AssetKind::PatrolUnit, AssetKind::Facility})
            QCOMPARE(fromCode<AssetKind>(toCode(kind)), std::optional<AssetKind>(kind));
        for (auto status : {CaseStatus::Pending, CaseStatus::InProgress, CaseStatus::NearDue, CaseStatus::Overdue,
                            CaseStatus::Resolved, CaseStatus::Closed})
            QCOMPARE(fromCode<CaseStatus>(toCode(status)), std::optional<CaseStatus>(status));
        QCOMPARE(toCode(CaseCategory::SocAlert), QStringLiteral("soc_alert"));
        QVERIFY(!fromCode<Severity>(u"catastrophic"));
    }

    void positionsFromRawDegrees()
    {
        const auto ok = positionFromDegrees(9.1769, 105.1524, QStringLiteral("camera demo/CAM-01"));
        QVERIFY(ok.ok());
        QCOMPARE(ok.value(), QGeoCoordinate(9.1769, 105.1524));
        QVERIFY(!positionFromDegrees(NAN, NAN, QStringLiteral("x")).value().isValid());
        const auto north = positionFromDegrees(91.5, 105.0, QStringLiteral("camera demo/CAM-02"));
        QCOMPARE(north.errorMessage(), QStringLiteral("camera demo/CAM-02: latitude 91.5 is outside -90…90"));
        const auto east = positionFromDegrees(9.0, 185.0, QStringLiteral("gauge demo/RG-1"));
        QCOMPARE(east.errorMessage(), QStringLiteral("gauge demo/RG-1: longitude 185 is outside -180…180"));
        QVERIFY(!positionFromDegrees(9.0, NAN, QStringLiteral("half")).ok());
    }

    void validationNamesTheRecord()
    {
        Case item;
        item.key = {QStringLiteral("paht"), QStringLiteral("PAHT.20240419.0025")};
        item.title = QStringLiteral("Ngập nước đường Phan Ngọc Hiển");
        item.opened = QDateTime(QDate(2024, 4, 19), QTime(8, 0), Qt::UTC);
        QVERIFY(validate(item).ok());
        item.position.setLongitude(200);
        item.position.setLatitude(9);
        QCOMPARE(validate(item).errorMessage(), QStringLiteral("case paht/PAHT.20240419.0025: longitude 200 is outside -180…180"));
        item.position = {};
        item.opened = {};
        QVERIFY(validate(item).errorMessage().contains(u"opened"));
        item.key.externalId.clear();
        QCOMPARE(validate(item).errorMessage(), QStringLiteral("case from paht: the external id is missing"));
    }

    void observationsNeedAFiniteValue()
    {
        Observation observation{{QStringLiteral("demo"), QStringLiteral("RG-1")}, QStringLiteral("rain_mm_h"),
                                QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC), NAN};
        QVERIFY(validate(observation).errorMessage().contains(u"not a number"));
        observation.value = 12.5;
        QVERIFY(validate(observation).ok());
    }

    void searchFoldingIgnoresCaseAndDiacritics()
    {
        QCOMPARE(foldForSearch(QStringLiteral("Phường Bạc Liêu")), QStringLiteral("phuong bac lieu"));
        QCOMPARE(foldForSearch(QStringLiteral("ĐẦM DƠI")), QStringLiteral("dam doi"));
        QCOMPARE(foldForSearch(QStringLiteral("  Cà   Mau ")), QStringLiteral("ca mau"));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
