// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/storetesthelper.h"

#include "demo/demoprovince.h"
#include "demo/internal/provincedata.h"
#include "store/ingest.h"
#include "store/repositories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <map>

using namespace ioc;

namespace {

const QDateTime kNow(QDate(2026, 11, 18), QTime(8, 0), Qt::OffsetFromUTC, 7 * 3600);

// The wards of the former cities of Cà Mau and Bạc Liêu and of the town of Giá Rai.
const QSet<QString> kCityWards{QStringLiteral("32002"), QStringLiteral("32014"), QStringLiteral("32025"),
                               QStringLiteral("32041"), QStringLiteral("31825"), QStringLiteral("31834"),
                               QStringLiteral("31840"), QStringLiteral("31942"), QStringLiteral("31951")};

QString coordinate(const QGeoCoordinate& c)
{
    return c.isValid() ? QStringLiteral("%1,%2").arg(c.latitude(), 0, 'f', 7).arg(c.longitude(), 0, 'f', 7)
                       : QStringLiteral("-");
}

QString time(const QDateTime& t) { return t.isValid() ? QString::number(t.toMSecsSinceEpoch()) : QStringLiteral("-"); }

// Every field of every record, one line each: two batches are the same when their dumps are.
QStringList dump(const IngestBatch& batch)
{
    QStringList lines;
    for (const Area& a : batch.areas)
        lines << QStringList{a.code, a.name, a.fullName, a.nameEn, toCode(a.level), a.parentCode,
                             QString::number(a.areaKm2), coordinate(a.centroid), QString::fromUtf8(a.geometry)}
                     .join(u'|');
    for (const Asset& a : batch.assets)
        lines << QStringList{describe(a.key), toCode(a.kind), a.name, coordinate(a.position), a.areaCode,
                             QString::fromUtf8(QJsonDocument(a.properties).toJson(QJsonDocument::Compact))}
                     .join(u'|');
    for (const Case& c : batch.cases)
        lines << QStringList{describe(c.key), toCode(c.category), c.domain, c.title, c.channel, coordinate(c.position),
                             c.areaCode, toCode(c.status), toCode(c.severity), time(c.opened), time(c.due),
                             time(c.closed), c.assigneeUnit,
                             c.satisfied ? QString::number(*c.satisfied) : QStringLiteral("-"), toCode(c.sentiment)}
                     .join(u'|');
    for (const Indicator& i : batch.indicators)
        lines << QStringList{i.code, i.name, i.nameEn, i.unit, i.domain, toCode(i.direction), toCode(i.periodKind)}
                     .join(u'|');
    for (const IndicatorValue& v : batch.indicatorValues)
        lines << QStringList{v.indicatorCode, v.areaCode, v.period,
                             v.plan ? QString::number(*v.plan, 'g', 17) : QStringLiteral("-"),
                             v.actual ? QString::number(*v.actual, 'g', 17) : QStringLiteral("-"), time(v.updated)}
                     .join(u'|');
    return lines;
}

QList<Case> casesOf(const IngestBatch& batch, CaseCategory category)
{
    QList<Case> result;
    for (const Case& item : batch.cases) {
        if (item.category == category)
            result.append(item);
    }
    return result;
}

int assetsOf(const IngestBatch& batch, AssetKind kind)
{
    return int(std::count_if(batch.assets.cbegin(), batch.assets.cend(), [kind](const Asset& a) { return a.kind == kind; }));
}

// Inside the box around the province (mainland and islands), a few kilometres of margin.
bool inProvinceBox(const QGeoCoordinate& c)
{
    return c.isValid() && c.latitude() > 8.3 && c.latitude() < 9.7 && c.longitude() > 104.6 && c.longitude() < 106.0;
}

// The opening date in province time: case numbers follow the province's calendar.
QString provinceDay(const QDateTime& t, const QString& format) { return t.toOffsetFromUtc(7 * 3600).date().toString(format); }

} // namespace

class TestDemoProvince : public QObject {
    Q_OBJECT

private:
    std::optional<DemoProvince> m_province;
    IngestBatch m_batch;

