// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/jsonschema.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

namespace {

// Test JSON is written with ` for " (moc's tokenizer stumbles on raw strings with quotes inside).
QJsonObject parse(QByteArray json)
{
    json.replace('`', '"');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return document.object();
}

QString sourcePath(const QString& relative)
{
    return QDir(QString::fromLocal8Bit(qgetenv("IOC_SOURCE_DIR"))).filePath(relative);
}

QJsonObject validMetadata()
{
    return parse("{`id`: `rest-json`, `name`: {`en`: `REST`, `vi`: `REST`},"
        "        `description`: {`en`: `Reads`, `vi`: `Đọc`}, `version`: `1.2.3-beta.1`, `sdk`: 1, `mode`: `poll`,"
        "        `produces`: [`cases`, `indicators`], `configSchema`: {`type`: `object`}}");
}

// A connector configuration schema in the style plugins use.
QJsonObject configSchema()
{
    return parse("{"
        "        `type`: `object`, `required`: [`url`], `additionalProperties`: false,"
        "        `properties`: {"
        "            `url`: {`type`: `string`, `pattern`: `^https?://`, `minLength`: 8},"
        "            `interval`: {`type`: `integer`, `minimum`: 1, `maximum`: 3600, `default`: 60},"
        "            `ratio`: {`type`: `number`, `exclusiveMinimum`: 0, `exclusiveMaximum`: 1},"
        "            `tags`: {`type`: `array`, `items`: {`type`: `string`, `maxLength`: 3}, `maxItems`: 2},"
        "            `name`: {`type`: [`string`, `null`]},"
        "            `pagination`: {`$ref`: `#/$defs/pagination`},"
        "            `auth`: {`oneOf`: ["
        "                {`type`: `object`, `required`: [`token`], `properties`: {`token`: {`type`: `string`}}, `additionalProperties`: false},"
        "                {`type`: `object`, `required`: [`user`], `properties`: {`user`: {`type`: `string`}}, `additionalProperties`: false}"
        "            ]},"
        "            `id`: {`anyOf`: [{`type`: `string`}, {`type`: `integer`, `minimum`: 0}]},"
        "            `extra`: {`type`: `object`, `additionalProperties`: {`type`: `boolean`}}"
        "        },"
        "        `$defs`: {"
        "            `pagination`: {`type`: `object`, `properties`: {"
        "                `kind`: {`enum`: [`none`, `page`, `cursor`], `default`: `none`},"
        "                `pageSize`: {`type`: `integer`, `default`: 100}"
        "            }}"
        "        }}");
}

} // namespace

class TestJsonSchema : public QObject {
    Q_OBJECT

private:
    JsonSchema m_metadataSchema = JsonSchema::fromJson({}, QString()).value();

private Q_SLOTS:
    void initTestCase()
    {
        const Result<JsonSchema> schema = JsonSchema::fromFile(sourcePath(QStringLiteral("plugins/connector.schema.json")));
        QVERIFY2(schema.ok(), qPrintable(schema.errorMessage()));
        m_metadataSchema = schema.value();
    }

    void acceptsValidMetadata()
    {
        QCOMPARE(m_metadataSchema.problems(validMetadata()), QStringList());
        QVERIFY(m_metadataSchema.validate(validMetadata(), QStringLiteral("rest-json.json")).ok());
    }

