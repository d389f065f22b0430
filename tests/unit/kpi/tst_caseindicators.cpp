// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/storetesthelper.h"

#include "demo/demoprovince.h"
#include "kpi/caseindicators.h"
#include "kpi/catalogue.h"
#include "store/ingest.h"

#include <QSqlQuery>

#include <map>

using namespace ioc;
using namespace ioc::test;

namespace {

constexpr int kProvinceOffset = 7 * 3600;

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::OffsetFromUTC, kProvinceOffset);
}

Area area(const QString& code, AreaLevel level, const QString& parent = {})
{
    Area a;
    a.code = code;
    a.name = QStringLiteral("Khu ") + code;
    a.fullName = a.name;
    a.nameEn = code;
    a.level = level;
    a.parentCode = parent;
    return a;
}

Case makeCase(CaseCategory category, const QString& id, const QString& areaCode, CaseStatus status,
              const QDateTime& opened, const QDateTime& due, const QDateTime& closed = {},
              std::optional<bool> satisfied = std::nullopt)
{
    Case item;
    item.key = {QStringLiteral("test"), id};
    item.category = category;
    item.domain = QStringLiteral("hanh_chinh");
    item.title = QStringLiteral("Hồ sơ ") + id;
    item.channel = QStringLiteral("portal");
    item.areaCode = areaCode;
    item.status = status;
    item.opened = opened;
    item.due = due;
    item.closed = closed;
    item.assigneeUnit = QStringLiteral("UBND");
    item.satisfied = satisfied;
    return item;
}

Case dossier(const QString& id, const QString& areaCode, CaseStatus status, const QDateTime& opened,
             const QDateTime& due, const QDateTime& closed = {}, std::optional<bool> satisfied = std::nullopt)
{
    return makeCase(CaseCategory::Dossier, id, areaCode, status, opened, due, closed, satisfied);
}

using Key = std::tuple<QString, QString, QString>; // indicator, area, period

std::map<Key, IndicatorValue> byKey(const QList<IndicatorValue>& values)
{
    std::map<Key, IndicatorValue> result;
    for (const IndicatorValue& v : values)
        result.emplace(Key{v.indicatorCode, v.areaCode, v.period}, v);
    return result;
}

Catalogue shippedCatalogue()
{
    Result<Catalogue> loaded = Catalogue::load(Catalogue::embeddedPath());
    if (!loaded)
        qFatal("%s", qPrintable(loaded.errorMessage()));
    return std::move(loaded).value();
}

qint64 ms(const QDateTime& t) { return t.toMSecsSinceEpoch(); }

} // namespace

class TestCaseIndicators : public QObject {
    Q_OBJECT

private:
    Catalogue m_catalogue = shippedCatalogue();

