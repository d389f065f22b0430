// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetesthelper.h"

#include "core/clock.h"
#include "store/journal.h"

using namespace ioc;

class TestJournal : public QObject {
    Q_OBJECT

private:
    static void appendFive(Journal& journal, ManualClock& clock)
    {
        for (int i = 1; i <= 5; ++i) {
            clock.advance(1000);
            const auto entry = journal.append(QStringLiteral("operator.lan"), QStringLiteral("alert.acknowledged"),
                                              QStringLiteral("alert:rules/rain-%1").arg(i),
                                              {{QStringLiteral("comment"), QStringLiteral("Đã liên hệ phường %1").arg(i)},
                                               {QStringLiteral("level"), i}});
            QVERIFY2(entry.ok(), qPrintable(entry.errorMessage()));
            QCOMPARE(entry.value().sequence, i);
        }
    }

private Q_SLOTS:
    void entriesAreChained()
    {
        test::FreshStore store;
        auto database = store.open();
        ManualClock clock(test::kBaseTime);
        Journal journal(*database, clock);
        appendFive(journal, clock);
        const QList<JournalEntry> entries = journal.entries(1, 100).value();
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.first().previousHash, QByteArray(64, '0'));
        for (int i = 1; i < entries.size(); ++i)
            QCOMPARE(entries.at(i).previousHash, entries.at(i - 1).hash);
        QCOMPARE(entries.at(2).payload.value(u"comment").toString(), QStringLiteral("Đã liên hệ phường 3"));
        QCOMPARE(entries.at(2).time, test::kBaseTime.addSecs(3));
        QCOMPARE(Journal::computeHash(entries.at(2)), entries.at(2).hash);

        const auto verification = journal.verify();
        QVERIFY(verification.ok());
        QVERIFY(verification.value().intact());
        QCOMPARE(verification.value().entries, 5);
    }

    void canonicalEncodingIsStable()
    {
        JournalEntry entry;
        entry.sequence = 7;
        entry.time = QDateTime::fromMSecsSinceEpoch(1795329000000, Qt::UTC);
        entry.actor = QStringLiteral("giám sát");
        entry.kind = QStringLiteral("sop.step.approved");
        entry.subject = QStringLiteral("sop:42");
        entry.payload = {{QStringLiteral("z"), 1}, {QStringLiteral("a"), QStringLiteral("x")}};
        entry.previousHash = QByteArray(64, 'a');
        QCOMPARE(Journal::canonicalEncoding(entry),
                 QByteArray("[7,1795329000000,\"giám sát\",\"sop.step.approved\",\"sop:42\",{\"a\":\"x\",\"z\":1},\"")
                     + QByteArray(64, 'a') + "\"]");
    }

    void changingOneByteIsDetectedAtThatEntry_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("broken");
        QTest::newRow("payload") << "UPDATE journal SET payload = replace(payload, 'phường 3', 'phường 8') WHERE sequence = 3" << qint64(3);
        QTest::newRow("actor") << "UPDATE journal SET actor = 'operator.lam' WHERE sequence = 2" << qint64(2);
        QTest::newRow("time") << "UPDATE journal SET time = time + 1 WHERE sequence = 4" << qint64(4);
        QTest::newRow("removed") << "DELETE FROM journal WHERE sequence = 2" << qint64(3);
        QTest::newRow("rehashed") << "UPDATE journal SET hash = 'ab' || substr(hash, 3) WHERE sequence = 1" << qint64(1);
    }

    void changingOneByteIsDetectedAtThatEntry()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, broken);
        test::FreshStore store;
        auto database = store.open();
        ManualClock clock(test::kBaseTime);
        Journal journal(*database, clock);
        appendFive(journal, clock);
        QSqlQuery query(database->connection());
        QVERIFY2(query.exec(tamper), qPrintable(query.lastError().text()));
        const auto verification = journal.verify();
        QVERIFY(verification.ok());
        QVERIFY(!verification.value().intact());
        QCOMPARE(verification.value().firstBroken, std::optional<qint64>(broken));
        QVERIFY(!verification.value().reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
