// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetesthelper.h"

#include "store/assetlistmodel.h"
#include "store/changefeed.h"
#include "store/ingest.h"

#include <QAbstractItemModelTester>

using namespace ioc;

class TestAssetListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindTextAndMovingUnits()
    {
        test::FreshStore store;
        auto database = store.open();
        ChangeFeed feed;
        IngestBatch batch;
        for (int i = 1; i <= 4; ++i)
            batch.assets.append(test::rainGauge(i));
        Asset unit = test::rainGauge(20);
        unit.key.externalId = QStringLiteral("CSGT-01");
        unit.kind = AssetKind::PatrolUnit;
        unit.name = QStringLiteral("Tổ tuần tra CSGT số 1");
        batch.assets.append(unit);
        QVERIFY(Ingest(*database, &feed).write(batch).ok());

        AssetListModel model(database.get(), &feed);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 5);
        model.setKind(QStringLiteral("patrol_unit"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.get(0, QStringLiteral("name")).toString(), QStringLiteral("Tổ tuần tra CSGT số 1"));

        IngestBatch move;
        move.positions.append({unit.key, test::kBaseTime, QGeoCoordinate(9.21, 105.31), 40});
        QVERIFY(Ingest(*database, &feed).write(move).ok());
        QCOMPARE(model.get(0, QStringLiteral("latitude")).toDouble(), 9.21);

        model.setKind(QString());
        model.setText(QStringLiteral("TAN THANH 3"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.get(0, QStringLiteral("code")).toString(), QStringLiteral("RG-03"));
    }
};

QTEST_GUILESS_MAIN(TestAssetListModel)
#include "tst_assetlistmodel.moc"
