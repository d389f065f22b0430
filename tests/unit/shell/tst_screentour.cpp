// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"
#include "shell/screentour.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

namespace {

// A window with the tour's contract (screenNames, showScreen, screenStatus) and three screens:
// "good", and the one named by `bad` whose content is `badContent`.
QByteArray windowQml(const QByteArray& badContent)
{
    return QByteArray(R"(
import QtQuick
Window {
    width: 320; height: 200; visible: true
    readonly property var screenNames: ["good", "bad"]
    property string current: "good"
    readonly property int screenStatus: loader.status
    function showScreen(name: string): bool { if (screenNames.indexOf(name) < 0) return false; current = name; return true }
    Component { id: good; Rectangle { color: "steelblue"; Text { text: "Bản đồ" } } }
    Component { id: bad; )") + badContent + R"( }
    Loader { id: loader; anchors.fill: parent; sourceComponent: current === "good" ? good : bad }
}
)";
}

} // namespace

class TestScreenTour : public QObject {
    Q_OBJECT

private:
    Result<QStringList> tour(const QByteArray& badContent, const QString& screenshots = QString())
    {
        QQmlApplicationEngine engine;
        ScreenTour screenTour(engine);
        engine.loadData(windowQml(badContent));
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
        if (!window)
            return fail(QStringLiteral("test window did not load"));
        ScreenTour::Options options;
        options.screenshotDirectory = screenshots;
        options.perScreenTimeout = std::chrono::milliseconds(3000);
        return screenTour.run(*window, options);
    }

private Q_SLOTS:
    void initTestCase() { logging::install(false); }

    void cleanScreensPassAndScreenshotsAreWritten()
    {
        QTemporaryDir dir;
        const auto result = tour("Rectangle { color: \"gray\" }", dir.path());
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result.value(), (QStringList{dir.filePath(QStringLiteral("good.png")), dir.filePath(QStringLiteral("bad.png"))}));
        const QImage image(dir.filePath(QStringLiteral("good.png")));
        QCOMPARE(image.size(), QSize(320, 200));
    }

    void aScreenThatLogsAWarningFails()
    {
        const auto result = tour("Item { Component.onCompleted: console.warn(\"delegate could not be created\") }");
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(u"'bad'") && result.errorMessage().contains(u"delegate could not be created"),
                 qPrintable(result.errorMessage()));
    }

    void aScreenWithABindingErrorFails()
    {
        const auto result = tour("Item { width: undefinedThing.width }");
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(u"'bad'"), qPrintable(result.errorMessage()));
    }
};

QTEST_MAIN(TestScreenTour)
#include "tst_screentour.moc"
