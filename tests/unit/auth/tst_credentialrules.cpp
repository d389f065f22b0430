// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/credentialrules.h"

#include <QTest>

using namespace ioc;

class TestCredentialRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalisesLogins()
    {
        QCOMPARE(CredentialRules::normaliseLogin(QStringLiteral("TruongCa")).value(), QStringLiteral("truongca"));
        QCOMPARE(CredentialRules::normaliseLogin(QStringLiteral("nv.an_01-b")).value(), QStringLiteral("nv.an_01-b"));
    }

    void refusesBadLogins_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("empty") << QString();
        QTest::newRow("too long") << QString(65, QLatin1Char('a'));
        QTest::newRow("cyrillic a look-alike") << QStringLiteral("\u0430dmin");
        QTest::newRow("fullwidth") << QStringLiteral("ａdmin");
        QTest::newRow("diacritics") << QStringLiteral("trưởngca");
        QTest::newRow("space") << QStringLiteral("admin ");
        QTest::newRow("sql") << QStringLiteral("admin' OR '1'='1");
        QTest::newRow("starts with dot") << QStringLiteral(".admin");
        QTest::newRow("nul") << QStringLiteral("adm") + QChar(0) + QStringLiteral("in");
        QTest::newRow("zero-width joiner") << QStringLiteral("ad\u200Dmin");
    }

    void refusesBadLogins()
    {
        QFETCH(QString, login);
        const Result<QString> result = CredentialRules::normaliseLogin(login);
        QVERIFY(!result);
        QVERIFY(!result.errorMessage().isEmpty());
    }

    void namesTheForbiddenCharacter()
    {
        const Result<QString> result = CredentialRules::normaliseLogin(QStringLiteral("\u0430dmin"));
        QVERIFY(result.errorMessage().contains(QStringLiteral("U+0430")));
    }

    void checksPasswords_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("short") << QStringLiteral("Ab1!") << false;
        QTest::newRow("two classes") << QStringLiteral("abcdefghij12") << false;
        QTest::newRow("three classes") << QStringLiteral("Abcdefghij12") << true;
        QTest::newRow("long passphrase") << QStringLiteral("mua thu ha noi rat dep") << true;
        QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaaaaaaaaaa") << false;
        QTest::newRow("contains login") << QStringLiteral("Xmaiphan2026!") << false;
        QTest::newRow("vietnamese") << QStringLiteral("Mật khẩu 2026") << true;
        QTest::newRow("too long") << QString(257, QLatin1Char('x')) << false;
    }

    void checksPasswords()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const Result<void> result = CredentialRules::checkPassword(password, QStringLiteral("maiphan"));
        QCOMPARE(result.ok(), accepted);
        if (!accepted)
            QVERIFY(!result.errorMessage().contains(password));
    }

    void sanitisesUntrustedText()
    {
        const QString s = CredentialRules::sanitisedForRecord(QStringLiteral("a\nb") + QString(200, QLatin1Char('x')));
        QVERIFY(!s.contains(QLatin1Char('\n')));
        QVERIFY(s.contains(QStringLiteral("\\u000a")));
        QVERIFY(s.size() < 100);
    }
};

QTEST_GUILESS_MAIN(TestCredentialRules)
#include "tst_credentialrules.moc"
