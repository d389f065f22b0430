// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Ui

// The shell window: navigation, the screen tour API, honest empty screens.
TestCase {
    id: testCase
    name: "Shell"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function test_screensAndTour() {
        const main = createTemporaryObject(mainComponent, testCase)
        verify(main)
        compare(main.screenNames, ["map", "wall", "cases", "dashboards", "alerts", "sop", "audit", "about"])
        compare(main.currentScreen, "map")
        for (const name of main.screenNames) {
            verify(main.showScreen(name))
            compare(main.currentScreen, name)
            tryCompare(main, "screenStatus", Loader.Ready)
        }
        verify(!main.showScreen("nowhere"))
        compare(main.currentScreen, "about")
    }

    function test_navigationClickOpensTheScreen() {
        const main = createTemporaryObject(mainComponent, testCase)
        const entry = findChild(main.contentItem, "nav_alerts")
        verify(entry, "navigation entry for alerts")
        mouseClick(entry)
        compare(main.currentScreen, "alerts")
        const title = findChild(main.contentItem, "screenTitle")
        compare(title.text, "Cảnh báo")
    }

    // The camera wall was the last planned screen: it is the wall now, not a notice.
    function test_wallScreenIsTheWall() {
        const main = createTemporaryObject(mainComponent, testCase)
        verify(main.showScreen("wall"))
        tryVerify(() => findChild(main.contentItem, "wallScreen") !== null)
        verify(findChild(main.contentItem, "wallGrid"))
        compare(findChild(main.contentItem, "availability"), null)
    }

    function test_headerShowsTimeAndNoUser() {
        const main = createTemporaryObject(mainComponent, testCase)
        const clock = findChild(main.header, "clock")
        compare(clock.text, "09:30:00")
        const user = findChild(main.header, "userName")
        compare(user.text, "Chưa đăng nhập")
        const health = findChild(main.header, "dataHealth")
        compare(health.text, "Chưa có nguồn dữ liệu")
    }
}
