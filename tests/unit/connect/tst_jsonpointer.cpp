// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/jsonpointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ioc;

class TestJsonPointer : public QObject {
    Q_OBJECT

private:
    // The example document of RFC 6901, section 5.
    static QJsonValue rfcDocument()
    {
        // Built in code rather than parsed: moc's tokenizer stumbles on a raw string with quotes inside.
        QJsonObject document;
        document.insert(QStringLiteral("foo"), QJsonArray{QStringLiteral("bar"), QStringLiteral("baz")});
        const char* keys[] = {"", "a/b", "c%d", "e^f", "g|h", "i\\j", "k\"l", " ", "m~n"};
        for (int i = 0; i < 9; ++i)
            document.insert(QString::fromUtf8(keys[i]), i == 0 ? 0 : i);
        document.insert(QStringLiteral("n"), QJsonValue::Null);
        return document;
    }

private Q_SLOTS:
    void resolvesTheRfcExamples_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("whole") << QString() << rfcDocument();
        QTest::newRow("/foo") << QStringLiteral("/foo") << QJsonValue(QJsonArray{QStringLiteral("bar"), QStringLiteral("baz")});
        QTest::newRow("/foo/0") << QStringLiteral("/foo/0") << QJsonValue(QStringLiteral("bar"));
        QTest::newRow("/") << QStringLiteral("/") << QJsonValue(0);
        QTest::newRow("/a~1b") << QStringLiteral("/a~1b") << QJsonValue(1);
        QTest::newRow("/c%d") << QStringLiteral("/c%d") << QJsonValue(2);
        QTest::newRow("/i\\j") << QStringLiteral("/i\\j") << QJsonValue(5);
        QTest::newRow("/k\"l") << QStringLiteral("/k\"l") << QJsonValue(6);
        QTest::newRow("/ ") << QStringLiteral("/ ") << QJsonValue(7);
        QTest::newRow("/m~0n") << QStringLiteral("/m~0n") << QJsonValue(8);
        QTest::newRow("present null") << QStringLiteral("/n") << QJsonValue(QJsonValue::Null);
    }
    void resolvesTheRfcExamples()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, expected);
        QVERIFY(isValidJsonPointer(pointer));
        const std::optional<QJsonValue> found = resolveJsonPointer(rfcDocument(), pointer);
        QVERIFY(found.has_value());
        QCOMPARE(*found, expected);
    }

    void reportsPathsThatLeadNowhere_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::newRow("missing key") << QStringLiteral("/nope");
        QTest::newRow("index out of range") << QStringLiteral("/foo/2");
        QTest::newRow("leading zero index") << QStringLiteral("/foo/01");
        QTest::newRow("negative index") << QStringLiteral("/foo/-1");
        QTest::newRow("into a scalar") << QStringLiteral("/foo/0/x");
        QTest::newRow("no leading slash") << QStringLiteral("foo");
        QTest::newRow("bad escape") << QStringLiteral("/m~2n");
        QTest::newRow("dangling tilde") << QStringLiteral("/m~");
    }
    void reportsPathsThatLeadNowhere()
    {
        QFETCH(QString, pointer);
        QVERIFY(!resolveJsonPointer(rfcDocument(), pointer).has_value());
    }

    void validatesSyntax()
    {
        QVERIFY(!isValidJsonPointer(u"foo"));
        QVERIFY(!isValidJsonPointer(u"/a~"));
        QVERIFY(!isValidJsonPointer(u"/a~x"));
        QVERIFY(isValidJsonPointer(u"/a~0~1/b"));
    }
};

QTEST_GUILESS_MAIN(TestJsonPointer)
#include "tst_jsonpointer.moc"
