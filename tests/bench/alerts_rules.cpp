// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the alert rule engine (tests/bench/alerts_rules.sh): 5,000 threshold rules over 500 assets and a
// stream of observations at a fixed rate, fed to AlertService::onObservations in batches (the engine, then
// raise() through the store for the candidates). Prints result lines "name key=value …".
//   stream:   CPU (getrusage, user + system, % of one core) over the paced run; delay from a batch's arrival at
//             the engine to each of its alerts raised (or resolved) in the store: p50/p95/p99/max.
//   indexed:  the engine alone on the same observations, flat out: CPU per observation.
//   naive:    every rule checked for every observation (metric, asset, threshold), flat out: CPU per observation.
//   iterate:  only iterating the observations (summing their values): CPU per observation.
// Usage: ioc_bench_alerts_rules RULES ASSETS RATE SECONDS BATCH_MS
#include "alerts/alertservice.h"
#include "auth/authservice.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/ingest.h"
#include "store/journal.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

using namespace ioc;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values.at(i);
}

struct Sensor {
    RecordKey key;
    QString metric;
    double mean;
    double spread; // typical excursion: thresholds are set between 1.5 and 4 spreads above the mean
    double value;
};

const QDateTime kStart(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s RULES ASSETS RATE SECONDS BATCH_MS\n", argv[0]);
        return 2;
    }
    const int ruleCount = std::atoi(argv[1]);
    const int assetCount = std::atoi(argv[2]);
    const int rate = std::atoi(argv[3]);
    const int seconds = std::atoi(argv[4]);
    const int batchMs = std::atoi(argv[5]);
    std::mt19937_64 random(20261122);
    std::normal_distribution<double> gauss(0, 1);

    // Assets of the demo's kinds, with the metrics they produce.
    QList<Asset> assets;
    std::vector<Sensor> sensors;
    for (int i = 0; i < assetCount; ++i) {
        Asset a;
        const int kind = i % 3;
        a.key = {QStringLiteral("bench"), QStringLiteral("%1-%2").arg(kind == 0 ? "RG" : kind == 1 ? "FT" : "WS").arg(i, 4, 10, QLatin1Char('0'))};
        a.kind = kind == 0 ? AssetKind::RainGauge : kind == 1 ? AssetKind::FloodTower : AssetKind::WaterStation;
        a.name = a.key.externalId;
        a.position = QGeoCoordinate(9.0 + (i % 25) * 0.02, 105.0 + (i / 25) * 0.02);
        a.areaCode = QStringLiteral("W%1").arg(i % 40);
        assets.append(a);
        if (kind == 0)
            sensors.push_back({a.key, QStringLiteral("rain_mm_h"), 10, 8, 10});
        else if (kind == 1)
            sensors.push_back({a.key, QStringLiteral("water_level_m"), 0.6, 0.15, 0.6});
        else {
            sensors.push_back({a.key, QStringLiteral("ph"), 7.2, 0.3, 7.2});
            sensors.push_back({a.key, QStringLiteral("turbidity_ntu"), 12, 4, 12});
        }
    }
    // Rules: each on one sensor (asset + metric), a threshold 1.5–4 spreads above its mean (pH: a range of the
    // same width around it); a fifth resolve themselves; grouped by area within an hour.
    QList<AlertRule> rules;
    std::uniform_real_distribution<double> level(1.5, 4.0);
    for (int r = 0; r < ruleCount; ++r) {
        const Sensor& s = sensors.at(size_t(r) % sensors.size());
        AlertRule rule;
        rule.id = QStringLiteral("r%1").arg(r);
        rule.nameEn = rule.nameVi = QStringLiteral("Rule %1").arg(r);
        rule.domain = QStringLiteral("bench");
        rule.severity = Severity(r % 4);
        rule.metric = s.metric;
        rule.assets = {s.key};
        const double k = level(random);
        if (s.metric == u"ph") {
            rule.op = ThresholdOperator::Outside;
            rule.min = s.mean - k * s.spread;
            rule.max = s.mean + k * s.spread;
        } else {
            rule.op = ThresholdOperator::Above;
            rule.threshold = s.mean + k * s.spread;
        }
        rule.autoResolve = r % 5 == 0;
        rule.groupWindowMinutes = 60;
        rules.append(rule);
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> database = Database::open(dir.filePath(QStringLiteral("bench.sqlite"))).value();
    ManualClock clock(kStart);
    Journal journal(*database, clock);
    AuthService auth(*database, journal, clock, AuthPolicy{}, PasswordHasher(PasswordHasher::Cost::minimum()));
    {
        IngestBatch batch;
        batch.assets = assets;
        if (!Ingest(*database).write(batch)) {
            std::fprintf(stderr, "cannot write the assets\n");
            return 1;
        }
    }
    AlertService service(*database, journal, auth, clock, AlertRuleSet::fromRules(rules));
    if (auto ok = service.start(); !ok) {
        std::fprintf(stderr, "%s\n", qPrintable(ok.errorMessage()));
        return 1;
    }

    // The stream: each sensor a mean-reverting random walk; readings round-robin over the sensors.
    size_t next = 0;
    qint64 simulatedMs = 0;
    const auto makeBatch = [&](int n) {
        QList<Observation> batch;
        batch.reserve(n);
        for (int i = 0; i < n; ++i) {
            Sensor& s = sensors[next++ % sensors.size()];
            s.value += 0.25 * (s.mean - s.value) + 0.6 * s.spread * gauss(random);
            batch.append({s.key, s.metric, kStart.addMSecs(simulatedMs + i), s.value});
        }
        return batch;
    };

    // Paced stream.
    const int perBatch = rate * batchMs / 1000;
    const int batches = seconds * 1000 / batchMs;
    std::vector<double> delaysMs;
    qint64 raised = 0, grouped = 0, resolved = 0, duplicates = 0, observations = 0;
    const double cpu0 = cpuSeconds();
    const auto wall0 = std::chrono::steady_clock::now();
    for (int b = 0; b < batches; ++b) {
        const auto due = wall0 + std::chrono::milliseconds(qint64(b) * batchMs);
        std::this_thread::sleep_until(due);
        const QList<Observation> batch = makeBatch(perBatch);
        simulatedMs += batchMs;
        clock.set(kStart.addMSecs(simulatedMs));
        const auto arrived = std::chrono::steady_clock::now();
        observations += batch.size();
        const QList<AlertCandidate> candidates = service.engine().evaluate(batch);
        for (const AlertCandidate& c : candidates) {
            const Result<RaiseOutcome> outcome = service.raise(c);
            if (!outcome) {
                std::fprintf(stderr, "raise: %s\n", qPrintable(outcome.errorMessage()));
                return 1;
            }
            switch (outcome.value().what) {
            case RaiseOutcome::What::Raised:
                ++raised;
                break;
            case RaiseOutcome::What::Grouped:
                ++grouped;
                break;
            case RaiseOutcome::What::Resolved:
                ++resolved;
                break;
            case RaiseOutcome::What::Duplicate:
            case RaiseOutcome::What::Ignored:
                ++duplicates;
                continue;
            }
            delaysMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - arrived).count());
        }
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    const double cpu = cpuSeconds() - cpu0;
    std::printf("stream rules=%d assets=%d rate=%d seconds=%.2f batch_ms=%d observations=%lld checks=%lld raised=%lld "
                "grouped=%lld resolved=%lld duplicates=%lld cpu_percent=%.3f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f max_ms=%.3f "
                "writes=%zu\n",
                ruleCount, assetCount, rate, wall, batchMs, observations, service.engine().checksDone(), raised, grouped,
                resolved, duplicates, 100.0 * cpu / wall, percentile(delaysMs, 50), percentile(delaysMs, 95),
                percentile(delaysMs, 99), delaysMs.empty() ? 0.0 : *std::max_element(delaysMs.begin(), delaysMs.end()),
                delaysMs.size());

    // References on the same kind of observations, flat out, without the store.
    QList<Observation> sample;
    for (int i = 0; i < 20; ++i)
        sample.append(makeBatch(rate / 10 > 0 ? rate / 10 : 1));
    {
        RuleEngine engine(AlertRuleSet::fromRules(rules));
        engine.setAssets(assets);
        const double c0 = cpuSeconds();
        qint64 candidates = 0;
        for (int repeat = 0; repeat < 50; ++repeat)
            candidates += engine.evaluate(sample).size();
        const double c = cpuSeconds() - c0;
        std::printf("indexed observations=%lld cpu_us_per_observation=%.4f candidates=%lld\n", qint64(sample.size()) * 50,
                    1e6 * c / (double(sample.size()) * 50), candidates);
    }
    {
        // Naive: every rule for every observation (what the index avoids), with the limits already resolved.
        struct Flat {
            QString metric;
            RecordKey asset;
            double low, high;
        };
        std::vector<Flat> flat;
        for (const AlertRule& r : rules)
            flat.push_back({r.metric, r.assets.first(), r.min.value_or(-1e300), r.op == ThresholdOperator::Outside ? *r.max : *r.threshold});
        const double c0 = cpuSeconds();
        qint64 hits = 0;
        const int repeats = 2;
        for (int repeat = 0; repeat < repeats; ++repeat) {
            for (const Observation& o : sample) {
                for (const Flat& f : flat) {
                    if (f.metric == o.metric && f.asset == o.asset && (o.value < f.low || o.value > f.high))
                        ++hits;
                }
            }
        }
        const double c = cpuSeconds() - c0;
        std::printf("naive observations=%lld cpu_us_per_observation=%.4f hits=%lld\n", qint64(sample.size()) * repeats,
                    1e6 * c / (double(sample.size()) * repeats), hits);
    }
    {
        const double c0 = cpuSeconds();
        double sum = 0;
        const int repeats = 2000;
        for (int repeat = 0; repeat < repeats; ++repeat) {
            for (const Observation& o : sample)
                sum += o.value;
        }
        const double c = cpuSeconds() - c0;
        std::printf("iterate observations=%lld cpu_us_per_observation=%.5f sum=%.1f\n", qint64(sample.size()) * repeats,
                    1e6 * c / (double(sample.size()) * repeats), sum);
    }
    return 0;
}
