// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/statusbatch.h"

#include <QRandomGenerator>
#include <QTest>

#include <array>
#include <memory>
#include <cmath>
#include <limits>
#include <vector>

using namespace ioc;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

template<typename T, size_t N>
const T& pick(QRandomGenerator& random, const std::array<T, N>& options)
{
    return options[random.bounded(quint32(N))];
}

// A random status input judged at now: every grey case, both directions and shapes, finished, running and
// not-started periods (first and last days included), figures exactly on a threshold, forecasts, update
// times on either side of the expected age to the millisecond.
StatusInput randomInput(QRandomGenerator& random, const QDateTime& now)
{
    StatusInput in;
    in.now = now;
    in.direction = random.bounded(2u) ? Direction::HigherIsBetter : Direction::LowerIsBetter;
    in.shape = random.bounded(2u) ? KpiShape::Amount : KpiShape::Level;
    const PeriodKind kind = pick(random, std::array{PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year});
    const Period current = Period::containing(kind, now.date());
    const quint32 periodRoll = random.bounded(20u);
    if (periodRoll == 0)
        in.period = Period{};
    else
        in.period = current.next(int(random.bounded(5u)) - 3); // three finished, the running one, one to come
    in.thresholds = pick(random, std::array{StatusThresholds{1.0, 0.9}, StatusThresholds{0.95, 0.8},
                                            StatusThresholds{0.9, 0.9}, StatusThresholds{1.2, 0.5},
                                            StatusThresholds{kNaN, 0.9}, StatusThresholds{1.0, kInf},
                                            StatusThresholds{0.8, 0.9}, StatusThresholds{1.0, 0.9}});
    in.negativeAllowed = random.bounded(4u) == 0;

    const PeriodClock clock = PeriodClock::of(in.period, now);
    const double proRating = in.shape == KpiShape::Amount ? clock.elapsedShare : 1.0;
    const double plan = pick(random, std::array{1000.0, 750.0, 1.0, 0.0, 0.0, -5.0, kNaN, kInf, 1e-310, 333.3})
        * (random.bounded(3u) == 0 ? 1.0 : 0.5 + random.generateDouble());
    const quint32 planRoll = random.bounded(25u);
    if (planRoll != 0)
        in.plan = planRoll == 1 ? kNaN : plan;
    // The actual: on a threshold (either direction's), near it, random, or one of the odd values.
    const double edge = random.bounded(2u) ? in.thresholds.green : in.thresholds.red;
    const double onEdge = (in.direction == Direction::HigherIsBetter ? edge : 2.0 - edge) * plan * proRating;
    switch (random.bounded(10u)) {
    case 0: break; // none
    case 1: in.actual = pick(random, std::array{kNaN, kInf, -kInf, -3.0, 0.0}); break;
    case 2: case 3: in.actual = onEdge; break;
    case 4: in.actual = std::nextafter(onEdge, kInf); break;
    case 5: in.actual = onEdge * (1.0 - 1e-10); break;
    default: in.actual = plan * proRating * (0.5 + random.generateDouble()); break;
    }
    const double forecastEdge = (in.direction == Direction::HigherIsBetter ? edge : 2.0 - edge) * plan;
    switch (random.bounded(8u)) {
    case 0: in.forecastAtEnd = pick(random, std::array{kNaN, kInf, -1.0, 0.0, 2.0}); break;
    case 1: in.forecastAtEnd = forecastEdge; break;
    case 2: case 3: in.forecastAtEnd = plan * (0.6 + 0.6 * random.generateDouble()); break;
    default: break; // none
    }
    in.expectedUpdateSeconds = pick(random, std::array<qint64, 5>{0, -60, 3600, 86400, 2 * 86400});
    const qint64 expectedMs = std::max<qint64>(in.expectedUpdateSeconds, 0) * 1000;
    switch (random.bounded(6u)) {
    case 0: in.updated = QDateTime(); break;
    case 1: in.updated = now.addMSecs(qint64(random.bounded(1000u)) + 1); break; // in the future
    case 2: in.updated = QDateTime(QDate(1960, 3, 1), QTime(10, 0, 0, 1), Qt::UTC); break; // before the epoch
    default:
        in.updated = now.addMSecs(-expectedMs + pick(random, std::array<qint64, 9>{-2001, -1001, -1000, -999, -1, 0, 1, 999, 1000}));
        break;
    }
    return in;
}

} // namespace