    // The direct count the acceptance test compares with: plain SQL written from the definitions in
    // caseindicators.h, independent of the module's query.
    qint64 directCount(Database& db, const QString& category, const QString& areaCode, bool province,
                       const QString& condition, const QVariantList& values)
    {
        const QString areaFilter = province
            ? QStringLiteral("(area_code = ? OR area_code IN (SELECT code FROM areas WHERE parent_code = ?))")
            : QStringLiteral("area_code = ?");
        QSqlQuery query(db.connection());
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM cases WHERE category = ? AND %1 AND %2").arg(areaFilter, condition);
        if (!query.prepare(sql))
            qFatal("%s", qPrintable(query.lastError().text()));
        query.addBindValue(category);
        query.addBindValue(areaCode);
        if (province)
            query.addBindValue(areaCode);
        for (const QVariant& v : values)
            query.addBindValue(v);
        if (!query.exec() || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(0).toLongLong();
    }

    // Open at r with due_at > r, fetched by SQL; the near-due window is applied here.
    qint64 directNearDue(Database& db, const QString& category, const QString& areaCode, bool province, qint64 r)
    {
        const QString areaFilter = province
            ? QStringLiteral("(area_code = ? OR area_code IN (SELECT code FROM areas WHERE parent_code = ?))")
            : QStringLiteral("area_code = ?");
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT opened_at, due_at FROM cases WHERE category = ? AND %1 AND opened_at <= ? "
                                     "AND (closed_at IS NULL OR closed_at > ?) AND due_at IS NOT NULL AND due_at > ?")
                          .arg(areaFilter));
        query.addBindValue(category);
        query.addBindValue(areaCode);
        if (province)
            query.addBindValue(areaCode);
        query.addBindValue(r);
        query.addBindValue(r);
        query.addBindValue(r);
        if (!query.exec())
            qFatal("%s", qPrintable(query.lastError().text()));
        qint64 count = 0;
        while (query.next()) {
            const qint64 opened = query.value(0).toLongLong();
            const qint64 due = query.value(1).toLongLong();
            if (due - r <= std::min<qint64>(24 * 3600 * 1000LL, (due - opened) / 5))
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    // A store small enough to know every answer by hand. now = 20 Nov 2026 10:00 (+07).
    void handMadeStore()
    {
        FreshStore fresh;
        std::unique_ptr<Database> db = fresh.open();
        Ingest ingest(*db);
        IngestBatch batch;
        batch.source = QStringLiteral("test");
        batch.areas = {area(QStringLiteral("P"), AreaLevel::Province), area(QStringLiteral("W1"), AreaLevel::Ward, QStringLiteral("P")),
                       area(QStringLiteral("W2"), AreaLevel::Ward, QStringLiteral("P"))};
        const QDateTime now = at(11, 20, 10);
        batch.cases = {
            // October: two resolved in W1 (one on time and satisfied, one late and not satisfied).
            dossier(QStringLiteral("D1"), QStringLiteral("W1"), CaseStatus::Resolved, at(10, 5, 9), at(10, 10, 9), at(10, 8, 9), true),
            dossier(QStringLiteral("D2"), QStringLiteral("W1"), CaseStatus::Resolved, at(10, 20, 9), at(10, 25, 9), at(10, 28, 9), false),
            // Opened 30 Oct, due 1 Nov 05:00: near due at the end of October (5 h left of a 10.6 h window),
            // overdue now.
            dossier(QStringLiteral("D3"), QStringLiteral("W2"), CaseStatus::Overdue, at(10, 30, 0), at(11, 1, 5)),
            // Filed on the province itself, pending for 6 h: not received within 4 h.
            dossier(QStringLiteral("D4"), QStringLiteral("P"), CaseStatus::Pending, at(11, 20, 4), at(11, 25, 4)),
            // Pending for 2 h only.
            dossier(QStringLiteral("D5"), QStringLiteral("W2"), CaseStatus::Pending, at(11, 20, 8), at(11, 27, 8)),
            // Resolved in November at the very minute of its deadline (on time), not rated.
            dossier(QStringLiteral("D6"), QStringLiteral("W2"), CaseStatus::Resolved, at(11, 3, 8), at(11, 5, 8), at(11, 5, 8)),
            // Due in 10 h of a 24 h window: near due now.
            dossier(QStringLiteral("D7"), QStringLiteral("W1"), CaseStatus::NearDue, at(11, 15, 10), at(11, 20, 20)),
            // 6.5 h left of a 30.5 h allowance: outside the near-due window (a fifth, 6.1 h).
            dossier(QStringLiteral("D8"), QStringLiteral("W1"), CaseStatus::InProgress, at(11, 19, 10), at(11, 20, 16, 30)),
            // Due at the first instant of November: overdue at the end of October already.
            dossier(QStringLiteral("D9"), QStringLiteral("W2"), CaseStatus::Overdue, at(10, 25, 9), at(11, 1, 0)),
            // Field reports: one overdue in W1, one with an unknown area (counted nowhere).
            makeCase(CaseCategory::FieldReport, QStringLiteral("R1"), QStringLiteral("W1"), CaseStatus::Overdue, at(11, 10, 9), at(11, 13, 9)),
            makeCase(CaseCategory::FieldReport, QStringLiteral("R2"), QStringLiteral("ZZ"), CaseStatus::InProgress, at(11, 10, 9), at(11, 30, 9)),
            // A SOC alert in W1, handled on time: counted for the province only (a province-level indicator).
            makeCase(CaseCategory::SocAlert, QStringLiteral("S1"), QStringLiteral("W1"), CaseStatus::Resolved, at(11, 1, 9), at(11, 3, 9), at(11, 2, 9)),
        };
        Result<IngestReport> written = ingest.write(batch);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QVERIFY(written.value().rejected.isEmpty());

        CaseIndicators indicators(*db);
        Result<QList<IndicatorValue>> computed = indicators.compute(
            m_catalogue, {QStringLiteral("2026-09"), QStringLiteral("2026-10"), QStringLiteral("2026-11"), QStringLiteral("2026-12")}, now);
        QVERIFY2(computed.ok(), qPrintable(computed.errorMessage()));
        const std::map<Key, IndicatorValue> values = byKey(computed.value());
        QCOMPARE(values.size(), size_t(computed.value().size())); // no duplicates

        const auto actual = [&](const char* code, const char* areaCode, const char* period) -> std::optional<double> {
            const auto it = values.find(Key{QString::fromLatin1(code), QString::fromLatin1(areaCode), QString::fromLatin1(period)});
            if (it == values.end()) {
                qWarning("no value for %s %s %s", code, areaCode, period);
                return std::optional<double>(-1e9);
            }
            return it->second.actual;
        };
        const auto has = [&](const char* code, const char* areaCode, const char* period) {
            return values.count(Key{QString::fromLatin1(code), QString::fromLatin1(areaCode), QString::fromLatin1(period)}) == 1;
        };
        using O = std::optional<double>;

        // September: nothing happened. Counts are 0; rates have no value (not 0 %), the plan stays.
        QCOMPARE(actual("dvc_dossiers_received", "P", "2026-09"), O(0));
        QCOMPARE(actual("dvc_on_time_rate", "P", "2026-09"), O());
        QCOMPARE(values.at(Key{QStringLiteral("dvc_on_time_rate"), QStringLiteral("P"), QStringLiteral("2026-09")}).plan, O(95));
        QCOMPARE(actual("dvc_not_satisfied_rate", "W1", "2026-09"), O());

        // October.
        QCOMPARE(actual("dvc_dossiers_received", "P", "2026-10"), O(4));
        QCOMPARE(actual("dvc_dossiers_received", "W1", "2026-10"), O(2));
        QCOMPARE(actual("dvc_dossiers_received", "W2", "2026-10"), O(2));
        QCOMPARE(actual("dvc_on_time_rate", "P", "2026-10"), O(50));
        QCOMPARE(actual("dvc_on_time_rate", "W1", "2026-10"), O(50));
        QCOMPARE(actual("dvc_on_time_rate", "W2", "2026-10"), O()); // none resolved in W2
        QCOMPARE(actual("dvc_not_satisfied_rate", "W1", "2026-10"), O(50));
        QCOMPARE(actual("dvc_overdue", "P", "2026-10"), O(1));
        QCOMPARE(actual("dvc_overdue", "W2", "2026-10"), O(1));
        QCOMPARE(actual("dvc_overdue", "W1", "2026-10"), O(0));
        QCOMPARE(actual("dvc_near_due", "P", "2026-10"), O(1));
        QCOMPARE(actual("dvc_near_due", "W2", "2026-10"), O(1));
        QCOMPARE(actual("dvc_near_due", "W1", "2026-10"), O(0));
        QVERIFY(!has("dvc_not_received_4h", "P", "2026-10")); // a snapshot of now only

        // November, up to now.
        QCOMPARE(actual("dvc_dossiers_received", "P", "2026-11"), O(5));
        QCOMPARE(actual("dvc_dossiers_received", "W1", "2026-11"), O(2));
        QCOMPARE(actual("dvc_dossiers_received", "W2", "2026-11"), O(2));
        QCOMPARE(actual("dvc_on_time_rate", "P", "2026-11"), O(100));
        QCOMPARE(actual("dvc_on_time_rate", "W1", "2026-11"), O());
        QCOMPARE(actual("dvc_not_satisfied_rate", "P", "2026-11"), O()); // resolved but not rated
        QCOMPARE(actual("dvc_overdue", "P", "2026-11"), O(2));
        QCOMPARE(actual("dvc_overdue", "W2", "2026-11"), O(2));
        QCOMPARE(actual("dvc_overdue", "W1", "2026-11"), O(0));
        QCOMPARE(actual("dvc_near_due", "P", "2026-11"), O(1));
        QCOMPARE(actual("dvc_near_due", "W1", "2026-11"), O(1));
        QCOMPARE(actual("dvc_not_received_4h", "P", "2026-11"), O(1));
        QCOMPARE(actual("dvc_not_received_4h", "W2", "2026-11"), O(0));
        QCOMPARE(actual("paht_reports_received", "P", "2026-11"), O(1)); // R2's area is unknown
        QCOMPARE(actual("paht_overdue", "P", "2026-11"), O(1));
        QCOMPARE(actual("paht_overdue", "W1", "2026-11"), O(1));
        QCOMPARE(actual("paht_reports_resolved", "P", "2026-11"), O(0));
        QCOMPARE(actual("soc_alerts_on_time_rate", "P", "2026-11"), O(100));
        QVERIFY(!has("soc_alerts_on_time_rate", "W1", "2026-11"));
        QVERIFY(!has("paht_reports_received", "ZZ", "2026-11"));

        // December has not started: no values. Indicators not computed from cases get none either.
        for (const IndicatorValue& v : computed.value()) {
            QVERIFY(v.period != u"2026-12");
            QVERIFY(!m_catalogue.find(v.indicatorCode)->computedFrom.isEmpty());
            QCOMPARE(v.updated, now);
        }

        // Stored through ingest, with the catalogue's indicators, and read back.
        Result<void> stored = indicators.store(ingest, computed.value());
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM indicators")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), qint64(m_catalogue.entries().size()));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM indicator_values")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), qint64(computed.value().size()));
        QVERIFY(query.prepare(QStringLiteral("SELECT plan, actual FROM indicator_values WHERE indicator_code = ? AND area_code = ? AND period = ?")));
        query.addBindValue(QStringLiteral("dvc_on_time_rate"));
        query.addBindValue(QStringLiteral("W2"));
        query.addBindValue(QStringLiteral("2026-10"));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toDouble(), 95.0);
        QVERIFY(query.value(1).isNull()); // missing, not 0
    }

    void rejectsBadInput()
    {
        FreshStore fresh;
        std::unique_ptr<Database> db = fresh.open();
        CaseIndicators indicators(*db);
        Result<QList<IndicatorValue>> bad = indicators.compute(m_catalogue, {QStringLiteral("2026-13")}, at(11, 20, 10));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.errorMessage(), QStringLiteral("cannot compute the case indicators: the period \"2026-13\" is not a month (YYYY-MM)"));
        Result<QList<IndicatorValue>> quarter = indicators.compute(m_catalogue, {QStringLiteral("2026-Q4")}, at(11, 20, 10));
        QVERIFY(!quarter.ok());
        Ingest ingest(*db);
        CaseIndicators unused(*db);
        Result<void> stored = unused.store(ingest, {});
        QVERIFY(!stored.ok());
    }

    // Acceptance 3 of issue 6: on the demo province, every DVC and PAHT value for the province and two
    // wards over the last three months equals a direct SQL count.
    void demoProvinceMatchesDirectCounts()
    {
        Result<DemoProvince> province = DemoProvince::load();
        QVERIFY2(province.ok(), qPrintable(province.errorMessage()));
        const QDateTime now(QDate(2026, 11, 18), QTime(8, 0), Qt::OffsetFromUTC, kProvinceOffset);
        FreshStore fresh;
        std::unique_ptr<Database> db = fresh.open();
        Ingest ingest(*db);
        Result<IngestReport> written = ingest.write(province.value().seed(2026, now));
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QVERIFY(written.value().rejected.isEmpty());

        const QStringList months{QStringLiteral("2026-09"), QStringLiteral("2026-10"), QStringLiteral("2026-11")};
        CaseIndicators indicators(*db);
        Result<QList<IndicatorValue>> computed = indicators.compute(m_catalogue, months, now);
        QVERIFY2(computed.ok(), qPrintable(computed.errorMessage()));
        const std::map<Key, IndicatorValue> values = byKey(computed.value());

        const QString provinceCode = province.value().province().code;
        const QList<std::pair<QString, bool>> areas{{provinceCode, true}, {QStringLiteral("32002"), false},
                                                     {QStringLiteral("31825"), false}};
        const qint64 nowMs = ms(now);
        int compared = 0;
        double provinceReceivedOctober = 0;
        for (const CatalogueEntry& entry : m_catalogue.entries()) {
            const bool dossiers = entry.computedFrom.startsWith(u"dossiers_");
            if (!dossiers && !entry.computedFrom.startsWith(u"reports_"))
                continue;
            const QString category = dossiers ? QStringLiteral("dossier") : QStringLiteral("field_report");
            const QString measure = entry.computedFrom.section(u'_', 1);
            for (const QString& month : months) {
                const QDateTime startTime = QDateTime(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate),
                                                      QTime(0, 0), Qt::OffsetFromUTC, kProvinceOffset);
                const qint64 s = ms(startTime);
                const qint64 e = ms(startTime.addMonths(1));
                const qint64 r = std::min(e, nowMs);
                for (const auto& [code, isProvince] : areas) {
                    const Key key{entry.code, code, month};
                    const auto count = [&](const QString& condition, const QVariantList& binds) {
                        return directCount(*db, category, code, isProvince, condition, binds);
                    };
                    const QString closedInMonth = QStringLiteral("closed_at IS NOT NULL AND closed_at >= ? AND closed_at < ? AND closed_at <= ?");
                    std::optional<double> expected;
                    bool expectValue = true;
                    if (measure == u"received") {
                        expected = double(count(QStringLiteral("opened_at >= ? AND opened_at < ? AND opened_at <= ?"), {s, e, nowMs}));
                    } else if (measure == u"resolved") {
                        expected = double(count(closedInMonth, {s, e, nowMs}));
                    } else if (measure == u"resolved_on_time_rate") {
                        const qint64 all = count(closedInMonth, {s, e, nowMs});
                        const qint64 onTime = count(closedInMonth + QStringLiteral(" AND (due_at IS NULL OR closed_at <= due_at)"), {s, e, nowMs});
                        if (all > 0)
                            expected = 100.0 * double(onTime) / double(all);
                    } else if (measure == u"not_satisfied_rate") {
                        const qint64 rated = count(closedInMonth + QStringLiteral(" AND satisfied IS NOT NULL"), {s, e, nowMs});
                        const qint64 unhappy = count(closedInMonth + QStringLiteral(" AND satisfied = 0"), {s, e, nowMs});
                        if (rated > 0)
                            expected = 100.0 * double(unhappy) / double(rated);
                    } else if (measure == u"overdue") {
                        expected = double(count(QStringLiteral("opened_at <= ? AND due_at IS NOT NULL AND due_at <= ? "
                                                               "AND (closed_at IS NULL OR closed_at > ?)"), {r, r, r}));
                    } else if (measure == u"near_due") {
                        expected = double(directNearDue(*db, category, code, isProvince, r));
                    } else if (measure == u"not_received_4h") {
                        expectValue = nowMs >= s && nowMs < e;
                        expected = double(count(QStringLiteral("status = 'pending' AND closed_at IS NULL AND opened_at <= ?"),
                                                {nowMs - 4 * 3600 * 1000LL}));
                    } else {
                        QFAIL(qPrintable(QStringLiteral("no direct count for ") + entry.computedFrom));
                    }
                    const auto it = values.find(key);
                    if (!expectValue) {
                        QVERIFY2(it == values.end(), qPrintable(entry.code + u' ' + code + u' ' + month));
                        continue;
                    }
                    QVERIFY2(it != values.end(), qPrintable(entry.code + u' ' + code + u' ' + month));
                    const QByteArray where = (entry.code + u' ' + code + u' ' + month).toUtf8();
                    QVERIFY2(it->second.actual.has_value() == expected.has_value(), where.constData());
                    if (expected)
                        QVERIFY2(qFuzzyCompare(*it->second.actual + 1.0, *expected + 1.0),
                                 qPrintable(QStringLiteral("%1: computed %2, direct %3").arg(QString::fromUtf8(where)).arg(*it->second.actual).arg(*expected)));
                    QCOMPARE(it->second.plan, entry.plan);
                    if (entry.code == u"dvc_dossiers_received" && isProvince && month == u"2026-10")
                        provinceReceivedOctober = *it->second.actual;
                    ++compared;
                }
            }
        }
        // 10 indicators × 3 months × 3 areas, less "not received 4 h" for the two past months.
        QCOMPARE(compared, 10 * 3 * 3 - 2 * 3);
        // Not a vacuous comparison: the demo holds about a thousand dossiers a month.
        QVERIFY2(provinceReceivedOctober > 500, qPrintable(QString::number(provinceReceivedOctober)));
    }
};

QTEST_GUILESS_MAIN(TestCaseIndicators)
#include "tst_caseindicators.moc"
