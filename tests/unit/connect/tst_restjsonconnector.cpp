// SPDX-License-Identifier: GPL-3.0-or-later
// The rest-json plugin as the host loads it, polling scripts/test-servers/faulthttp.py on 127.0.0.1 through
// the real libcurl transport: every pagination kind, incremental rounds, re-polling after a failure or a
// crash (the same page again), responses that are not JSON, quarantine and remap.

#include "connect/jsonschema.h"
#include "connectortesthelper.h"
#include "serverprocess.h"

#include "core/clock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ioc;

namespace {

using test::sourcePath;

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

QJsonObject readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// faulthttp.py as a child process on a free port; killed when the object goes.
class FaultHttp {
public:
    bool start(int records)
    {
        return m_process.start(test::pythonWith(QStringLiteral("json")), QStringLiteral("scripts/test-servers/faulthttp.py"),
                               {QStringLiteral("--records"), QString::number(records), QStringLiteral("--root"),
                                QString::fromLocal8Bit(qgetenv("IOC_TEST_DATA"))});
    }
    void stop() { m_process.stop(); }
    QString url(const QString& pathAndQuery) const { return m_process.url(QStringLiteral("http"), pathAndQuery); }

private:
    test::ServerProcess m_process;
};

TransportRequest get(const QString& url)
{
    TransportRequest request;
    request.url = QUrl(url);
    return request;
}

// The faulthttp records ({id, title, time, lat, lon, status}) as cases.
QJsonObject itemMapping()
{
    return parse("{`target`: `case`, `fields`: {`externalId`: {`path`: `/id`}, `title`: {`path`: `/title`},"
                 "`opened`: {`path`: `/time`}, `latitude`: {`path`: `/lat`}, `longitude`: {`path`: `/lon`},"
                 "`status`: {`path`: `/status`, `map`: {`open`: `in_progress`}}}}");
}

} // namespace

class TestRestJsonConnector : public QObject {
    Q_OBJECT

private:
    QPluginLoader m_loader;
    ConnectorFactory* m_factory = nullptr;
    Transport m_transport;
    SystemClock m_clock;
    FaultHttp m_server;

    struct Made {
        std::unique_ptr<test::TestConnectorContext> context;
        std::unique_ptr<Connector> connector;
    };
    Made make(const QJsonObject& config, const QString& id = QStringLiteral("items"))
    {
        Made made;
        made.context = std::make_unique<test::TestConnectorContext>(id, config, &m_transport, m_clock);
        Result<std::unique_ptr<Connector>> created = m_factory->create(*made.context);
        if (!created)
            qFatal("rest-json refused the configuration: %s", qPrintable(created.errorMessage()));
        made.connector = std::move(created).value();
        return made;
    }

    // Polls as the host does (committing each batch's checkpoint) until `more` is false; returns the ids
    // in the order read and the number of polls. A failed poll fails the test.
    struct Round {
        QStringList ids;
        int polls = 0;
        QByteArray checkpoint;
    };
    Round drain(Connector& connector, QByteArray checkpoint = {})
    {
        Round round;
        for (int guard = 0; guard < 100; ++guard) {
            Result<ConnectorBatch> batch = connector.poll(checkpoint);
            if (!batch) {
                qWarning("poll failed: %s", qPrintable(batch.errorMessage()));
                return round;
            }
            ++round.polls;
            for (const Case& c : batch.value().records.cases)
                round.ids << c.key.externalId;
            if (!batch.value().checkpoint.isEmpty())
                checkpoint = batch.value().checkpoint;
            if (!batch.value().more)
                break;
        }
        round.checkpoint = checkpoint;
        return round;
    }

    static QStringList expectedIds(int from, int to)
    {
        QStringList ids;
        for (int i = from; i <= to; ++i)
            ids << QStringLiteral("item-%1").arg(i, 6, 10, QLatin1Char('0'));
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_factory = test::loadConnectorFactory(m_loader, QStringLiteral("rest-json"));
        QVERIFY(m_server.start(25));
    }