    void namesEachProblemInMetadata_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove the key
        QTest::addColumn<QString>("expected");
        QTest::newRow("id upper case") << "id" << QJsonValue(QStringLiteral("Rest")) << "/id: 'Rest' does not match the pattern ^[a-z][a-z0-9-]*$";
        QTest::newRow("id starts with digit") << "id" << QJsonValue(QStringLiteral("1rest")) << "/id: '1rest' does not match the pattern ^[a-z][a-z0-9-]*$";
        QTest::newRow("id missing") << "id" << QJsonValue(QJsonValue::Undefined) << "/id: is required but missing";
        QTest::newRow("name without vi") << "name" << QJsonValue(QJsonObject{{"en", "REST"}}) << "/name/vi: is required but missing";
        QTest::newRow("name is text") << "name" << QJsonValue(QStringLiteral("REST")) << "/name: expected object, got string 'REST'";
        QTest::newRow("empty vi") << "description" << QJsonValue(QJsonObject{{"en", "x"}, {"vi", ""}}) << "/description/vi: is 0 characters long, at least 1 are required";
        QTest::newRow("version not semver") << "version" << QJsonValue(QStringLiteral("1.2")) << "/version: '1.2' does not match the pattern " + m_metadataSchema.json().value("properties").toObject().value("version").toObject().value("pattern").toString();
        QTest::newRow("sdk 2") << "sdk" << QJsonValue(2) << "/sdk: must be 1, not 2";
        QTest::newRow("sdk 1.5") << "sdk" << QJsonValue(1.5) << "/sdk: expected integer, got number 1.5";
        QTest::newRow("mode") << "mode" << QJsonValue(QStringLiteral("push")) << "/mode: 'push' is not one of 'poll', 'subscribe'";
        QTest::newRow("produces empty") << "produces" << QJsonValue(QJsonArray()) << "/produces: has 0 items, at least 1 are required";
        QTest::newRow("produces unknown") << "produces" << QJsonValue(QJsonArray{"cases", "alerts"}) << "/produces/1: 'alerts' is not one of 'cases', 'observations', 'assets', 'indicators', 'positions'";
        QTest::newRow("produces twice") << "produces" << QJsonValue(QJsonArray{"cases", "assets", "cases"}) << "/produces/2: 'cases' repeats item 0";
        QTest::newRow("configSchema array") << "configSchema" << QJsonValue(QJsonArray()) << "/configSchema: expected object, got array an array";
        QTest::newRow("unknown key") << "colour" << QJsonValue(QStringLiteral("red")) << "/colour: is not an allowed property here";
    }
    void namesEachProblemInMetadata()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject metadata = validMetadata();
        if (value.isUndefined())
            metadata.remove(key);
        else
            metadata.insert(key, value);
        QCOMPARE(m_metadataSchema.problems(metadata), QStringList{expected});
        const Result<void> result = m_metadataSchema.validate(metadata, QStringLiteral("x.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.errorMessage(), QStringLiteral("x.json: ") + expected);
    }

    void reportsEveryProblemAndCountsTheRest()
    {
        const QJsonObject metadata = parse("{`id`: `A`, `sdk`: `1`}");
        const QStringList problems = m_metadataSchema.problems(metadata);
        QVERIFY(problems.contains(QStringLiteral("/id: 'A' does not match the pattern ^[a-z][a-z0-9-]*$")));
        QVERIFY(problems.contains(QStringLiteral("/sdk: expected integer, got string '1'")));
        QVERIFY(problems.contains(QStringLiteral("/mode: is required but missing")));
        QCOMPARE(problems.size(), 2 + 6); // six required keys missing
        const Result<void> result = m_metadataSchema.validate(metadata, QStringLiteral("m.json"));
        QVERIFY(result.errorMessage().startsWith(QStringLiteral("m.json: ")));
        QVERIFY2(result.errorMessage().endsWith(QStringLiteral("(and 7 more)")), qPrintable(result.errorMessage()));
    }

    void rootProblemsAreNamedSlash()
    {
        QCOMPARE(m_metadataSchema.problems(QJsonArray()), QStringList{QStringLiteral("/: expected object, got array an array")});
    }

    void checksConfigurations_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("valid") << QByteArray("{`url`: `https://x.vn/api`, `interval`: 5, `ratio`: 0.5, `tags`: [`a`], `name`: null, `auth`: {`token`: `t`}, `id`: 3, `extra`: {`a`: true}}") << QStringList();
        QTest::newRow("valid minimal") << QByteArray("{`url`: `http://x.vn`}") << QStringList();
        QTest::newRow("url missing") << QByteArray("{}") << QStringList{"/url: is required but missing"};
        QTest::newRow("url scheme") << QByteArray("{`url`: `ftp://x.vn`}") << QStringList{"/url: 'ftp://x.vn' does not match the pattern ^https?://"};
        QTest::newRow("url short") << QByteArray("{`url`: `http://`}") << QStringList{"/url: is 7 characters long, at least 8 are required"};
        QTest::newRow("interval below") << QByteArray("{`url`: `http://x.vn`, `interval`: -1}") << QStringList{"/interval: -1 is below the minimum 1"};
        QTest::newRow("interval above") << QByteArray("{`url`: `http://x.vn`, `interval`: 3601}") << QStringList{"/interval: 3601 is above the maximum 3600"};
        QTest::newRow("interval fraction") << QByteArray("{`url`: `http://x.vn`, `interval`: 2.5}") << QStringList{"/interval: expected integer, got number 2.5"};
        QTest::newRow("ratio at bound") << QByteArray("{`url`: `http://x.vn`, `ratio`: 1}") << QStringList{"/ratio: 1 must be less than 1"};
        QTest::newRow("ratio zero") << QByteArray("{`url`: `http://x.vn`, `ratio`: 0}") << QStringList{"/ratio: 0 must be greater than 0"};
        QTest::newRow("tags") << QByteArray("{`url`: `http://x.vn`, `tags`: [`abcd`, 1, `c`]}") << QStringList{"/tags: has 3 items, at most 2 are allowed", "/tags/0: is 4 characters long, at most 3 are allowed", "/tags/1: expected string, got integer 1"};
        QTest::newRow("name type list") << QByteArray("{`url`: `http://x.vn`, `name`: 1}") << QStringList{"/name: expected string or null, got integer 1"};
        QTest::newRow("ref enum") << QByteArray("{`url`: `http://x.vn`, `pagination`: {`kind`: `link`}}") << QStringList{"/pagination/kind: 'link' is not one of 'none', 'page', 'cursor'"};
        QTest::newRow("oneOf none") << QByteArray("{`url`: `http://x.vn`, `auth`: {`key`: `k`}}") << QStringList{"/auth: matches none of the 2 alternatives (the first says: /auth/token: is required but missing)"};
        QTest::newRow("oneOf two") << QByteArray("{`url`: `http://x.vn`, `auth`: {}}") << QStringList{"/auth: matches none of the 2 alternatives (the first says: /auth/token: is required but missing)"};
        QTest::newRow("anyOf") << QByteArray("{`url`: `http://x.vn`, `id`: -4}") << QStringList{"/id: matches none of the 2 alternatives (the first says: /id: expected string, got integer -4)"};
        QTest::newRow("additional schema") << QByteArray("{`url`: `http://x.vn`, `extra`: {`a`: 1}}") << QStringList{"/extra/a: expected boolean, got integer 1"};
        QTest::newRow("escaped key") << QByteArray("{`url`: `http://x.vn`, `a/b~c`: 1}") << QStringList{"/a~1b~0c: is not an allowed property here"};
        QTest::newRow("injection stays text") << QByteArray("{`url`: `'); DROP TABLE cases;--`}") << QStringList{"/url: ''); DROP TABLE cases;--' does not match the pattern ^https?://"};
    }
    void checksConfigurations()
    {
        QFETCH(QByteArray, config);
        QFETCH(QStringList, expected);
        const Result<JsonSchema> schema = JsonSchema::fromJson(configSchema(), QStringLiteral("config.schema"));
        QVERIFY2(schema.ok(), qPrintable(schema.errorMessage()));
        QCOMPARE(schema.value().problems(parse(config)), expected);
    }

    void oneOfRejectsTwoMatches()
    {
        const Result<JsonSchema> schema = JsonSchema::fromJson(
            parse("{`oneOf`: [{`type`: `number`}, {`type`: `integer`}]}"), QStringLiteral("s"));
        QVERIFY(schema.ok());
        QCOMPARE(schema.value().problems(3), QStringList{"/: matches 2 of the alternatives, exactly one is allowed"});
        QCOMPARE(schema.value().problems(2.5), QStringList());
        QCOMPARE(schema.value().problems(false), QStringList{"/: matches none of the 2 alternatives (the first says: /: expected number, got boolean false)"});
    }

    void rejectsSchemasItCannotHonour_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QString>("expected");
        QTest::newRow("format") << QByteArray("{`type`: `string`, `format`: `uri`}") << "s.json: /format: the keyword 'format' is not supported (outside the subset this program checks)";
        QTest::newRow("nested") << QByteArray("{`properties`: {`a`: {`properties`: {`b`: {`patternProperties`: {}}}}}}") << "s.json: /properties/a/properties/b/patternProperties: the keyword 'patternProperties' is not supported (outside the subset this program checks)";
        QTest::newRow("in oneOf") << QByteArray("{`oneOf`: [{`type`: `string`}, {`allOf`: []}]}") << "s.json: /oneOf/1/allOf: the keyword 'allOf' is not supported (outside the subset this program checks)";
        QTest::newRow("in $defs") << QByteArray("{`$defs`: {`x`: {`if`: {}}}}") << "s.json: /$defs/x/if: the keyword 'if' is not supported (outside the subset this program checks)";
        QTest::newRow("bad type") << QByteArray("{`type`: `text`}") << "s.json: /type: 'text' is not a type (null, boolean, object, array, number, integer, string)";
        QTest::newRow("bad pattern") << QByteArray("{`pattern`: `(a`}") << "s.json: /pattern: '(a' is not a valid regular expression (missing closing parenthesis)";
        QTest::newRow("remote ref") << QByteArray("{`$ref`: `https://x/s.json`}") << "s.json: /$ref: only references to \"#/$defs/...\" are supported, not 'https://x/s.json'";
        QTest::newRow("dangling ref") << QByteArray("{`$ref`: `#/$defs/nope`}") << "s.json: /$ref: '#/$defs/nope' refers to nothing in this schema";
        QTest::newRow("negative minItems") << QByteArray("{`minItems`: -1}") << "s.json: /minItems: must be a whole number, 0 or more";
        QTest::newRow("required not list") << QByteArray("{`required`: `a`}") << "s.json: /required: must be an array of property names";
        QTest::newRow("schema not object") << QByteArray("{`properties`: {`a`: 3}}") << "s.json: /properties/a: a schema must be an object or a boolean";
        QTest::newRow("empty enum") << QByteArray("{`enum`: []}") << "s.json: /enum: must be a non-empty array";
    }
    void rejectsSchemasItCannotHonour()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QString, expected);
        const Result<JsonSchema> read = JsonSchema::fromJson(parse(schema), QStringLiteral("s.json"));
        QVERIFY(!read.ok());
        QCOMPARE(read.errorMessage(), expected);
    }

    void refLoopIsReportedNotOverflowed()
    {
        const Result<JsonSchema> schema = JsonSchema::fromJson(parse("{`$ref`: `#/$defs/a`, `$defs`: {`a`: {`$ref`: `#/$defs/a`}}}"), QStringLiteral("s"));
        QVERIFY(schema.ok());
        const QStringList problems = schema.value().problems(1);
        QCOMPARE(problems, QStringList{"/: the schema nests too deeply to check (a $ref loop?)"});
    }

    void falseSchemaAllowsNothing()
    {
        const Result<JsonSchema> schema = JsonSchema::fromJson(parse("{`properties`: {`a`: false, `b`: true}}"), QStringLiteral("s"));
        QVERIFY(schema.ok());
        QCOMPARE(schema.value().problems(parse("{`a`: 1, `b`: 2}")), QStringList{"/a: no value is allowed here"});
    }

    void fillsDefaults()
    {
        const Result<JsonSchema> schema = JsonSchema::fromJson(configSchema(), QStringLiteral("c"));
        QVERIFY(schema.ok());
        // Absent properties with a default get it; present ones are kept; objects given are filled inside
        // (through $ref); objects not given are not invented.
        const QJsonValue filled = schema.value().withDefaults(parse("{`url`: `http://x.vn`, `pagination`: {`pageSize`: 10}}"));
        QCOMPARE(filled, QJsonValue(parse("{`url`: `http://x.vn`, `interval`: 60, `pagination`: {`kind`: `none`, `pageSize`: 10}}")));
        const QJsonValue kept = schema.value().withDefaults(parse("{`url`: `http://x.vn`, `interval`: 5}"));
        QCOMPARE(kept.toObject().value("interval"), QJsonValue(5));
        QVERIFY(!kept.toObject().contains("pagination"));
        // Defaults inside array items.
        const Result<JsonSchema> items = JsonSchema::fromJson(parse("{`type`: `array`, `items`: {`type`: `object`, `properties`: {`on`: {`default`: true}}}}"), QStringLiteral("i"));
        QVERIFY(items.ok());
        QCOMPARE(items.value().withDefaults(QJsonArray{QJsonObject{}, QJsonObject{{"on", false}}}), QJsonValue(QJsonArray{QJsonObject{{"on", true}}, QJsonObject{{"on", false}}}));
    }

    void fileErrorsNameTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        QVERIFY(JsonSchema::fromFile(missing).errorMessage().startsWith(missing + QStringLiteral(": cannot be read")));
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"type\": ");
        file.close();
        QVERIFY(JsonSchema::fromFile(broken).errorMessage().startsWith(broken + QStringLiteral(": not valid JSON at byte")));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
