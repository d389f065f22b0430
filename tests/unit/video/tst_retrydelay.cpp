// SPDX-License-Identifier: GPL-3.0-or-later
// The reconnect back-off: doubling from the first delay, capped, jittered within its bounds, seeded.

#include "video/internal/retrydelay.h"

#include <QSet>
#include <QTest>

using namespace ioc;
using namespace std::chrono_literals;

class TstRetryDelay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void doublesUpToTheCapWithoutJitter()
    {
        RetryDelay delay({500ms, 4000ms, 0.0}, 1);
        QCOMPARE(delay.delay(0), 500ms);
        QCOMPARE(delay.delay(1), 1000ms);
        QCOMPARE(delay.delay(2), 2000ms);
        QCOMPARE(delay.delay(3), 4000ms);
        QCOMPARE(delay.delay(4), 4000ms);
        QCOMPARE(delay.delay(1000), 4000ms); // no overflow far out
    }

    void jitterStaysWithinItsBoundsAndVaries()
    {
        RetryDelay delay({1000ms, 30000ms, 0.2}, 42);
        QSet<qint64> seen;
        for (int i = 0; i < 200; ++i) {
            const auto value = delay.delay(2); // 4000 ms ± 20 %
            QVERIFY2(value >= 3200ms && value <= 4800ms, qPrintable(QString::number(value.count())));
            seen.insert(value.count());
        }
        QVERIFY(seen.size() > 20); // cameras behind one switch do not retry in lock step
    }

    void theSameSeedGivesTheSameDelays()
    {
        RetryDelay a({1000ms, 30000ms, 0.3}, 7);
        RetryDelay b({1000ms, 30000ms, 0.3}, 7);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(a.delay(i), b.delay(i));
    }
};

QTEST_GUILESS_MAIN(TstRetryDelay)
#include "tst_retrydelay.moc"
