// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/storetesthelper.h"

#include "connect/internal/connectorstate.h"
#include "connect/quarantinemodel.h"
#include "store/changefeed.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace ioc;

namespace {

void hold(Database& database, const QString& connectorId, const QList<QuarantinedRecord>& records, int minute)
{
    const Result<void> held = internal::insertQuarantined(database, connectorId, records, test::kBaseTime.addSecs(60 * minute));
    if (!held)
        qFatal("%s", qPrintable(held.errorMessage()));
}

QuarantinedRecord record(const QByteArray& payload, const QString& reason = QStringLiteral("/time: not a date"))
{
    return {QStringLiteral("observation"), payload, reason};
}

const QChar kReplacement(0xFFFD);
const QChar kEllipsis(0x2026);

} // namespace

class TestQuarantineModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void heldRecordsNewestFirstFilteredByConnector()
    {
        test::FreshStore store;
        auto database = store.open();
        hold(*database, QStringLiteral("rain"), {record("{\"a\":1}"), record("{\"a\":2}")}, 1);
        hold(*database, QStringLiteral("traffic"), {record("{\"b\":1}", QStringLiteral("/speed: negative"))}, 2);
        hold(*database, QStringLiteral("rain"), {record("{\"a\":3}")}, 3);

        QuarantineModel model(database.get(), nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.count(), 4);
        QList<qint64> ids;
        for (int row = 0; row < model.count(); ++row)
            ids.append(model.get(row, QStringLiteral("quarantineId")).toLongLong());
        QVERIFY2(std::is_sorted(ids.rbegin(), ids.rend()) && ids.first() > ids.last(), "newest first");
        QCOMPARE(model.get(0, QStringLiteral("payloadPreview")).toString(), QStringLiteral("{\"a\":3}"));
        QCOMPARE(model.get(0, QStringLiteral("receivedAt")).toDateTime(), test::kBaseTime.addSecs(180));
        QCOMPARE(model.get(0, QStringLiteral("recordType")).toString(), QStringLiteral("observation"));
        QCOMPARE(model.get(0, QStringLiteral("attempts")).toInt(), 0);

        QSignalSpy filter(&model, &QuarantineModel::filterUpdated);
        model.setConnectorId(QStringLiteral("traffic"));
        QCOMPARE(filter.size(), 1);
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.get(0, QStringLiteral("connectorId")).toString(), QStringLiteral("traffic"));
        QCOMPARE(model.get(0, QStringLiteral("reason")).toString(), QStringLiteral("/speed: negative"));

        model.setConnectorId(QStringLiteral("rain"));
        QCOMPARE(model.count(), 3);
        model.setLimit(2);
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.get(0, QStringLiteral("payloadPreview")).toString(), QStringLiteral("{\"a\":3}"));
    }

    void resolvedRecordsLeaveOnTheChangeFeed()
    {
        test::FreshStore store;
        auto database = store.open();
        ChangeFeed feed;
        hold(*database, QStringLiteral("rain"), {record("{\"a\":1}"), record("{\"a\":2}")}, 1);
        QuarantineModel model(database.get(), &feed);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.count(), 2);
        const qint64 newest = model.get(0, QStringLiteral("quarantineId")).toLongLong();

        QVERIFY(internal::resolveQuarantined(*database, newest, QStringLiteral("discarded"), QStringLiteral("quantri"),
                                             test::kBaseTime).ok());
        ChangeSet health;
        health.counts.insert(QStringLiteral("connector"), 1);
        feed.publishLocal(health);
        QCOMPARE(model.count(), 2); // not its record type

        ChangeSet changes;
        changes.counts.insert(QStringLiteral("quarantine"), 1);
        feed.publishLocal(changes);
        QCOMPARE(model.count(), 1);
        QVERIFY(model.get(0, QStringLiteral("quarantineId")).toLongLong() != newest);

        // A failed retry keeps it held, with the new reason and one more attempt.
        const qint64 other = model.get(0, QStringLiteral("quarantineId")).toLongLong();
        QVERIFY(internal::keepQuarantined(*database, other, QStringLiteral("/a: still wrong")).ok());
        feed.publishLocal(changes);
        QCOMPARE(model.get(0, QStringLiteral("reason")).toString(), QStringLiteral("/a: still wrong"));
        QCOMPARE(model.get(0, QStringLiteral("attempts")).toInt(), 1);
    }

    void payloadPreviewShowsInvalidBytesAndCutsLongOnes()
    {
        test::FreshStore store;
        auto database = store.open();
        const QByteArray vietnamese = QStringLiteral("{\"tram\":\"Trạm đo mưa Tân Thành\"}").toUtf8();
        const QByteArray invalid("{\"x\":\"ab\xff\xfe" "cd\"}");
        const QByteArray cutAtTheEnd("{\"x\":\"\xe1\xbb");          // a complete payload ending inside a character
        const QByteArray longAscii(1000, 'x');
        QByteArray longVietnamese;                                  // 6000 bytes: read only in part
        for (int i = 0; i < 2000; ++i)
            longVietnamese += QStringLiteral("ệ").toUtf8();
        hold(*database, QStringLiteral("rain"),
             {record(vietnamese), record(invalid), record(cutAtTheEnd), record(longAscii), record(longVietnamese)}, 1);

        QuarantineModel model(database.get(), nullptr);
        model.refresh();
        QCOMPARE(model.count(), 5);
        auto row = [&](int insertedIndex) { return model.count() - 1 - insertedIndex; }; // newest first
        auto preview = [&](int i) { return model.get(row(i), QStringLiteral("payloadPreview")).toString(); };
        auto invalidFlag = [&](int i) { return model.get(row(i), QStringLiteral("payloadInvalid")).toBool(); };

        QCOMPARE(preview(0), QString::fromUtf8(vietnamese));
        QCOMPARE(invalidFlag(0), false);

        QCOMPARE(preview(1), QStringLiteral("{\"x\":\"ab") + kReplacement + kReplacement + QStringLiteral("cd\"}"));
        QCOMPARE(invalidFlag(1), true);

        QVERIFY(preview(2).endsWith(kReplacement));
        QCOMPARE(invalidFlag(2), true);

        QCOMPARE(preview(3), QString(QuarantineModel::kPreviewCharacters, QLatin1Char('x')) + kEllipsis);
        QCOMPARE(invalidFlag(3), false);
        QCOMPARE(model.get(row(3), QStringLiteral("payloadBytes")).toLongLong(), 1000);

        // Only the first kPreviewBytes are read; the character they cut is not counted as invalid.
        QCOMPARE(preview(4), QString(QuarantineModel::kPreviewCharacters, QChar(0x1EC7)) + kEllipsis);
        QCOMPARE(invalidFlag(4), false);
        QCOMPARE(model.get(row(4), QStringLiteral("payloadBytes")).toLongLong(), 6000);
    }

    void previewNeverSplitsACharacterOutsideTheBasicPlane()
    {
        // 299 ASCII characters then an emoji: character 300 is its high surrogate.
        const QByteArray bytes = QByteArray(299, 'a') + QStringLiteral("😀😀").toUtf8();
        const QuarantineModel::Preview shown = QuarantineModel::preview(bytes, true);
        QCOMPARE(shown.text, QString(299, QLatin1Char('a')) + kEllipsis);
        QCOMPARE(shown.invalid, false);
    }
};

QTEST_GUILESS_MAIN(TestQuarantineModel)
#include "tst_quarantinemodel.moc"
