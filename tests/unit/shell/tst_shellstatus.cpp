// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "shell/languagecontroller.h"
#include "shell/shellstatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace ioc;

class TestShellStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clockFollowsTheInjectedClock()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 30, 5)));
        ShellStatus status(clock, false);
        QCOMPARE(status.clockText(), QStringLiteral("09:30:05"));
        QSignalSpy changed(&status, &ShellStatus::nowChanged);
        clock.advance(61 * 1000);
        status.refresh();
        QCOMPARE(status.clockText(), QStringLiteral("09:31:06"));
        QCOMPARE(changed.count(), 1);
        status.refresh(); // same second: no signal
        QCOMPARE(changed.count(), 1);
    }

    void dateAndHealthFollowTheLanguage()
    {
        LanguageController language;
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 30))); // a Sunday
        ShellStatus status(clock, true);
        QVERIFY(language.select(QStringLiteral("vi")).ok());
        QCOMPARE(status.dateText(), QStringLiteral("Chủ Nhật, 22/11/2026"));
        QCOMPARE(status.dataHealthText(), QStringLiteral("Chưa có nguồn dữ liệu"));
        QVERIFY(language.select(QStringLiteral("en")).ok());
        QCOMPARE(status.dateText(), QStringLiteral("Sunday, 22/11/2026"));
        QCOMPARE(status.dataHealthText(), QStringLiteral("No data source yet"));
    }

    void dataHealthCountsSources()
    {
        LanguageController language;
        QVERIFY(language.select(QStringLiteral("en")).ok());
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 30)));
        ShellStatus status(clock, false);
        QSignalSpy changed(&status, &ShellStatus::dataHealthChanged);
        status.setDataHealth(ShellStatus::DataHealth::Ok, 3);
        QCOMPARE(status.dataHealthText(), QStringLiteral("3 data sources up to date"));
        status.setDataHealth(ShellStatus::DataHealth::Ok, 1);
        QCOMPARE(status.dataHealthText(), QStringLiteral("1 data source up to date"));
        status.setDataHealth(ShellStatus::DataHealth::Down, 1);
        QCOMPARE(status.dataHealthText(), QStringLiteral("A data source is failing"));
        QCOMPARE(changed.count(), 3);
    }

    void noticesAreTranslatedWhenRead()
    {
        LanguageController language;
        QVERIFY(language.select(QStringLiteral("en")).ok());
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 30)));
        ShellStatus status(clock, false);
        QSignalSpy changed(&status, &ShellStatus::noticesChanged);
        status.addNotice(QT_TRANSLATE_NOOP("ioc::ShellStatus", "Camera wall: %1"), QStringLiteral("tuong-chinh"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(status.notices(), QStringList{QStringLiteral("Camera wall: tuong-chinh")});
        QVERIFY(language.select(QStringLiteral("vi")).ok());
        QCOMPARE(status.notices().constFirst(), QStringLiteral("Tường camera: tuong-chinh"));
    }
};

QTEST_GUILESS_MAIN(TestShellStatus)
#include "tst_shellstatus.moc"