    void metadataSatisfiesTheConnectorSchema()
    {
        const Result<JsonSchema> schema = JsonSchema::fromFile(sourcePath(QStringLiteral("plugins/connector.schema.json")));
        QVERIFY(schema.ok());
        const QJsonObject metadata = m_loader.metaData().value(QStringLiteral("MetaData")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("id")).toString(), QStringLiteral("rest-json"));
        QCOMPARE(schema.value().problems(metadata), QStringList());
        QVERIFY(JsonSchema::fromJson(metadata.value(QStringLiteral("configSchema")).toObject(), QStringLiteral("configSchema")).ok());
    }

    void examplesAreValidAndAccepted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("paht") << QStringLiteral("paht-field-reports.json");
        QTest::newRow("dvc") << QStringLiteral("dvc-dossiers.json");
        QTest::newRow("ktxh") << QStringLiteral("ktxh-indicators.json");
    }
    void examplesAreValidAndAccepted()
    {
        QFETCH(QString, file);
        qputenv("IOC_PAHT_TOKEN", "test-token");
        qputenv("IOC_DVC_API_KEY", "test-key");
        qputenv("IOC_KTXH_PASSWORD", "test-password");
        const QJsonObject example = readJsonFile(sourcePath(QStringLiteral("plugins/rest-json/examples/") + file));
        const Result<JsonSchema> setup = JsonSchema::fromFile(sourcePath(QStringLiteral("resources/connect/connectors.schema.json")));
        QVERIFY(setup.ok());
        QCOMPARE(setup.value().problems(example), QStringList());
        const Result<JsonSchema> configSchema = JsonSchema::fromJson(
            m_loader.metaData().value(QStringLiteral("MetaData")).toObject().value(QStringLiteral("configSchema")).toObject(),
            QStringLiteral("rest-json"));
        QVERIFY(configSchema.ok());
        const QJsonObject entry = example.value(QStringLiteral("connectors")).toArray().first().toObject();
        const QJsonObject config = entry.value(QStringLiteral("config")).toObject();
        QCOMPARE(configSchema.value().problems(config), QStringList());
        test::TestConnectorContext context(entry.value(QStringLiteral("id")).toString(), config, &m_transport, m_clock);
        const Result<std::unique_ptr<Connector>> created = m_factory->create(context);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QCOMPARE(created.value()->mode(), Connector::Mode::Poll);
    }

    void badConfigurationsAreRefusedNamingTheSetting_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("error");
        QTest::newRow("mapping field") << QByteArray("{`url`: `http://127.0.0.1/x`, `mapping`: {`target`: `case`, `fields`: {`nope`: {`path`: `/a`}}}}")
                                       << "mapping/fields/nope: not a field of case (externalId, category, domain, title, channel, latitude, longitude, areaCode, status, severity, opened, due, closed, assigneeUnit, satisfied, sentiment)";
        QTest::newRow("records pointer") << QByteArray("{`url`: `http://127.0.0.1/x`, `records`: `items`, `mapping`: MAPPING}") << "records: 'items' is not a JSON Pointer";
        QTest::newRow("kind") << QByteArray("{`url`: `http://127.0.0.1/x`, `pagination`: {`kind`: `pages`}, `mapping`: MAPPING}") << "pagination/kind: 'pages' is not one of none, page, offset, cursor, link";
        QTest::newRow("since field") << QByteArray("{`url`: `http://127.0.0.1/x`, `incremental`: {`field`: `title`}, `mapping`: MAPPING}") << "incremental/field: 'title' is not a time field of a case";
        QTest::newRow("since format") << QByteArray("{`url`: `http://127.0.0.1/x`, `incremental`: {`field`: `opened`, `format`: `unix`}, `mapping`: MAPPING}") << "incremental/format: 'unix' is not a time format (iso; dd/MM/yyyy HH:mm:ss; dd/MM/yyyy HH:mm; dd/MM/yyyy; s; ms)";
        QTest::newRow("url scheme") << QByteArray("{`url`: `ftp://127.0.0.1/x`, `mapping`: MAPPING}") << "url: not an http or https URL";
    }
    void badConfigurationsAreRefusedNamingTheSetting()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, error);
        config.replace("MAPPING", QJsonDocument(itemMapping()).toJson(QJsonDocument::Compact).replace('"', '`'));
        test::TestConnectorContext context(QStringLiteral("x"), parse(config), &m_transport, m_clock);
        const Result<std::unique_ptr<Connector>> created = m_factory->create(context);
        QVERIFY(!created.ok());
        QCOMPARE(created.errorMessage(), error);
    }

    void paginates_data()
    {
        QTest::addColumn<QByteArray>("pagination");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("records");
        QTest::addColumn<int>("polls");
        QTest::newRow("page") << QByteArray("{`kind`: `page`, `pageSize`: 10}") << "/api/items" << "/items" << 3;
        QTest::newRow("page with pages pointer") << QByteArray("{`kind`: `page`, `pageSize`: 5, `pagesPointer`: `/pages`}") << "/api/items" << "/items" << 5;
        QTest::newRow("page, full last page") << QByteArray("{`kind`: `page`, `pageSize`: 5}") << "/api/items" << "/items" << 6; // the 6th is empty
        QTest::newRow("offset") << QByteArray("{`kind`: `offset`, `pageSize`: 10}") << "/api/items" << "/items" << 3;
        QTest::newRow("cursor") << QByteArray("{`kind`: `cursor`, `pageSize`: 7, `cursorPointer`: `/nextCursor`}") << "/api/items" << "/items" << 4;
        QTest::newRow("link") << QByteArray("{`kind`: `link`, `pageSize`: 10}") << "/api/items?link=1" << "" << 3;
    }
    void paginates()
    {
        QFETCH(QByteArray, pagination);
        QFETCH(QString, path);
        QFETCH(QString, records);
        QFETCH(int, polls);
        QJsonObject config{{"url", m_server.url(path)}, {"records", records}, {"mapping", itemMapping()},
                           {"pagination", parse(pagination)}};
        Made made = make(config);
        const Round round = drain(*made.connector);
        QCOMPARE(round.ids, expectedIds(1, 25));
        QCOMPARE(round.polls, polls);
        // The round is over: the next poll starts again from the first page (no watermark configured).
        Result<ConnectorBatch> again = made.connector->poll(round.checkpoint);
        QVERIFY(again.ok());
        QCOMPARE(again.value().records.cases.first().key.externalId, QStringLiteral("item-000001"));
    }

    void mapsTheRecordsFully()
    {
        Made made = make(QJsonObject{{"url", m_server.url(QStringLiteral("/api/items"))}, {"records", "/items"},
                                     {"mapping", itemMapping()}, {"pagination", parse("{`kind`: `page`, `pageSize`: 3}")}});
        Result<ConnectorBatch> batch = made.connector->poll({});
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        const RecordBatch& records = batch.value().records;
        QCOMPARE(records.cases.size(), 3);
        QCOMPARE(records.source, QStringLiteral("items"));
        const Case& first = records.cases.first();
        QCOMPARE(first.key, (RecordKey{QStringLiteral("items"), QStringLiteral("item-000001")}));
        QCOMPARE(first.title, QStringLiteral("Item 1"));
        QCOMPARE(first.opened, QDateTime(QDate(2026, 1, 1), QTime(0, 1), QTimeZone::utc()));
        QCOMPARE(first.status, CaseStatus::Pending); // faulthttp: record 1 is "pending"
        QCOMPARE(records.cases.at(2).status, CaseStatus::InProgress); // record 3 is "open", mapped
        QVERIFY(first.position.isValid());
        QCOMPARE(batch.value().dataTime, QDateTime(QDate(2026, 1, 1), QTime(0, 3), QTimeZone::utc()));
        QVERIFY(batch.value().more);
        QVERIFY(batch.value().quarantined.isEmpty());
    }

    void aCrashRepollsTheSamePage()
    {
        Made made = make(QJsonObject{{"url", m_server.url(QStringLiteral("/api/items"))}, {"records", "/items"},
                                     {"mapping", itemMapping()}, {"pagination", parse("{`kind`: `cursor`, `pageSize`: 10}")}});
        Result<ConnectorBatch> first = made.connector->poll({});
        QVERIFY(first.ok());
        const QByteArray committed = first.value().checkpoint;
        // Page 2 is fetched, then the program dies before the host commits it: the host polls again with
        // the last committed checkpoint and gets the same page.
        Result<ConnectorBatch> lost = made.connector->poll(committed);
        QVERIFY(lost.ok());
        Made restarted = make(made.context->configuration());
        Result<ConnectorBatch> again = restarted.connector->poll(committed);
        QVERIFY(again.ok());
        QCOMPARE(again.value().checkpoint, lost.value().checkpoint);
        QStringList lostIds, againIds;
        for (const Case& c : lost.value().records.cases)
            lostIds << c.key.externalId;
        for (const Case& c : again.value().records.cases)
            againIds << c.key.externalId;
        QCOMPARE(againIds, expectedIds(11, 20));
        QCOMPARE(lostIds, againIds);
    }

    void aFailedPollAdvancesNothing()
    {
        Made made = make(QJsonObject{{"url", m_server.url(QStringLiteral("/api/items"))}, {"records", "/items"},
                                     {"mapping", itemMapping()}, {"pagination", parse("{`kind`: `page`, `pageSize`: 10}")}});
        Result<ConnectorBatch> first = made.connector->poll({});
        QVERIFY(first.ok());
        QVERIFY(m_transport.fetch(get(m_server.url(QStringLiteral("/control/fail-next?n=1")))).ok());
        Result<ConnectorBatch> failed = made.connector->poll(first.value().checkpoint);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.errorMessage().contains(QStringLiteral("HTTP 503")), qPrintable(failed.errorMessage()));
        const Round rest = drain(*made.connector, first.value().checkpoint);
        QCOMPARE(rest.ids, expectedIds(11, 25));
    }

    void responsesThatAreNotJsonFailThePoll_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << "/malformed" << "the response is not JSON";
        QTest::newRow("truncated") << "/truncated" << "";
        QTest::newRow("no array") << "/ok" << "the response has no array at '/items'";
        QTest::newRow("status 500") << "/status/500" << "the server answered HTTP 500";
    }
    void responsesThatAreNotJsonFailThePoll()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        Made made = make(QJsonObject{{"url", m_server.url(path)}, {"records", "/items"}, {"mapping", itemMapping()}});
        const Result<ConnectorBatch> batch = made.connector->poll({});
        QVERIFY(!batch.ok());
        QVERIFY2(batch.errorMessage().contains(expected), qPrintable(batch.errorMessage()));
        QVERIFY2(batch.errorMessage().contains(QStringLiteral("127.0.0.1")), qPrintable(batch.errorMessage()));
    }

    void incrementalRoundsFollowTheWatermark()
    {
        FaultHttp server; // its own: records are added to it
        QVERIFY(server.start(25));
        QJsonObject config{{"url", server.url(QStringLiteral("/api/items"))}, {"records", "/items"},
                           {"mapping", itemMapping()}, {"pagination", parse("{`kind`: `none`, `pageSize`: 10}")},
                           {"incremental", parse("{`parameter`: `since`, `field`: `opened`}")}};
        Made made = make(config);
        // No watermark yet: the first poll reads the first 10; the page was full and the watermark moved,
        // so `more` asks for the next at once, with since = the newest time seen.
        Round round = drain(*made.connector);
        QCOMPARE(round.ids, expectedIds(1, 25));
        QCOMPARE(round.polls, 3);
        QCOMPARE(QJsonDocument::fromJson(round.checkpoint).object().value("since").toString(),
                 QStringLiteral("2026-01-01T00:25:00.000Z"));
        // Nothing new: an empty poll keeps the watermark.
        Round idle = drain(*made.connector, round.checkpoint);
        QVERIFY(idle.ids.isEmpty());
        QCOMPARE(idle.checkpoint, round.checkpoint);
        // Three new records at the source: only they are read.
        QVERIFY(m_transport.fetch(get(server.url(QStringLiteral("/control/add-records?n=3")))).ok());
        Round next = drain(*made.connector, round.checkpoint);
        QCOMPARE(next.ids, expectedIds(26, 28));
    }

    void incrementalWithPagesKeepsTheRoundsWatermark()
    {
        // Page pagination with a since parameter: faulthttp then ignores the pages (since mode), but the
        // connector must keep the round's since for every page and move it only when the round ends.
        QJsonObject config{{"url", m_server.url(QStringLiteral("/api/items"))}, {"records", "/items"},
                           {"mapping", itemMapping()}, {"pagination", parse("{`kind`: `page`, `pageSize`: 10}")},
                           {"incremental", parse("{`field`: `opened`, `start`: `2026-01-01T00:05:00Z`}")}};
        Made made = make(config);
        Result<ConnectorBatch> first = made.connector->poll({});
        QVERIFY(first.ok());
        QCOMPARE(first.value().records.cases.first().key.externalId, QStringLiteral("item-000006"));
        const QJsonObject checkpoint = QJsonDocument::fromJson(first.value().checkpoint).object();
        QCOMPARE(checkpoint.value("since").toString(), QStringLiteral("2026-01-01T00:05:00.000Z"));
        QCOMPARE(checkpoint.value("seen").toString(), QStringLiteral("2026-01-01T00:15:00.000Z"));
        QCOMPARE(checkpoint.value("next").toObject().value("page").toInt(), 2);
        QVERIFY(first.value().more);
    }

    void quarantinesBadItemsAndPassesTheRest()
    {
        const QJsonObject mapping = parse("{`target`: `case`, `fields`: {`externalId`: {`path`: `/ma`}, `title`: {`path`: `/tieu_de`},"
                                          "`status`: {`path`: `/trang_thai`}, `opened`: {`path`: `/ngay`, `time`: [`dd/MM/yyyy HH:mm:ss`, `iso`]},"
                                          "`latitude`: {`path`: `/lat`}, `longitude`: {`path`: `/lon`}}}");
        QJsonObject config{{"url", m_server.url(QStringLiteral("/files/restjson-mixed.json"))}, {"records", "/data/items"},
                           {"mapping", mapping}, {"pagination", parse("{`kind`: `cursor`, `cursorPointer`: `/data/next_cursor`}")}};
        Made made = make(config, QStringLiteral("paht"));
        Result<ConnectorBatch> polled = made.connector->poll({});
        QVERIFY2(polled.ok(), qPrintable(polled.errorMessage()));
        const ConnectorBatch& batch = polled.value();
        QVERIFY(!batch.more); // next_cursor null
        QCOMPARE(batch.records.cases.size(), 2);
        QCOMPARE(batch.records.cases.at(0).key.externalId, QStringLiteral("PA-1"));
        QCOMPARE(batch.records.cases.at(0).status, CaseStatus::InProgress);
        QCOMPARE(batch.records.cases.at(1).title, QStringLiteral("'); DROP TABLE cases;--"));
        QCOMPARE(batch.records.cases.at(1).status, CaseStatus::Pending);
        QStringList reasons;
        for (const QuarantinedRecord& q : batch.quarantined) {
            reasons << q.reason;
            QCOMPARE(q.recordType, QStringLiteral("case"));
        }
        QCOMPARE(reasons, (QStringList{
            QStringLiteral("item 2, /ngay: '31/02/2026' is not a time in any of: dd/MM/yyyy HH:mm:ss; iso"),
            QStringLiteral("item 3, /tieu_de: is missing (title is required)"),
            QStringLiteral("item 4, /ma: 1.2345678901234568e+20 cannot be used as an identifier exactly (a number with a fraction or beyond 2^53); the source should send it as text"),
            QStringLiteral("item 5, case paht/PA-6: latitude 123 is outside -90…90"),
            QStringLiteral("item 6: expected an object, got 'not an object'"),
            QStringLiteral("item 7, /ngay: '22/11/2026' is not a time in any of: dd/MM/yyyy HH:mm:ss; iso")}));
        // The raw item is kept as compact JSON.
        QCOMPARE(QJsonDocument::fromJson(batch.quarantined.first().payload).object().value("ma").toString(), QStringLiteral("PA-3"));
        QCOMPARE(batch.quarantined.at(4).payload, QByteArray("\"not an object\""));

        // remap() with the same mapping still refuses; after the mapping learns dd/MM/yyyy, item 7 maps.
        QVERIFY(!made.connector->remap(batch.quarantined.at(5)).ok());
        QJsonObject fixed = config;
        QJsonObject fixedMapping = mapping;
        QJsonObject fields = fixedMapping.value("fields").toObject();
        QJsonObject opened = fields.value("opened").toObject();
        opened.insert("time", QJsonArray{"dd/MM/yyyy HH:mm:ss", "iso", "dd/MM/yyyy"});
        fields.insert("opened", opened);
        fixedMapping.insert("fields", fields);
        fixed.insert("mapping", fixedMapping);
        Made corrected = make(fixed, QStringLiteral("paht"));
        Result<RecordBatch> remapped = corrected.connector->remap(batch.quarantined.at(5));
        QVERIFY2(remapped.ok(), qPrintable(remapped.errorMessage()));
        QCOMPARE(remapped.value().cases.size(), 1);
        QCOMPARE(remapped.value().cases.first().key, (RecordKey{QStringLiteral("paht"), QStringLiteral("PA-8")}));
        QCOMPARE(remapped.value().cases.first().status, CaseStatus::Overdue);
        const Result<RecordBatch> notJson = corrected.connector->remap({QStringLiteral("case"), "{broken", QString()});
        QCOMPARE(notJson.errorMessage(), QStringLiteral("the quarantined payload is not a JSON object"));
    }

    void aCheckpointFromElsewhereIsRefused()
    {
        Made made = make(QJsonObject{{"url", m_server.url(QStringLiteral("/api/items"))}, {"records", "/items"}, {"mapping", itemMapping()}});
        const Result<ConnectorBatch> batch = made.connector->poll("42");
        QCOMPARE(batch.errorMessage(), QStringLiteral("the checkpoint is not one this connector wrote"));
    }
};

QTEST_GUILESS_MAIN(TestRestJsonConnector)
#include "tst_restjsonconnector.moc"
