// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 in the middle of a batch loses no committed batch and leaves no half batch. The writer is
// this binary run with --write-batches URL: it writes batches of kBatchSize cases and prints
// "committed N" after each commit; the test kills it with SIGKILL while it is writing.

#include "storetesthelper.h"

#include "store/ingest.h"
#include "store/repositories.h"

#include <QProcess>
#include <QSqlQuery>

#include <csignal>
#include <cstdio>

using namespace ioc;

namespace {

constexpr int kBatchSize = 20000; // large enough that a batch takes long and the kill lands inside one

int runWriter(const QString& url)
{
    auto database = Database::open(url);
    if (!database) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(database.errorMessage()));
        return 1;
    }
    Ingest ingest(*database.value());
    for (int batchNumber = 1;; ++batchNumber) {
        IngestBatch batch;
        for (int i = 0; i < kBatchSize; ++i) {
            Case item = test::fieldReport(i);
            item.key.externalId = QStringLiteral("B%1-%2").arg(batchNumber).arg(i);
            batch.cases.append(item);
        }
        const auto written = ingest.write(batch);
        if (!written) {
            std::fprintf(stderr, "writer: %s\n", qPrintable(written.errorMessage()));
            return 1;
        }
        std::printf("committed %d\n", batchNumber);
        std::fflush(stdout);
    }
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killDuringABatchLosesNoCommittedBatchAndLeavesNoHalfBatch()
    {
        test::FreshStore store;
        store.open(); // create the schema before the writer starts

        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-batches"), store.url()});
        QVERIFY(writer.waitForStarted());
        int reported = 0;
        QByteArray pending;
        // Let a few batches commit, then kill it at whatever point of the next batch it has reached.
        while (reported < 3 && writer.waitForReadyRead(30000)) {
            pending += writer.readAllStandardOutput();
            reported = int(pending.count("committed "));
        }
        QVERIFY2(reported >= 3, writer.readAllStandardError().constData());
        QTest::qWait(7); // land inside the next batch rather than between two
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        pending += writer.readAllStandardOutput();
        reported = int(pending.count("committed "));

        auto database = store.open();
        if (!test::onPostgres()) {
            QSqlQuery check(database->connection());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }
        const qint64 total = CaseRepository(*database).count().value();
        QVERIFY2(total % kBatchSize == 0, qPrintable(QStringLiteral("%1 cases: a half batch is left").arg(total)));
        const qint64 batches = total / kBatchSize;
        // Every batch the writer saw committed is there; at most one more committed before it could say so.
        QVERIFY2(batches >= reported && batches <= reported + 1,
                 qPrintable(QStringLiteral("%1 batches stored, %2 reported").arg(batches).arg(reported)));
        QSqlQuery perBatch(database->connection());
        QVERIFY(perBatch.exec(QStringLiteral("SELECT count(*) FROM cases WHERE external_id LIKE 'B1-%'")) && perBatch.next());
        QCOMPARE(perBatch.value(0).toInt(), kBatchSize);
    }
};

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--write-batches") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
