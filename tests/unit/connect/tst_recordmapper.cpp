// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/recordmapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace ioc;

namespace {

// Test JSON is written with ` for " (moc's tokenizer stumbles on raw strings with quotes inside).
QJsonObject parse(QByteArray json)
{
    json.replace('`', '"');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s: %s", qPrintable(error.errorString()), json.constData());
    return document.object();
}

QJsonArray parseArray(QByteArray json)
{
    json.replace('`', '"');
    return QJsonDocument::fromJson(json).array();
}

// A field report mapping as the PAHT example uses.
QJsonObject caseMapping()
{
    return parse("{`target`: `case`, `fields`: {"
                 "`externalId`: {`path`: `/ma`},"
                 "`title`: {`path`: `/tieu_de`},"
                 "`category`: {`value`: `field_report`},"
                 "`status`: {`path`: `/trang_thai`, `default`: `pending`},"
                 "`opened`: {`path`: `/ngay_tiep_nhan`, `time`: [`dd/MM/yyyy HH:mm:ss`, `iso`]},"
                 "`due`: {`path`: `/han`, `time`: `dd/MM/yyyy`},"
                 "`latitude`: {`path`: `/vi_tri/lat`}, `longitude`: {`path`: `/vi_tri/lon`},"
                 "`domain`: {`path`: `/linh_vuc`, `map`: {`Giao thông`: `giao_thong`, `Môi trường`: `moi_truong`}},"
                 "`satisfied`: {`path`: `/hai_long`, `required`: false},"
                 "`severity`: {`path`: `/muc_do`, `map`: {`Khẩn`: `high`}}}}");
}

RecordMapper mapper(const QJsonObject& mapping, const QString& source = QStringLiteral("paht"))
{
    Result<RecordMapper> made = RecordMapper::fromJson(mapping, source);
    if (!made)
        qFatal("mapping refused: %s", qPrintable(made.errorMessage()));
    return made.value();
}

QJsonObject goodReport()
{
    return parse("{`ma`: `PAHT.1`, `tieu_de`: `Ổ gà đường Trần Phú`, `trang_thai`: `Đang xử lý`,"
                 "`ngay_tiep_nhan`: `22/11/2026 08:30:00`, `han`: `25/11/2026`,"
                 "`vi_tri`: {`lat`: 9.18, `lon`: 105.15}, `linh_vuc`: `Giao thông`, `hai_long`: `có`}");
}

} // namespace

