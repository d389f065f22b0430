// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the KPI status rule (tests/bench/kpi_status.sh runs it): recompute the status of every
// indicator × area × month (default 10,000 × 34 × 36 = 12.24 M) with evaluateStatus, colour only and with
// explanations, and with the columnar colour-only path (evaluateColours, statusbatch.h) on one thread and on every
// core, against one SQL aggregate that computes the same colours from the same rows in SQLite
// (a temporary file). Prints one line of key=value pairs per measurement.
//
// Usage: ioc_bench_kpi_status [INDICATORS [AREAS [PERIODS [colour]]]]   ("colour": the colour-only run alone)
#include "kpi/statusbatch.h"
#include "kpi/statusrule.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <limits>
#include <memory>
#include <span>
#include <thread>
#include <vector>

using namespace ioc;

namespace {

struct Rows {
    int indicators = 0, areas = 0, periods = 0;
    std::vector<Period> periodList;
    std::vector<Direction> direction; // per indicator
    std::vector<KpiShape> shape;      // per indicator
    std::vector<double> plan, actual; // per row, (indicator × areas + area) × periods + period
    std::vector<quint8> present;      // bit 0: plan, bit 1: actual
    std::vector<QDateTime> updated;
    size_t count() const { return plan.size(); }
};

// Months ending with the one holding now; plans 50–1,000, actuals 70–120% of the (pro-rated) plan,
// 2% without an actual, 1% without a plan, updates up to 3 days old (expected daily: some stale).
Rows makeRows(int indicators, int areas, int periods, const QDateTime& now)
{
    Rows r;
    r.indicators = indicators;
    r.areas = areas;
    r.periods = periods;
    const Period current = Period::containing(PeriodKind::Month, now.date());
    for (int p = 0; p < periods; ++p)
        r.periodList.push_back(current.next(p - periods + 1));
    QRandomGenerator random(6);
    const size_t n = size_t(indicators) * size_t(areas) * size_t(periods);
    r.plan.resize(n);
    r.actual.resize(n);
    r.present.resize(n);
    r.updated.resize(n);
    for (int i = 0; i < indicators; ++i) {
        r.direction.push_back(i % 3 == 0 ? Direction::LowerIsBetter : Direction::HigherIsBetter);
        r.shape.push_back(i % 2 == 0 ? KpiShape::Amount : KpiShape::Level);
    }
    size_t row = 0;
    for (int i = 0; i < indicators; ++i) {
        for (int a = 0; a < areas; ++a) {
            for (int p = 0; p < periods; ++p, ++row) {
                const double share = r.shape[size_t(i)] == KpiShape::Amount ? r.periodList[size_t(p)].elapsedShare(now.date()) : 1.0;
                r.plan[row] = 50.0 + 950.0 * random.generateDouble();
                r.actual[row] = r.plan[row] * share * (0.7 + 0.5 * random.generateDouble());
                const quint32 roll = random.bounded(100u);
                r.present[row] = quint8((roll == 0 ? 0 : 1) | (roll == 1 || roll == 2 ? 0 : 2));
                r.updated[row] = now.addSecs(-qint64(random.bounded(3u * 86400u)));
            }
        }
    }
    return r;
}

using Tally = std::array<qint64, 4>; // red, orange, green, grey

// Every status of rows in [firstIndicator, lastIndicator) and [firstArea, lastArea); adds the colours to tally.
// hoistClock: compute each period's PeriodClock once, as a recompute over many rows can.
qint64 evaluate(const Rows& r, const QDateTime& now, StatusDetail detail, int areaLimit, Tally& tally,
                qint64* textChars = nullptr, bool hoistClock = false, int firstIndicator = 0, int endIndicator = -1)
{
    if (endIndicator < 0)
        endIndicator = r.indicators;
    std::vector<PeriodClock> clocks;
    for (const Period& p : r.periodList)
        clocks.push_back(PeriodClock::of(p, now));
    StatusInput in;
    in.now = now;
    in.expectedUpdateSeconds = 2 * 86400;
    qint64 evaluated = 0;
    for (int i = firstIndicator; i < endIndicator; ++i) {
        in.direction = r.direction[size_t(i)];
        in.shape = r.shape[size_t(i)];
        for (int a = 0; a < areaLimit; ++a) {
            size_t row = (size_t(i) * size_t(r.areas) + size_t(a)) * size_t(r.periods);
            for (int p = 0; p < r.periods; ++p, ++row) {
                in.period = r.periodList[size_t(p)];
                const quint8 present = r.present[row];
                in.plan = present & 1 ? std::optional<double>(r.plan[row]) : std::nullopt;
                in.actual = present & 2 ? std::optional<double>(r.actual[row]) : std::nullopt;
                in.updated = r.updated[row];
                const KpiStatus s = hoistClock ? evaluateStatus(in, clocks[size_t(p)], detail) : evaluateStatus(in, detail);
                ++tally[size_t(s.colour)];
                if (textChars)
                    *textChars += s.explanation.size();
                ++evaluated;
            }
        }
    }
    return evaluated;
}

// The same rows as columns for evaluateColours: NaN for a missing plan or actual, update times in ms since
// the epoch, a period index per row into the month clocks, a series (the indicator's rule) per row.
struct Columns {
    std::vector<double> actual, plan;
    std::vector<qint64> updatedMs;
    std::vector<quint16> period;
    std::vector<quint32> series;
    std::vector<PeriodClock> clocks;
    std::vector<StatusSeriesRule> rules;
    StatusColumns view() const
    {
        StatusColumns c;
        c.actual = actual;
        c.plan = plan;
        c.updatedMs = updatedMs;
        c.period = period;
        c.series = series;
        c.clocks = clocks;
        c.rules = rules;
        return c;
    }
};

Columns makeColumns(const Rows& r, const QDateTime& now)
{
    Columns c;
    const size_t n = r.count();
    constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    c.actual.resize(n);
    c.plan.resize(n);
    c.updatedMs.resize(n);
    c.period.resize(n);
    c.series.resize(n);
    for (const Period& p : r.periodList)
        c.clocks.push_back(PeriodClock::of(p, now));
    for (int i = 0; i < r.indicators; ++i)
        c.rules.push_back(StatusSeriesRule{r.direction[size_t(i)], r.shape[size_t(i)], {}, false, 2 * 86400});
    size_t row = 0;
    for (int i = 0; i < r.indicators; ++i) {
        for (int a = 0; a < r.areas; ++a) {
            for (int p = 0; p < r.periods; ++p, ++row) {
                c.plan[row] = r.present[row] & 1 ? r.plan[row] : kNone;
                c.actual[row] = r.present[row] & 2 ? r.actual[row] : kNone;
                c.updatedMs[row] = r.updated[row].toMSecsSinceEpoch();
                c.period[row] = quint16(p);
                c.series[row] = quint32(i);
            }
        }
    }
    return c;
}

// evaluateColours over rows [first, first + count), then the colours of those rows counted into tally.
bool evaluateColumns(const StatusColumns& all, qint64 nowMs, size_t first, size_t count, KpiColour* colours,
                     bool* stale, Tally& tally)
{
    const StatusColumns part = sliced(all, first, count);
    if (!evaluateColours(part, nowMs, std::span<KpiColour>(colours + first, part.rows()),
                         std::span<bool>(stale + first, part.rows())).ok())
        return false;
    for (size_t i = first; i < first + part.rows(); ++i)
        ++tally[size_t(colours[i])];
    return true;
}

bool exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s: %s\n", sql, message ? message : "?");
        sqlite3_free(message);
        return false;
    }
    return true;
}

