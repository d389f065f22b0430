// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/statusrule.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace ioc;

Q_DECLARE_METATYPE(ioc::StatusInput)

namespace {

// 1 October 2026, noon UTC: day 274 of 365 of the year (75%), day 1 of 31 of the month.
const QDateTime kNow(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

struct Row {
    StatusInput input;

    Row(Direction direction, KpiShape shape, const char* period, std::optional<double> plan,
        std::optional<double> actual)
    {
        input.direction = direction;
        input.shape = shape;
        input.period = Period::parse(QString::fromLatin1(period)).value_or(Period{});
        input.plan = plan;
        input.actual = actual;
        input.now = kNow;
        input.updated = kNow.addSecs(-3600); // fresh unless a row says otherwise
        input.expectedUpdateSeconds = 86400;
    }
    Row& forecast(double value) { input.forecastAtEnd = value; return *this; }
    Row& updated(const QDateTime& when) { input.updated = when; return *this; }
    Row& unit(const char* u) { input.unit = QString::fromUtf8(u); return *this; }
    Row& negativeAllowed() { input.negativeAllowed = true; return *this; }
    Row& thresholds(double green, double red) { input.thresholds = {green, red}; return *this; }
};

constexpr auto Higher = Direction::HigherIsBetter;
constexpr auto Lower = Direction::LowerIsBetter;
constexpr auto Amount = KpiShape::Amount;
constexpr auto Level = KpiShape::Level;

} // namespace

class TestStatusRule : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void toCodes()
    {
        QCOMPARE(toCode(KpiColour::Red), QStringLiteral("red"));
        QCOMPARE(toCode(KpiColour::Orange), QStringLiteral("orange"));
        QCOMPARE(toCode(KpiColour::Green), QStringLiteral("green"));
        QCOMPARE(toCode(KpiColour::Grey), QStringLiteral("grey"));
    }

