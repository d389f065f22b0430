// SPDX-License-Identifier: GPL-3.0-or-later
// ioc_bench_store: the store benchmark driven by tests/bench/store.sh (never a ctest: speed is measured
// by scripts, not by timed tests).
//
//   ioc_bench_store ingest --db URL [--csv-dir DIR] [--assets N] [--observations N] [--cases N] [--batch N]
//                          [--order time|asset] [--sqlite-cache-kib N]
//       Writes the benchmark's assets, then observations, then cases through Ingest::write in batches
//       into a fresh database; with --csv-dir also writes the same rows as CSV for the reference tools.
//   ioc_bench_store notify --db postgresql://… [--rate N] [--count N] [--warmup N]
//       NOTIFY latency between two connections.
//
// Results are lines of key=value pairs on stdout, one per phase, for the script to read:
//   ingest phase=observations rows=1000000 batches=100 seconds=3.210 rows_per_s=311526
// Only the Ingest::write calls are timed; making the records of a batch is not (phase=generate says
// how long that took).

#include "store/changefeed.h"
#include "store/database.h"
#include "store/ingest.h"
#include "store_benchdata.h"
#include "store_csv.h"
#include "store_notify.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

#include <cstdio>
#include <functional>

using namespace ioc;

namespace {

void printLine(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int failWith(const QString& message)
{
    std::fputs(qPrintable(QStringLiteral("ioc_bench_store: %1\n").arg(message)), stderr);
    return 1;
}

struct Phase {
    qint64 rows = 0;
    int batches = 0;
    qint64 writeNs = 0;    // inside Ingest::write
    qint64 generateNs = 0; // making the records

    QString line(const QString& name) const
    {
        const double seconds = double(writeNs) / 1e9;
        return QStringLiteral("ingest phase=%1 rows=%2 batches=%3 seconds=%4 rows_per_s=%5")
            .arg(name)
            .arg(rows)
            .arg(batches)
            .arg(seconds, 0, 'f', 3)
            .arg(seconds > 0 ? qint64(double(rows) / seconds) : 0);
    }
};

// Writes `count` records in batches of `batchSize`; fill(batch, first, n) puts records [first, first + n) in.
Result<Phase> writeInBatches(Ingest& ingest, qint64 count, int batchSize,
                             const std::function<void(IngestBatch&, qint64, qint64)>& fill)
{
    Phase phase;
    QElapsedTimer timer;
    for (qint64 first = 0; first < count; first += batchSize) {
        const qint64 n = std::min<qint64>(batchSize, count - first);
        timer.start();
        IngestBatch batch;
        batch.source = QStringLiteral("bench");
        fill(batch, first, n);
        phase.generateNs += timer.nsecsElapsed();

        timer.start();
        const Result<IngestReport> report = ingest.write(batch);
        phase.writeNs += timer.nsecsElapsed();
        if (!report)
            return report.error();
        if (!report.value().rejected.isEmpty())
            return fail(QStringLiteral("%1 records rejected, the first: %2")
                            .arg(report.value().rejected.size())
                            .arg(report.value().rejected.first().reason));
        phase.rows += report.value().written;
        ++phase.batches;
    }
    return phase;
}

Result<qint64> countRows(Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    // The table name is one of ours, never input.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return fail(database.describeError(QStringLiteral("cannot count %1").arg(table), query.lastError()));
    return query.value(0).toLongLong();
}

// ids[i]: the id our ingest gave assets[i], for the CSV of the reference tools.
Result<QList<qint64>> assetIds(Database& database, const QList<Asset>& assets)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT id, source, external_id FROM assets")))
        return fail(database.describeError(QStringLiteral("cannot read asset ids"), query.lastError()));
    QHash<QString, qint64> byKey;
    while (query.next())
        byKey.insert(query.value(1).toString() + QLatin1Char('/') + query.value(2).toString(), query.value(0).toLongLong());
    QList<qint64> ids;
    ids.reserve(assets.size());
    for (const Asset& asset : assets) {
        const auto it = byKey.constFind(describe(asset.key));
        if (it == byKey.cend())
            return fail(QStringLiteral("asset %1 is not in the database").arg(describe(asset.key)));
        ids.append(*it);
    }
    return ids;
}

int runIngest(const QCommandLineParser& parser)
{
    const QString url = parser.value(QStringLiteral("db"));
    const int assetCount = parser.value(QStringLiteral("assets")).toInt();
    const qint64 observationCount = parser.value(QStringLiteral("observations")).toLongLong();
    const qint64 caseCount = parser.value(QStringLiteral("cases")).toLongLong();
    const int batchSize = parser.value(QStringLiteral("batch")).toInt();
    const QString orderName = parser.value(QStringLiteral("order"));
    const bench::ObservationOrder order = orderName == u"asset" ? bench::ObservationOrder::Asset : bench::ObservationOrder::Time;
    if (url.isEmpty() || assetCount < 1 || observationCount < 0 || caseCount < 0 || batchSize < 1
        || (orderName != u"time" && orderName != u"asset"))
        return failWith(QStringLiteral("ingest needs --db URL, positive sizes and --order time or asset"));

    auto opened = Database::open(url);
    if (!opened)
        return failWith(opened.errorMessage());
    std::unique_ptr<Database> database = std::move(opened).value();
    for (const QString& table : {QStringLiteral("assets"), QStringLiteral("observations"), QStringLiteral("cases")}) {
        const Result<qint64> rows = countRows(*database, table);
        if (!rows)
            return failWith(rows.errorMessage());
        if (rows.value() != 0)
            return failWith(QStringLiteral("%1: %2 is not empty; the benchmark needs a fresh database")
                                .arg(database->displayName(), table));
    }
    if (parser.isSet(QStringLiteral("sqlite-cache-kib"))) {
        // An experiment, not the store's setting: how much a larger page cache would change.
        QSqlQuery pragma(database->connection());
        const int kib = parser.value(QStringLiteral("sqlite-cache-kib")).toInt();
        if (database->isPostgres() || kib < 1 || !pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib)))
            return failWith(QStringLiteral("--sqlite-cache-kib needs an SQLite store and a positive size"));
        printLine(QStringLiteral("ingest experiment=sqlite_cache_kib value=%1").arg(kib));
    }
    printLine(QStringLiteral("ingest backend=%1 assets=%2 observations=%3 cases=%4 batch=%5 order=%6")
                  .arg(database->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"))
                  .arg(assetCount)
                  .arg(observationCount)
                  .arg(caseCount)
                  .arg(batchSize)
                  .arg(orderName));

    // As the application does: the feed hears of every batch (on PostgreSQL a pg_notify in its transaction).
    ChangeFeed feed;
    Ingest ingest(*database, &feed);
    const QList<Asset> assets = bench::makeAssets(assetCount);

    const Result<Phase> assetPhase = writeInBatches(ingest, assetCount, assetCount, [&](IngestBatch& batch, qint64, qint64) {
        batch.assets = assets;
    });
    if (!assetPhase)
        return failWith(assetPhase.errorMessage());
    printLine(assetPhase.value().line(QStringLiteral("assets")));

    const Result<Phase> observations = writeInBatches(ingest, observationCount, batchSize, [&](IngestBatch& batch, qint64 first, qint64 n) {
        batch.observations.reserve(n);
        for (qint64 i = first; i < first + n; ++i)
            batch.observations.append(bench::makeObservation(assets, i, observationCount, order));
    });
    if (!observations)
        return failWith(observations.errorMessage());
    printLine(observations.value().line(QStringLiteral("observations")));

    const Result<Phase> cases = writeInBatches(ingest, caseCount, batchSize, [&](IngestBatch& batch, qint64 first, qint64 n) {
        batch.cases.reserve(n);
        for (qint64 i = first; i < first + n; ++i)
            batch.cases.append(bench::makeCase(i));
    });
    if (!cases)
        return failWith(cases.errorMessage());
    printLine(cases.value().line(QStringLiteral("cases")));

    Phase data; // what the reference tools import: observations and cases
    data.rows = observations.value().rows + cases.value().rows;
    data.batches = observations.value().batches + cases.value().batches;
    data.writeNs = observations.value().writeNs + cases.value().writeNs;
    printLine(data.line(QStringLiteral("data")));
    printLine(QStringLiteral("ingest phase=generate seconds=%1 (making the records; not counted above)")
                  .arg(double(observations.value().generateNs + cases.value().generateNs) / 1e9, 0, 'f', 3));

    if (!parser.isSet(QStringLiteral("csv-dir")))
        return 0;
    const QDir dir(parser.value(QStringLiteral("csv-dir")));
    if (!dir.mkpath(QStringLiteral(".")))
        return failWith(QStringLiteral("%1: cannot create the folder").arg(dir.path()));
    const Result<QList<qint64>> ids = assetIds(*database, assets);
    if (!ids)
        return failWith(ids.errorMessage());
    const qint64 updatedAt = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    const Result<void> written[] = {
        bench::writeAssetsCsv(dir.filePath(QStringLiteral("assets.csv")), assets, ids.value(), updatedAt),
        bench::writeObservationsCsv(dir.filePath(QStringLiteral("observations.csv")), assets, ids.value(), observationCount, order),
        bench::writeCasesCsv(dir.filePath(QStringLiteral("cases.csv")), caseCount, updatedAt),
    };
    for (const Result<void>& file : written) {
        if (!file)
            return failWith(file.errorMessage());
    }
    printLine(QStringLiteral("csv dir=%1 seconds=%2").arg(dir.absolutePath()).arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 3));
    return 0;
}