class TestStatusBatch : public QObject {
    Q_OBJECT

private slots:
    // Row by row, the batch gives evaluateStatus's colour and stale flag.
    void sameAsEvaluateStatus_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("mid-October, UTC, odd milliseconds") << QDateTime(QDate(2026, 10, 15), QTime(12, 0, 0, 357), Qt::UTC) << 1u;
        QTest::newRow("first day of a year") << QDateTime(QDate(2026, 1, 1), QTime(0, 0, 0, 1), Qt::UTC) << 2u;
        QTest::newRow("last day of a quarter, local time") << QDateTime(QDate(2026, 3, 31), QTime(23, 59, 59, 999)) << 3u;
        QTest::newRow("before the epoch") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 500), Qt::UTC) << 4u;
    }

    void sameAsEvaluateStatus()
    {
        QFETCH(QDateTime, now);
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        constexpr int kCount = 60000;
        std::vector<StatusInput> inputs;
        StatusBatch batch;
        for (int i = 0; i < kCount; ++i) {
            inputs.push_back(randomInput(random, now));
            QVERIFY(batch.append(inputs.back()).ok());
        }
        std::vector<KpiColour> colours(kCount, KpiColour::Red);
        std::unique_ptr<bool[]> stale(new bool[kCount]);
        const Result<void> result = batch.evaluate(colours, std::span<bool>(stale.get(), kCount));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        std::array<int, 4> seen{};
        int staleCount = 0;
        for (int i = 0; i < kCount; ++i) {
            const KpiStatus expected = evaluateStatus(inputs[size_t(i)], StatusDetail::ColourOnly);
            if (colours[size_t(i)] != expected.colour || stale[i] != expected.stale) {
                const StatusInput& in = inputs[size_t(i)];
                QFAIL(qPrintable(QStringLiteral("row %1: batch %2%3, evaluateStatus %4%5 (plan %6, actual %7, forecast %8, "
                                                "period %9, updated %10)")
                                     .arg(i)
                                     .arg(toCode(colours[size_t(i)]), stale[i] ? QStringLiteral(" stale") : QString())
                                     .arg(toCode(expected.colour), expected.stale ? QStringLiteral(" stale") : QString())
                                     .arg(in.plan ? QString::number(*in.plan, 'g', 17) : QStringLiteral("none"))
                                     .arg(in.actual ? QString::number(*in.actual, 'g', 17) : QStringLiteral("none"))
                                     .arg(in.forecastAtEnd ? QString::number(*in.forecastAtEnd, 'g', 17) : QStringLiteral("none"))
                                     .arg(in.period.toString(), in.updated.toString(Qt::ISODateWithMs))));
            }
            ++seen[size_t(expected.colour)];
            staleCount += expected.stale ? 1 : 0;
        }
        // The set reaches every colour, and both stale and fresh, in quantity.
        for (int c = 0; c < 4; ++c)
            QVERIFY2(seen[size_t(c)] > 1000, qPrintable(toCode(KpiColour(c))));
        QVERIFY(staleCount > 1000);
        QVERIFY(kCount - staleCount > 1000);
    }

    // Columns filled directly, without StatusBatch: one rule for every row, no forecast and no update column.
    void plainColumns()
    {
        const QDateTime now(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
        const std::array<PeriodClock, 3> clocks{PeriodClock::of(*Period::parse(QStringLiteral("2026")), now),
                                                PeriodClock::of(*Period::parse(QStringLiteral("2026-09")), now),
                                                PeriodClock::of(*Period::parse(QStringLiteral("2026-11")), now)};
        const std::array<StatusSeriesRule, 1> rules{StatusSeriesRule{Direction::HigherIsBetter, KpiShape::Amount, {}, false, 86400}};
        // 2026 on 1 October: 274/365 of the year; 800 of a pro-rated 750.7 → green, 700 → orange, 600 → red.
        const std::array<double, 6> actual{800, 700, 600, kNaN, 100, 100};
        const std::array<double, 6> plan{1000, 1000, 1000, 1000, 100, 100};
        const std::array<quint16, 6> period{0, 0, 0, 0, 1, 2};
        StatusColumns c;
        c.actual = actual;
        c.plan = plan;
        c.period = period;
        c.clocks = clocks;
        c.rules = rules;
        std::array<KpiColour, 6> colours{};
        std::array<bool, 6> stale{};
        QVERIFY(evaluateColours(c, now.toMSecsSinceEpoch(), colours, stale).ok());
        const std::array<KpiColour, 6> expected{KpiColour::Green, KpiColour::Orange, KpiColour::Red, KpiColour::Grey,
                                                KpiColour::Green, KpiColour::Grey};
        QCOMPARE(colours, expected);
        // No update column: no update time, so stale wherever an update is expected; not with no clock.
        QCOMPARE(stale, (std::array<bool, 6>{true, true, true, true, true, true}));
        QVERIFY(evaluateColours(c, kNoTimeMs, colours, stale).ok());
        QCOMPARE(stale, (std::array<bool, 6>{}));

        // Slices judge the same rows the same way (how a recompute is split over threads).
        std::array<KpiColour, 2> part{};
        std::array<bool, 2> partStale{};
        QVERIFY(evaluateColours(sliced(c, 1, 2), now.toMSecsSinceEpoch(), part, partStale).ok());
        QCOMPARE(part, (std::array<KpiColour, 2>{KpiColour::Orange, KpiColour::Red}));
    }

    // Bad columns: a clear error naming the column or the row; never a read past a table.
    void badColumns()
    {
        const QDateTime now(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
        const std::array<PeriodClock, 1> clocks{PeriodClock::of(*Period::parse(QStringLiteral("2026")), now)};
        const std::array<StatusSeriesRule, 1> rules{};
        const std::array<double, 3> actual{800, 800, 800};
        const std::array<double, 2> shortPlan{1000, 1000};
        const std::array<double, 3> plan{1000, 1000, 1000};
        const std::array<quint16, 3> period{0, 1, 0};
        StatusColumns c;
        c.actual = actual;
        c.plan = shortPlan;
        c.period = period;
        c.clocks = clocks;
        c.rules = rules;
        std::array<KpiColour, 3> colours{KpiColour::Red, KpiColour::Red, KpiColour::Red};
        std::array<bool, 3> stale{};
        Result<void> r = evaluateColours(c, now.toMSecsSinceEpoch(), colours, stale);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"plan has 2 entries for 3 rows"), qPrintable(r.errorMessage()));
        QCOMPARE(colours, (std::array<KpiColour, 3>{KpiColour::Grey, KpiColour::Grey, KpiColour::Grey}));

        c.plan = plan;
        r = evaluateColours(c, now.toMSecsSinceEpoch(), colours, stale);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"row 1 "), qPrintable(r.errorMessage()));
        QCOMPARE(colours, (std::array<KpiColour, 3>{KpiColour::Green, KpiColour::Grey, KpiColour::Green}));

        std::array<KpiColour, 2> tooFew{};
        r = evaluateColours(c, now.toMSecsSinceEpoch(), tooFew, stale);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"room for 2 results, 3 rows"), qPrintable(r.errorMessage()));

        c.rules = {};
        r = evaluateColours(c, now.toMSecsSinceEpoch(), colours, stale);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"no series rule"), qPrintable(r.errorMessage()));
    }

    // A batch judges at one time: an input with another now is refused and left out.
    void batchNeedsOneNow()
    {
        StatusInput in;
        in.period = *Period::parse(QStringLiteral("2026"));
        in.now = QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
        StatusBatch batch;
        QVERIFY(batch.append(in).ok());
        in.now = in.now.addSecs(1);
        const Result<void> r = batch.append(in);
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(u"same time"));
        QCOMPARE(batch.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestStatusBatch)
#include "tst_statusbatch.moc"