    void rule_data()
    {
        QTest::addColumn<StatusInput>("input");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<QString>("explanation");
        auto row = [](const char* name, const Row& r, const char* colour, bool stale, const char* text) {
            QTest::newRow(name) << r.input << QString::fromLatin1(colour) << stale << QString::fromUtf8(text);
        };
        // Amount, higher is better: plan 1,000 for 2026 pro-rated to 274/365 = 750.7 on 1 October.
        row("amount higher green", Row(Higher, Amount, "2026", 1000, 800), "green", false,
            "actual 106% of plan at 75% of the year → green");
        row("amount higher orange", Row(Higher, Amount, "2026", 1000, 700), "orange", false,
            "actual 93% of plan at 75% of the year → orange");
        row("amount higher red", Row(Higher, Amount, "2026", 1000, 600), "red", false,
            "actual 79% of plan at 75% of the year → red");
        // The same 700 as a level is not pro-rated: 70% of plan.
        row("level higher red, same figures as amount orange", Row(Higher, Level, "2026", 1000, 700), "red", false,
            "actual 70% of plan → red");
        row("level higher green", Row(Higher, Level, "2026", 90, 92), "green", false, "actual 102% of plan → green");
        row("level higher orange", Row(Higher, Level, "2026", 90, 85), "orange", false, "actual 94% of plan → orange");
        row("level higher red", Row(Higher, Level, "2026", 90, 70), "red", false, "actual 77% of plan → red");
        // Lower is better: r = 2 - actual / plan; shares shown rounded up.
        row("amount lower green", Row(Lower, Amount, "2026", 1000, 700), "green", false,
            "actual 94% of plan at 75% of the year → green");
        row("amount lower orange", Row(Lower, Amount, "2026", 1000, 800), "orange", false,
            "actual 107% of plan at 75% of the year → orange");
        row("amount lower red", Row(Lower, Amount, "2026", 1000, 900), "red", false,
            "actual 120% of plan at 75% of the year → red");
        row("level lower green", Row(Lower, Level, "2026", 5, 4), "green", false, "actual 80% of plan → green");
        row("level lower orange", Row(Lower, Level, "2026", 5, 5.25), "orange", false, "actual 105% of plan → orange");
        row("level lower red", Row(Lower, Level, "2026", 5, 6), "red", false, "actual 120% of plan → red");
        row("level lower zero actual", Row(Lower, Level, "2026", 5, 0), "green", false, "actual 0% of plan → green");
        // Thresholds: exactly on one, just under one, custom ones.
        row("exactly on red threshold", Row(Higher, Level, "2026", 100, 90), "orange", false,
            "actual 90% of plan → orange");
        row("just under red threshold shows 89%", Row(Higher, Level, "2026", 100, 89.99), "red", false,
            "actual 89% of plan → red");
        row("exactly on plan", Row(Higher, Level, "2026", 100, 100), "green", false, "actual 100% of plan → green");
        row("lower exactly 110% is orange", Row(Lower, Level, "2026", 100, 110), "orange", false,
            "actual 110% of plan → orange");
        row("custom thresholds", Row(Higher, Level, "2026", 100, 96).thresholds(0.95, 0.8), "green", false,
            "actual 96% of plan → green");
        row("custom thresholds red", Row(Higher, Level, "2026", 100, 79).thresholds(0.95, 0.8), "red", false,
            "actual 79% of plan → red");
        row("month pro-rated on its first day", Row(Higher, Amount, "2026-10", 310, 10), "green", false,
            "actual 100% of plan at 3% of the month → green");
        row("quarter", Row(Higher, Amount, "2026-Q4", 920, 9), "orange", false,
            "actual 90% of plan at 1% of the quarter → orange");
        // Forecasts: the worse of now and period end; never better.
        row("forecast makes green red", Row(Higher, Amount, "2026", 1000, 800).forecast(880), "red", false,
            "actual 106% of plan at 75% of the year; forecast 88% at year end → red");
        row("forecast makes green orange", Row(Higher, Amount, "2026", 1000, 800).forecast(950), "orange", false,
            "actual 106% of plan at 75% of the year; forecast 95% at year end → orange");
        row("good forecast does not lift red", Row(Higher, Amount, "2026", 1000, 600).forecast(1100), "red", false,
            "actual 79% of plan at 75% of the year; forecast 110% at year end → red");
        row("forecast green keeps green", Row(Higher, Amount, "2026", 1000, 800).forecast(1020), "green", false,
            "actual 106% of plan at 75% of the year; forecast 102% at year end → green");
        row("lower level forecast orange", Row(Lower, Level, "2026", 5, 4).forecast(5.4), "orange", false,
            "actual 80% of plan; forecast 108% at year end → orange");
        // Finished periods: the actual alone, orange band kept, forecast ignored.
        row("finished met", Row(Higher, Amount, "2025", 1000, 1000), "green", false,
            "actual 100% of plan for the finished year → green");
        row("finished nearly met", Row(Higher, Amount, "2025", 1000, 950), "orange", false,
            "actual 95% of plan for the finished year → orange");
        row("finished missed, forecast ignored", Row(Higher, Amount, "2026-09", 1000, 850).forecast(2000), "red",
            false, "actual 85% of plan for the finished month → red");
        row("finished quarter lower", Row(Lower, Level, "2026-Q3", 10, 10.5), "orange", false,
            "actual 105% of plan for the finished quarter → orange");
        // Grey: the rule cannot judge.
        row("no actual", Row(Higher, Amount, "2026", 1000, std::nullopt), "grey", false,
            "no actual figure for this year → grey");
        row("no plan", Row(Higher, Amount, "2026-09", std::nullopt, 5), "grey", false, "no plan for this month → grey");
        row("plan zero higher", Row(Higher, Level, "2026", 0, 5), "grey", false,
            "the plan is 0, so no share of it can be judged → grey");
        row("plan negative", Row(Higher, Level, "2026", -2, 5).negativeAllowed(), "grey", false,
            "the plan is negative, so no share of it can be judged → grey");
        row("negative actual", Row(Higher, Amount, "2026", 1000, -3), "grey", false,
            "the actual figure is negative, which this indicator cannot be → grey");
        row("negative actual allowed", Row(Higher, Level, "2026", 6, -1).negativeAllowed(), "red", false,
            "actual -17% of plan → red");
        row("NaN actual", Row(Higher, Amount, "2026", 1000, kNaN), "grey", false,
            "the actual figure is not a number → grey");
        row("infinite plan", Row(Higher, Amount, "2026", kInf, 5), "grey", false, "the plan is not a number → grey");
        row("NaN plan", Row(Lower, Level, "2026", kNaN, 5), "grey", false, "the plan is not a number → grey");
        row("NaN forecast", Row(Higher, Amount, "2026", 1000, 800).forecast(kNaN), "grey", false,
            "the forecast is not a number → grey");
        row("negative forecast", Row(Higher, Amount, "2026", 1000, 800).forecast(-1), "grey", false,
            "the forecast is negative, which this indicator cannot be → grey");
        row("period not started", Row(Higher, Amount, "2027", 1000, 0), "grey", false,
            "the year has not started → grey");
        row("invalid period", Row(Higher, Amount, "2026-13", 1000, 5), "grey", false,
            "the period is not valid → grey");
        row("invalid thresholds", Row(Higher, Level, "2026", 100, 100).thresholds(1.0, 1.1), "grey", false,
            "the status thresholds are not valid → grey");
        row("NaN threshold", Row(Higher, Level, "2026", 100, 100).thresholds(kNaN, 0.9), "grey", false,
            "the status thresholds are not valid → grey");
        // Lower is better with a plan of 0: none at all is the goal.
        row("lower plan zero met", Row(Lower, Amount, "2026", 0, 0), "green", false,
            "the plan is 0 and the actual is 0 → green");
        row("lower plan zero missed", Row(Lower, Amount, "2026", 0, 3).unit("cases"), "red", false,
            "the plan is 0 and the actual is 3 cases → red");
        row("lower plan zero forecast above", Row(Lower, Amount, "2026", 0, 0).forecast(2.5).unit("cases"), "red",
            false, "the plan is 0 and the actual is 0 cases; forecast 2.5 cases at year end → red");
        // Stale: a flag and a note, never a colour change.
        row("stale days", Row(Higher, Amount, "2026", 1000, 800).updated(kNow.addDays(-5)), "green", true,
            "actual 106% of plan at 75% of the year → green; stale: last update 5 d ago");
        row("stale hours", Row(Higher, Level, "2026", 90, 70).updated(kNow.addSecs(-30 * 3600)), "red", true,
            "actual 77% of plan → red; stale: last update 30 h ago");
        row("stale no update time", Row(Higher, Level, "2026", 90, 70).updated(QDateTime()), "red", true,
            "actual 77% of plan → red; stale: no update time");
        row("stale and grey", Row(Higher, Level, "2026", std::nullopt, 70).updated(kNow.addDays(-3)), "grey", true,
            "no plan for this year → grey; stale: last update 3 d ago");
        row("just within expected interval", Row(Higher, Level, "2026", 90, 70).updated(kNow.addSecs(-86400)), "red",
            false, "actual 77% of plan → red");
    }
    void rule()
    {
        QFETCH(StatusInput, input);
        QFETCH(QString, colour);
        QFETCH(bool, stale);
        QFETCH(QString, explanation);
        const KpiStatus status = evaluateStatus(input);
        QCOMPARE(toCode(status.colour), colour);
        QCOMPARE(status.stale, stale);
        QCOMPARE(status.explanation, explanation);
        // Colour-only evaluation judges the same and writes no text.
        const KpiStatus quick = evaluateStatus(input, StatusDetail::ColourOnly);
        QCOMPARE(quick.colour, status.colour);
        QCOMPARE(quick.stale, status.stale);
        QVERIFY(quick.explanation.isEmpty());
        // With the clock computed beforehand (a bulk recompute), the same status.
        const KpiStatus hoisted = evaluateStatus(input, PeriodClock::of(input.period, input.now));
        QCOMPARE(hoisted.colour, status.colour);
        QCOMPARE(hoisted.explanation, status.explanation);
    }