// The same rows in a table kpi(indicator, area, period, plan, actual, share, lower); share is the pro-rating
// factor of the row (the elapsed share of the period for an amount, 1 for a level).
bool fillDatabase(sqlite3* db, const Rows& r, const QDateTime& now)
{
    if (!exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                  "CREATE TABLE kpi(indicator INTEGER, area INTEGER, period INTEGER, plan REAL, actual REAL,"
                  " share REAL, lower INTEGER); BEGIN"))
        return false;
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO kpi VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", -1, &insert, nullptr);
    size_t row = 0;
    for (int i = 0; i < r.indicators; ++i) {
        for (int a = 0; a < r.areas; ++a) {
            for (int p = 0; p < r.periods; ++p, ++row) {
                sqlite3_bind_int(insert, 1, i);
                sqlite3_bind_int(insert, 2, a);
                sqlite3_bind_int(insert, 3, p);
                if (r.present[row] & 1)
                    sqlite3_bind_double(insert, 4, r.plan[row]);
                else
                    sqlite3_bind_null(insert, 4);
                if (r.present[row] & 2)
                    sqlite3_bind_double(insert, 5, r.actual[row]);
                else
                    sqlite3_bind_null(insert, 5);
                sqlite3_bind_double(insert, 6, r.shape[size_t(i)] == KpiShape::Amount
                                                   ? r.periodList[size_t(p)].elapsedShare(now.date()) : 1.0);
                sqlite3_bind_int(insert, 7, r.direction[size_t(i)] == Direction::LowerIsBetter ? 1 : 0);
                if (sqlite3_step(insert) != SQLITE_DONE)
                    return false;
                sqlite3_reset(insert);
            }
        }
    }
    sqlite3_finalize(insert);
    return exec(db, "COMMIT");
}

