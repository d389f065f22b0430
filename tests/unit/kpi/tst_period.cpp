// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/period.h"

#include <QTest>

using namespace ioc;

Q_DECLARE_METATYPE(ioc::Period)

class TestPeriod : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<Period>("expected");
        QTest::newRow("month") << "2026-11" << true << Period{PeriodKind::Month, 2026, 11};
        QTest::newRow("january") << "2026-01" << true << Period{PeriodKind::Month, 2026, 1};
        QTest::newRow("quarter") << "2026-Q4" << true << Period{PeriodKind::Quarter, 2026, 4};
        QTest::newRow("year") << "2026" << true << Period{PeriodKind::Year, 2026, 0};
        const char* bad[] = {"", "202", "20260", "2026-1", "2026-13", "2026-00", "2026-Q0", "2026-Q5", "2026-q4",
                             " 2026", "2026 ", "2026-11-01", "2026/11", "+026", "0999", "abcd", "2026-1a", "2026-Q"};
        for (const char* text : bad)
            QTest::newRow(qPrintable(QStringLiteral("bad '%1'").arg(QLatin1String(text)))) << QString::fromLatin1(text)
                                                                                           << false << Period{};
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(Period, expected);
        const auto parsed = Period::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, expected);
            QCOMPARE(parsed->toString(), text); // round trip
        }
    }

    void days_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("count");
        QTest::newRow("february leap") << "2028-02" << QDate(2028, 2, 1) << QDate(2028, 2, 29) << 29;
        QTest::newRow("february") << "2026-02" << QDate(2026, 2, 1) << QDate(2026, 2, 28) << 28;
        QTest::newRow("december") << "2026-12" << QDate(2026, 12, 1) << QDate(2026, 12, 31) << 31;
        QTest::newRow("q1") << "2026-Q1" << QDate(2026, 1, 1) << QDate(2026, 3, 31) << 90;
        QTest::newRow("q4") << "2026-Q4" << QDate(2026, 10, 1) << QDate(2026, 12, 31) << 92;
        QTest::newRow("year") << "2026" << QDate(2026, 1, 1) << QDate(2026, 12, 31) << 365;
        QTest::newRow("leap year") << "2028" << QDate(2028, 1, 1) << QDate(2028, 12, 31) << 366;
    }
    void days()
    {
        QFETCH(QString, text);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(int, count);
        const Period p = *Period::parse(text);
        QCOMPARE(p.firstDay(), first);
        QCOMPARE(p.lastDay(), last);
        QCOMPARE(p.dayCount(), count);
    }

    // The integer day arithmetic agrees with QDate for every month and quarter of a span of years that holds
    // century and 400-year leap rules.
    void julianDaysAgreeWithQDate()
    {
        for (int year : {1000, 1600, 1700, 1900, 2000, 2024, 2026, 2100, 2400, 9999}) {
            for (int month = 1; month <= 12; ++month) {
                const Period p{PeriodKind::Month, year, month};
                QCOMPARE(p.firstJulianDay(), QDate(year, month, 1).toJulianDay());
                QCOMPARE(p.lastJulianDay(), QDate(year, month, QDate(year, month, 1).daysInMonth()).toJulianDay());
            }
            for (int quarter = 1; quarter <= 4; ++quarter) {
                const Period p{PeriodKind::Quarter, year, quarter};
                QCOMPARE(p.firstDay(), QDate(year, quarter * 3 - 2, 1));
                QCOMPARE(p.lastDay(), QDate(year, quarter * 3, 1).addMonths(1).addDays(-1));
            }
            QCOMPARE(Period({PeriodKind::Year, year, 0}).dayCount(), QDate::isLeapYear(year) ? 366 : 365);
        }
    }

    void elapsedShare()
    {
        const Period year = *Period::parse(u"2026");
        QCOMPARE(year.elapsedShare(QDate(2025, 12, 31)), 0.0);
        QCOMPARE(year.elapsedShare(QDate(2026, 1, 1)), 1.0 / 365.0); // today counts as elapsed
        QCOMPARE(year.elapsedShare(QDate(2026, 10, 1)), 274.0 / 365.0);
        QCOMPARE(year.elapsedShare(QDate(2026, 12, 31)), 1.0);
        QCOMPARE(year.elapsedShare(QDate(2027, 1, 1)), 1.0);
        QCOMPARE(year.elapsedShare(QDate()), 0.0);
        const Period month = *Period::parse(u"2026-02");
        QCOMPARE(month.elapsedShare(QDate(2026, 2, 14)), 14.0 / 28.0);
        QCOMPARE(Period{}.elapsedShare(QDate(2026, 2, 14)), 0.0); // invalid period
    }

    void next()
    {
        QCOMPARE(Period::parse(u"2026-11")->next(), *Period::parse(u"2026-12"));
        QCOMPARE(Period::parse(u"2026-12")->next(), *Period::parse(u"2027-01"));
        QCOMPARE(Period::parse(u"2026-01")->next(-1), *Period::parse(u"2025-12"));
        QCOMPARE(Period::parse(u"2026-01")->next(-13), *Period::parse(u"2024-12"));
        QCOMPARE(Period::parse(u"2026-03")->next(25), *Period::parse(u"2028-04"));
        QCOMPARE(Period::parse(u"2026-Q4")->next(), *Period::parse(u"2027-Q1"));
        QCOMPARE(Period::parse(u"2026-Q1")->next(-1), *Period::parse(u"2025-Q4"));
        QCOMPARE(Period::parse(u"2026-Q2")->next(-6), *Period::parse(u"2024-Q4"));
        QCOMPARE(Period::parse(u"2026")->next(3), *Period::parse(u"2029"));
        QCOMPARE(Period::parse(u"2026")->next(0), *Period::parse(u"2026"));
    }

    void containing()
    {
        QCOMPARE(Period::containing(PeriodKind::Month, QDate(2026, 11, 30)), *Period::parse(u"2026-11"));
        QCOMPARE(Period::containing(PeriodKind::Quarter, QDate(2026, 3, 31)), *Period::parse(u"2026-Q1"));
        QCOMPARE(Period::containing(PeriodKind::Quarter, QDate(2026, 4, 1)), *Period::parse(u"2026-Q2"));
        QCOMPARE(Period::containing(PeriodKind::Quarter, QDate(2026, 12, 1)), *Period::parse(u"2026-Q4"));
        QCOMPARE(Period::containing(PeriodKind::Year, QDate(2026, 6, 1)), *Period::parse(u"2026"));
        QVERIFY(!Period::containing(PeriodKind::Month, QDate()).isValid());
        QCOMPARE(Period{}.toString(), QString());
    }

    void ordering()
    {
        QVERIFY(*Period::parse(u"2025-12") < *Period::parse(u"2026-01"));
        QVERIFY(*Period::parse(u"2026-02") < *Period::parse(u"2026-10"));
        QVERIFY(*Period::parse(u"2026-Q1") < *Period::parse(u"2026-Q2"));
        QVERIFY(*Period::parse(u"2026-Q4") > *Period::parse(u"2026-Q3"));
        QVERIFY(*Period::parse(u"2026") != *Period::parse(u"2026-Q1"));
        QVERIFY(*Period::parse(u"2027") >= *Period::parse(u"2026"));
    }
};

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
