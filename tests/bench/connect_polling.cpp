// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (tests/bench/connect_polling.sh): the CPU the connector transport costs this process.
//   idle:      a Transport with nothing to do, for a few seconds (its thread sleeps in curl_multi_poll);
//   polling:   ENDPOINTS endpoints on one faulthttp.py server, each fetched once per second for SECONDS s,
//              their starts spread evenly over the second as a host's schedule would (process CPU time from
//              getrusage → % of one core);
//   reference: the same number of requests as fast as possible, at most ENDPOINTS in flight (requests/s).
// The server runs in its own process: its CPU is not counted.
//
// Usage: ioc_bench_connect_polling BASE_URL [ENDPOINTS=100] [SECONDS=30] [IDLE_SECONDS=5]
// Prints one result line per phase: "<phase> key=value …".

#include "connect/transport.h"

#include <QCoreApplication>
#include <QUrl>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

using namespace ioc;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; }
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}
double systemSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return seconds(usage.ru_stime);
}

double since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// Collects the outcome of every request (callbacks run on the transport's thread).
struct Tally {
    std::mutex mutex;
    std::condition_variable changed;
    int done = 0;
    int errors = 0;
    int non200 = 0;
    std::vector<double> latencyMs;
    QString firstError;

    Transport::Callback callback(Clock::time_point started)
    {
        return [this, started](Result<TransportResponse> result) {
            const double ms = since(started) * 1000.0;
            std::lock_guard lock(mutex);
            ++done;
            if (!result.ok()) {
                ++errors;
                if (firstError.isEmpty())
                    firstError = result.errorMessage();
            } else if (result.value().status != 200) {
                ++non200;
            }
            latencyMs.push_back(ms);
            changed.notify_all();
        };
    }
    bool waitFor(int count, std::chrono::seconds timeout)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, timeout, [&] { return done >= count; });
    }
    double percentile(double p)
    {
        std::lock_guard lock(mutex);
        if (latencyMs.empty())
            return 0;
        std::sort(latencyMs.begin(), latencyMs.end());
        return latencyMs[std::min(latencyMs.size() - 1, size_t(p * double(latencyMs.size())))];
    }
};

TransportRequest endpoint(const QString& base, int i)
{
    TransportRequest request;
    // 100 different URLs: 20 records (about 2.6 kB of JSON) from one of 5 pages.
    request.url = QUrl(QStringLiteral("%1/api/items?size=20&page=%2&endpoint=%3").arg(base).arg(i % 5 + 1).arg(i));
    request.options.timeout = std::chrono::milliseconds(10000);
    return request;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s BASE_URL [ENDPOINTS] [SECONDS] [IDLE_SECONDS]\n", argv[0]);
        return 2;
    }
    const QString base = args.at(1);
    const int endpoints = args.size() > 2 ? args.at(2).toInt() : 100;
    const int seconds = args.size() > 3 ? args.at(3).toInt() : 30;
    const int idleSeconds = args.size() > 4 ? args.at(4).toInt() : 5;
    const int total = endpoints * seconds;

    Transport transport;

    // Warm-up: one request per endpoint (connections opened, libcurl and TLS initialised), not measured.
    {
        Tally warm;
        for (int i = 0; i < endpoints; ++i)
            transport.start(endpoint(base, i), warm.callback(Clock::now()));
        if (!warm.waitFor(endpoints, std::chrono::seconds(30)) || warm.errors) {
            std::fprintf(stderr, "warm-up failed: %s\n", qPrintable(warm.firstError));
            std::_Exit(1); // callbacks still pending point at this scope's tally
        }
    }

    // Idle.
    {
        const double cpu0 = cpuSeconds();
        const Clock::time_point start = Clock::now();
        std::this_thread::sleep_for(std::chrono::seconds(idleSeconds));
        const double cpu = cpuSeconds() - cpu0;
        const double wall = since(start);
        std::printf("idle seconds=%.3f cpu_s=%.4f cpu_percent=%.3f\n", wall, cpu, 100.0 * cpu / wall);
    }

    // Polling: endpoint i starts at i/endpoints of every second.
    {
        Tally tally;
        const double cpu0 = cpuSeconds();
        const double system0 = systemSeconds();
        const Clock::time_point start = Clock::now();
        for (int tick = 0; tick < seconds; ++tick) {
            for (int i = 0; i < endpoints; ++i) {
                std::this_thread::sleep_until(start + std::chrono::seconds(tick)
                                              + std::chrono::microseconds(1000000LL * i / endpoints));
                transport.start(endpoint(base, i), tally.callback(Clock::now()));
            }
        }
        std::this_thread::sleep_until(start + std::chrono::seconds(seconds));
        const bool all = tally.waitFor(total, std::chrono::seconds(30));
        const double cpu = cpuSeconds() - cpu0;
        const double system = systemSeconds() - system0;
        const double wall = since(start);
        std::printf("polling endpoints=%d seconds=%d requests=%d done=%d all_done=%s errors=%d non200=%d wall_s=%.3f "
                    "system_s=%.3f cpu_s=%.3f cpu_percent=%.3f cpu_us_per_request=%.1f median_ms=%.2f p99_ms=%.2f\n",
                    endpoints, seconds, total, tally.done, all ? "yes" : "no", tally.errors, tally.non200, wall, system, cpu,
                    100.0 * cpu / wall, 1e6 * cpu / std::max(1, tally.done), tally.percentile(0.5),
                    tally.percentile(0.99));
        if (tally.errors)
            std::fprintf(stderr, "polling: first error: %s\n", qPrintable(tally.firstError));
        if (!all)
            std::_Exit(1); // callbacks still pending point at this scope's tally
    }

    // Reference: the same requests flat out, at most `endpoints` in flight.
    {
        Tally tally;
        std::mutex mutex;
        int next = 0;
        std::function<void()> startNext;
        startNext = [&] {
            int i;
            {
                std::lock_guard lock(mutex);
                if (next >= total)
                    return;
                i = next++;
            }
            Transport::Callback record = tally.callback(Clock::now());
            transport.start(endpoint(base, i % endpoints), [record, &startNext](Result<TransportResponse> result) {
                // From the transport's thread: start() only queues and wakes the loop. Before record(): the
                // last record() lets main() leave this scope, and startNext with it.
                startNext();
                record(std::move(result));
            });
        };
        const double cpu0 = cpuSeconds();
        const Clock::time_point start = Clock::now();
        for (int k = 0; k < endpoints; ++k)
            startNext();
        const bool all = tally.waitFor(total, std::chrono::seconds(300));
        const double cpu = cpuSeconds() - cpu0;
        const double wall = since(start);
        std::printf("reference requests=%d concurrency=%d done=%d all_done=%s errors=%d wall_s=%.3f requests_per_s=%.0f "
                    "cpu_s=%.3f cpu_percent=%.1f cpu_us_per_request=%.1f median_ms=%.2f p99_ms=%.2f\n",
                    total, endpoints, tally.done, all ? "yes" : "no", tally.errors, wall, tally.done / wall, cpu,
                    100.0 * cpu / wall, 1e6 * cpu / std::max(1, tally.done), tally.percentile(0.5),
                    tally.percentile(0.99));
        if (tally.errors)
            std::fprintf(stderr, "reference: first error: %s\n", qPrintable(tally.firstError));
        std::fflush(stdout);
        if (!all)
            std::_Exit(1);
    }
    return 0;
}
