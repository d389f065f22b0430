// SPDX-License-Identifier: GPL-3.0-or-later
// iocdesk --verify-journal on a real store file: an intact journal passes, a changed byte is named.

#include "core/clock.h"
#include "store/database.h"
#include "store/journal.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

class TestVerifyJournal : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run {
        int exitCode;
        QString out;
        QString err;
    };

    Run verify(const QString& path)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(IOC_BINARY),
                      {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--verify-journal"), QStringLiteral("--db"), path});
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void intactPassesAndATamperedEntryIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("centre.sqlite"));
        {
            auto database = Database::open(path);
            QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
            ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));
            Journal journal(*database.value(), clock);
            for (int i = 1; i <= 5; ++i) {
                clock.advance(60000);
                QVERIFY(journal.append(QStringLiteral("truc.ban"), QStringLiteral("alert.acknowledged"),
                                       QStringLiteral("alert:%1").arg(i), {{QStringLiteral("ghi_chu"), QStringLiteral("Đã xử lý %1").arg(i)}})
                            .ok());
            }
        }
        const Run intact = verify(path);
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.contains(u"journal intact: 5 entries"), qPrintable(intact.out + intact.err));

        {
            auto database = Database::open(path);
            QVERIFY(database.ok());
            QSqlQuery query(database.value()->connection());
            // One byte: "3" becomes "4" in the third entry's payload.
            QVERIFY(query.exec(QStringLiteral("UPDATE journal SET payload = replace(payload, 'lý 3', 'lý 4') WHERE sequence = 3")));
            QCOMPARE(query.numRowsAffected(), 1);
        }
        const Run broken = verify(path);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.contains(u"journal broken at entry 3"), qPrintable(broken.out + broken.err));
    }

    void aMissingStoreIsAnError()
    {
        const Run r = verify(QStringLiteral("postgresql://ioc@127.0.0.1:1/ioc"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"127.0.0.1:1"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestVerifyJournal)
#include "tst_verifyjournal.moc"