    const Area* ward(const QString& code) const
    {
        for (const Area& area : m_province->wards()) {
            if (area.code == code)
                return &area;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<DemoProvince> loaded = DemoProvince::load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        m_province = std::move(loaded).value();
        m_batch = m_province->seed(2026, kNow);
    }

    void holdsTheProvinceAndItsWards()
    {
        const Area& province = m_province->province();
        QCOMPARE(province.code, QStringLiteral("96"));
        QCOMPARE(province.level, AreaLevel::Province);
        QVERIFY(province.parentCode.isEmpty());
        QCOMPARE(m_province->wards().size(), 64);
        QSet<QString> codes;
        for (const Area& area : m_province->wards()) {
            QCOMPARE(area.level, AreaLevel::Ward);
            QCOMPARE(area.parentCode, QStringLiteral("96"));
            QVERIFY2(area.areaKm2 > 0, qPrintable(area.code));
            codes.insert(area.code);
        }
        QCOMPARE(codes.size(), 64);
        QCOMPARE(m_province->areas().size(), 65);
        QCOMPARE(m_province->areas().first().code, QStringLiteral("96"));
        QCOMPARE(m_batch.areas.size(), 65);
    }

    void namesKeepTheirDiacritics_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<QString>("nameEn");
        QTest::newRow("Bạc Liêu") << "31825" << "Bạc Liêu" << "Phường Bạc Liêu" << "Bac Lieu";
        QTest::newRow("Đất Mũi") << "32248" << "Đất Mũi" << "Xã Đất Mũi" << "Dat Mui";
        QTest::newRow("Cái Đôi Vàm") << "32212" << "Cái Đôi Vàm" << "Xã Cái Đôi Vàm" << "Cai Doi Vam";
        QTest::newRow("Hoà Thành") << "32041" << "Hoà Thành" << "Phường Hoà Thành" << "Hoa Thanh";
        QTest::newRow("Nguyễn Phích") << "32044" << "Nguyễn Phích" << "Xã Nguyễn Phích" << "Nguyen Phich";
    }

    void namesKeepTheirDiacritics()
    {
        QFETCH(QString, code);
        const Area* area = ward(code);
        QVERIFY2(area, qPrintable(code));
        QTEST(area->name, "name");
        QTEST(area->fullName, "fullName");
        QTEST(area->nameEn, "nameEn");
        QCOMPARE(m_province->province().name, QStringLiteral("Cà Mau"));
        QCOMPARE(m_province->province().fullName, QStringLiteral("Tỉnh Cà Mau"));
    }

    void centroidsAndGeometryComeFromThePolygons()
    {
        const internal::ProvinceData& data = m_province->data();
        int inside = 0;
        for (qsizetype i = 0; i < data.wards.size(); ++i) {
            const Area& area = data.wards.at(i);
            QVERIFY2(inProvinceBox(area.centroid), qPrintable(area.code));
            if (data.wardShapes.at(i).contains(area.centroid))
                ++inside;
            const QJsonObject geometry = QJsonDocument::fromJson(area.geometry).object();
            QCOMPARE(geometry.value(u"type").toString(), QStringLiteral("MultiPolygon"));
        }
        // A centroid may fall outside a crescent-shaped ward, but not outside most of them.
        QVERIFY2(inside >= 58, qPrintable(QString::number(inside)));
        // The wards lie in the province.
        int inProvince = 0;
        for (const Area& area : data.wards)
            inProvince += data.provinceShape.contains(area.centroid);
        QVERIFY2(inProvince >= 60, qPrintable(QString::number(inProvince)));
    }

    void assetsOfEachKindInTheirNumbers()
    {
        QVERIFY(assetsOf(m_batch, AssetKind::Camera) >= 35 && assetsOf(m_batch, AssetKind::Camera) <= 45);
        QVERIFY(assetsOf(m_batch, AssetKind::RainGauge) >= 10 && assetsOf(m_batch, AssetKind::RainGauge) <= 14);
        QVERIFY(assetsOf(m_batch, AssetKind::FloodTower) >= 6 && assetsOf(m_batch, AssetKind::FloodTower) <= 10);
        QVERIFY(assetsOf(m_batch, AssetKind::WaterStation) >= 4 && assetsOf(m_batch, AssetKind::WaterStation) <= 8);
        QCOMPARE(assetsOf(m_batch, AssetKind::PatrolUnit), 12);
        QVERIFY(assetsOf(m_batch, AssetKind::Facility) >= 3 && assetsOf(m_batch, AssetKind::Facility) <= 10);

        const QRegularExpression callSign(QStringLiteral("^(CSGT|113)-\\d\\d$"));
        int camerasInCities = 0;
        QSet<QString> keys;
        for (const Asset& asset : m_batch.assets) {
            QCOMPARE(asset.key.source, QStringLiteral("demo"));
            keys.insert(asset.key.externalId);
            QVERIFY2(inProvinceBox(asset.position), qPrintable(describe(asset.key)));
            QVERIFY2(ward(asset.areaCode), qPrintable(describe(asset.key)));
            if (asset.kind == AssetKind::PatrolUnit)
                QVERIFY2(callSign.match(asset.key.externalId).hasMatch(), qPrintable(asset.key.externalId));
            if (asset.kind == AssetKind::Camera && kCityWards.contains(asset.areaCode))
                ++camerasInCities;
        }
        QCOMPARE(keys.size(), m_batch.assets.size());
        QVERIFY2(camerasInCities * 10 >= assetsOf(m_batch, AssetKind::Camera) * 7, qPrintable(QString::number(camerasInCities)));
    }

