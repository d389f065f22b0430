// SPDX-License-Identifier: GPL-3.0-or-later
// `iocdesk --headless` as a centre runs it: connectors without a user interface, stopped by SIGTERM,
// killed with SIGKILL in the middle of a batch (acceptance 2 of issue 7: nothing lost, nothing doubled),
// and two nodes on one PostgreSQL store that must never run the same connector at once.

#include "core/clock.h"
#include "core/domain.h"
#include "sop/soprun.h"
#include "store/database.h"
#include "store/ingest.h"
#include "store/journal.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace {

constexpr int kRecords = 300;
constexpr int kPageSize = 10;
constexpr int kQuarantineEvery = 7; // records 6, 13, 20… are quarantined by the test plugin

QByteArray setupJson()
{
    return QStringLiteral("{\"connectors\": [{\"id\": \"seq\", \"plugin\": \"sequence\", \"intervalSeconds\": 0.05,"
                          " \"retry\": {\"initialSeconds\": 0.05, \"maximumSeconds\": 0.2},"
                          " \"config\": {\"records\": %1, \"pageSize\": %2, \"quarantineEvery\": %3, \"slowMs\": 60}}]}")
        .arg(kRecords).arg(kPageSize).arg(kQuarantineEvery).toUtf8();
}

} // namespace