    void periodClock()
    {
        const Period year = *Period::parse(u"2026");
        PeriodClock c = PeriodClock::of(year, kNow);
        QVERIFY(c.valid && c.started && !c.finished);
        QCOMPARE(c.elapsedShare, year.elapsedShare(kNow.date()));
        c = PeriodClock::of(year, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(c.started && c.finished);
        QCOMPARE(c.elapsedShare, 1.0);
        c = PeriodClock::of(year, QDateTime(QDate(2025, 12, 31), QTime(23, 59), Qt::UTC));
        QVERIFY(!c.started && !c.finished);
        QCOMPARE(c.elapsedShare, 0.0);
        QVERIFY(!PeriodClock::of(year, QDateTime()).valid);
        QVERIFY(!PeriodClock::of(Period{}, kNow).valid);
    }

    void ratios()
    {
        // Amount, higher: 800 / (1000 × 274/365).
        KpiStatus s = evaluateStatus(Row(Higher, Amount, "2026", 1000, 800).forecast(880).input);
        QCOMPARE(s.elapsedShare, 274.0 / 365.0);
        QVERIFY(qFuzzyCompare(*s.shareOfPlan, 800.0 / (1000.0 * 274.0 / 365.0)));
        QVERIFY(qFuzzyCompare(*s.ratio, *s.shareOfPlan));
        QVERIFY(qFuzzyCompare(*s.forecastRatio, 0.88));
        // Lower: r = 2 - s.
        s = evaluateStatus(Row(Lower, Level, "2026", 5, 6).forecast(4).input);
        QVERIFY(qFuzzyCompare(*s.shareOfPlan, 1.2));
        QVERIFY(qFuzzyCompare(*s.ratio, 0.8));
        QVERIFY(qFuzzyCompare(*s.forecastRatio, 1.2));
        // Finished: no forecast ratio; grey: no ratio.
        s = evaluateStatus(Row(Higher, Amount, "2025", 1000, 900).forecast(2000).input);
        QVERIFY(!s.forecastRatio.has_value());
        QVERIFY(qFuzzyCompare(*s.ratio, 0.9));
        s = evaluateStatus(Row(Higher, Amount, "2026", std::nullopt, 900).input);
        QVERIFY(!s.ratio.has_value());
    }

    void localeFormatsNumbers()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const KpiStatus s = evaluateStatus(Row(Lower, Amount, "2026", 0, 1234.5).unit("cases").input);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(s.explanation, QStringLiteral("the plan is 0 and the actual is 1.234,5 cases → red"));
    }
};

QTEST_GUILESS_MAIN(TestStatusRule)
#include "tst_statusrule.moc"
