// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/walllayout.h"

#include <QTest>

using namespace ioc;

class TestWallLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void presetsHaveTheirTileCounts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tiles");
        QTest::addColumn<QString>("spec");
        QTest::newRow("1") << "1" << 1 << "1x1";
        QTest::newRow("2x2") << "2x2" << 4 << "2x2";
        QTest::newRow("3x3") << "3x3" << 9 << "3x3";
        QTest::newRow("4x4") << "4x4" << 16 << "4x4";
        QTest::newRow("1+5") << "1+5" << 6 << "3x3:0,0,2,2";
        QTest::newRow("1+7") << "1+7" << 8 << "4x4:0,0,3,3";
    }
    void presetsHaveTheirTileCounts()
    {
        QFETCH(QString, name);
        QFETCH(int, tiles);
        QFETCH(QString, spec);
        const Result<WallLayout> layout = WallLayout::fromSpec(name);
        QVERIFY2(layout.ok(), qPrintable(layout.errorMessage()));
        QCOMPARE(layout.value().tileCount(), tiles);
        QCOMPARE(layout.value().name(), name);
        QCOMPARE(layout.value().spec(), spec);
        QVERIFY(WallLayout::presetNames().contains(name));
        // The spec reads back as the same grid.
        QVERIFY(WallLayout::fromSpec(layout.value().spec()).value() == layout.value());
    }

    void tilesCoverTheUnitSquareWithoutOverlap_data()
    {
        QTest::addColumn<QString>("spec");
        for (const QString& name : WallLayout::presetNames())
            QTest::newRow(qPrintable(name)) << name;
        QTest::newRow("custom") << "3x4:0,1,2,2;2,0,1,4";
    }
    void tilesCoverTheUnitSquareWithoutOverlap()
    {
        QFETCH(QString, spec);
        const WallLayout layout = WallLayout::fromSpec(spec).value();
        double area = 0;
        const QList<QRectF> rects = layout.tileRects();
        for (int i = 0; i < rects.size(); ++i) {
            QVERIFY(QRectF(0, 0, 1, 1).contains(rects.at(i)));
            area += rects.at(i).width() * rects.at(i).height();
            for (int j = i + 1; j < rects.size(); ++j) {
                const QRectF overlap = rects.at(i).intersected(rects.at(j));
                QVERIFY2(overlap.width() * overlap.height() < 1e-9, qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
            }
        }
        QVERIFY(qAbs(area - 1.0) < 1e-9);
    }

    void onePlusFiveHasTheBigTileFirst()
    {
        const WallLayout layout = WallLayout::fromSpec(QStringLiteral("1+5")).value();
        QCOMPARE(layout.tileRect(0), QRectF(0, 0, 2.0 / 3, 2.0 / 3));
        QCOMPARE(layout.tileRect(1), QRectF(2.0 / 3, 0, 1.0 / 3, 1.0 / 3));
        QCOMPARE(layout.tileRect(5), QRectF(2.0 / 3, 2.0 / 3, 1.0 / 3, 1.0 / 3));
        QCOMPARE(layout.mainTile(), 0);
        QVERIFY(layout.tileRect(6).isNull());
        QVERIFY(layout.tileRect(-1).isNull());
    }

    void customGridsWithSpans()
    {
        const Result<WallLayout> layout = WallLayout::custom(2, 3, {WallLayout::Tile{0, 1, 2, 2}});
        QVERIFY2(layout.ok(), qPrintable(layout.errorMessage()));
        QCOMPARE(layout.value().tileCount(), 3); // (0,0), the 2×2 block, (1,0)
        QCOMPARE(layout.value().tiles().at(1), (WallLayout::Tile{0, 1, 2, 2}));
        QCOMPARE(layout.value().mainTile(), 1);
        QCOMPARE(layout.value().spec(), QStringLiteral("2x3:0,1,2,2"));
        QCOMPARE(WallLayout::fromSpec(QStringLiteral(" 2 × 3 ")).value().tileCount(), 6);
    }

    void badSpecsSayWhy_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << "" << "neither a preset";
        QTest::newRow("word") << "big" << "neither a preset";
        QTest::newRow("zero rows") << "0x3" << "1 to 8 rows";
        QTest::newRow("too large") << "9x9" << "1 to 8 rows";
        QTest::newRow("outside") << "2x2:1,1,2,1" << "does not fit";
        QTest::newRow("negative") << "2x2:-1,0,1,1" << "does not fit";
        QTest::newRow("overlap") << "3x3:0,0,2,2;1,1,2,2" << "overlap at row 1, column 1";
        QTest::newRow("no span") << "3x3:0,0,0,2" << "spans no cell";
        QTest::newRow("three numbers") << "3x3:0,0,2" << "four numbers";
        QTest::newRow("letters") << "3x3:a,0,2,2" << "four numbers";
    }
    void badSpecsSayWhy()
    {
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        const Result<WallLayout> layout = WallLayout::fromSpec(spec);
        QVERIFY(!layout.ok());
        QVERIFY2(layout.errorMessage().contains(expected), qPrintable(layout.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestWallLayout)
#include "tst_walllayout.moc"