    void casesOfEachCategoryInTheirNumbers()
    {
        const qsizetype reports = casesOf(m_batch, CaseCategory::FieldReport).size();
        const qsizetype dossiers = casesOf(m_batch, CaseCategory::Dossier).size();
        const qsizetype posts = casesOf(m_batch, CaseCategory::SocialPost).size();
        const qsizetype soc = casesOf(m_batch, CaseCategory::SocAlert).size();
        QVERIFY2(reports >= 300 && reports <= 700, qPrintable(QString::number(reports)));
        QVERIFY2(dossiers >= 2000 && dossiers <= 4000, qPrintable(QString::number(dossiers)));
        QVERIFY2(posts >= 150 && posts <= 500, qPrintable(QString::number(posts)));
        QVERIFY2(soc >= 140 && soc <= 160, qPrintable(QString::number(soc)));
        QSet<QString> keys;
        for (const Case& item : m_batch.cases)
            keys.insert(describe(item.key));
        QCOMPARE(keys.size(), m_batch.cases.size());
    }

    void socAlertsKeepDakLaksProportions()
    {
        std::map<QString, int> kinds;
        for (const Case& item : casesOf(m_batch, CaseCategory::SocAlert)) {
            QCOMPARE(item.key.source, QStringLiteral("soc"));
            ++kinds[item.domain];
        }
        // Đắk Lắk: 145 malware, 1,130 application vulnerabilities, 5 exploitation attempts, 253 abnormal servers.
        const double malware = kinds[QStringLiteral("ma_doc")];
        QVERIFY(malware > 0);
        QVERIFY(std::abs(kinds[QStringLiteral("lo_hong_ung_dung")] / malware - 1130.0 / 145) < 0.6);
        QVERIFY(std::abs(kinds[QStringLiteral("may_chu_bat_thuong")] / malware - 253.0 / 145) < 0.2);
        QVERIFY(kinds[QStringLiteral("khai_thac")] >= 1 && kinds[QStringLiteral("khai_thac")] <= 2);
        QCOMPARE(kinds.size(), std::size_t(4));
    }

    void fieldReportsAreNumberedAndConsistent()
    {
        const QRegularExpression id(QStringLiteral("^PAHT\\.(\\d{8})\\.(\\d{4})$"));
        std::map<QString, int> lastOfDay;
        QSet<CaseStatus> statuses;
        QSet<QString> channels, domains;
        QDateTime previous;
        for (const Case& item : casesOf(m_batch, CaseCategory::FieldReport)) {
            const QString record = describe(item.key);
            QCOMPARE(item.key.source, QStringLiteral("paht"));
            const QRegularExpressionMatch match = id.match(item.key.externalId);
            QVERIFY2(match.hasMatch(), qPrintable(record));
            QCOMPARE(match.captured(1), provinceDay(item.opened, QStringLiteral("yyyyMMdd")));
            // Numbered per day in the order of opening.
            QCOMPARE(match.captured(2).toInt(), ++lastOfDay[match.captured(1)]);
            QVERIFY(!previous.isValid() || previous <= item.opened);
            previous = item.opened;
            QVERIFY2(validate(item).ok(), qPrintable(record));
            QVERIFY2(item.position.isValid() && ward(item.areaCode), qPrintable(record));
            // Inside or near its ward.
            QVERIFY2(item.position.distanceTo(ward(item.areaCode)->centroid) < 30000, qPrintable(record));
            QVERIFY(!item.title.isEmpty() && !item.assigneeUnit.isEmpty());
            QVERIFY2(item.due > item.opened, qPrintable(record));
            statuses.insert(item.status);
            channels.insert(item.channel);
            domains.insert(item.domain);
            switch (item.status) {
            case CaseStatus::Resolved:
            case CaseStatus::Closed:
                QVERIFY2(item.closed.isValid() && item.closed >= item.opened && item.closed <= kNow, qPrintable(record));
                break;
            case CaseStatus::Overdue:
                QVERIFY2(!item.closed.isValid() && item.due <= kNow, qPrintable(record));
                break;
            case CaseStatus::NearDue:
                QVERIFY2(!item.closed.isValid() && item.due > kNow && item.due <= kNow.addDays(1), qPrintable(record));
                break;
            case CaseStatus::Pending:
            case CaseStatus::InProgress:
                QVERIFY2(!item.closed.isValid() && item.due > kNow, qPrintable(record));
                break;
            }
        }
        for (const CaseStatus status : {CaseStatus::Pending, CaseStatus::InProgress, CaseStatus::NearDue,
                                        CaseStatus::Overdue, CaseStatus::Resolved})
            QVERIFY2(statuses.contains(status), qPrintable(toCode(status)));
        QCOMPARE(channels, (QSet<QString>{QStringLiteral("app"), QStringLiteral("hotline"), QStringLiteral("portal"),
                                          QStringLiteral("zalo"), QStringLiteral("facebook")}));
        QVERIFY2(domains.size() >= 6, qPrintable(QStringList(domains.values()).join(u',')));
    }

