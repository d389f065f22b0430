// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace ioc;

namespace {

using Edit = std::function<void(QJsonObject&)>;

QJsonObject validEntry(const QString& code)
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("name"), QStringLiteral("Số hồ sơ quá hạn")},
                       {QStringLiteral("nameEn"), QStringLiteral("Overdue dossiers")},
                       {QStringLiteral("unit"), QStringLiteral("hồ sơ")},
                       {QStringLiteral("domain"), QStringLiteral("dich_vu_cong")},
                       {QStringLiteral("direction"), QStringLiteral("lower_is_better")},
                       {QStringLiteral("periodKind"), QStringLiteral("month")},
                       {QStringLiteral("shape"), QStringLiteral("level")},
                       {QStringLiteral("areaLevels"), QJsonArray{QStringLiteral("province"), QStringLiteral("ward")}},
                       {QStringLiteral("expectedUpdateHours"), 1},
                       {QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("green"), 1.0}, {QStringLiteral("red"), 0.9}}},
                       {QStringLiteral("computedFrom"), QStringLiteral("dossiers_overdue")},
                       {QStringLiteral("plan"), 5},
                       {QStringLiteral("comment"), QStringLiteral("a tolerance")}};
}

// Two valid entries "a" and "b"; the edit applies to "b" (index 1).
QByteArray catalogueWith(const Edit& edit)
{
    QJsonObject second = validEntry(QStringLiteral("b"));
    edit(second);
    const QJsonObject root{{QStringLiteral("indicators"), QJsonArray{validEntry(QStringLiteral("a")), second}}};
    return QJsonDocument(root).toJson();
}

Edit set(const QString& field, const QJsonValue& value)
{
    return [=](QJsonObject& o) { o.insert(field, value); };
}

Edit remove(const QString& field)
{
    return [=](QJsonObject& o) { o.remove(field); };
}

} // namespace

