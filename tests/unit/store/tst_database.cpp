// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetesthelper.h"

#include "store/ingest.h"
#include "store/repositories.h"

#include <QFile>
#include <QSqlQuery>

using namespace ioc;

class TestDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void openAppliesEveryMigration()
    {
        test::FreshStore store;
        auto database = store.open();
        QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QSqlQuery query(database->connection());
        for (const char* table : {"areas", "assets", "observations", "unit_positions", "cases", "indicators",
                                  "indicator_values", "alerts", "journal"})
            QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), table);
    }

    void reopeningKeepsTheSchemaAndData()
    {
        test::FreshStore store;
        {
            auto database = store.open();
            QSqlQuery query(database->connection());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO indicators (code, name, name_en, unit, domain, direction, period_kind) "
                "VALUES ('x', 'X', 'X', '%', 'kt', 'higher_is_better', 'month')")));
        }
        auto database = store.open();
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM indicators")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM schema_version")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), Database::latestSchemaVersion());
    }

    void aNewerDatabaseIsRefused()
    {
        test::FreshStore store;
        {
            auto database = store.open();
            QSqlQuery query(database->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));
        }
        const Result<std::unique_ptr<Database>> reopened = Database::open(store.url());
        QVERIFY(!reopened.ok());
        QVERIFY2(reopened.errorMessage().contains(u"999") && reopened.errorMessage().contains(u"newer"),
                 qPrintable(reopened.errorMessage()));
    }

    void sqliteUsesWalAndForeignKeys()
    {
        if (test::onPostgres())
            return; // SQLite settings only; PostgreSQL enforces foreign keys always
        test::FreshStore store;
        auto database = store.open();
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO observations (asset_id, metric, time, value) VALUES (42, 'rain', 1, 1.0)")));
    }

    void aCorruptFileIsNamedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("this is not a database, it is a shopping list\n").repeated(200);
        file.write(garbage);
        file.close();
        const Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorMessage().contains(path), qPrintable(opened.errorMessage()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void aLockedFileFailsTheWriteNamingTheFileAndKeepsTheData()
    {
        if (test::onPostgres())
            return; // file locks are SQLite's
        test::FreshStore store;
        auto database = store.open();
        {
            QSqlQuery query(database->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO indicators (code, name, name_en, unit, domain, direction, period_kind) "
                                              "VALUES ('kept', 'K', 'K', '%', 'kt', 'higher_is_better', 'month')")));
        }
        // Another program holds the write lock (and keeps it past our 5 s busy timeout).
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock-holder"));
        holder.setDatabaseName(store.url());
        QVERIFY(holder.open());
        {
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        }
        IngestBatch batch;
        batch.cases.append(test::fieldReport(1));
        const auto written = Ingest(*database).write(batch);
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().contains(store.url()) && written.errorMessage().contains(u"locked"),
                 qPrintable(written.errorMessage()));
        {
            QSqlQuery release(holder);
            QVERIFY(release.exec(QStringLiteral("ROLLBACK")));
        }
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("lock-holder"));
        QCOMPARE(CaseRepository(*database).count().value(), 0);
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM indicators WHERE code = 'kept'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // Once the lock is gone the same batch goes through.
        QVERIFY(Ingest(*database).write(batch).ok());
    }

    void anUnreachablePostgresIsAClearErrorWithoutThePassword()
    {
        // Port 1 on loopback: nothing listens there; the refusal is immediate.
        const Result<std::unique_ptr<Database>> opened = Database::open(QStringLiteral("postgresql://ioc:s3cret@127.0.0.1:1/ioc"));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorMessage().contains(u"postgresql://ioc@127.0.0.1:1/ioc"), qPrintable(opened.errorMessage()));
        QVERIFY(!opened.errorMessage().contains(u"s3cret"));
    }

    void transactionRollsBackOnFailure()
    {
        test::FreshStore store;
        auto database = store.open();
        const Result<void> result = database->transaction([&]() -> Result<void> {
            QSqlQuery query(database->connection());
            if (!query.exec(QStringLiteral("INSERT INTO indicators (code, name, name_en, unit, domain, direction, period_kind) "
                                           "VALUES ('y', 'Y', 'Y', '%', 'kt', 'higher_is_better', 'month')")))
                return fail(query.lastError().text());
            return fail(QStringLiteral("changed my mind"));
        });
        QCOMPARE(result.errorMessage(), QStringLiteral("changed my mind"));
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM indicators")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