    void dossiersAreNumberedAndSomeAreNotSatisfied()
    {
        const QRegularExpression id(QStringLiteral("^\\d{3}\\.\\d{2}\\.\\d{2}\\.H12-(\\d{6})-\\d{4}$"));
        int satisfied = 0, unsatisfied = 0, overdue = 0, resolved = 0;
        for (const Case& item : casesOf(m_batch, CaseCategory::Dossier)) {
            const QString record = describe(item.key);
            QCOMPARE(item.key.source, QStringLiteral("dvc"));
            const QRegularExpressionMatch match = id.match(item.key.externalId);
            QVERIFY2(match.hasMatch(), qPrintable(record));
            QCOMPARE(match.captured(1), provinceDay(item.opened, QStringLiteral("yyMMdd")));
            QVERIFY2(item.due.isValid() && item.due > item.opened, qPrintable(record));
            QVERIFY2(validate(item).ok(), qPrintable(record));
            if (item.satisfied)
                (*item.satisfied ? satisfied : unsatisfied)++;
            QVERIFY2(!item.satisfied || item.status == CaseStatus::Resolved, qPrintable(record));
            overdue += item.status == CaseStatus::Overdue;
            resolved += item.status == CaseStatus::Resolved;
            QCOMPARE(item.closed.isValid(), item.status == CaseStatus::Resolved);
        }
        QVERIFY(unsatisfied > 0);
        QVERIFY(satisfied > unsatisfied * 5);
        QVERIFY(overdue > 0);
        QVERIFY(resolved > overdue);
    }

    void socialPostsCarryBelievableSentiment()
    {
        std::map<Sentiment, int> counts;
        const QList<Case> posts = casesOf(m_batch, CaseCategory::SocialPost);
        for (const Case& item : posts) {
            QVERIFY(item.sentiment != Sentiment::None);
            ++counts[item.sentiment];
        }
        const double total = double(posts.size());
        QVERIFY(counts[Sentiment::Neutral] / total > 0.3 && counts[Sentiment::Neutral] / total < 0.7);
        QVERIFY(counts[Sentiment::Positive] / total > 0.1 && counts[Sentiment::Positive] / total < 0.4);
        QVERIFY(counts[Sentiment::Negative] / total > 0.1 && counts[Sentiment::Negative] / total < 0.4);
    }

