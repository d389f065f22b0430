// SPDX-License-Identifier: GPL-3.0-or-later
// Two consoles on one PostgreSQL: a case written by one process appears in the other's list model
// through LISTEN/NOTIFY, without polling. The writer is this binary run with --write URL.

#include "storetesthelper.h"

#include "store/caselistmodel.h"
#include "store/changefeed.h"
#include "store/ingest.h"

#include <QProcess>
#include <QSignalSpy>

using namespace ioc;

namespace {

int runWriter(const QString& url)
{
    auto database = Database::open(url);
    if (!database) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(database.errorMessage()));
        return 1;
    }
    ChangeFeed feed;
    IngestBatch batch;
    Case sos = test::fieldReport(1);
    sos.key = {QStringLiteral("hotline"), QStringLiteral("SOS-2026-0042")};
    sos.category = CaseCategory::Sos;
    sos.title = QStringLiteral("Nhà bị ngập sâu, có người già cần sơ tán");
    batch.cases.append(sos);
    const auto written = Ingest(*database.value(), &feed).write(batch);
    if (!written) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(written.errorMessage()));
        return 1;
    }
    return 0;
}

} // namespace

class TestTwoConsoles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aCaseWrittenByOneConsoleAppearsInTheOther()
    {
        QVERIFY2(test::onPostgres(), "needs IOC_TEST_DATABASE=postgresql://…");
        test::FreshStore store;
        auto database = store.open();
        ChangeFeed feed;
        QVERIFY(feed.listen(*database).ok());
        CaseListModel model(database.get(), &feed);
        model.setCategory(QStringLiteral("sos"));
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy heard(&feed, &ChangeFeed::changed);

        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write"), store.url()});
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitCode(), 0);

        // Only the notification makes the model read again: nothing here polls.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
        QCOMPARE(model.get(0, QStringLiteral("title")).toString(), QStringLiteral("Nhà bị ngập sâu, có người già cần sơ tán"));
        QCOMPARE(heard.count(), 1);
        QCOMPARE(heard.at(0).at(1).toBool(), false); // it came from the other process
        QCOMPARE(heard.at(0).at(0).value<ChangeSet>().caseKeys, QStringList{QStringLiteral("hotline/SOS-2026-0042")});
    }
};

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--write") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestTwoConsoles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_twoconsoles.moc"
