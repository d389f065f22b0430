// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

#include <QTest>

using namespace ioc;

class TestClock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void manualClockMovesOnlyWhenTold()
    {
        const QDateTime start(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
        ManualClock clock(start);
        QCOMPARE(clock.now(), start);
        clock.advance(90 * 1000);
        QCOMPARE(clock.now(), start.addSecs(90));
        clock.set(start.addDays(1));
        QCOMPARE(clock.now(), start.addDays(1));
    }

    void systemClockFollowsTheMachine()
    {
        SystemClock clock;
        const QDateTime before = QDateTime::currentDateTime();
        const QDateTime now = clock.now();
        QVERIFY(now >= before);
        QVERIFY(now <= QDateTime::currentDateTime());
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