// One aggregate: the achievement ratio of each row and the count of each colour, same thresholds and slack.
Tally sqlAggregate(sqlite3* db)
{
    const char* sql =
        "SELECT sum(r < 0.9 - 1e-9), sum(r >= 0.9 - 1e-9 AND r < 1.0 - 1e-9), sum(r >= 1.0 - 1e-9),"
        " sum(r IS NULL) FROM (SELECT CASE WHEN actual IS NULL OR plan IS NULL OR plan <= 0 THEN NULL"
        " WHEN lower = 0 THEN actual / (plan * share) ELSE 2.0 - actual / (plan * share) END AS r FROM kpi)";
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &query, nullptr);
    Tally tally{};
    if (sqlite3_step(query) == SQLITE_ROW) {
        for (int c = 0; c < 4; ++c)
            tally[size_t(c)] = sqlite3_column_int64(query, c);
    }
    sqlite3_finalize(query);
    return tally;
}

// Every row's ratio read out to the program, for scale: what a per-row SQL recompute would hand over.
qint64 sqlRows(sqlite3* db)
{
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(db, "SELECT indicator, area, period, actual / plan FROM kpi", -1, &query, nullptr);
    qint64 rows = 0;
    double sum = 0;
    while (sqlite3_step(query) == SQLITE_ROW) {
        sum += sqlite3_column_double(query, 3) + sqlite3_column_int(query, 0) + sqlite3_column_int(query, 2);
        ++rows;
    }
    sqlite3_finalize(query);
    return sum > 0 ? rows : -rows;
}

