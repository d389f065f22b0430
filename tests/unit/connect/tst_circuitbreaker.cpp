// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/circuitbreaker.h"

#include <QTest>
#include <QTimeZone>

using namespace ioc;

class TestCircuitBreaker : public QObject {
    Q_OBJECT

    const QDateTime t0 = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);

private Q_SLOTS:
    void opensAfterTheThresholdAndHalfOpensAfterTheWait()
    {
        CircuitBreaker breaker(3, 60000);
        QVERIFY(breaker.allowAttempt(t0));
        breaker.recordFailure(t0);
        breaker.recordFailure(t0);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        breaker.recordFailure(t0);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QCOMPARE(breaker.openUntil(), t0.addSecs(60));
        QVERIFY(!breaker.allowAttempt(t0.addSecs(59)));
        QVERIFY(breaker.allowAttempt(t0.addSecs(60)));
        QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen);
    }

    void aFailedTrialOpensAgainAndASuccessfulOneCloses()
    {
        CircuitBreaker breaker(2, 1000);
        breaker.recordFailure(t0);
        breaker.recordFailure(t0);
        QVERIFY(breaker.allowAttempt(t0.addMSecs(1000)));
        breaker.recordFailure(t0.addMSecs(1000));
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QCOMPARE(breaker.openUntil(), t0.addMSecs(2000));
        QVERIFY(breaker.allowAttempt(t0.addMSecs(2000)));
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QCOMPARE(breaker.consecutiveFailures(), 0);
        QVERIFY(breaker.allowAttempt(t0.addMSecs(2001)));
    }

    void aSuccessResetsTheCount()
    {
        CircuitBreaker breaker(3, 1000);
        breaker.recordFailure(t0);
        breaker.recordFailure(t0);
        breaker.recordSuccess();
        breaker.recordFailure(t0);
        breaker.recordFailure(t0);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
    }

    void codes()
    {
        QCOMPARE(CircuitBreaker::toCode(CircuitBreaker::State::Closed), QStringLiteral("closed"));
        QCOMPARE(CircuitBreaker::toCode(CircuitBreaker::State::Open), QStringLiteral("open"));
        QCOMPARE(CircuitBreaker::toCode(CircuitBreaker::State::HalfOpen), QStringLiteral("half_open"));
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