class TestRecordMapper : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapsACase()
    {
        RecordBatch batch;
        const Result<void> mapped = mapper(caseMapping()).mapInto(goodReport(), batch);
        QVERIFY2(mapped.ok(), qPrintable(mapped.errorMessage()));
        QCOMPARE(batch.cases.size(), 1);
        const Case& c = batch.cases.first();
        QCOMPARE(c.key, (RecordKey{QStringLiteral("paht"), QStringLiteral("PAHT.1")}));
        QCOMPARE(c.title, QStringLiteral("Ổ gà đường Trần Phú"));
        QCOMPARE(c.category, CaseCategory::FieldReport);
        QCOMPARE(c.status, CaseStatus::InProgress);
        // 08:30 in Asia/Ho_Chi_Minh (UTC+7) is 01:30 UTC.
        QCOMPARE(c.opened, QDateTime(QDate(2026, 11, 22), QTime(1, 30), QTimeZone::utc()));
        QCOMPARE(c.opened.timeSpec(), Qt::UTC);
        QCOMPARE(c.due, QDateTime(QDate(2026, 11, 24), QTime(17, 0), QTimeZone::utc()));
        QVERIFY(!c.closed.isValid());
        QCOMPARE(c.position.latitude(), 9.18);
        QCOMPARE(c.position.longitude(), 105.15);
        QCOMPARE(c.domain, QStringLiteral("giao_thong"));
        QCOMPARE(c.satisfied, std::optional<bool>(true));
        QCOMPARE(c.severity, Severity::Medium); // not given: the domain's default
    }

    void optionalFieldsMayBeAbsentAndDefaultsApply()
    {
        QJsonObject report = goodReport();
        report.remove(QStringLiteral("han"));
        report.remove(QStringLiteral("vi_tri"));
        report.remove(QStringLiteral("hai_long"));
        report.insert(QStringLiteral("trang_thai"), QStringLiteral("   ")); // blank is absent: the default
        report.insert(QStringLiteral("muc_do"), QStringLiteral("khan"));    // map matched without accents
        RecordBatch batch;
        const Result<void> mapped = mapper(caseMapping()).mapInto(report, batch);
        QVERIFY2(mapped.ok(), qPrintable(mapped.errorMessage()));
        const Case& c = batch.cases.first();
        QVERIFY(!c.due.isValid());
        QVERIFY(!c.position.isValid());
        QCOMPARE(c.satisfied, std::nullopt);
        QCOMPARE(c.status, CaseStatus::Pending);
        QCOMPARE(c.severity, Severity::High);
    }

    void statusWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("code");
        QTest::newRow("Chờ xử lý") << QStringLiteral("Chờ xử lý") << "pending";
        QTest::newRow("chưa xử lý") << QStringLiteral("chưa xử lý") << "pending";
        QTest::newRow("MỚI TIẾP NHẬN") << QStringLiteral("MỚI TIẾP NHẬN") << "pending";
        QTest::newRow("Đang xử lý") << QStringLiteral("Đang xử lý") << "in_progress";
        QTest::newRow("dang xu ly") << QStringLiteral("  dang   xu ly ") << "in_progress";
        QTest::newRow("Sắp hết hạn") << QStringLiteral("Sắp hết hạn") << "near_due";
        QTest::newRow("Sắp quá hạn") << QStringLiteral("Sắp quá hạn") << "near_due";
        QTest::newRow("Quá hạn") << QStringLiteral("Quá hạn") << "overdue";
        QTest::newRow("Trễ hạn") << QStringLiteral("Trễ hạn") << "overdue";
        QTest::newRow("Đã xử lý") << QStringLiteral("Đã xử lý") << "resolved";
        QTest::newRow("Hoàn thành") << QStringLiteral("Hoàn thành") << "resolved";
        QTest::newRow("đã giải quyết") << QStringLiteral("đã giải quyết") << "resolved";
        QTest::newRow("Đã đóng") << QStringLiteral("Đã đóng") << "closed";
        // Decomposed input (NFD), as some systems send it.
        QTest::newRow("NFD") << QStringLiteral("Đã đóng").normalized(QString::NormalizationForm_D) << "closed";
        QTest::newRow("in_progress") << QStringLiteral("in_progress") << "in_progress";
        QTest::newRow("In Progress") << QStringLiteral("In Progress") << "in_progress";
        QTest::newRow("NEAR_DUE") << QStringLiteral("NEAR_DUE") << "near_due";
        QTest::newRow("overdue") << QStringLiteral("overdue") << "overdue";
    }
    void statusWords()
    {
        QFETCH(QString, word);
        QFETCH(QString, code);
        QJsonObject report = goodReport();
        report.insert(QStringLiteral("trang_thai"), word);
        RecordBatch batch;
        const Result<void> mapped = mapper(caseMapping()).mapInto(report, batch);
        QVERIFY2(mapped.ok(), qPrintable(mapped.errorMessage()));
        QCOMPARE(toCode(batch.cases.first().status), code);
    }

    void unknownStatusIsRefused()
    {
        QJsonObject report = goodReport();
        report.insert(QStringLiteral("trang_thai"), QStringLiteral("Đã hủy"));
        RecordBatch batch;
        const Result<void> mapped = mapper(caseMapping()).mapInto(report, batch);
        QCOMPARE(mapped.errorMessage(), QStringLiteral("/trang_thai: 'Đã hủy' is not a case status (pending, in_progress, near_due, overdue, resolved, closed)"));
        QVERIFY(batch.cases.isEmpty());
    }

    void times_data()
    {
        QTest::addColumn<QByteArray>("formats");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QDateTime>("expected"); // UTC; invalid: refused
        const auto utc = [](int y, int mo, int d, int h, int mi, int s = 0, int ms = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
        };
        QTest::newRow("iso Z") << QByteArray("`iso`") << QJsonValue("2026-11-22T08:30:00Z") << utc(2026, 11, 22, 8, 30);
        QTest::newRow("iso offset") << QByteArray("`iso`") << QJsonValue("2026-11-22T08:30:00+07:00") << utc(2026, 11, 22, 1, 30);
        QTest::newRow("iso offset no colon") << QByteArray("`iso`") << QJsonValue("2026-11-22T08:30:00-0230") << utc(2026, 11, 22, 11, 0);
        QTest::newRow("iso ms") << QByteArray("`iso`") << QJsonValue("2026-11-22T08:30:00.123456Z") << utc(2026, 11, 22, 8, 30, 0, 123);
        QTest::newRow("iso no offset: zone") << QByteArray("`iso`") << QJsonValue("2026-11-22 08:30:00") << utc(2026, 11, 22, 1, 30);
        QTest::newRow("iso date") << QByteArray("`iso`") << QJsonValue("2026-11-22") << utc(2026, 11, 21, 17, 0);
        QTest::newRow("iso Feb 30") << QByteArray("`iso`") << QJsonValue("2026-02-30T00:00:00Z") << QDateTime();
        QTest::newRow("iso short fraction") << QByteArray("`iso`") << QJsonValue("2026-11-22T08:30:00,5Z") << utc(2026, 11, 22, 8, 30, 0, 500);
        QTest::newRow("iso minutes only") << QByteArray("`iso`") << QJsonValue("2026-11-22T08:30Z") << utc(2026, 11, 22, 8, 30);
        QTest::newRow("iso 24:00") << QByteArray("`iso`") << QJsonValue("2026-11-22T24:00:00Z") << QDateTime();
        QTest::newRow("iso second 60") << QByteArray("`iso`") << QJsonValue("2026-11-22T08:30:60Z") << QDateTime();
        QTest::newRow("iso month 13") << QByteArray("`iso`") << QJsonValue("2026-13-01T00:00:00Z") << QDateTime();
        QTest::newRow("iso garbage") << QByteArray("`iso`") << QJsonValue("hôm qua") << QDateTime();
        QTest::newRow("iso number") << QByteArray("`iso`") << QJsonValue(20261122) << QDateTime();
        QTest::newRow("dd/MM/yyyy HH:mm:ss") << QByteArray("`dd/MM/yyyy HH:mm:ss`") << QJsonValue("01/12/2026 23:59:59") << utc(2026, 12, 1, 16, 59, 59);
        QTest::newRow("dd/MM/yyyy HH:mm") << QByteArray("`dd/MM/yyyy HH:mm`") << QJsonValue("01/12/2026 07:05") << utc(2026, 12, 1, 0, 5);
        QTest::newRow("dd/MM/yyyy") << QByteArray("`dd/MM/yyyy`") << QJsonValue("01/12/2026") << utc(2026, 11, 30, 17, 0);
        QTest::newRow("dd/MM/yyyy with time") << QByteArray("`dd/MM/yyyy`") << QJsonValue("01/12/2026 07:00:00") << QDateTime();
        QTest::newRow("31/02") << QByteArray("`dd/MM/yyyy HH:mm:ss`") << QJsonValue("31/02/2026 10:00:00") << QDateTime();
        QTest::newRow("25:00") << QByteArray("`dd/MM/yyyy HH:mm:ss`") << QJsonValue("01/02/2026 25:00:00") << QDateTime();
        QTest::newRow("epoch s") << QByteArray("`s`") << QJsonValue(1795311000) << QDateTime::fromSecsSinceEpoch(1795311000, QTimeZone::utc());
        QTest::newRow("epoch s text") << QByteArray("`s`") << QJsonValue("1795311000") << QDateTime::fromSecsSinceEpoch(1795311000, QTimeZone::utc());
        QTest::newRow("epoch ms") << QByteArray("`ms`") << QJsonValue(1795311000123.0) << QDateTime::fromMSecsSinceEpoch(1795311000123, QTimeZone::utc());
        QTest::newRow("ms read as s") << QByteArray("`s`") << QJsonValue(1795311000123.0) << QDateTime();
        QTest::newRow("epoch NaN text") << QByteArray("`s`") << QJsonValue("nan") << QDateTime();
        QTest::newRow("epoch 1e308") << QByteArray("`ms`") << QJsonValue(1e308) << QDateTime();
        QTest::newRow("list: second") << QByteArray("[`dd/MM/yyyy HH:mm:ss`, `dd/MM/yyyy`, `iso`]") << QJsonValue("2026-11-22T08:30:00Z") << utc(2026, 11, 22, 8, 30);
        QTest::newRow("list: first wins") << QByteArray("[`dd/MM/yyyy`, `iso`]") << QJsonValue("22/11/2026") << utc(2026, 11, 21, 17, 0);
    }
    void times()
    {
        QFETCH(QByteArray, formats);
        QFETCH(QJsonValue, value);
        QFETCH(QDateTime, expected);
        const QJsonObject mapping = parse("{`target`: `observation`, `fields`: {`assetId`: {`value`: `RG-1`}, `metric`: {`value`: `rain`},"
                                          "`value`: {`value`: 1}, `time`: {`path`: `/t`, `time`: " + formats + "}}}");
        RecordBatch batch;
        const Result<void> mapped = mapper(mapping).mapInto(QJsonObject{{"t", value}}, batch);
        if (!expected.isValid()) {
            QVERIFY(!mapped.ok());
            QVERIFY2(mapped.errorMessage().startsWith(QStringLiteral("/t: ")), qPrintable(mapped.errorMessage()));
            QVERIFY2(mapped.errorMessage().contains(QStringLiteral("is not a time in")), qPrintable(mapped.errorMessage()));
            return;
        }
        QVERIFY2(mapped.ok(), qPrintable(mapped.errorMessage()));
        QCOMPARE(batch.observations.first().time, expected);
    }

    void timeZoneIsConfigurable()
    {
        QJsonObject mapping = parse("{`target`: `observation`, `timeZone`: `Europe/Berlin`, `fields`: {`assetId`: {`value`: `RG-1`},"
                                    "`metric`: {`value`: `rain`}, `value`: {`value`: 1}, `time`: {`path`: `/t`, `time`: `dd/MM/yyyy HH:mm:ss`}}}");
        RecordBatch batch;
        QVERIFY(mapper(mapping).mapInto(QJsonObject{{"t", "01/07/2026 12:00:00"}}, batch).ok());
        QCOMPARE(batch.observations.first().time, QDateTime(QDate(2026, 7, 1), QTime(10, 0), QTimeZone::utc())); // CEST
    }

    void reasonNamesItemAndField()
    {
        const QJsonArray items = parseArray("[{`ma`: `A`, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`},"
                                            " 42,"
                                            " {`ma`: `B`, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 09:00:00`},"
                                            " {`ma`: `C`, `tieu_de`: `t`, `ngay_tiep_nhan`: `31/02/2026`}]");
        ConnectorBatch out;
        mapper(caseMapping()).mapAll(items, out);
        QCOMPARE(out.records.cases.size(), 2);
        QCOMPARE(out.records.cases.at(0).key.externalId, QStringLiteral("A"));
        QCOMPARE(out.records.cases.at(1).key.externalId, QStringLiteral("B"));
        QCOMPARE(out.records.source, QStringLiteral("paht"));
        QCOMPARE(out.quarantined.size(), 2);
        QCOMPARE(out.quarantined.at(0).reason, QStringLiteral("item 1: expected an object, got 42"));
        QCOMPARE(out.quarantined.at(0).payload, QByteArray("42"));
        QCOMPARE(out.quarantined.at(1).reason,
                 QStringLiteral("item 3, /ngay_tiep_nhan: '31/02/2026' is not a time in any of: dd/MM/yyyy HH:mm:ss; iso"));
        QCOMPARE(out.quarantined.at(1).recordType, QStringLiteral("case"));
        QCOMPARE(out.quarantined.at(1).payload, QJsonDocument(items.at(3).toObject()).toJson(QJsonDocument::Compact));
        // The newest opened time of the mapped ones: 09:00 +07.
        QCOMPARE(out.dataTime, QDateTime(QDate(2026, 11, 22), QTime(2, 0), QTimeZone::utc()));
        QCOMPARE(mapper(caseMapping()).latest(out.records, QStringLiteral("opened")), out.dataTime);
        QVERIFY(!mapper(caseMapping()).latest(out.records, QStringLiteral("due")).isValid());
    }

    void indexOffsetAndLabel()
    {
        ConnectorBatch out;
        mapper(caseMapping()).mapAll(parseArray("[{`ma`: `A`}]"), out, 100, QStringLiteral("record"));
        QCOMPARE(out.quarantined.size(), 1);
        QCOMPARE(out.quarantined.first().reason, QStringLiteral("record 100, /tieu_de: is missing (title is required)"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing id") << QByteArray("{`tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`}") << "/ma: is missing (externalId is required)";
        QTest::newRow("null id") << QByteArray("{`ma`: null, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`}") << "/ma: is missing (externalId is required)";
        QTest::newRow("title object") << QByteArray("{`ma`: `A`, `tieu_de`: {`x`: 1}, `ngay_tiep_nhan`: `22/11/2026 08:00:00`}") << "/tieu_de: expected text, got an object";
        QTest::newRow("title array") << QByteArray("{`ma`: `A`, `tieu_de`: [1], `ngay_tiep_nhan`: `22/11/2026 08:00:00`}") << "/tieu_de: expected text, got an array";
        QTest::newRow("opened bool") << QByteArray("{`ma`: `A`, `tieu_de`: `t`, `ngay_tiep_nhan`: true}") << "/ngay_tiep_nhan: true is not a time in any of: dd/MM/yyyy HH:mm:ss; iso";
        QTest::newRow("id bool") << QByteArray("{`ma`: false, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`}") << "/ma: expected text or a whole number, got false";
        QTest::newRow("id fraction") << QByteArray("{`ma`: 1.5, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`}") << "/ma: 1.5 cannot be used as an identifier exactly (a number with a fraction or beyond 2^53); the source should send it as text";
        QTest::newRow("id beyond 64 bits") << QByteArray("{`ma`: 123456789012345678901, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`}") << "/ma: 1.2345678901234568e+20 cannot be used as an identifier exactly (a number with a fraction or beyond 2^53); the source should send it as text";
        QTest::newRow("id 1e308") << QByteArray("{`ma`: 1e308, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`}") << "/ma: 1e+308 cannot be used as an identifier exactly (a number with a fraction or beyond 2^53); the source should send it as text";
        QTest::newRow("latitude 123") << QByteArray("{`ma`: `A`, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`, `vi_tri`: {`lat`: 123, `lon`: 105}}") << "case paht/A: latitude 123 is outside -90…90";
        QTest::newRow("longitude -181") << QByteArray("{`ma`: `A`, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`, `vi_tri`: {`lat`: 9, `lon`: -181}}") << "case paht/A: longitude -181 is outside -180…180";
        QTest::newRow("only latitude") << QByteArray("{`ma`: `A`, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`, `vi_tri`: {`lat`: 9}}") << "case paht/A: longitude nan is outside -180…180";
        QTest::newRow("latitude text") << QByteArray("{`ma`: `A`, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`, `vi_tri`: {`lat`: `chín`, `lon`: 105}}") << "/vi_tri/lat: 'chín' is not a number";
        QTest::newRow("latitude NaN text") << QByteArray("{`ma`: `A`, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`, `vi_tri`: {`lat`: `NaN`, `lon`: 105}}") << "/vi_tri/lat: 'NaN' is not a number";
        QTest::newRow("latitude inf text") << QByteArray("{`ma`: `A`, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`, `vi_tri`: {`lat`: `inf`, `lon`: 105}}") << "/vi_tri/lat: 'inf' is not a number";
        QTest::newRow("latitude 1e999 text") << QByteArray("{`ma`: `A`, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`, `vi_tri`: {`lat`: `1e999`, `lon`: 105}}") << "/vi_tri/lat: '1e999' is not a finite number";
        QTest::newRow("satisfied word") << QByteArray("{`ma`: `A`, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`, `hai_long`: `có lẽ`}") << "/hai_long: 'có lẽ' is not yes or no";
        QTest::newRow("severity unknown") << QByteArray("{`ma`: `A`, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`, `muc_do`: `Rất khẩn`}") << "/muc_do: 'Rất khẩn' is not a severity (low, medium, high, critical)";
    }
    void badInput()
    {
        QFETCH(QByteArray, item);
        QFETCH(QString, reason);
        RecordBatch batch;
        const Result<void> mapped = mapper(caseMapping()).mapInto(parse(item), batch);
        QVERIFY(!mapped.ok());
        QCOMPARE(mapped.errorMessage(), reason);
        QVERIFY(batch.isEmpty());
    }

    void bigIdsThatQtReadsExactlyAreKeptAsText()
    {
        RecordBatch batch;
        // 2^53 + 1 is not a double, but Qt keeps a JSON integer that fits 64 bits: the id stays exact.
        const QJsonObject item = parse("{`ma`: 9007199254740993, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`}");
        const Result<void> mapped = mapper(caseMapping()).mapInto(item, batch);
        QVERIFY2(mapped.ok(), qPrintable(mapped.errorMessage()));
        QCOMPARE(batch.cases.first().key.externalId, QStringLiteral("9007199254740993"));
        const QJsonObject text = parse("{`ma`: `123456789012345678901234567890`, `tieu_de`: `t`, `ngay_tiep_nhan`: `22/11/2026 08:00:00`}");
        QVERIFY(mapper(caseMapping()).mapInto(text, batch).ok());
        QCOMPARE(batch.cases.last().key.externalId, QStringLiteral("123456789012345678901234567890"));
    }

    void injectionTextStaysVerbatim()
    {
        const QString evil = QStringLiteral("'); DROP TABLE cases;-- <script>alert(1)</script> %s %n \\");
        QJsonObject item = goodReport();
        item.insert(QStringLiteral("tieu_de"), evil);
        item.insert(QStringLiteral("ma"), QStringLiteral("1' OR '1'='1"));
        RecordBatch batch;
        QVERIFY(mapper(caseMapping()).mapInto(item, batch).ok());
        QCOMPARE(batch.cases.first().title, evil);
        QCOMPARE(batch.cases.first().key.externalId, QStringLiteral("1' OR '1'='1"));
    }

    void numbersScaleAndDecimalComma()
    {
        const QJsonObject mapping = parse("{`target`: `indicatorValue`, `fields`: {`indicatorCode`: {`path`: `/ma_chi_tieu`},"
                                          "`areaCode`: {`path`: `/ma_xa`}, `period`: {`path`: `/ky`},"
                                          "`plan`: {`path`: `/ke_hoach`, `number`: {`decimalComma`: true}},"
                                          "`actual`: {`path`: `/thuc_hien`, `number`: {`scale`: 0.001}},"
                                          "`updated`: {`path`: `/cap_nhat`, `time`: `dd/MM/yyyy`}}}");
        RecordBatch batch;
        Result<void> mapped = mapper(mapping).mapInto(parse("{`ma_chi_tieu`: `grdp`, `ma_xa`: 31825, `ky`: `2026-11`,"
                                                            "`ke_hoach`: `1.234,5`, `thuc_hien`: 987654, `cap_nhat`: `30/11/2026`}"), batch);
        QVERIFY2(mapped.ok(), qPrintable(mapped.errorMessage()));
        const IndicatorValue& v = batch.indicatorValues.first();
        QCOMPARE(v.indicatorCode, QStringLiteral("grdp"));
        QCOMPARE(v.areaCode, QStringLiteral("31825")); // a numeric code becomes its text
        QCOMPARE(v.plan, std::optional<double>(1234.5));
        QVERIFY(v.actual.has_value());
        QVERIFY(std::fabs(*v.actual - 987.654) < 1e-9);
        QCOMPARE(v.updated, QDateTime(QDate(2026, 11, 29), QTime(17, 0), QTimeZone::utc()));
        // Absent actual stays absent (not 0).
        QVERIFY(mapper(mapping).mapInto(parse("{`ma_chi_tieu`: `grdp`, `ma_xa`: `31825`, `ky`: `2026`}"), batch).ok());
        QCOMPARE(batch.indicatorValues.last().actual, std::nullopt);
        // 1e308 scaled by 1000 overflows.
        const QJsonObject huge = parse("{`target`: `observation`, `fields`: {`assetId`: {`value`: `X`}, `metric`: {`value`: `m`},"
                                       "`time`: {`value`: `2026-01-01T00:00:00Z`}, `value`: {`path`: `/v`, `number`: {`scale`: 1000}}}}");
        mapped = mapper(huge).mapInto(parse("{`v`: 1e308}"), batch);
        QCOMPARE(mapped.errorMessage(), QStringLiteral("/v: 1e+308 scaled by 1000 is too large"));
        mapped = mapper(huge).mapInto(parse("{`v`: `1e308`}"), batch);
        QVERIFY(!mapped.ok());
        mapped = mapper(huge).mapInto(parse("{`v`: 1e300}"), batch);
        QVERIFY(mapped.ok());
        QCOMPARE(batch.observations.last().value, 1e303);
    }

    void positionsAndAssets()
    {
        const QJsonObject positions = parse("{`target`: `position`, `source`: `gps`, `fields`: {`unitId`: {`path`: `/id`},"
                                            "`time`: {`path`: `/ts`, `time`: `ms`}, `latitude`: {`path`: `/lat`}, `longitude`: {`path`: `/lon`},"
                                            "`speedKmh`: {`path`: `/speed`, `required`: false}}}");
        ConnectorBatch out;
        mapper(positions).mapAll(parseArray("[{`id`: `CA-01`, `ts`: 1795311000000, `lat`: `9.2`, `lon`: `105.1`, `speed`: 32.5},"
                                            " {`id`: `CA-02`, `ts`: 1795311000000, `lat`: 91, `lon`: 105}]"), out);
        QCOMPARE(out.records.positions.size(), 1);
        QCOMPARE(out.records.positions.first().unit, (RecordKey{QStringLiteral("gps"), QStringLiteral("CA-01")}));
        QCOMPARE(out.records.positions.first().speedKmh, 32.5);
        QCOMPARE(out.records.source, QStringLiteral("gps"));
        QCOMPARE(out.quarantined.size(), 1);
        QCOMPARE(out.quarantined.first().reason, QStringLiteral("item 1, position of gps/CA-02: latitude 91 is outside -90…90"));

        const QJsonObject assets = parse("{`target`: `asset`, `fields`: {`externalId`: {`path`: `/id`}, `kind`: {`path`: `/loai`, `map`: {`Trạm đo mưa`: `rain_gauge`}},"
                                         "`name`: {`path`: `/ten`}, `properties`: {`path`: `/thuoc_tinh`}}}");
        RecordBatch batch;
        QVERIFY(mapper(assets).mapInto(parse("{`id`: `RG-3`, `loai`: `trạm đo mưa`, `ten`: `Trạm Cà Mau`, `thuoc_tinh`: {`nguong`: 50}}"), batch).ok());
        QCOMPARE(batch.assets.first().kind, AssetKind::RainGauge);
        QCOMPARE(batch.assets.first().properties.value("nguong").toInt(), 50);
        QCOMPARE(mapper(assets).mapInto(parse("{`id`: `RG-3`, `loai`: `camera`, `ten`: `x`, `thuoc_tinh`: 5}"), batch).errorMessage(),
                 QStringLiteral("/thuoc_tinh: expected an object, got 5"));
    }

    void mappingErrorsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("mapping");
        QTest::addColumn<QString>("error");
        const QByteArray obs = "`assetId`: {`value`: `A`}, `metric`: {`value`: `m`}, `value`: {`value`: 1}";
        QTest::newRow("no target") << QByteArray("{`fields`: {}}") << "mapping/target: null is not a target (case, observation, asset, position, indicatorValue)";
        QTest::newRow("bad target") << QByteArray("{`target`: `alert`, `fields`: {}}") << "mapping/target: 'alert' is not a target (case, observation, asset, position, indicatorValue)";
        QTest::newRow("unknown top key") << QByteArray("{`target`: `case`, `feilds`: {}}") << "mapping/feilds: unknown key (known: target, source, timeZone, fields)";
        QTest::newRow("unknown field") << QByteArray("{`target`: `observation`, `fields`: {" + obs + ", `time`: {`path`: `/t`}, `unit`: {`path`: `/u`}}}") << "mapping/fields/unit: not a field of observation (assetId, metric, time, value)";
        QTest::newRow("required not mapped") << QByteArray("{`target`: `observation`, `fields`: {" + obs + "}}") << "mapping/fields/time: required for a observation, but not mapped";
        QTest::newRow("bad pointer") << QByteArray("{`target`: `observation`, `fields`: {" + obs + ", `time`: {`path`: `t`}}}") << "mapping/fields/time/path: 't' is not a JSON Pointer (\"/a/0/b\")";
        QTest::newRow("bad escape") << QByteArray("{`target`: `observation`, `fields`: {" + obs + ", `time`: {`path`: `/a~2`}}}") << "mapping/fields/time/path: '/a~2' is not a JSON Pointer (\"/a/0/b\")";
        QTest::newRow("unknown time format") << QByteArray("{`target`: `observation`, `fields`: {" + obs + ", `time`: {`path`: `/t`, `time`: [`iso`, `yyyyMMdd`]}}}") << "mapping/fields/time/time: 'yyyyMMdd' is not a time format (iso; dd/MM/yyyy HH:mm:ss; dd/MM/yyyy HH:mm; dd/MM/yyyy; s; ms)";
        QTest::newRow("time on a number") << QByteArray("{`target`: `observation`, `fields`: {`assetId`: {`value`: `A`}, `metric`: {`value`: `m`}, `value`: {`path`: `/v`, `time`: `iso`}, `time`: {`path`: `/t`}}}") << "mapping/fields/value/time: value is not a time field";
        QTest::newRow("number on a time") << QByteArray("{`target`: `observation`, `fields`: {" + obs + ", `time`: {`path`: `/t`, `number`: {`scale`: 2}}}}") << "mapping/fields/time/number: time is not a number field";
        QTest::newRow("scale zero") << QByteArray("{`target`: `observation`, `fields`: {`assetId`: {`value`: `A`}, `metric`: {`value`: `m`}, `value`: {`path`: `/v`, `number`: {`scale`: 0}}, `time`: {`path`: `/t`}}}") << "mapping/fields/value/number/scale: must be a number other than 0";
        QTest::newRow("unknown field key") << QByteArray("{`target`: `observation`, `fields`: {" + obs + ", `time`: {`path`: `/t`, `fromat`: `iso`}}}") << "mapping/fields/time/fromat: unknown key (known: path, value, default, required, map, time, number)";
        QTest::newRow("path and value") << QByteArray("{`target`: `observation`, `fields`: {" + obs + ", `time`: {`path`: `/t`, `value`: `x`}}}") << "mapping/fields/time: needs exactly one of \"path\" and \"value\"";
        QTest::newRow("bad constant") << QByteArray("{`target`: `case`, `fields`: {`externalId`: {`path`: `/id`}, `title`: {`path`: `/t`}, `opened`: {`path`: `/o`}, `category`: {`value`: `field_reprt`}}}") << "mapping/fields/category/value: 'field_reprt' is not a case category (field_report, dossier, complaint, sos, security_incident, soc_alert, social_post)";
        QTest::newRow("bad map value") << QByteArray("{`target`: `case`, `fields`: {`externalId`: {`path`: `/id`}, `title`: {`path`: `/t`}, `opened`: {`path`: `/o`}, `status`: {`path`: `/s`, `map`: {`Tạm dừng`: `paused`}}}}") << "mapping/fields/status/map/Tạm dừng: 'paused' is not a case status (pending, in_progress, near_due, overdue, resolved, closed)";
        QTest::newRow("map on a time") << QByteArray("{`target`: `observation`, `fields`: {" + obs + ", `time`: {`path`: `/t`, `map`: {}}}}") << "mapping/fields/time/map: time takes no value map";
        QTest::newRow("bad zone") << QByteArray("{`target`: `observation`, `timeZone`: `Asia/Saigon_City`, `fields`: {" + obs + ", `time`: {`path`: `/t`}}}") << "mapping/timeZone: 'Asia/Saigon_City' is not a known time zone";
        QTest::newRow("empty source") << QByteArray("{`target`: `observation`, `source`: ``, `fields`: {" + obs + ", `time`: {`path`: `/t`}}}") << "mapping/source: must be a non-empty text";
        QTest::newRow("required default bad") << QByteArray("{`target`: `observation`, `fields`: {" + obs + ", `time`: {`path`: `/t`, `default`: `tomorrow`}}}") << "mapping/fields/time/default: 'tomorrow' is not a time in iso";
    }
    void mappingErrorsNameTheKey()
    {
        QFETCH(QByteArray, mapping);
        QFETCH(QString, error);
        const Result<RecordMapper> made = RecordMapper::fromJson(parse(mapping), QStringLiteral("x"));
        QVERIFY(!made.ok());
        QCOMPARE(made.errorMessage(), error);
    }

    void knowsItsTimeFields()
    {
        const RecordMapper m = mapper(caseMapping());
        QVERIFY(m.isTimeField(QStringLiteral("opened")));
        QVERIFY(m.isTimeField(QStringLiteral("due")));
        QVERIFY(!m.isTimeField(QStringLiteral("title")));
        QVERIFY(!m.isTimeField(QStringLiteral("nope")));
        QCOMPARE(m.recordType(), QStringLiteral("case"));
        QCOMPARE(m.source(), QStringLiteral("paht"));
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("firstInvalid");
        QTest::newRow("ascii") << QByteArray("abc") << -1;
        QTest::newRow("vietnamese") << QStringLiteral("Phường Bạc Liêu").toUtf8() << -1;
        QTest::newRow("emoji") << QByteArray("x\xF0\x9F\x98\x80") << -1;
        QTest::newRow("latin-1 byte") << QByteArray("Ph\xE6\xF4ng") << 2;
        QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
        QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF") << 1;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 0;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("truncated") << QByteArray("ok\xE1\xBB") << 2;
    }
    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, firstInvalid);
        QCOMPARE(firstInvalidUtf8(bytes), qsizetype(firstInvalid));
    }

    void csvRowsBecomeRecords()
    {
        const QStringList header{QStringLiteral("ma"), QStringLiteral("ten"), QStringLiteral("ghi_chu")};
        Result<QJsonObject> row = recordFromCsvFields(header, {"A1", QStringLiteral("Cà Mau").toUtf8()});
        QVERIFY(row.ok());
        QCOMPARE(row.value(), (QJsonObject{{"ma", "A1"}, {"ten", QStringLiteral("Cà Mau")}}));
        row = recordFromCsvFields(header, {"A1", "C\xE0 Mau", "x"});
        QCOMPARE(row.errorMessage(), QStringLiteral("column 'ten' (2): invalid UTF-8 at byte 1"));
        row = recordFromCsvFields(header, {"1", "2", "3", "4"});
        QCOMPARE(row.errorMessage(), QStringLiteral("4 fields, but the header names 3 columns"));
    }
};

QTEST_GUILESS_MAIN(TestRecordMapper)
#include "tst_recordmapper.moc"
