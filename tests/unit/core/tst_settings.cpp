// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

namespace {

const QByteArray kSchema = R"({ "fields": [
    { "key": "ui.density", "type": "enum", "choices": ["wall", "console", "touch"], "default": "console" },
    { "key": "logging.maxFiles", "type": "int", "minimum": 1, "maximum": 100, "default": 5 },
    { "key": "map.opacity", "type": "double", "minimum": 0, "maximum": 1, "default": 0.8 },
    { "key": "logging.stderr", "type": "bool", "default": true },
    { "key": "general.name", "type": "string", "default": "Cà Mau" }
] })";

Settings makeSettings()
{
    Result<SettingsSchema> schema = SettingsSchema::parse(kSchema, QStringLiteral("test-schema"));
    Q_ASSERT(schema.ok());
    return Settings(std::move(schema).value());
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsApplyUntilSet()
    {
        Settings settings = makeSettings();
        QCOMPARE(settings.value(QStringLiteral("ui.density")).toString(), QStringLiteral("console"));
        QCOMPARE(settings.value(QStringLiteral("logging.maxFiles")).toInt(), 5);
        QCOMPARE(settings.value(QStringLiteral("general.name")).toString(), QStringLiteral("Cà Mau"));
        QVERIFY(!settings.value(QStringLiteral("no.such")).isValid());
    }

    void validValuesAreStoredAndSignalled()
    {
        Settings settings = makeSettings();
        QSignalSpy spy(&settings, &Settings::valueChanged);
        QVERIFY(settings.set(QStringLiteral("ui.density"), QStringLiteral("wall")).ok());
        QVERIFY(settings.set(QStringLiteral("logging.maxFiles"), 7).ok());
        QCOMPARE(settings.value(QStringLiteral("ui.density")).toString(), QStringLiteral("wall"));
        QCOMPARE(settings.value(QStringLiteral("logging.maxFiles")).toInt(), 7);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("ui.density"));
    }

    void invalidValuesAreRejectedNamingTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("enum") << "ui.density" << QJsonValue(QStringLiteral("huge")) << "ui.density: 'huge' is not one of: wall, console, touch";
        QTest::newRow("below") << "logging.maxFiles" << QJsonValue(0) << "logging.maxFiles: 0 is below the minimum 1";
        QTest::newRow("above") << "map.opacity" << QJsonValue(1.5) << "map.opacity: 1.5 is above the maximum 1";
        QTest::newRow("fraction") << "logging.maxFiles" << QJsonValue(2.5) << "logging.maxFiles: 2.5 is not a whole number";
        QTest::newRow("bool") << "logging.stderr" << QJsonValue(QStringLiteral("yes")) << "logging.stderr: 'yes' is not true or false";
        QTest::newRow("string") << "general.name" << QJsonValue(3) << "general.name: 3 is not a text";
        QTest::newRow("unknown") << "ui.colour" << QJsonValue(1) << "unknown setting ui.colour";
    }

    void invalidValuesAreRejectedNamingTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        Settings settings = makeSettings();
        const QVariant before = settings.value(key);
        const Result<void> result = settings.set(key, value);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorMessage(), expected);
        QCOMPARE(settings.value(key), before);
    }

    void fileLoadIsAllOrNothing()
    {
        Settings settings = makeSettings();
        const Result<void> result = settings.loadJson(
            R"({"ui": {"density": "touch"}, "logging": {"maxFiles": 500}})", QStringLiteral("site.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.errorMessage(), QStringLiteral("site.json: logging.maxFiles: 500 is above the maximum 100"));
        // The valid field of the rejected file was not applied either.
        QCOMPARE(settings.value(QStringLiteral("ui.density")).toString(), QStringLiteral("console"));
    }

    void unknownFieldInFileIsNamed()
    {
        Settings settings = makeSettings();
        const Result<void> result = settings.loadJson(R"({"ui": {"densty": "wall"}})", QStringLiteral("site.json"));
        QCOMPARE(result.errorMessage(), QStringLiteral("site.json: ui.densty: unknown setting"));
    }

    void malformedJsonNamesFileAndOffset()
    {
        Settings settings = makeSettings();
        const Result<void> result = settings.loadJson(R"({"ui": {"density": "wall",}})", QStringLiteral("site.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().startsWith(u"site.json: invalid JSON at offset "), qPrintable(result.errorMessage()));
    }

    void missingFileIsNamed()
    {
        Settings settings = makeSettings();
        const Result<void> result = settings.loadFile(QStringLiteral("/nonexistent/iocdesk.json"));
        QCOMPARE(result.errorMessage(), QStringLiteral("/nonexistent/iocdesk.json: no such configuration file"));
    }

    void validFileIsApplied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"ui": {"density": "wall"}, "map": {"opacity": 0.5}, "general": {"name": "Đắk Lắk"}})");
        file.close();
        Settings settings = makeSettings();
        const Result<void> result = settings.loadFile(path);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(settings.value(QStringLiteral("ui.density")).toString(), QStringLiteral("wall"));
        QCOMPARE(settings.value(QStringLiteral("map.opacity")).toDouble(), 0.5);
        QCOMPARE(settings.value(QStringLiteral("general.name")).toString(), QStringLiteral("Đắk Lắk"));
    }

    void schemaRejectsADefaultOutsideItsBounds()
    {
        const Result<SettingsSchema> schema = SettingsSchema::parse(
            R"({"fields": [{"key": "a.b", "type": "int", "minimum": 1, "default": 0}]})", QStringLiteral("s.json"));
        QCOMPARE(schema.errorMessage(), QStringLiteral("s.json: default: a.b: 0 is below the minimum 1"));
    }

    void schemaRejectsUnknownTypesAndDuplicates()
    {
        QCOMPARE(SettingsSchema::parse(R"({"fields": [{"key": "a", "type": "colour", "default": 1}]})", QStringLiteral("s"))
                     .errorMessage(),
                 QStringLiteral("s: a: unknown type 'colour'"));
        QCOMPARE(SettingsSchema::parse(R"({"fields": [{"key": "a", "type": "int", "default": 1},
                                                      {"key": "a", "type": "int", "default": 1}]})",
                                       QStringLiteral("s"))
                     .errorMessage(),
                 QStringLiteral("s: a is described twice"));
    }

    void shippedSettingsDescriptionIsValid()
    {
        const Result<SettingsSchema> schema = SettingsSchema::load(QStringLiteral(IOC_SHIPPED_SETTINGS));
        QVERIFY2(schema.ok(), qPrintable(schema.errorMessage()));
        QVERIFY(schema.value().find(QStringLiteral("general.language")));
        QVERIFY(schema.value().find(QStringLiteral("ui.density")));
        QVERIFY(schema.value().find(QStringLiteral("logging.directory")));
        for (const SettingField& field : schema.value().fields())
            QVERIFY2(!field.description.isEmpty(), qPrintable(field.key + QStringLiteral(" has no description")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