int runNotify(const QCommandLineParser& parser)
{
    bench::NotifyOptions options;
    options.url = parser.value(QStringLiteral("db"));
    options.rate = parser.value(QStringLiteral("rate")).toInt();
    options.count = parser.value(QStringLiteral("count")).toInt();
    options.warmup = parser.value(QStringLiteral("warmup")).toInt();
    if (options.url.isEmpty() || options.rate < 1 || options.count < 1 || options.warmup < 0)
        return failWith(QStringLiteral("notify needs --db postgresql://… and positive --rate and --count"));
    const Result<bench::NotifyResult> measured = bench::measureNotifyLatency(options);
    if (!measured)
        return failWith(measured.errorMessage());
    const QList<double>& latencies = measured.value().latenciesMs;
    printLine(QStringLiteral("notify rate=%1 count=%2 warmup=%3 seconds=%4 received=%5 lost=%6 p50_ms=%7 p90_ms=%8 p99_ms=%9 max_ms=%10")
                  .arg(options.rate)
                  .arg(options.count)
                  .arg(options.warmup)
                  .arg(measured.value().seconds, 0, 'f', 2)
                  .arg(latencies.size())
                  .arg(measured.value().lost)
                  .arg(bench::percentile(latencies, 50), 0, 'f', 3)
                  .arg(bench::percentile(latencies, 90), 0, 'f', 3)
                  .arg(bench::percentile(latencies, 99), 0, 'f', 3)
                  .arg(latencies.isEmpty() ? 0.0 : latencies.last(), 0, 'f', 3));
    return measured.value().lost == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ioc_bench_store"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The store benchmark (tests/bench/store.sh runs it)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("ingest or notify"));
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Store URL: a path, sqlite:PATH or postgresql://user@host:port/db."), QStringLiteral("url")},
        {QStringLiteral("csv-dir"), QStringLiteral("ingest: also write the rows as CSV into this folder."), QStringLiteral("dir")},
        {QStringLiteral("assets"), QStringLiteral("ingest: sensors."), QStringLiteral("n"), QStringLiteral("1000")},
        {QStringLiteral("observations"), QStringLiteral("ingest: observations."), QStringLiteral("n"), QStringLiteral("1000000")},
        {QStringLiteral("cases"), QStringLiteral("ingest: cases."), QStringLiteral("n"), QStringLiteral("100000")},
        {QStringLiteral("batch"), QStringLiteral("ingest: records per Ingest::write."), QStringLiteral("n"), QStringLiteral("10000")},
        {QStringLiteral("order"), QStringLiteral("ingest: observations by time (all sensors, then the next time) or by asset."), QStringLiteral("time|asset"), QStringLiteral("time")},
        {QStringLiteral("sqlite-cache-kib"), QStringLiteral("ingest, experiment: PRAGMA cache_size for this run (the store keeps SQLite's default, 2000 KiB)."), QStringLiteral("kib")},
        {QStringLiteral("rate"), QStringLiteral("notify: notifications per second."), QStringLiteral("n"), QStringLiteral("200")},
        {QStringLiteral("count"), QStringLiteral("notify: measured notifications."), QStringLiteral("n"), QStringLiteral("2000")},
        {QStringLiteral("warmup"), QStringLiteral("notify: notifications sent first and not measured."), QStringLiteral("n"), QStringLiteral("20")},
    });
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == u"ingest")
        return runIngest(parser);
    if (command == u"notify")
        return runNotify(parser);
    std::fputs(qPrintable(parser.helpText()), stderr);
    return 2;
}
