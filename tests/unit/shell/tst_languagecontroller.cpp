// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/languagecontroller.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>
#include <QSignalSpy>
#include <QTest>

using namespace ioc;

namespace {

// A text of the shell that both translations carry.
QString notSignedIn() { return QCoreApplication::translate("Header", "Not signed in"); }

} // namespace

class TestLanguageController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vietnameseIsTheDefaultAndIsReallyTranslated()
    {
        QCOMPARE(LanguageController::defaultLanguage(), QStringLiteral("vi"));
        QCOMPARE(LanguageController::supportedLanguages().constFirst(), QStringLiteral("vi"));
        LanguageController language;
        QVERIFY(language.select(QStringLiteral("vi")).ok());
        QCOMPARE(notSignedIn(), QStringLiteral("Chưa đăng nhập"));
    }

    // lupdate files a text under its class's name; a text it cannot place (tr() through an alias) lands in a
    // context without a name, which no code asks for at run time: shipped but never shown.
    void everyTranslatedTextHasItsContext()
    {
        QFile ts(QStringLiteral(IOC_VIETNAMESE_TS));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        int contexts = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"name") {
                ++contexts;
                const QString name = xml.readElementText();
                QVERIFY2(!name.trimmed().isEmpty(), "a context without a name in iocdesk_vi.ts");
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(contexts > 50);
        // The SOP timeline, which once lost its context.
        LanguageController language;
        QVERIFY(language.select(QStringLiteral("vi")).ok());
        QCOMPARE(QCoreApplication::translate("ioc::SopTimelineText", "%1 did \"%2\"."), QStringLiteral("%1 đã thực hiện \"%2\"."));
    }

    void switchingChangesTranslatedTextAndSignals()
    {
        LanguageController language;
        QVERIFY(language.select(QStringLiteral("vi")).ok());
        QSignalSpy changed(&language, &LanguageController::languageChanged);
        QVERIFY(language.select(QStringLiteral("en")).ok());
        QCOMPARE(language.language(), QStringLiteral("en"));
        QCOMPARE(notSignedIn(), QStringLiteral("Not signed in"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(language.select(QStringLiteral("vi")).ok());
        QCOMPARE(notSignedIn(), QStringLiteral("Chưa đăng nhập"));
        QCOMPARE(changed.count(), 2);
    }

    void unknownLanguageIsRefusedAndTheCurrentOneStays()
    {
        LanguageController language;
        QVERIFY(language.select(QStringLiteral("vi")).ok());
        const Result<void> result = language.select(QStringLiteral("fr"));
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(u"'fr'"), qPrintable(result.errorMessage()));
        QCOMPARE(language.language(), QStringLiteral("vi"));
        QCOMPARE(notSignedIn(), QStringLiteral("Chưa đăng nhập"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("fr")));
        QVERIFY(!language.setLanguage(QStringLiteral("fr")));
    }
};

QTEST_GUILESS_MAIN(TestLanguageController)
#include "tst_languagecontroller.moc"
