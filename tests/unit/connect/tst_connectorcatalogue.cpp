// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/connectorcatalogue.h"

#include <QTest>

using namespace ioc;

// Acceptance 6 of issue 7: a plugin with a bad JSON manifest or a wrong IID is rejected with its reason;
// the others run.
class TestConnectorCatalogue : public QObject {
    Q_OBJECT

    QString testPlugins() const { return qEnvironmentVariable("IOC_TEST_CONNECTOR_PLUGINS"); }

private Q_SLOTS:
    void rejectsBadPluginsWithTheirReasonAndKeepsTheGoodOne()
    {
        ConnectorCatalogue catalogue;
        catalogue.scan({testPlugins()});
        QCOMPARE(catalogue.plugins().size(), 1);
        const ConnectorPluginInfo* sequence = catalogue.find(QStringLiteral("sequence"));
        QVERIFY(sequence);
        QCOMPARE(sequence->mode, QStringLiteral("poll"));
        QCOMPARE(sequence->produces, (QStringList{QStringLiteral("observations"), QStringLiteral("assets")}));
        QCOMPARE(sequence->name(QStringLiteral("vi")), QStringLiteral("Chuỗi thử nghiệm"));

        QCOMPARE(catalogue.problems().size(), 2);
        QString badManifest, wrongIid;
        for (const PluginProblem& problem : catalogue.problems()) {
            if (problem.file.contains(u"badmanifest"))
                badManifest = problem.reason;
            if (problem.file.contains(u"wrongiid"))
                wrongIid = problem.reason;
        }
        QVERIFY2(badManifest.contains(u"connector.schema.json") && badManifest.contains(u"/sdk")
                     && badManifest.contains(u"/version") && badManifest.contains(u"/produces"),
                 qPrintable(badManifest));
        QVERIFY2(wrongIid.contains(u"org.ioc.Connector/0.9") && wrongIid.contains(u"org.ioc.Connector/1.0"),
                 qPrintable(wrongIid));
        // The rejected plugins' code was never loaded (their create() would abort the test).
        QVERIFY(!catalogue.factory(QStringLiteral("badmanifest")));
        QVERIFY(!catalogue.factory(QStringLiteral("wrongiid")));
    }

    void loadsTheFactoryOfAGoodPlugin()
    {
        ConnectorCatalogue catalogue;
        catalogue.scan({testPlugins()});
        Result<ConnectorFactory*> factory = catalogue.factory(QStringLiteral("sequence"));
        QVERIFY2(factory, qPrintable(factory.errorMessage()));
        QVERIFY(factory.value());
        Result<ConnectorFactory*> again = catalogue.factory(QStringLiteral("sequence"));
        QCOMPARE(again.value(), factory.value());
    }

    void checksAnInstanceConfigurationAgainstThePluginSchema()
    {
        ConnectorCatalogue catalogue;
        catalogue.scan({testPlugins()});
        Result<QJsonObject> withDefaults = catalogue.checkConfiguration(QStringLiteral("sequence"), QStringLiteral("seq"),
                                                                        QJsonObject{{QStringLiteral("records"), 5}});
        QVERIFY2(withDefaults, qPrintable(withDefaults.errorMessage()));
        QCOMPARE(withDefaults.value().value(QStringLiteral("records")).toInt(), 5);
        QCOMPARE(withDefaults.value().value(QStringLiteral("pageSize")).toInt(), 10);

        Result<QJsonObject> wrong = catalogue.checkConfiguration(QStringLiteral("sequence"), QStringLiteral("seq"),
                                                                 QJsonObject{{QStringLiteral("records"), QStringLiteral("many")}});
        QVERIFY(!wrong);
        QVERIFY2(wrong.errorMessage().contains(u"seq") && wrong.errorMessage().contains(u"/records"),
                 qPrintable(wrong.errorMessage()));
        QVERIFY(!catalogue.checkConfiguration(QStringLiteral("nope"), QStringLiteral("x"), {}));
    }

    void emptyAndMissingFoldersAreFine()
    {
        ConnectorCatalogue catalogue;
        catalogue.scan({QStringLiteral("/nonexistent/folder")});
        QVERIFY(catalogue.plugins().isEmpty());
        QVERIFY(catalogue.problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectorCatalogue)
#include "tst_connectorcatalogue.moc"
