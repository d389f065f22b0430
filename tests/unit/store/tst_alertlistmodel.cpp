// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetesthelper.h"

#include "store/alertlistmodel.h"
#include "store/changefeed.h"
#include "store/ingest.h"

#include <QAbstractItemModelTester>

using namespace ioc;

namespace {

Alert alert(const QString& id, Severity severity, AlertState state, int minute)
{
    Alert a;
    a.key = {QStringLiteral("rules"), id};
    a.rule = QStringLiteral("rain_over_threshold");
    a.severity = severity;
    a.state = state;
    a.subject = QStringLiteral("asset:test/RG-01");
    a.title = QStringLiteral("Mưa vượt ngưỡng tại trạm %1").arg(id);
    a.raised = test::kBaseTime.addSecs(60 * minute);
    return a;
}

} // namespace

class TestAlertListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mostSevereFirstThenNewestAndStateFilter()
    {
        test::FreshStore store;
        auto database = store.open();
        ChangeFeed feed;
        IngestBatch batch;
        batch.alerts = {alert(QStringLiteral("a"), Severity::Medium, AlertState::New, 1),
                        alert(QStringLiteral("b"), Severity::Critical, AlertState::New, 2),
                        alert(QStringLiteral("c"), Severity::Medium, AlertState::Acknowledged, 3),
                        alert(QStringLiteral("d"), Severity::Low, AlertState::Closed, 4)};
        const auto written = Ingest(*database, &feed).write(batch);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));

        AlertListModel model(database.get(), &feed);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 4);
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order.append(model.get(row, QStringLiteral("key")).toString());
        QCOMPARE(order, (QStringList{QStringLiteral("rules/b"), QStringLiteral("rules/c"), QStringLiteral("rules/a"),
                                     QStringLiteral("rules/d")}));
        model.setStates({QStringLiteral("new"), QStringLiteral("acknowledged")});
        QCOMPARE(model.rowCount(), 3);

        IngestBatch update;
        update.alerts = {alert(QStringLiteral("b"), Severity::Critical, AlertState::Closed, 2)};
        QVERIFY(Ingest(*database, &feed).write(update).ok());
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAlertListModel)
#include "tst_alertlistmodel.moc"
