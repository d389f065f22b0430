// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/storetesthelper.h"

#include "core/clock.h"
#include "demo/demoprovince.h"
#include "kpi/caseindicators.h"
#include "kpi/kpidashboard.h"
#include "store/changefeed.h"
#include "store/ingest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ioc;

// The KPI wall's controller on the demo province: every catalogue indicator judged, red first, the
// figures computed from the cases identical to CaseIndicators', ward colours, the detail's series and
// forecast, and a store error that keeps what is shown.
class TestKpiDashboard : public QObject {
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 11, 18), QTime(1, 0), Qt::UTC);
    ManualClock m_clock{m_now};
    std::unique_ptr<test::FreshStore> m_store;
    std::unique_ptr<Database> m_database;
    Catalogue m_catalogue;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<test::FreshStore>();
        m_database = m_store->open();
        Result<DemoProvince> province = DemoProvince::load();
        QVERIFY2(province, qPrintable(province.errorMessage()));
        QVERIFY(Ingest(*m_database).write(province.value().seed(2026, m_now)));
        Result<Catalogue> catalogue = Catalogue::load(Catalogue::embeddedPath());
        QVERIFY2(catalogue, qPrintable(catalogue.errorMessage()));
        m_catalogue = catalogue.value();
    }

    void judgesEveryIndicatorRedFirst()
    {
        KpiDashboard kpi(m_database.get(), nullptr, m_clock, m_catalogue);
        QAbstractItemModelTester tester(kpi.tiles());
        kpi.refresh();
        QVERIFY2(kpi.error().isEmpty(), qPrintable(kpi.error()));
        QCOMPARE(kpi.areaCode(), QStringLiteral("96"));
        const QList<KpiTile>& tiles = kpi.tiles()->tiles();
        QCOMPARE(tiles.size(), m_catalogue.entries().size());
        const QStringList order{QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("green"), QStringLiteral("grey")};
        for (qsizetype i = 1; i < tiles.size(); ++i)
            QVERIFY2(order.indexOf(tiles.at(i - 1).colour) <= order.indexOf(tiles.at(i).colour),
                     qPrintable(tiles.at(i - 1).code + QLatin1Char(' ') + tiles.at(i).code));
        for (const KpiTile& t : tiles) {
            QVERIFY2(!t.explanation.isEmpty(), qPrintable(t.code));
            QVERIFY(order.contains(t.colour));
        }
        // Something of each judged colour on the demo province, and the counts add up.
        const QVariantMap counts = kpi.colourCounts();
        QCOMPARE(counts.value(QStringLiteral("red")).toInt() + counts.value(QStringLiteral("orange")).toInt()
                     + counts.value(QStringLiteral("green")).toInt() + counts.value(QStringLiteral("grey")).toInt(),
                 int(tiles.size()));
        QVERIFY(counts.value(QStringLiteral("green")).toInt() > 0);
        QVERIFY(counts.value(QStringLiteral("red")).toInt() + counts.value(QStringLiteral("orange")).toInt() > 0);
    }

    void caseFiguresAreThoseOfCaseIndicators()
    {
        KpiDashboard kpi(m_database.get(), nullptr, m_clock, m_catalogue);
        kpi.refresh();
        const Result<QList<IndicatorValue>> computed =
            CaseIndicators(*m_database).compute(m_catalogue, {QStringLiteral("2026-11")}, m_now);
        QVERIFY(computed);
        int checked = 0;
        for (const KpiTile& t : kpi.tiles()->tiles()) {
            if (m_catalogue.find(t.code)->computedFrom.isEmpty() || t.period != u"2026-11")
                continue;
            for (const IndicatorValue& v : computed.value()) {
                if (v.indicatorCode == t.code && v.areaCode == u"96" && v.actual) {
                    QCOMPARE(t.value, v.actual);
                    ++checked;
                }
            }
        }
        QVERIFY2(checked >= 5, qPrintable(QString::number(checked)));
    }

    void domainFilterAndWardDrillDown()
    {
        KpiDashboard kpi(m_database.get(), nullptr, m_clock, m_catalogue);
        kpi.refresh();
        kpi.setDomain(QStringLiteral("dich_vu_cong"));
        QVERIFY(kpi.tiles()->rowCount() > 0);
        for (const KpiTile& t : kpi.tiles()->tiles())
            QCOMPARE(t.domain, QStringLiteral("dich_vu_cong"));
        kpi.setDomain(QString());

        // budget_revenue exists for the wards: every ward with figures gets a colour.
        const QVariantMap wards = kpi.wardColours(QStringLiteral("budget_revenue"));
        QVERIFY(wards.size() > 0);
        for (auto it = wards.cbegin(); it != wards.cend(); ++it)
            QVERIFY(QStringList({QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("green"), QStringLiteral("grey")})
                        .contains(it.value().toString()));
        // Drilling into a ward judges that ward's figures, and leaves out province-only indicators.
        kpi.setAreaCode(wards.firstKey());
        QCOMPARE(kpi.areaCode(), wards.firstKey());
        QVERIFY(kpi.tiles()->rowCount() < int(m_catalogue.entries().size()));
        bool sawBudget = false;
        for (const KpiTile& t : kpi.tiles()->tiles())
            sawBudget |= t.code == u"budget_revenue";
        QVERIFY(sawBudget);
    }

    void judgesAsOfAChosenMonth()
    {
        KpiDashboard kpi(m_database.get(), nullptr, m_clock, m_catalogue);
        kpi.refresh();
        QCOMPARE(kpi.months().first(), QStringLiteral("2026-11"));
        QCOMPARE(kpi.months().size(), 12);
        kpi.setAsOf(QStringLiteral("2026-09"));
        QCOMPARE(kpi.asOf(), QStringLiteral("2026-09"));
        QHash<QString, QString> periods;
        for (const KpiTile& t : kpi.tiles()->tiles())
            periods.insert(t.code, t.period);
        QCOMPARE(periods.value(QStringLiteral("budget_revenue")), QStringLiteral("2026-09"));
        QCOMPARE(periods.value(QStringLiteral("grdp_growth")), QStringLiteral("2026-Q3"));
        QCOMPARE(periods.value(QStringLiteral("poverty_rate")), QStringLiteral("2026"));
        kpi.setAsOf(QStringLiteral("not a month"));
        QCOMPARE(kpi.asOf(), QString());
    }

    void detailHasSeriesAndAForecast()
    {
        KpiDashboard kpi(m_database.get(), nullptr, m_clock, m_catalogue);
        kpi.refresh();
        const QVariantMap d = kpi.detail(QStringLiteral("budget_revenue"));
        QCOMPARE(d.value(QStringLiteral("code")).toString(), QStringLiteral("budget_revenue"));
        const QVariantList periods = d.value(QStringLiteral("periods")).toList();
        QVERIFY(periods.size() >= 24);
        QCOMPARE(d.value(QStringLiteral("actual")).toList().size(), periods.size());
        QCOMPARE(d.value(QStringLiteral("plan")).toList().size(), periods.size());
        QVERIFY2(d.contains(QStringLiteral("method")), qPrintable(d.value(QStringLiteral("forecastError")).toString()));
        const QVariantList forecast = d.value(QStringLiteral("forecast")).toList();
        QCOMPARE(forecast.size(), 6);
        QCOMPARE(d.value(QStringLiteral("forecastPeriods")).toList().first().toString(), QStringLiteral("2026-11"));
        for (int i = 0; i < forecast.size(); ++i)
            QVERIFY(d.value(QStringLiteral("lower")).toList().at(i).toDouble() <= forecast.at(i).toDouble());
        QVERIFY(kpi.detail(QStringLiteral("no_such_indicator")).isEmpty());
    }

    // Runs after the tests that read the demo's figures as seeded: it changes them.
    void followsTheChangeFeedWhileItWritesFasterThanOncePerSecond()
    {
        ChangeFeed feed;
        KpiDashboard kpi(m_database.get(), &feed, m_clock, m_catalogue);
        kpi.refresh();
        QSignalSpy refreshed(&kpi, &KpiDashboard::refreshed);
        // Figures every 300 ms for 2.5 s: the wall must refresh during the stream, not only after it.
        for (int i = 0; i < 8; ++i) {
            IngestBatch batch;
            batch.indicatorValues.append({QStringLiteral("new_businesses"), QStringLiteral("96"), QStringLiteral("2026-10"),
                                          62.0, 40.0 + i, m_now});
            QVERIFY(Ingest(*m_database, &feed).write(batch));
            QTest::qWait(300);
        }
        QVERIFY2(refreshed.count() >= 1, "no refresh while the feed was writing");
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(kpi.tiles()->tiles().cbegin(), kpi.tiles()->tiles().cend(),
                                             [](const KpiTile& t) { return t.code == u"new_businesses" && t.value == 47.0; }),
                                 3000);
        // A new overdue dossier is counted into the computed figures.
        const auto overdueNow = [&] {
            for (const KpiTile& t : kpi.tiles()->tiles())
                if (t.code == u"dvc_overdue")
                    return t.value.value_or(-1);
            return -2.0;
        };
        const double before = overdueNow();
        IngestBatch cases;
        Case late = test::fieldReport(900, CaseStatus::Overdue);
        late.key = {QStringLiteral("dvc"), QStringLiteral("TEST-OVERDUE-1")};
        late.category = CaseCategory::Dossier;
        late.areaCode = QStringLiteral("96");
        late.opened = m_now.addDays(-10);
        late.due = m_now.addDays(-1);
        cases.cases.append(late);
        QVERIFY(Ingest(*m_database, &feed).write(cases));
        QTRY_COMPARE_WITH_TIMEOUT(overdueNow(), before + 1, 3000);
    }

    // Runs after the tests that read the demo's figures as seeded: it adds one.
    void aRunningTotalIsJudgedWithItsRunRate()
    {
        // 18 of 30 days of November gone (60%): 500 of a plan of 1,000 is 83% of the pro-rated plan, and
        // the run rate (833) is the forecast at month end.
        IngestBatch batch;
        batch.indicatorValues.append({QStringLiteral("budget_revenue"), QStringLiteral("96"), QStringLiteral("2026-11"),
                                      1000.0, 500.0, m_now});
        QVERIFY(Ingest(*m_database).write(batch));
        KpiDashboard kpi(m_database.get(), nullptr, m_clock, m_catalogue);
        kpi.refresh();
        const auto tiles = kpi.tiles()->tiles();
        const auto it = std::find_if(tiles.cbegin(), tiles.cend(), [](const KpiTile& t) { return t.code == u"budget_revenue"; });
        QVERIFY(it != tiles.cend());
        QCOMPARE(it->period, QStringLiteral("2026-11"));
        QCOMPARE(it->colour, QStringLiteral("red"));
        QVERIFY2(it->explanation.contains(QStringLiteral("forecast 83% at month end")), qPrintable(it->explanation));
    }

    void aStoreErrorKeepsWhatIsShown()
    {
        test::FreshStore store;
        auto db = store.open();
        Result<DemoProvince> province = DemoProvince::load();
        QVERIFY(Ingest(*db).write(province.value().seed(7, m_now)));
        KpiDashboard kpi(db.get(), nullptr, m_clock, m_catalogue);
        kpi.refresh();
        const int before = kpi.tiles()->rowCount();
        QVERIFY(before > 0);
        QSqlQuery drop(db->connection());
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE indicator_values")));
        kpi.refresh();
        QVERIFY(!kpi.error().isEmpty());
        QCOMPARE(kpi.tiles()->rowCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestKpiDashboard)
#include "tst_kpidashboard.moc"
