// SPDX-License-Identifier: GPL-3.0-or-later
// Quick Test runner: the same app-owned singletons as the program, with a clock fixed at
// 2026-11-22 09:30:00 so that tests can read the header.

#include "core/clock.h"
#include "iocqmlplugins.h"
#include "shell/languagecontroller.h"
#include "shell/qmlsingletons.h"
#include "shell/shellstatus.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QtQuickTest>

class Setup : public QObject {
    Q_OBJECT

public:
    Setup() : m_clock(QDateTime(QDate(2026, 11, 22), QTime(9, 30))), m_status(m_clock, false) {}

public Q_SLOTS:
    void applicationAvailable()
    {
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/NotoSans-Regular.ttf"));
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        QObject::connect(&m_language, &ioc::LanguageController::languageChanged, &m_status,
                         &ioc::ShellStatus::retranslate);
        (void)m_language.select(ioc::LanguageController::defaultLanguage());
        m_language.setEngine(engine);
        ioc::LanguageForeign::instance = &m_language;
        ioc::ShellStatusForeign::instance = &m_status;
    }

private:
    ioc::ManualClock m_clock;
    ioc::LanguageController m_language;
    ioc::ShellStatus m_status;
};

QUICK_TEST_MAIN_WITH_SETUP(ioc, Setup)

#include "main.moc"