template<typename F>
double medianMs(int runs, F f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int indicators = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int areas = argc > 2 ? std::atoi(argv[2]) : 34;
    const int periods = argc > 3 ? std::atoi(argv[3]) : 36;
    const QDateTime now(QDate(2026, 10, 15), QTime(12, 0), Qt::UTC);

    QElapsedTimer timer;
    timer.start();
    const Rows rows = makeRows(indicators, areas, periods, now);
    std::printf("data rows=%zu generate_ms=%.0f\n", rows.count(), double(timer.elapsed()));
    std::fflush(stdout);

    Tally colours{};
    qint64 evaluated = 0;
    const double colourMs = medianMs(3, [&] {
        colours = Tally{};
        evaluated = evaluate(rows, now, StatusDetail::ColourOnly, areas, colours);
    });
    std::printf("colour statuses=%lld median_ms=%.1f ns_per_status=%.1f red=%lld orange=%lld green=%lld grey=%lld\n",
                evaluated, colourMs, colourMs * 1e6 / double(evaluated), colours[0], colours[1], colours[2], colours[3]);
    std::fflush(stdout);

    Tally hoisted{};
    const double hoistedMs = medianMs(3, [&] {
        hoisted = Tally{};
        evaluate(rows, now, StatusDetail::ColourOnly, areas, hoisted, nullptr, true);
    });
    std::printf("colour_hoisted statuses=%lld median_ms=%.1f ns_per_status=%.1f same_colours=%s\n", evaluated,
                hoistedMs, hoistedMs * 1e6 / double(evaluated), hoisted == colours ? "yes" : "no");
    std::fflush(stdout);

    // The same split over every core, indicators in equal slices (the statuses are independent).
    const int threads = std::max(1, int(std::thread::hardware_concurrency()));
    Tally parallel{};
    const double parallelMs = medianMs(3, [&] {
        std::vector<Tally> tallies(size_t(threads), Tally{});
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                evaluate(rows, now, StatusDetail::ColourOnly, areas, tallies[size_t(t)], nullptr, true,
                         rows.indicators * t / threads, rows.indicators * (t + 1) / threads);
            });
        }
        for (auto& w : workers)
            w.join();
        parallel = Tally{};
        for (const Tally& t : tallies) {
            for (size_t c = 0; c < 4; ++c)
                parallel[c] += t[c];
        }
    });
    std::printf("colour_hoisted_threads threads=%d statuses=%lld median_ms=%.1f same_colours=%s\n", threads, evaluated,
                parallelMs, parallel == colours ? "yes" : "no");
    std::fflush(stdout);

    // The columnar path: the columns are the storage a bulk recompute reads (built once, not timed).
    timer.restart();
    const Columns columns = makeColumns(rows, now);
    const StatusColumns view = columns.view();
    std::printf("columns build_ms=%.0f\n", double(timer.elapsed()));
    std::vector<KpiColour> batchColours(rows.count());
    std::unique_ptr<bool[]> batchStale(new bool[rows.count()]);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    Tally columnar{};
    bool columnarOk = true;
    const double columnarMs = medianMs(3, [&] {
        columnar = Tally{};
        columnarOk = evaluateColumns(view, nowMs, 0, rows.count(), batchColours.data(), batchStale.get(), columnar);
    });
    std::printf("columnar statuses=%zu median_ms=%.1f ns_per_status=%.1f same_colours=%s\n", rows.count(), columnarMs,
                columnarMs * 1e6 / double(rows.count()), columnarOk && columnar == colours ? "yes" : "no");
    std::fflush(stdout);

    Tally columnarParallel{};
    const double columnarParallelMs = medianMs(3, [&] {
        std::vector<Tally> tallies(size_t(threads), Tally{});
        std::vector<char> ok(size_t(threads), 0);
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                const size_t first = rows.count() * size_t(t) / size_t(threads);
                const size_t end = rows.count() * size_t(t + 1) / size_t(threads);
                ok[size_t(t)] = evaluateColumns(view, nowMs, first, end - first, batchColours.data(), batchStale.get(),
                                                tallies[size_t(t)]);
            });
        }
        for (auto& w : workers)
            w.join();
        columnarParallel = Tally{};
        for (const Tally& t : tallies) {
            for (size_t c = 0; c < 4; ++c)
                columnarParallel[c] += t[c];
        }
        columnarOk = std::all_of(ok.begin(), ok.end(), [](char v) { return v != 0; });
    });
    std::printf("columnar_threads threads=%d statuses=%zu median_ms=%.1f same_colours=%s\n", threads, rows.count(),
                columnarParallelMs, columnarOk && columnarParallel == colours ? "yes" : "no");
    std::fflush(stdout);

    if (argc > 4 && qstrcmp(argv[4], "colour") == 0)
        return 0;

    // Explanations over one area (1/areas of the rows): the per-status cost, extrapolated to all.
    Tally textTally{};
    qint64 chars = 0, explained = 0;
    const double textMs = medianMs(3, [&] {
        textTally = Tally{};
        chars = 0;
        explained = evaluate(rows, now, StatusDetail::WithExplanation, 1, textTally, &chars);
    });
    std::printf("explained statuses=%lld median_ms=%.1f ns_per_status=%.1f extrapolated_ms=%.0f mean_chars=%.1f\n",
                explained, textMs, textMs * 1e6 / double(explained), textMs * double(evaluated) / double(explained),
                double(chars) / double(explained));
    std::fflush(stdout);

    QTemporaryDir dir;
    sqlite3* db = nullptr;
    if (!dir.isValid() || sqlite3_open(qPrintable(dir.filePath(QStringLiteral("kpi.sqlite"))), &db) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open a temporary SQLite file\n");
        return 1;
    }
    timer.restart();
    if (!fillDatabase(db, rows, now)) {
        std::fprintf(stderr, "cannot fill the SQLite table: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    std::printf("sqlite insert_ms=%.0f version=%s\n", double(timer.elapsed()), sqlite3_libversion());
    std::fflush(stdout);
    Tally sql{};
    sqlAggregate(db); // warm the page cache
    const double sqlMs = medianMs(3, [&] { sql = sqlAggregate(db); });
    const bool same = sql == colours;
    std::printf("sql_aggregate rows=%zu median_ms=%.1f red=%lld orange=%lld green=%lld grey=%lld same_colours=%s\n",
                rows.count(), sqlMs, sql[0], sql[1], sql[2], sql[3], same ? "yes" : "no");
    qint64 scanned = 0;
    const double scanMs = medianMs(3, [&] { scanned = sqlRows(db); });
    std::printf("sql_rows rows=%lld median_ms=%.1f\n", scanned < 0 ? -scanned : scanned, scanMs);
    std::printf("ratio colour_over_sql_aggregate=%.3f hoisted_over_sql_aggregate=%.3f threads_over_sql_aggregate=%.3f"
                " columnar_over_sql_aggregate=%.3f columnar_threads_over_sql_aggregate=%.3f\n",
                colourMs / sqlMs, hoistedMs / sqlMs, parallelMs / sqlMs, columnarMs / sqlMs, columnarParallelMs / sqlMs);
    sqlite3_close(db);
    const bool columnarSame = columnar == colours && columnarParallel == colours;
    return same && columnarSame ? 0 : 2;
}