class TestCatalogue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shippedCatalogueLoads()
    {
        Result<Catalogue> loaded = Catalogue::load(Catalogue::embeddedPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const Catalogue& catalogue = loaded.value();
        QVERIFY(catalogue.entries().size() >= 29);
        for (const QString& domain : {QStringLiteral("kinh_te"), QStringLiteral("dich_vu_cong"), QStringLiteral("phan_anh"),
                                      QStringLiteral("moi_truong"), QStringLiteral("an_ninh_mang")})
            QVERIFY2(catalogue.domains().contains(domain), qPrintable(domain));
        // Every computation CaseIndicators knows is used by some entry, and each entry's is known.
        QStringList used;
        for (const CatalogueEntry& entry : catalogue.entries()) {
            if (!entry.computedFrom.isEmpty())
                used.append(entry.computedFrom);
        }
        for (const QString& computation : Catalogue::knownComputations())
            QVERIFY2(used.contains(computation), qPrintable(computation));
    }

    void holdsEveryDemoIndicatorAsTheDemoDefinesIt()
    {
        QFile file(QStringLiteral(IOC_SOURCE_DIR "/resources/demo/indicators.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray demo = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("indicators")).toArray();
        QCOMPARE(demo.size(), 13);
        Result<Catalogue> loaded = Catalogue::load(Catalogue::embeddedPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        for (const QJsonValue& value : demo) {
            const QJsonObject d = value.toObject();
            const QString code = d.value(QStringLiteral("code")).toString();
            const CatalogueEntry* entry = loaded.value().find(code);
            QVERIFY2(entry, qPrintable(code));
            QCOMPARE(entry->name, d.value(QStringLiteral("name")).toString());
            QCOMPARE(entry->nameEn, d.value(QStringLiteral("nameEn")).toString());
            QCOMPARE(entry->unit, d.value(QStringLiteral("unit")).toString());
            QCOMPARE(entry->domain, d.value(QStringLiteral("domain")).toString());
            QCOMPARE(toCode(entry->direction), d.value(QStringLiteral("direction")).toString());
            QCOMPARE(toCode(entry->periodKind), d.value(QStringLiteral("periodKind")).toString());
            QCOMPARE(entry->cumulative, d.value(QStringLiteral("shape")).toString() == u"amount");
            QCOMPARE(entry->existsFor(AreaLevel::Ward), d.value(QStringLiteral("wards")).toBool());
            QVERIFY(entry->existsFor(AreaLevel::Province));
            QVERIFY(entry->computedFrom.isEmpty());
        }
    }

    void keepsVietnameseNamesIntact()
    {
        Result<Catalogue> loaded = Catalogue::load(Catalogue::embeddedPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const Catalogue& catalogue = loaded.value();
        QCOMPARE(catalogue.find(QStringLiteral("dvc_not_received_4h"))->name, QStringLiteral("Số hồ sơ quá 4 giờ chưa tiếp nhận"));
        QCOMPARE(catalogue.find(QStringLiteral("dvc_not_satisfied_rate"))->name, QStringLiteral("Tỷ lệ đánh giá không hài lòng"));
        QCOMPARE(catalogue.find(QStringLiteral("paht_overdue"))->unit, QStringLiteral("phản ánh"));
        QCOMPARE(catalogue.find(QStringLiteral("water_quality_breaches"))->name,
                 QStringLiteral("Số lần vượt ngưỡng chất lượng nước"));
        for (const CatalogueEntry& entry : catalogue.entries()) {
            // Composed (NFC) text: the same word always compares and sorts the same.
            QCOMPARE(entry.name, entry.name.normalized(QString::NormalizationForm_C));
            QCOMPARE(entry.unit, entry.unit.normalized(QString::NormalizationForm_C));
            QVERIFY2(!entry.name.contains(QChar::ReplacementCharacter), qPrintable(entry.code));
        }
    }

    void readsEveryField()
    {
        Result<Catalogue> parsed = Catalogue::parse(catalogueWith([](QJsonObject&) {}), QStringLiteral("t.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        const CatalogueEntry* b = parsed.value().find(QStringLiteral("b"));
        QVERIFY(b);
        QCOMPARE(b->name, QStringLiteral("Số hồ sơ quá hạn"));
        QCOMPARE(b->unit, QStringLiteral("hồ sơ"));
        QCOMPARE(b->direction, Direction::LowerIsBetter);
        QCOMPARE(b->periodKind, PeriodKind::Month);
        QCOMPARE(b->cumulative, false);
        QCOMPARE(b->areaLevels, (QStringList{QStringLiteral("province"), QStringLiteral("ward")}));
        QCOMPARE(b->expectedUpdateHours, 1);
        QCOMPARE(b->greenThreshold, 1.0);
        QCOMPARE(b->redThreshold, 0.9);
        QCOMPARE(b->computedFrom, QStringLiteral("dossiers_overdue"));
        QCOMPARE(b->plan, std::optional<double>(5));
        QCOMPARE(parsed.value().find(QStringLiteral("zzz")), nullptr);

        // Optional fields: no thresholds → 1.0 / 0.9, null computedFrom and plan.
        Result<Catalogue> minimal = Catalogue::parse(catalogueWith([](QJsonObject& o) {
            o.remove(QStringLiteral("thresholds"));
            o.insert(QStringLiteral("computedFrom"), QJsonValue::Null);
            o.insert(QStringLiteral("plan"), QJsonValue::Null);
            o.insert(QStringLiteral("shape"), QStringLiteral("amount"));
            o.insert(QStringLiteral("periodKind"), QStringLiteral("year"));
        }), QStringLiteral("t.json"));
        QVERIFY2(minimal.ok(), qPrintable(minimal.errorMessage()));
        const CatalogueEntry* m = minimal.value().find(QStringLiteral("b"));
        QCOMPARE(m->greenThreshold, 1.0);
        QCOMPARE(m->redThreshold, 0.9);
        QVERIFY(m->computedFrom.isEmpty());
        QVERIFY(!m->plan.has_value());
        QVERIFY(m->cumulative);
        QCOMPARE(m->periodKind, PeriodKind::Year);
        const Indicator indicator = m->toIndicator();
        QCOMPARE(indicator.code, QStringLiteral("b"));
        QCOMPARE(indicator.unit, QStringLiteral("hồ sơ"));
        QCOMPARE(indicator.direction, Direction::LowerIsBetter);
    }

    void rejectsMalformedEntries_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QString b = QStringLiteral("t.json: indicator #1 (b): ");
        const auto row = [](const char* name, const QByteArray& json, const QString& message) {
            QTest::newRow(name) << json << message;
        };
        row("missing unit", catalogueWith(remove(QStringLiteral("unit"))), b + QStringLiteral("field \"unit\": missing"));
        row("empty name", catalogueWith(set(QStringLiteral("name"), QStringLiteral(" "))), b + QStringLiteral("field \"name\": empty"));
        row("name not text", catalogueWith(set(QStringLiteral("name"), 3)), b + QStringLiteral("field \"name\": not a text"));
        row("missing code", catalogueWith(remove(QStringLiteral("code"))),
            QStringLiteral("t.json: indicator #1: field \"code\": missing"));
        row("unknown field", catalogueWith(set(QStringLiteral("perodKind"), QStringLiteral("month"))),
            b + QStringLiteral("field \"perodKind\": not a field of the catalogue"));
        row("bad direction", catalogueWith(set(QStringLiteral("direction"), QStringLiteral("up"))),
            b + QStringLiteral("field \"direction\": unknown value \"up\" (expected one of: higher_is_better, lower_is_better)"));
        row("bad period kind", catalogueWith(set(QStringLiteral("periodKind"), QStringLiteral("week"))),
            b + QStringLiteral("field \"periodKind\": unknown value \"week\" (expected one of: month, quarter, year)"));
        row("bad shape", catalogueWith(set(QStringLiteral("shape"), QStringLiteral("yearToDate"))),
            b + QStringLiteral("field \"shape\": unknown value \"yearToDate\" (expected one of: amount, level)"));
        row("missing shape", catalogueWith(remove(QStringLiteral("shape"))), b + QStringLiteral("field \"shape\": missing"));
        row("bad area level", catalogueWith(set(QStringLiteral("areaLevels"), QJsonArray{QStringLiteral("district")})),
            b + QStringLiteral("field \"areaLevels\": unknown value \"district\" (expected one of: province, ward)"));
        row("no area level", catalogueWith(set(QStringLiteral("areaLevels"), QJsonArray{})),
            b + QStringLiteral("field \"areaLevels\": not a list of area levels"));
        row("area level twice", catalogueWith(set(QStringLiteral("areaLevels"), QJsonArray{QStringLiteral("ward"), QStringLiteral("ward")})),
            b + QStringLiteral("field \"areaLevels\": \"ward\" is listed twice"));
        row("update hours zero", catalogueWith(set(QStringLiteral("expectedUpdateHours"), 0)),
            b + QStringLiteral("field \"expectedUpdateHours\": 0 is not a whole number of hours from 1 to 1000000"));
        row("update hours fraction", catalogueWith(set(QStringLiteral("expectedUpdateHours"), 1.5)),
            b + QStringLiteral("field \"expectedUpdateHours\": 1.5 is not a whole number of hours from 1 to 1000000"));
        row("update hours text", catalogueWith(set(QStringLiteral("expectedUpdateHours"), QStringLiteral("1"))),
            b + QStringLiteral("field \"expectedUpdateHours\": not a number"));
        row("red above green", catalogueWith(set(QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("green"), 1.0}, {QStringLiteral("red"), 1.2}})),
            b + QStringLiteral("field \"thresholds\": red 1.2 is above green 1"));
        row("red missing", catalogueWith(set(QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("green"), 1.0}})),
            b + QStringLiteral("field \"thresholds.red\": missing"));
        row("red zero", catalogueWith(set(QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("green"), 1.0}, {QStringLiteral("red"), 0}})),
            b + QStringLiteral("field \"thresholds.red\": 0 is not above 0"));
        row("thresholds not object", catalogueWith(set(QStringLiteral("thresholds"), 1)),
            b + QStringLiteral("field \"thresholds\": not an object with \"green\" and \"red\""));
        row("unknown computation", catalogueWith(set(QStringLiteral("computedFrom"), QStringLiteral("dossiers_lost"))),
            b + QStringLiteral("field \"computedFrom\": unknown value \"dossiers_lost\" (expected one of: ")
                + Catalogue::knownComputations().join(QStringLiteral(", ")) + u')');
        row("computed per quarter", catalogueWith(set(QStringLiteral("periodKind"), QStringLiteral("quarter"))),
            b + QStringLiteral("field \"computedFrom\": computed indicators need \"periodKind\": \"month\""));
        row("plan not number", catalogueWith(set(QStringLiteral("plan"), QStringLiteral("high"))),
            b + QStringLiteral("field \"plan\": not a number"));
        row("duplicate code", catalogueWith(set(QStringLiteral("code"), QStringLiteral("a"))),
            QStringLiteral("t.json: indicator #1 (a): field \"code\": already used by indicator #0"));
        row("entry not object", QByteArray(R"({"indicators": [1]})"), QStringLiteral("t.json: indicator #0: not an object"));
        row("no list", QByteArray(R"({"indicator": []})"),
            QStringLiteral("t.json: expected an object with an \"indicators\" list"));
        row("top-level array", QByteArray(R"([])"), QStringLiteral("t.json: expected an object with an \"indicators\" list"));
        row("not JSON", QByteArray(R"({"indicators": [} )"),
            QStringLiteral("t.json: not valid JSON at offset 17: object is missing after a comma"));
    }

    // All or nothing: one bad entry after good ones gives an error and no catalogue at all.
    void rejectsMalformedEntries()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        Result<Catalogue> parsed = Catalogue::parse(json, QStringLiteral("t.json"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errorMessage(), message);
    }

    void namesAnUnreadableFile()
    {
        Result<Catalogue> loaded = Catalogue::load(QStringLiteral("/nonexistent/catalogue.json"));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorMessage().startsWith(u"/nonexistent/catalogue.json: cannot be read"),
                 qPrintable(loaded.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
