// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetesthelper.h"

#include "store/caselistmodel.h"
#include "store/changefeed.h"
#include "store/ingest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace ioc;

class TestCaseListModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::FreshStore> m_store;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeFeed> m_feed;

    void write(const QList<Case>& cases)
    {
        IngestBatch batch;
        batch.cases = cases;
        const auto written = Ingest(*m_database, m_feed.get()).write(batch);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::FreshStore>();
        m_database = m_store->open();
        m_feed = std::make_unique<ChangeFeed>();
        QList<Case> cases;
        for (int i = 1; i <= 10; ++i)
            cases.append(test::fieldReport(i, i % 3 == 0 ? CaseStatus::Overdue : CaseStatus::Pending));
        Case sos = test::fieldReport(50);
        sos.key = {QStringLiteral("hotline"), QStringLiteral("SOS-0001")};
        sos.category = CaseCategory::Sos;
        sos.title = QStringLiteral("Người dân kẹt trong nhà ngập, cần hỗ trợ");
        sos.severity = Severity::Critical;
        cases.append(sos);
        write(cases);
    }

    void cleanup()
    {
        m_feed.reset();
        m_database.reset();
        m_store.reset();
    }

    void rowsFiltersAndOrderComeFromTheStore()
    {
        CaseListModel model(m_database.get(), m_feed.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.totalCount(), 11);
        QCOMPARE(model.get(0, QStringLiteral("code")).toString(), QStringLiteral("SOS-0001")); // newest first

        model.setCategory(QStringLiteral("field_report"));
        QCOMPARE(model.rowCount(), 10);
        model.setStatuses({QStringLiteral("overdue")});
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.get(row, QStringLiteral("status")).toString(), QStringLiteral("overdue"));

        model.setStatuses({});
        model.setCategory(QString());
        model.setOrder(CaseListModel::Order::MostSevereFirst);
        QCOMPARE(model.get(0, QStringLiteral("severity")).toString(), QStringLiteral("critical"));

        model.setText(QStringLiteral("nguoi dan ket"));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex first = model.index(0);
        const int titleRole = model.roleNames().key("title");
        QCOMPARE(model.data(first, titleRole).toString(), QStringLiteral("Người dân kẹt trong nhà ngập, cần hỗ trợ"));

        model.setText(QString());
        model.setLimit(4);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.totalCount(), 11);
    }

    void aNewCaseAppearsThroughTheFeed()
    {
        CaseListModel model(m_database.get(), m_feed.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QSignalSpy counted(&model, &CaseListModel::countChanged);
        write({test::fieldReport(60)}); // opened after every case written in init()
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.get(0, QStringLiteral("code")).toString(), QStringLiteral("PAHT.20261122.0060"));
    }

    void aFailedReadKeepsTheRowsAndSaysWhy()
    {
        CaseListModel model(m_database.get(), m_feed.get());
        model.refresh();
        QCOMPARE(model.rowCount(), 11);
        {
            QSqlQuery query(m_database->connection());
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE cases RENAME TO cases_away")));
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cases")));
        model.refresh();
        QCOMPARE(model.rowCount(), 11);
        QVERIFY(!model.error().isEmpty());
    }

    void withoutAStoreTheModelIsEmptyAndSaysSo()
    {
        CaseListModel model(nullptr, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.available());
        QVERIFY(!model.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