    void indicatorsHavePlanAndActualUpToNow()
    {
        QSet<QString> codes;
        for (const Indicator& indicator : m_batch.indicators)
            codes.insert(indicator.code);
        for (const char* code : {"grdp_growth", "budget_revenue", "export_value", "public_investment_disbursement",
                                 "new_businesses", "poverty_rate"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        QVERIFY(codes.size() >= 10);

        QList<IndicatorValue> revenue;
        bool wardValues = false;
        for (const IndicatorValue& value : m_batch.indicatorValues) {
            QVERIFY(codes.contains(value.indicatorCode));
            QVERIFY(value.updated.isValid() && value.updated <= kNow);
            if (value.indicatorCode == u"budget_revenue" && value.areaCode == u"96")
                revenue.append(value);
            wardValues = wardValues || value.areaCode != u"96";
        }
        QVERIFY(wardValues);
        QVERIFY2(revenue.size() >= 12 && revenue.size() <= 25, qPrintable(QString::number(revenue.size())));
        QCOMPARE(revenue.last().period, QStringLiteral("2026-11"));
        QVERIFY(revenue.last().plan && !revenue.last().actual); // the month is not over: not evaluated yet
        for (qsizetype i = 0; i + 1 < revenue.size(); ++i)
            QVERIFY2(revenue.at(i).plan && revenue.at(i).actual, qPrintable(revenue.at(i).period));
    }

    void nothingLiesAfterNow()
    {
        for (const Case& item : m_batch.cases) {
            QVERIFY2(item.opened <= kNow, qPrintable(describe(item.key)));
            QVERIFY2(!item.closed.isValid() || item.closed <= kNow, qPrintable(describe(item.key)));
        }
    }

    void theSeedIsWrittenWithoutRejections()
    {
        test::FreshStore store;
        auto database = store.open();
        Ingest ingest(*database);
        const Result<IngestReport> report = ingest.write(m_batch);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY2(report.value().rejected.isEmpty(), qPrintable(report.value().rejected.value(0).reason));
        QCOMPARE(report.value().written, m_batch.size());
        QCOMPARE(AreaRepository(*database).count().value(), 65);
        QCOMPARE(AssetRepository(*database).count().value(), m_batch.assets.size());
        QCOMPARE(CaseRepository(*database).count().value(), m_batch.cases.size());
        QCOMPARE(IndicatorRepository(*database).valueCount().value(), m_batch.indicatorValues.size());
        const auto stored = AreaRepository(*database).get(QStringLiteral("32248"));
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->fullName, QStringLiteral("Xã Đất Mũi"));
    }

    void theSameSeedGivesTheSameBatch()
    {
        const QStringList first = dump(m_batch);
        QCOMPARE(dump(m_province->seed(2026, kNow)), first);
        // A copy of the province shares its data and gives the same batch too.
        const DemoProvince copy = *m_province;
        QCOMPARE(dump(copy.seed(2026, kNow)), first);

        const QStringList other = dump(m_province->seed(2027, kNow));
        QVERIFY(other != first);
        // Not only the cases: the cameras stand elsewhere too.
        QVERIFY(other.mid(65, 40) != first.mid(65, 40));
    }

    void aMalformedFeatureIsNamedByFileAndIndex()
    {
        QFile source(QStringLiteral(":/demo/ca_mau_wards_2025.geojson"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
        QJsonArray features = root.value(u"features").toArray();
        const QJsonValue original = features.at(3);
        QJsonObject broken = features.at(3).toObject();
        broken.insert(QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                                                              {QStringLiteral("coordinates"), QStringLiteral("none")}});
        features.replace(3, broken);
        QJsonObject unnamed = features.at(5).toObject();
        QJsonObject properties = unnamed.value(u"properties").toObject();
        properties.remove(QStringLiteral("name"));
        unnamed.insert(QStringLiteral("properties"), properties);
        root.insert(QStringLiteral("features"), features);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wards.geojson"));
        const auto write = [&](const QJsonObject& object) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(QJsonDocument(object).toJson()) > 0;
        };
        DemoProvince::Files files = DemoProvince::embeddedFiles();
        files.wards = path;

        QVERIFY(write(root));
        Result<DemoProvince> loaded = DemoProvince::load(files);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorMessage().contains(path) && loaded.errorMessage().contains(u"feature 3")
                     && loaded.errorMessage().contains(u"geometry"),
                 qPrintable(loaded.errorMessage()));

        features.replace(3, original);
        features.replace(5, unnamed);
        root.insert(QStringLiteral("features"), features);
        QVERIFY(write(root));
        loaded = DemoProvince::load(files);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorMessage().contains(path) && loaded.errorMessage().contains(u"feature 5")
                     && loaded.errorMessage().contains(u"\"name\""),
                 qPrintable(loaded.errorMessage()));

        files.wards = dir.filePath(QStringLiteral("missing.geojson"));
        loaded = DemoProvince::load(files);
        QVERIFY2(!loaded.ok() && loaded.errorMessage().contains(files.wards), qPrintable(loaded.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestDemoProvince)
#include "tst_demoprovince.moc"
