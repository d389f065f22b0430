// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/retrypolicy.h"

#include <QSet>
#include <QTest>

using namespace ioc;
using std::chrono::milliseconds;

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesUpToTheMaximum()
    {
        RetryPolicy policy(milliseconds(1000), milliseconds(30000), 1);
        QCOMPARE(policy.ceilingAfter(1), milliseconds(1000));
        QCOMPARE(policy.ceilingAfter(2), milliseconds(2000));
        QCOMPARE(policy.ceilingAfter(5), milliseconds(16000));
        QCOMPARE(policy.ceilingAfter(6), milliseconds(30000));
        QCOMPARE(policy.ceilingAfter(1000), milliseconds(30000)); // no overflow after many failures
    }

    void delaysStayBetweenHalfAndAllOfTheCeiling()
    {
        RetryPolicy policy(milliseconds(1000), milliseconds(60000), 7);
        for (int failures = 1; failures <= 10; ++failures) {
            for (int draw = 0; draw < 50; ++draw) {
                const milliseconds delay = policy.delayAfter(failures);
                QVERIFY2(delay >= policy.ceilingAfter(failures) / 2 && delay <= policy.ceilingAfter(failures),
                         qPrintable(QStringLiteral("failures %1: delay %2").arg(failures).arg(delay.count())));
            }
        }
    }

    void jitterSpreadsConnectorsThatFailedTogether()
    {
        // Ten connectors with different seeds failing at the same moment must not all retry at once.
        QSet<qint64> delays;
        for (quint64 seed = 1; seed <= 10; ++seed) {
            RetryPolicy policy(milliseconds(10000), milliseconds(60000), seed);
            delays.insert(policy.delayAfter(3).count());
        }
        QVERIFY2(delays.size() >= 8, qPrintable(QStringLiteral("only %1 distinct delays").arg(delays.size())));
    }

    void sameSeedSameDelays()
    {
        RetryPolicy a(milliseconds(500), milliseconds(10000), 42);
        RetryPolicy b(milliseconds(500), milliseconds(10000), 42);
        for (int failures = 1; failures < 8; ++failures)
            QCOMPARE(a.delayAfter(failures), b.delayAfter(failures));
    }

    void nonsenseSettingsAreClamped()
    {
        RetryPolicy policy(milliseconds(0), milliseconds(-5), 1);
        QVERIFY(policy.initial() >= milliseconds(1));
        QVERIFY(policy.maximum() >= policy.initial());
        QVERIFY(policy.delayAfter(3) >= milliseconds(0));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