class TestHeadless : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_setup;
    int m_connection = 0;

    std::unique_ptr<QProcess> startNode(const QString& storeUrl)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("IOC_CONNECTOR_PATH"), QStringLiteral(IOC_TEST_CONNECTOR_PLUGINS));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ioc.connect.info=true"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(IOC_BINARY), {QStringLiteral("--headless"), QStringLiteral("--lang"), QStringLiteral("en"),
                                                    QStringLiteral("--db"), storeUrl, QStringLiteral("--connectors"), m_setup});
        if (!process->waitForStarted())
            qFatal("iocdesk did not start");
        return process;
    }

    // A connection of the test's own to the store the nodes write.
    QSqlDatabase open(const QString& storeUrl)
    {
        const QString name = QStringLiteral("headless-test-%1").arg(++m_connection);
        QSqlDatabase db;
        if (storeUrl.startsWith(u"postgresql://")) {
            const QUrl url(storeUrl);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(storeUrl.mid(7));
        }
        if (!db.open())
            qFatal("cannot open %s: %s", qPrintable(storeUrl), qPrintable(db.lastError().text()));
        return db;
    }

    static qint64 scalar(QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery query(db);
        // Before the node has created the schema, the tables do not exist yet: count as nothing.
        if (!query.exec(sql) || !query.next())
            return 0;
        return query.value(0).toLongLong();
    }
    static qint64 batches(QSqlDatabase& db)
    {
        return scalar(db, QStringLiteral("SELECT COALESCE(MAX(batches), 0) FROM connector_checkpoints WHERE connector_id = 'seq'"));
    }

    void stop(QProcess& process)
    {
        process.terminate();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(u"headless: stopped"), qPrintable(out));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_setup = m_dir.filePath(QStringLiteral("connectors.json"));
        QFile file(m_setup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(setupJson());
    }

    void killedMidBatchItLosesNothingAndDoublesNothing()
    {
        const QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("kill9.sqlite"));
        QSqlDatabase db = open(url);
        const int pages = kRecords / kPageSize;
        // Two hard kills at different points, each while a poll is in flight (every poll sleeps 60 ms).
        for (const int killAfter : {4, 13}) {
            std::unique_ptr<QProcess> node = startNode(url);
            QTRY_VERIFY_WITH_TIMEOUT(batches(db) >= killAfter, 60000);
            QTest::qWait(25);
            node->kill(); // SIGKILL: no chance to finish the batch or to say goodbye
            QVERIFY(node->waitForFinished(10000));
            QCOMPARE(node->exitStatus(), QProcess::CrashExit);
            QVERIFY(batches(db) < pages);
        }
        std::unique_ptr<QProcess> node = startNode(url);
        QTRY_COMPARE_WITH_TIMEOUT(batches(db), qint64(pages), 120000);
        stop(*node);

        const qint64 quarantined = kRecords / kQuarantineEvery;
        // Every record exactly once, either stored or quarantined; quarantine has no unique key, so a
        // batch written twice would show here.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM observations")), kRecords - quarantined);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT value) FROM observations")), kRecords - quarantined);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM quarantine")), quarantined);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT payload) FROM quarantine")), quarantined);
        QCOMPARE(scalar(db, QStringLiteral("SELECT state = 'stopped' FROM connector_status WHERE connector_id = 'seq'")), 1);
    }

    // Issue 10, acceptance 2: a rain reading dropped as CSV raises an alert and starts the rain SOP in the
    // headless node; an operator does the first step; the node is killed with SIGKILL; after the restart the
    // run is in the same state with the same deadline (time left), and nothing was raised or started twice.
    void anSopRunSurvivesAKill()
    {
        const QString storePath = m_dir.filePath(QStringLiteral("sop-kill.sqlite"));
        const QString url = QStringLiteral("sqlite:") + storePath;
        const QString drop = m_dir.filePath(QStringLiteral("drop"));
        QVERIFY(QDir().mkpath(drop));
        {
            std::unique_ptr<ioc::Database> database = ioc::Database::open(url).value();
            ioc::Ingest ingest(*database);
            ioc::RecordBatch batch;
            ioc::Area ward;
            ward.code = QStringLiteral("32025");
            ward.name = QStringLiteral("Tân Thành");
            ward.fullName = QStringLiteral("Phường Tân Thành");
            ward.nameEn = QStringLiteral("Tan Thanh Ward");
            batch.areas.append(ward);
            ioc::Asset gauge;
            gauge.key = {QStringLiteral("mua-csv"), QStringLiteral("RG-09")};
            gauge.kind = ioc::AssetKind::RainGauge;
            gauge.name = QStringLiteral("Trạm đo mưa Tân Thành");
            gauge.position = QGeoCoordinate(9.18, 105.15);
            gauge.areaCode = QStringLiteral("32025");
            gauge.properties = QJsonObject{{QStringLiteral("thresholdMmPerHour"), 50}};
            batch.assets.append(gauge);
            QVERIFY(ingest.write(batch));
        }
        const QString setup = m_dir.filePath(QStringLiteral("sop-kill.json"));
        {
            QFile file(setup);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("{\"connectors\": [{\"id\": \"mua-csv\", \"plugin\": \"csv-drop\", \"intervalSeconds\": 0.2, \"staleAfterSeconds\": 3600,"
                                      " \"config\": {\"folder\": \"%1\", \"settleSeconds\": 0, \"mapping\": {\"target\": \"observation\","
                                      " \"fields\": {\"assetId\": {\"path\": \"/tram\"}, \"metric\": {\"value\": \"rain_mm_h\"},"
                                      " \"time\": {\"path\": \"/thoi_gian\"}, \"value\": {\"path\": \"/mua\"}}}}}]}")
                           .arg(drop).toUtf8());
        }
        {
            QFile csv(QDir(drop).filePath(QStringLiteral("mua.csv")));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("tram,thoi_gian,mua\r\nRG-09," + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ",82.5\r\n");
        }
        QSqlDatabase db = open(url);
        const auto count = [&](const char* kind) {
            return scalar(db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = '%1'").arg(QLatin1String(kind)));
        };
        const auto runState = [&]() -> ioc::SopRun {
            std::unique_ptr<ioc::Database> database = ioc::Database::open(url).value();
            ioc::SystemClock clock;
            ioc::Journal journal(*database, clock);
            ioc::JournalQuery started;
            started.kinds = {QStringLiteral("sop.started")};
            const QString subject = journal.find(started).value().constFirst().subject;
            ioc::JournalQuery query;
            query.subject = subject;
            return ioc::SopRunReplay::replay(subject.mid(4), journal.find(query).value()).value();
        };

        const QString previousSetup = m_setup;
        m_setup = setup;
        std::unique_ptr<QProcess> node = startNode(url);
        QTRY_COMPARE_WITH_TIMEOUT(count("sop.started"), qint64(1), 60000);
        const auto raised = [&] {
            QStringList subjects;
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT subject FROM journal WHERE kind = 'alert.raised' ORDER BY sequence"));
            while (query.next())
                subjects.append(query.value(0).toString());
            return subjects;
        };
        QVERIFY2(count("alert.raised") == 1, qPrintable(raised().join(u", ")));
        const ioc::SopRun before = runState();
        QCOMPARE(before.sopTemplate.id, QStringLiteral("rain-threshold"));
        QCOMPARE(before.currentStep, QStringLiteral("confirm"));
        QVERIFY(before.current()->deadline.isValid());

        node->kill();
        QVERIFY(node->waitForFinished(10000));
        QCOMPARE(node->exitStatus(), QProcess::CrashExit);
        node = startNode(url);
        // The restarted node is up (its connector reports again) and has had the time to repeat anything.
        QTRY_VERIFY_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'alert.raised'")) >= 1
                                     && QFile::exists(QDir(drop).filePath(QStringLiteral("done/mua.csv"))),
                                 60000);
        QTest::qWait(1500);
        const ioc::SopRun after = runState();
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.currentStep, before.currentStep);
        QCOMPARE(after.current()->deadline, before.current()->deadline);
        QCOMPARE(count("sop.started"), qint64(1));
        QVERIFY2(count("alert.raised") == 1, qPrintable(raised().join(u", ")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM observations")), qint64(1));
        stop(*node);
        m_setup = previousSetup;
    }

    void twoNodesOnePostgresOneRunner()
    {
        const QString url = qEnvironmentVariable("IOC_TEST_POSTGRES_URL");
        QVERIFY2(!url.isEmpty(), "needs the postgres fixture: ctest runs this case as tst_headless_postgresql");
        QSqlDatabase db = open(url);
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM connector_checkpoints"));
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM observations"));
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM quarantine"));
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM connector_status"));
        std::unique_ptr<QProcess> first = startNode(url);
        QTRY_VERIFY_WITH_TIMEOUT(batches(db) >= 2, 60000);
        std::unique_ptr<QProcess> second = startNode(url);
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(second->peek(1 << 20)).contains(u"seq: standby"), 30000);
        // While the first node runs, the second never writes the connector's status.
        const QString pidOfFirst = QStringLiteral(":%1").arg(first->processId());
        for (int i = 0; i < 5; ++i) {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT node FROM connector_status WHERE connector_id = 'seq'")) && query.next());
            QVERIFY2(query.value(0).toString().endsWith(pidOfFirst), qPrintable(query.value(0).toString()));
            QTest::qWait(100);
        }
        first->kill(); // the lock dies with its connection; the second node takes over
        QVERIFY(first->waitForFinished(10000));
        QTRY_COMPARE_WITH_TIMEOUT(batches(db), qint64(kRecords / kPageSize), 120000);
        stop(*second);
        const qint64 quarantined = kRecords / kQuarantineEvery;
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM observations")), kRecords - quarantined);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM quarantine")), quarantined);
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
