// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the journal under SOP runs (sop_journal.sh).
//   append: N SOP-shaped entries appended one by one through Journal::append (each its own transaction,
//           each hashed and chained to the previous one) on a SQLite file → entries/s;
//   replay: one run of 1,000 entries among the others, read by subject (Journal::find) and rebuilt
//           (SopRunReplay::replay), as SopService does before every action → median and p90 ms.
// Prints "append …" and "replay …" lines of key=value for the script.

#include "core/clock.h"
#include "sop/soprun.h"
#include "sop/soptemplate.h"
#include "store/database.h"
#include "store/journal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ioc;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int appendCount = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    const int runEntries = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;
    const int rounds = argc > 3 ? QByteArray(argv[3]).toInt() : 15;

    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    Database& database = *opened.value();
    SystemClock clock;
    Journal journal(database, clock);
    QFile file(QStringLiteral(":/sop/templates/water-quality.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QJsonObject templateJson = QJsonDocument::fromJson(file.readAll()).object();

    // Other runs' entries: each run's typical mix, 20 runs interleaved.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < appendCount; ++i) {
        const QString subject = sopSubject(QStringLiteral("other-%1").arg(i % 20));
        const Result<JournalEntry> e = journal.append(
            QStringLiteral("vanhanh"), SopEvent::StepDone, subject,
            {{QStringLiteral("step"), QStringLiteral("verify")}, {QStringLiteral("role"), QStringLiteral("operator")},
             {QStringLiteral("answer"), QStringLiteral("yes")}, {QStringLiteral("note"), QStringLiteral("Đã kiểm tra camera %1").arg(i)}});
        if (!e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.errorMessage()));
            return 1;
        }
    }
    const double appendSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("append entries=%d seconds=%.3f entries_per_s=%.0f us_per_entry=%.1f\n", appendCount, appendSeconds,
                appendCount / appendSeconds, appendSeconds * 1e6 / appendCount);

    // The run under test: started, its first step, then notifications (any kind replays the same way).
    const QString runId = QStringLiteral("bench-run");
    if (!journal.append(QStringLiteral("system"), SopEvent::Started, sopSubject(runId),
                        {{QStringLiteral("template"), templateJson}, {QStringLiteral("templateId"), QStringLiteral("water-quality")},
                         {QStringLiteral("alert"), QStringLiteral("alert:rules/wq")}, {QStringLiteral("alertKey"), QStringLiteral("rules/wq")}})
        || !journal.append(QStringLiteral("system"), SopEvent::StepAssigned, sopSubject(runId),
                           {{QStringLiteral("step"), QStringLiteral("verify")}, {QStringLiteral("timeLimitMinutes"), 30}}))
        return 1;
    for (int i = 2; i < runEntries; ++i)
        if (!journal.append(QStringLiteral("system"), SopEvent::NotificationSent, sopSubject(runId),
                            {{QStringLiteral("step"), QStringLiteral("verify")}, {QStringLiteral("channel"), QStringLiteral("sms")},
                             {QStringLiteral("recipient"), QStringLiteral("cb.tanthanh")}, {QStringLiteral("detail"), QStringLiteral("ok %1").arg(i)}}))
            return 1;

    QList<double> findMs;
    QList<double> totalMs;
    qsizetype entriesRead = 0;
    for (int round = 0; round < rounds; ++round) {
        timer.restart();
        JournalQuery query;
        query.subject = sopSubject(runId);
        query.kindPrefix = QStringLiteral("sop.");
        query.limit = 1000000;
        Result<QList<JournalEntry>> entries = journal.find(query);
        if (!entries)
            return 1;
        findMs.append(double(timer.nsecsElapsed()) / 1e6);
        entriesRead = entries.value().size();
        const Result<SopRun> run = SopRunReplay::replay(runId, std::move(entries).value());
        totalMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!run || run.value().currentStep != QLatin1String("verify"))
            return 1;
    }
    std::sort(findMs.begin(), findMs.end());
    std::sort(totalMs.begin(), totalMs.end());
    const auto at = [](const QList<double>& v, double q) { return v.at(qsizetype(q * double(v.size() - 1))); };
    std::printf("replay entries=%lld rounds=%d median_ms=%.2f p90_ms=%.2f find_median_ms=%.2f journal_entries=%d\n",
                static_cast<long long>(entriesRead), rounds, at(totalMs, 0.5), at(totalMs, 0.9), at(findMs, 0.5),
                appendCount + runEntries);
    const Result<Journal::Verification> verified = journal.verify();
    if (!verified || !verified.value().intact())
        return 1;
    std::printf("verify entries=%lld\n", static_cast<long long>(verified.value().entries));
    return 0;
}
